/** Small pure steps over the findings of a run: drop ignored and baseline ones, order them, count them. */
import type { Finding, RunSummary } from "../types";

export interface IgnoreRule {
  rule: string;
  locale?: string;
  namespace?: string;
  key?: string;
}

export interface BaselineEntry {
  ruleId: string;
  locale: string;
  namespace: string;
  key: string;
  hash: string;
}

export function applyIgnores(findings: Finding[], ignores: readonly IgnoreRule[]): { kept: Finding[]; ignored: number } {
  if (ignores.length === 0) return { kept: findings, ignored: 0 };
  const matches = (f: Finding, i: IgnoreRule) =>
    i.rule === f.ruleId && (i.locale === undefined || i.locale === f.locale) && (i.namespace === undefined || i.namespace === f.namespace) && (i.key === undefined || i.key === f.key || i.key === f.sourceKey);
  const kept = findings.filter((f) => !ignores.some((i) => matches(f, i)));
  return { kept, ignored: findings.length - kept.length };
}

function entryKey(e: BaselineEntry): string {
  return [e.ruleId, e.locale, e.namespace, e.key, e.hash].join("\u0000");
}

export function baselineEntryOf(f: Finding): BaselineEntry {
  return { ruleId: f.ruleId, locale: f.locale, namespace: f.namespace, key: f.key, hash: f.textHash ?? "" };
}

/** Hides the findings the baseline records (by rule, locale, key and texts, not lines); counts the entries now fixed. */
export function applyBaseline(findings: Finding[], baseline: readonly BaselineEntry[]): { kept: Finding[]; hidden: number; fixed: number } {
  const remaining = new Map<string, number>();
  for (const entry of baseline) remaining.set(entryKey(entry), (remaining.get(entryKey(entry)) ?? 0) + 1);
  const kept: Finding[] = [];
  let hidden = 0;
  for (const f of findings) {
    const key = entryKey(baselineEntryOf(f));
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      hidden++;
    } else {
      kept.push(f);
    }
  }
  return { kept, hidden, fixed: [...remaining.values()].reduce((sum, n) => sum + n, 0) };
}

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
