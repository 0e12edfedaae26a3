/** What the input problems of a run mean for its reports: which catalogs were not checked, per locale. */
import type { InputProblem, RunResult } from "../types";

export interface UncheckedCatalog {
  file: string;
  locale: string;
  namespace: string;
  /** The first problem that kept it from being checked. */
  problem: InputProblem;
}

/** Each catalog some problem kept from being checked, once, in the order of the problems. */
export function uncheckedCatalogs(result: RunResult): UncheckedCatalog[] {
  const seen = new Map<string, UncheckedCatalog>();
  for (const problem of result.problems) {
    const { unchecked } = problem;
    if (!unchecked || typeof unchecked.locale !== "string" || typeof unchecked.namespace !== "string") continue;
    const id = `${unchecked.locale}\u0000${unchecked.namespace}`;
    if (!seen.has(id)) seen.set(id, { file: problem.file ?? `${unchecked.locale}/${unchecked.namespace}`, locale: unchecked.locale, namespace: unchecked.namespace, problem });
  }
  return [...seen.values()];
}

/**
 * Per target locale, how many namespaces were not compared: its own catalog unreadable, or the
 * source's (then no target of that namespace was compared).
 */
export function uncheckedNamespacesByTarget(result: RunResult): Map<string, number> {
  const catalogs = uncheckedCatalogs(result);
  const sourceMissing = new Set(catalogs.filter((c) => c.locale === result.source).map((c) => c.namespace));
  return new Map(
    result.targets.map((target) => {
      const own = catalogs.filter((c) => c.locale === target && !sourceMissing.has(c.namespace)).length;
      return [target, own + sourceMissing.size] as const;
    }),
  );
}

/** A 1-based line or column as a whole number: 1 for anything else (a merged report may carry anything). */
export function whole(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : 1;
}

/** A problem's 1-based position, always numbers. */
export function problemPosition(problem: InputProblem): { line: number; column: number } {
  return { line: whole(problem.line), column: whole(problem.column) };
}
