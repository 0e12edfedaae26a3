/** Findings and input problems as the editor's diagnostics: the positions `check` computes, 0-based. */
import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver";
import type { Finding, InputProblem, Severity } from "../types";
import { ruleDocsUrl } from "../package-info";

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A 1-based line and column span (end exclusive) as an LSP range. */
export function rangeOf(at: { line: number; column: number; endLine: number; endColumn: number }): Range {
  return { start: { line: at.line - 1, character: at.column - 1 }, end: { line: at.endLine - 1, character: at.endColumn - 1 } };
}

/** `onSource`: the finding stands in the source catalog, so its message says which translation it is about. */
export function findingDiagnostic(finding: Finding, onSource: boolean): Diagnostic {
  const href = ruleDocsUrl(finding.ruleId);
  return {
    range: rangeOf(finding),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: "concord",
    message: onSource ? `[${finding.locale}] ${finding.message}` : finding.message,
  };
}

/** An input problem (bad JSON, a duplicate key) at its position, or at the start of the file when it has none. */
export function problemDiagnostic(problem: InputProblem): Diagnostic {
  const line = Math.max(0, (problem.line ?? 1) - 1);
  const character = Math.max(0, (problem.column ?? 1) - 1);
  return {
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: problem.code,
    source: "concord",
    message: problem.hint ? `${problem.message} — ${problem.hint}` : problem.message,
  };
}

/**
 * The problems worth showing for one file: after a syntax error the parser's later errors follow
 * from the first (a trailing comma gives two at one spot), so only the first one is kept.
 */
export function shownProblems(problems: readonly InputProblem[]): InputProblem[] {
  const firstSyntax = problems.find((p) => p.code === "syntax-error");
  return problems.filter((p) => p.code !== "syntax-error" || p === firstSyntax);
}
