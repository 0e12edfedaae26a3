/**
 * Parses one catalog file into paragraphs that remember where they stand in the file, and
 * reports syntax errors, duplicate keys and non-string values with their line and column.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from "jsonc-parser";
import type { InputProblem, Paragraph } from "../types";

export interface ParsedCatalog {
  paragraphs: Paragraph[];
  problems: InputProblem[];
  /** False when the file could not be read as JSON at all: none of its paragraphs can be trusted. */
  readable: boolean;
}

/** A JSON syntax error in words: "property name expected" for PropertyNameExpected. */
function syntaxErrorName(error: ParseErrorCode): string {
  return printParseErrorCode(error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** A JSON syntax error as every reader of JSON (catalogs, configuration, baseline) words it. */
export function syntaxError(error: ParseErrorCode): { message: string; hint: string } {
  return { message: `Invalid JSON: ${syntaxErrorName(error)}`, hint: SYNTAX_HINTS[printParseErrorCode(error)] ?? "fix the JSON syntax" };
}

const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: "remove the stray character or put the text in double quotes",
  InvalidNumberFormat: "write the number in JSON form, or quote it as text",
  PropertyNameExpected: "a key in double quotes must come here (is there a trailing comma?)",
  ValueExpected: "a value must come here (is there a trailing comma or a missing value?)",
  ColonExpected: "put a colon between the key and its value",
  CommaExpected: "put a comma between the two entries",
  CloseBraceExpected: "close the object with }",
  CloseBracketExpected: "close the array with ]",
  EndOfFileExpected: "the file must hold one JSON object; remove what follows it",
  InvalidCommentToken: "JSON cannot contain comments; remove it",
  UnexpectedEndOfComment: "JSON cannot contain comments; remove it",
  UnexpectedEndOfString: "close the string with a double quote (a line break inside a string must be written \\n)",
  UnexpectedEndOfNumber: "finish the number or quote it as text",
  InvalidUnicode: "a \\u escape needs four hex digits",
  InvalidEscapeCharacter: "only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are valid escapes",
  InvalidCharacter: "control characters must be escaped inside strings (\\n, \\t)",
};

interface Frame {
  kind: "object" | "array";
  path: string;
  keys: Set<string>;
  pendingKey?: string;
  index: number;
}

function childPath(frame: Frame): string {
  const name = frame.kind === "object" ? (frame.pendingKey ?? "") : String(frame.index++);
  return frame.path === "" ? name : `${frame.path}.${name}`;
}

/** Parses catalog text (BOM already removed). Never throws for any input. */
export function parseCatalog(content: string, file: string): ParsedCatalog {
  const paragraphs: Paragraph[] = [];
  const indexByKey = new Map<string, number>();
  const problems: InputProblem[] = [];
  const stack: Frame[] = [];
  let readable = true;
  let rootSeen = false;

  const at = (line: number, character: number) => ({ file, line: line + 1, column: character + 1 });
  const enter = (kind: Frame["kind"], line: number, character: number) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (kind !== "object" && !rootSeen) {
        readable = false;
        problems.push({ code: "not-an-object", message: "A catalog must be a JSON object of keys and texts", hint: 'wrap the content in { "key": "text" }', ...at(line, character) });
      }
      rootSeen = true;
    }
    stack.push({ kind, path: parent ? childPath(parent) : "", keys: new Set(), index: 0 });
  };

  try {
    visit(
      content,
      {
        onObjectBegin: (_offset, _length, line, character) => enter("object", line, character),
        onArrayBegin: (_offset, _length, line, character) => enter("array", line, character),
        onObjectEnd: () => void stack.pop(),
        onArrayEnd: () => void stack.pop(),
        onObjectProperty: (property, _offset, _length, line, character) => {
          const frame = stack[stack.length - 1];
          if (!frame) return;
          frame.pendingKey = property;
          if (frame.keys.has(property)) {
            const key = frame.path === "" ? property : `${frame.path}.${property}`;
            problems.push({ code: "duplicate-key", message: `Duplicate key "${key}"`, hint: "keep one of them: i18next silently uses the last one", ...at(line, character) });
          }
          frame.keys.add(property);
        },
        onLiteralValue: (value, offset, length, line, character) => {
          const frame = stack[stack.length - 1];
          if (!frame) {
            rootSeen = true;
            readable = false;
            problems.push({ code: "not-an-object", message: "A catalog must be a JSON object of keys and texts", hint: 'wrap the content in { "key": "text" }', ...at(line, character) });
            return;
          }
          const key = childPath(frame);
          if (typeof value !== "string") {
            problems.push({ code: "not-a-string", message: `The value of "${key}" is ${value === null ? "null" : `a ${typeof value}`}, not text`, hint: "write the paragraph as a string in double quotes", ...at(line, character) });
            return;
          }
          const paragraph: Paragraph = { key, text: value, line: line + 1, column: character + 1, valueOffset: offset, valueLength: length };
          const existing = indexByKey.get(key);
          if (existing === undefined) {
            indexByKey.set(key, paragraphs.length);
            paragraphs.push(paragraph);
          } else {
            paragraphs[existing] = paragraph;
          }
        },
        onError: (error, _offset, _length, line, character) => {
          readable = false;
          problems.push({ code: "syntax-error", ...syntaxError(error), ...at(line, character) });
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    readable = false;
    problems.push({ code: "too-deep", message: "The catalog is nested too deeply to read", hint: "flatten the nesting (a few levels are enough for any catalog)", file });
  }
  if (!rootSeen && readable) {
    readable = false;
    problems.push({ code: "empty-file", message: "The catalog file is empty", hint: 'write {} for a catalog with no paragraphs yet', file, line: 1, column: 1 });
  }
  return { paragraphs: readable ? paragraphs : [], problems, readable };
}
