/**
 * Applies findings' fixes to a file's text as ESLint does: in order of range, skipping a fix that
 * overlaps or touches one already applied (the next pass gets it), the output built from slices in
 * one pass, so that any number of fixes costs one copy of the text.
 */
import type { FixEdit } from "../types";

export function applyFixes<T extends { fix?: FixEdit }>(content: string, findings: readonly T[]): { content: string; applied: T[] } {
  const withFix = findings.filter((f): f is T & { fix: FixEdit } => f.fix !== undefined);
  withFix.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const parts: string[] = [];
  const applied: T[] = [];
  let lastEnd = -1;
  for (const finding of withFix) {
    const [start, end] = finding.fix.range;
    if (start <= lastEnd || start > end || end > content.length) continue;
    parts.push(content.slice(Math.max(0, lastEnd), start), finding.fix.text);
    lastEnd = end;
    applied.push(finding);
  }
  parts.push(content.slice(Math.max(0, lastEnd)));
  return { content: parts.join(""), applied };
}
