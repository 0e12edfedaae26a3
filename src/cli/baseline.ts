/** Reads a baseline file (concord baseline) and checks its shape: a bad one is one clear error, not a stack. */
import { readFileSync, statSync } from "fs";
import { parseTree, type Node, type ParseError } from "jsonc-parser";
import { syntaxError } from "../catalog/parse";
import { ConfigError } from "../errors";
import type { BaselineEntry } from "../engine/pipeline";
import { lineColumnAt } from "../text/position";

const FIELDS = ["ruleId", "locale", "namespace", "key", "hash"] as const;
const HINT = "record it again with: concord baseline --output-file FILE";

export function readBaseline(file: string, shown: string): BaselineEntry[] {
  const fail = (message: string, text?: string, offset?: number, hint = HINT): never => {
    throw new ConfigError({ code: "bad-baseline", message, hint, file: shown, ...(text !== undefined && offset !== undefined ? lineColumnAt(text, offset) : {}) });
  };
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new ConfigError({ code: "missing-baseline", message: "The baseline file does not exist", hint: "record one with: concord baseline --output-file FILE", file: shown });
  if (stats.isDirectory()) fail("The baseline path is a folder, not a file", undefined, undefined, "give the baseline file's path (concord-baseline.json)");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return fail(`Cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? "read-error"})`, undefined, undefined, "check the path and its permissions");
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || !root) {
    const worded = errors.length ? syntaxError(errors[0].error) : { message: "Invalid JSON: value expected", hint: HINT };
    return fail(worded.message, text, errors[0]?.offset ?? 0, worded.hint);
  }
  const entries = root.type === "object" ? root.children?.find((p) => p.children?.[0].value === "entries")?.children?.[1] : undefined;
  if (root.type !== "object") return fail("A baseline must be a JSON object with an \"entries\" list", text, root.offset);
  if (!entries || entries.type !== "array") return fail("The baseline's \"entries\" must be a list", text, entries?.offset ?? root.offset);
  return (entries.children ?? []).map((entry: Node, index) => {
    if (entry.type !== "object") return fail(`Baseline entry ${index + 1} is ${entry.type === "null" ? "null" : `a ${entry.type}`}, not an object`, text, entry.offset);
    const fields = new Map((entry.children ?? []).map((p) => [p.children?.[0].value as string, p.children?.[1]]));
    const read = {} as BaselineEntry;
    for (const name of FIELDS) {
      const value = fields.get(name);
      if (value?.type !== "string") return fail(`Baseline entry ${index + 1}: "${name}" must be text`, text, value?.offset ?? entry.offset);
      read[name] = value.value as string;
    }
    return read;
  });
}
