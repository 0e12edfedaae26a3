/**
 * Splitting a run by namespace and joining the parts again: `--shard i/n` for a CI matrix,
 * `--jobs N` for worker threads, and `concord merge` for their JSON outputs. A namespace is the
 * unit because every rule compares within one namespace; joined findings are sorted as a plain
 * run sorts them, so a joined run and a plain run give the same findings in the same order.
 */
import { ConfigError } from "../errors";
import type { RunResult } from "../types";
import { countSeverities, sortFindings } from "./pipeline";

export interface Shard {
  /** 1-based, as in `--shard 2/3`. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ConfigError({ code: "bad-shard", message: `--shard ${text} is not i/n with 1 ≤ i ≤ n`, hint: "write e.g. --shard 1/3, --shard 2/3 and --shard 3/3 for a three-job matrix" });
  }
  return { index, count };
}

/**
 * The namespaces of one shard: every n-th of the sorted list, starting at the i-th. Deterministic
 * for the same files on every machine, and balanced in count whatever the names.
 */
export function namespacesOfShard(namespaces: readonly string[], shard: Shard): string[] {
  return [...namespaces].sort().filter((_ns, position) => position % shard.count === shard.index - 1);
}

/** Joins the results of runs over disjoint namespaces of the same locales into one result. */
export function mergeResults(results: readonly RunResult[]): RunResult {
  if (results.length === 0) throw new ConfigError({ code: "nothing-to-merge", message: "There is nothing to merge", hint: "pass the JSON reports of the shards: concord merge shard-1.json shard-2.json" });
  const [first] = results;
  for (const other of results) {
    if (other.source !== first.source || other.targets.join(",") !== first.targets.join(",")) {
      throw new ConfigError({ code: "merge-mismatch", message: `The reports compare different locales (${first.source} → ${first.targets.join(", ")} and ${other.source} → ${other.targets.join(", ")})`, hint: "merge only the shards of one run" });
    }
  }
  const findings = sortFindings(results.flatMap((r) => r.findings));
  const sum = (pick: (r: RunResult) => number | undefined) => results.reduce((total, r) => total + (pick(r) ?? 0), 0);
  const some = (pick: (r: RunResult) => number | undefined) => results.some((r) => pick(r) !== undefined);
  const byNamespace = <T extends { namespace: string }>(items: T[]) => items.map((item, position) => ({ item, position })).sort((a, b) => (a.item.namespace < b.item.namespace ? -1 : a.item.namespace > b.item.namespace ? 1 : a.position - b.position)).map(({ item }) => item);
  const alignment = results.some((r) => r.alignment) ? byNamespace(results.flatMap((r) => r.alignment ?? [])) : undefined;
  // Shards read back from their JSON reports carry the pairs they checked, not their alignment.
  const pairs = !alignment && results.some((r) => r.pairs) ? byNamespace(results.flatMap((r) => r.pairs ?? [])) : undefined;
  return {
    source: first.source,
    targets: first.targets,
    findings,
    problems: results.flatMap((r) => r.problems),
    notices: [...new Set(results.flatMap((r) => r.notices))],
    ...(alignment ? { alignment } : {}),
    ...(pairs ? { pairs } : {}),
    ...(first.configDigest !== undefined ? { configDigest: first.configDigest } : {}),
    summary: {
      ...countSeverities(findings),
      files: sum((r) => r.summary.files),
      namespaces: sum((r) => r.summary.namespaces),
      paragraphs: sum((r) => r.summary.paragraphs),
      ...(some((r) => r.summary.ignored) ? { ignored: sum((r) => r.summary.ignored) } : {}),
      ...(some((r) => r.summary.baselineHidden) ? { baselineHidden: sum((r) => r.summary.baselineHidden), baselineFixed: sum((r) => r.summary.baselineFixed) } : {}),
    },
  };
}
