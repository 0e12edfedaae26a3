/**
 * `--jobs N`: the namespaces split into N shards, each checked in a worker thread, the results
 * joined. The joined findings are those of a plain run in the same order (see shard.ts).
 */
import { existsSync } from "fs";
import path from "path";
import { discoverLayout } from "../catalog/loader";
import { ConcordError } from "../errors";
import type { InputProblem, RunResult } from "../types";
import { check, type CheckOptions } from "./check";
import { mergeResults } from "./shard";

type WorkerReply = { result: RunResult } | { error: { problem: InputProblem } | { message: string } };

class WorkerProblem extends ConcordError {}

function inWorker(file: string, options: CheckOptions): Promise<RunResult> {
  return import("worker_threads").then(
    ({ Worker }) =>
      new Promise<RunResult>((resolve, reject) => {
        const worker = new Worker(file, { workerData: options });
        worker.once("message", (reply: WorkerReply) => {
          if ("result" in reply) resolve(reply.result);
          else if ("problem" in reply.error) reject(new WorkerProblem(reply.error.problem));
          else reject(new Error(reply.error.message));
          void worker.terminate();
        });
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (code !== 0) reject(new Error(`A worker thread stopped with exit code ${code}`));
        });
      }),
  );
}

/** Checks with up to `jobs` worker threads; a plain check when one job or one namespace. */
export async function checkInParallel(options: CheckOptions, jobs: number): Promise<RunResult> {
  if (jobs <= 1 || options.shard) return check(options);
  const cwd = options.cwd ?? process.cwd();
  const layout = await discoverLayout({ ...options, cwd, locales: path.resolve(cwd, options.locales) });
  const count = Math.min(jobs, layout.namespaces.length);
  if (count <= 1) return check(options);
  const { onProgress, ...cloneable } = options;
  // The compiled worker; when running from the TypeScript sources (ts-jest) there is none, and the
  // shards run one after the other in this thread, joined the same way.
  const file = path.join(__dirname, "worker.js");
  const shards = Array.from({ length: count }, (_unused, i) => ({ ...cloneable, shard: { index: i + 1, count } }));
  let done = 0;
  const track = (result: RunResult) => {
    done += result.summary.namespaces;
    onProgress?.(done, layout.namespaces.length);
    return result;
  };
  const results = existsSync(file)
    ? await Promise.all(shards.map((shard) => inWorker(file, shard).then(track)))
    : await shards.reduce<Promise<RunResult[]>>(async (earlier, shard) => [...(await earlier), track(await check(shard))], Promise.resolve([]));
  return mergeResults(results);
}
