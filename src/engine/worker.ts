/** A worker thread of `--jobs N`: checks one shard and posts its result back. */
import { parentPort, workerData } from "worker_threads";
import { ConcordError } from "../errors";
import { runHeld, type CheckOptions } from "./check";

// The cache's new entries go back with the result: the parent thread alone writes the cache file.
// The findings go back held (serialized per file), not as objects: cheaper to clone and to keep.
runHeld(workerData as CheckOptions).then(
  ({ run, cache }) => parentPort!.postMessage({ result: run.result, findings: run.findings.toTransfer(), entries: cache?.made() ?? [] }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof ConcordError ? { problem: error.toProblem() } : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) } }),
);
