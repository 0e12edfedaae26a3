/** Typed, expected errors: each prints as one line with a position and a hint, never a stack. */
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

/** file:line:column: message (hint) — the one line every input problem prints as. */
export function formatProblem(problem: InputProblem): string {
  const where = problem.file
    ? problem.line !== undefined
      ? `${problem.file}:${problem.line}:${problem.column ?? 1}: `
      : `${problem.file}: `
    : "";
  return `${where}${problem.message}${problem.hint ? ` — ${problem.hint}` : ""}`;
}
