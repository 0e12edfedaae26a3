/**
 * reviewdog's diagnostic format as JSON Lines (rdjsonl): one Diagnostic per finding and per input
 * problem, with severity, source, the rule as code (with its help link) and, for a fixable
 * finding, its fix as a suggestion. reviewdog counts columns in UTF-8 bytes, so columns are
 * converted through the catalog's text (context.fileText); without it they stay UTF-16 units.
 */
import type { Finding, InputProblem, RunResult } from "../types";
import { jsonSafe } from "../text/escape";
import { fixOf } from "./fix-edit";
import type { FormatContext } from "./format";
import { problemPosition, whole } from "./problems";

const SEVERITY: Record<string, "ERROR" | "WARNING" | "INFO"> = { error: "ERROR", warning: "WARNING", info: "INFO" };

interface Position {
  line: number;
  column: number;
}

/** Turns UTF-16 columns of a file into UTF-8 byte columns, line by line, reading each file once. */
function byteColumns(context: FormatContext) {
  const lines = new Map<string, string[] | undefined>();
  return (file: string, line: number, column: number): Position => {
    if (!lines.has(file)) lines.set(file, context.fileText?.(file)?.split("\n"));
    const text = lines.get(file)?.[line - 1];
    if (text === undefined) return { line, column };
    return { line, column: Buffer.byteLength(text.slice(0, column - 1), "utf8") + 1 };
  };
}

type Convert = ReturnType<typeof byteColumns>;

function range(file: string, convert: Convert, line: unknown, column: unknown, endLine: unknown, endColumn: unknown) {
  const start = convert(file, whole(line), whole(column));
  const end = convert(file, Math.max(whole(endLine), start.line), whole(endColumn));
  return { start, end: end.line === start.line && end.column < start.column ? start : end };
}

function findingDiagnostic(f: Finding, context: FormatContext, convert: Convert) {
  const file = String(f.file);
  const fix = fixOf(f);
  const url = context.ruleDocs?.[f.ruleId]?.url;
  return {
    message: `[${f.locale}] ${f.key}: ${f.message}`,
    location: { path: file, range: range(file, convert, f.line, f.column, f.endLine, f.endColumn) },
    severity: typeof f.severity === "string" && Object.hasOwn(SEVERITY, f.severity) ? SEVERITY[f.severity] : "ERROR",
    source: { name: "concord", ...(context.homepage ? { url: context.homepage } : {}) },
    code: { value: String(f.ruleId), ...(url ? { url } : {}) },
    ...(fix ? { suggestions: [{ range: range(file, convert, fix.line, fix.column, fix.endLine, fix.endColumn), text: fix.text }] } : {}),
  };
}

function problemDiagnostic(p: InputProblem, context: FormatContext) {
  const { line, column } = problemPosition(p);
  return {
    message: `${p.message}${p.hint ? ` — ${p.hint}` : ""}${p.unchecked ? ` (not checked: [${p.unchecked.locale}] ${p.unchecked.namespace})` : ""}`,
    location: { path: String(p.file ?? "."), ...(p.line !== undefined ? { range: { start: { line, column } } } : {}) },
    severity: "ERROR",
    source: { name: "concord", ...(context.homepage ? { url: context.homepage } : {}) },
    code: { value: `input-problem/${p.code}` },
  };
}

export function rdjsonl(result: RunResult, context: FormatContext): string {
  const convert = byteColumns(context);
  const diagnostics = [...result.problems.map((p) => problemDiagnostic(p, context)), ...result.findings.map((f) => findingDiagnostic(f, context, convert))];
  return diagnostics.map((d) => `${jsonSafe(JSON.stringify(d))}\n`).join("");
}
