/** Typed, expected errors: each prints as one line with a position and a hint, never a stack. */
import { terminalSafe } from "./text/escape";
import type { InputProblem } from "./types";

export class ConcordError extends Error {
  readonly code: string;
  readonly hint: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(problem: InputProblem) {
    super(problem.message);
    this.name = new.target.name;
    this.code = problem.code;
    this.hint = problem.hint;
    this.file = problem.file;
    this.line = problem.line;
    this.column = problem.column;
  }

  toProblem(): InputProblem {
    const { code, message, hint, file, line, column } = this;
    return { code, message, hint, file, line, column };
  }
}

/** A catalog file that cannot be read as a catalog. */
export class CatalogError extends ConcordError {}

/** Options or configuration that make no sense. */
export class ConfigError extends ConcordError {}

/**
 * file:line:column: message — hint, the one line every input problem prints as. Every part may hold
 * text from a catalog, a configuration or a report (a key, a path), so each is made terminal-safe:
 * no control character, line break or bidi override of the input reaches standard error raw.
 */
export function formatProblem(problem: InputProblem): string {
  const number = (value: unknown, fallback: number) => (typeof value === "number" && Number.isFinite(value) ? String(value) : String(fallback));
  const where = problem.file
    ? problem.line !== undefined
      ? `${terminalSafe(problem.file)}:${number(problem.line, 1)}:${number(problem.column, 1)}: `
      : `${terminalSafe(problem.file)}: `
    : "";
  return `${where}${terminalSafe(problem.message)}${problem.hint ? ` — ${terminalSafe(problem.hint)}` : ""}`;
}
