/** Small pure steps over the findings of a run: order them and count them. */
import type { Finding, RunSummary } from "../types";

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

export function countSeverities(findings: Finding[]): Pick<RunSummary, "errors" | "warnings" | "infos"> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
