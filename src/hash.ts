/**
 * node:crypto's createHash, loaded on first use: loading node:crypto costs about a tenth of a bare
 * Node start, and a clean check (no finding, no cache, no report that fingerprints) hashes nothing.
 */
import type { Hash } from "crypto";

export function createHash(algorithm: string): Hash {
  return (require("crypto") as typeof import("crypto")).createHash(algorithm);
}
