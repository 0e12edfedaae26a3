/**
 * `--jobs N`: the namespaces split into N shards, each checked in a worker thread, the results
 * joined. The joined findings are those of a plain run in the same order (see shard.ts).
 */
import { existsSync } from "fs";
import { availableParallelism } from "os";
import path from "path";
import { discoverLayout, statQuietly } from "../catalog/loader";
import { ConcordError } from "../errors";
import type { InputProblem, RunResult } from "../types";
import { namespaceFiles, openTree } from "../catalog/tree";
import type { CacheEntry, FindingsCache } from "./cache";
import { cacheOf, checkHeld, kernelSettings, runHeld, type CheckOptions, type HeldRun } from "./check";
import { HeldFindings } from "./held";
import { mergeResults } from "./shard";
import { SpillFile } from "./spill";

type Entries = Array<[string, CacheEntry]>;
type WorkerReply = { result: RunResult; findings: ReturnType<HeldFindings["toTransfer"]>; entries: Entries } | { error: { problem: InputProblem } | { message: string } };

function inWorker(file: string, options: CheckOptions, entries: Entries): Promise<HeldRun> {
  return import("worker_threads").then(
    ({ Worker }) =>
      new Promise<HeldRun>((resolve, reject) => {
        // The file the worker spills its held findings to, if it must: made here, since a file the worker made would close with it.
        const { spill, worker } = SpillFile.forWorker(() => new Worker(file, { workerData: options }));
        let answered = false;
        worker.once("message", (reply: WorkerReply) => {
          answered = true;
          if ("result" in reply) {
            for (const entry of reply.entries) entries.push(entry);
            const findings = HeldFindings.fromTransfer(reply.findings);
            if (!findings.spilled) spill?.close();
            resolve({ result: reply.result, findings });
          } else {
            spill?.close();
            reject("problem" in reply.error ? new ConcordError(reply.error.problem) : new Error(reply.error.message));
          }
          void worker.terminate();
        });
        worker.once("error", (error) => {
          answered = true;
          spill?.close();
          reject(error);
        });
        worker.once("exit", (code) => {
          // terminate() after the reply ends the worker with code 1; the file is the findings' then.
          if (code === 0 || answered) return;
          spill?.close();
          reject(new Error(`A worker thread stopped with exit code ${code}`));
        });
      }),
  );
}

/**
 * Source catalogs from this size up are checked on every core when no --jobs is given: below it the
 * workers' own start (loading and JIT in each) costs more than it saves (docs/speed.md).
 */
export const AUTO_JOBS_FROM_BYTES = 4 << 20;

/** The number of threads for `jobs` ("auto": every core for large sources, else one). */
export function threadsFor(jobs: number | "auto", sourceBytes: number, cores: number = availableParallelism()): number {
  if (jobs !== "auto") return jobs;
  return sourceBytes >= AUTO_JOBS_FROM_BYTES ? Math.max(1, cores) : 1;
}

/** Joins the held runs of shards: the results as mergeResults joins them, the findings' groups and counts added up. */
function joinHeld(runs: readonly HeldRun[]): HeldRun {
  const result = mergeResults(runs.map((run) => run.result));
  const findings = new HeldFindings();
  for (const run of runs) findings.join(run.findings);
  const sum = (pick: (run: HeldRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  const summary = { ...result.summary, errors: sum((run) => run.result.summary.errors), warnings: sum((run) => run.result.summary.warnings), infos: sum((run) => run.result.summary.infos) };
  return { result: { ...result, summary }, findings };
}

/** Checks with up to `jobs` worker threads; a plain check when one job or one namespace. */
export async function checkInParallel(options: CheckOptions, jobs: number | "auto"): Promise<RunResult> {
  const { result, findings: held } = await checkHeldInParallel(options, jobs);
  const findings = held.all();
  held.dispose();
  return { ...result, findings };
}

/** checkInParallel with the findings held compactly, for a formatter to stream. */
export async function checkHeldInParallel(options: CheckOptions, jobs: number | "auto"): Promise<HeldRun> {
  if (jobs === 1 || options.shard) return checkHeld(options);
  const cwd = options.cwd ?? process.cwd();
  const layout = await discoverLayout({ ...options, cwd, locales: path.resolve(cwd, options.locales) });
  const sourceBytes = jobs === "auto" ? layout.namespaces.reduce((sum, ns) => sum + (statQuietly(layout.file(layout.source, ns))?.size ?? 0), 0) : 0;
  const count = Math.min(threadsFor(jobs, sourceBytes), layout.namespaces.length);
  if (count <= 1) return checkHeld(options, layout);
  const { onProgress, ...cloneable } = options;
  const shards = Array.from({ length: count }, (_unused, i) => ({ ...cloneable, shard: { index: i + 1, count } }));
  let done = 0;
  const track = (run: HeldRun) => {
    done += run.result.summary.namespaces;
    onProgress?.(done, layout.namespaces.length);
    return run;
  };
  // With a cache, only what it does not answer is checked: when that is little, the shards run one
  // after the other in this thread, joined as the workers' would be (their own start would cost more).
  let cache: FindingsCache | undefined;
  let inThread = false;
  if (options.cache) {
    const tree = await openTree(options, layout);
    cache = cacheOf(options, tree, kernelSettings(options));
    const open = cache;
    if (open) {
      const unanswered = layout.namespaces.filter((ns) => !open.holds(ns, namespaceFiles(tree, ns)));
      inThread = unanswered.reduce((sum, ns) => sum + (statQuietly(layout.file(layout.source, ns))?.size ?? 0), 0) < AUTO_JOBS_FROM_BYTES;
    }
  }
  // The compiled worker; when running from the TypeScript sources (ts-jest) there is none, and the
  // shards run one after the other in this thread, joined the same way.
  const file = path.join(__dirname, "worker.js");
  if (!inThread && existsSync(file)) {
    cache?.forgetMisses();
    const entries: Entries = [];
    const merged = joinHeld(await Promise.all(shards.map((shard) => inWorker(file, shard, entries).then(track))));
    if (cache) {
      for (const [namespace, entry] of entries) cache.set(namespace, entry);
      cache.save();
    }
    return merged;
  }
  const runs: HeldRun[] = [];
  for (const shard of shards) runs.push(track((await runHeld(shard, layout, cache)).run));
  cache?.save();
  return joinHeld(runs);
}
