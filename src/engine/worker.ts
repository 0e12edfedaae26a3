/** A worker thread of `--jobs N`: checks one shard and posts its result back. */
import { parentPort, workerData } from "worker_threads";
import { ConcordError } from "../errors";
import { check, type CheckOptions } from "./check";

check(workerData as CheckOptions).then(
  (result) => parentPort!.postMessage({ result }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof ConcordError ? { problem: error.toProblem() } : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) } }),
);
