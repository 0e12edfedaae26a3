/** A worker thread of `--jobs N`: checks one shard and posts its result back. */
import { parentPort, workerData } from "worker_threads";
import { ConcordError } from "../errors";
import { runChecks, type CheckOptions } from "./check";

// The cache's new entries go back with the result: the parent thread alone writes the cache file.
runChecks(workerData as CheckOptions).then(
  ({ result, cache }) => parentPort!.postMessage({ result, entries: cache?.made() ?? [] }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof ConcordError ? { problem: error.toProblem() } : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) } }),
);
