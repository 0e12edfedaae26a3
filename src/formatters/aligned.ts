/** What the HTML report and JUnit read from a run's alignment: rows side by side, and the pairs checked. */
import type { AlignedNamespace, CheckedPair, ReportNamespace, ReportRow, RunResult } from "../types";

/** One namespace's rows: a row per source paragraph; a target's added paragraphs get rows of their own. */
function rowsOf(aligned: AlignedNamespace): ReportRow[] {
  const rows: ReportRow[] = aligned.source.map((cell) => ({ source: cell, targets: {} }));
  for (const { locale, paragraphs, pairs, events } of aligned.targets) {
    for (const [s, t] of pairs) {
      if (s >= 0 && t >= 0) (rows[s].targets[locale] ??= []).push(paragraphs[t]);
      else if (t >= 0) rows.push({ targets: { [locale]: [paragraphs[t]] } });
    }
    for (const event of events) {
      if (event.kind === "merge") {
        (rows[event.sources[0]].targets[locale] ??= []).push(paragraphs[event.targets[0]]);
        (rows[event.sources[1]].merged ??= {})[locale] = true;
      } else if (event.kind === "split") {
        (rows[event.sources[0]].targets[locale] ??= []).push(...event.targets.map((t) => paragraphs[t]));
      }
    }
  }
  return rows;
}

export function reportNamespaces(result: RunResult): ReportNamespace[] {
  return (result.alignment ?? []).map((aligned) => ({ namespace: aligned.namespace, rows: rowsOf(aligned) }));
}

/** Every paragraph pair checked, by the key it is reported under (the translation's, else the source's). */
export function checkedPairs(result: RunResult): CheckedPair[] {
  if (result.pairs) return result.pairs;
  const pairs: CheckedPair[] = [];
  for (const aligned of result.alignment ?? []) {
    for (const { locale, paragraphs, pairs: links } of aligned.targets) {
      for (const [s, t] of links) pairs.push({ locale, namespace: aligned.namespace, key: t >= 0 ? paragraphs[t].key : aligned.source[s].key });
    }
  }
  return pairs;
}
