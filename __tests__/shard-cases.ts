/** What --jobs, --shard and concord merge must give on a corpus: exactly the findings of a plain run, in the same order. */
import { readFileSync } from "fs";
import path from "path";
import { check } from "../src/engine/check";
import { mergeResults } from "../src/engine/shard";
import { cli } from "./built-cli";
import { tempTree } from "./helpers";

/** The NTREX corpus (123 namespaces, real findings of most rules). */
export const ntrex = path.join(__dirname, "..", "corpora", "ntrex", "locales");

/** Three shards checked by the library and joined equal a plain run. */
export async function expectShardsJoinedEqualPlain(corpus: string): Promise<void> {
  const plain = await check({ locales: corpus, cwd: corpus, alignment: true });
  expect(plain.findings.length).toBeGreaterThan(10);
  const parts = await Promise.all([1, 2, 3].map((index) => check({ locales: corpus, cwd: corpus, alignment: true, shard: { index, count: 3 } })));
  expect(parts.every((part) => part.findings.length < plain.findings.length)).toBe(true);
  expect(mergeResults(parts)).toEqual(plain);
}

/** The built CLI with --jobs 2, and with --shard 1/2 and 2/2 joined by merge, prints the plain run's JSON. */
export async function expectJobsAndShardsEqualPlain(corpus: string): Promise<void> {
  // The runs are independent processes: started together, they take the time of the slowest.
  const out = tempTree({});
  const [plain, jobs, ...shards] = await Promise.all([
    cli(["check", "--locales", corpus, "--format", "json", "--jobs", "1"], corpus),
    cli(["check", "--locales", corpus, "--format", "json", "--jobs", "2"], corpus),
    ...["1/2", "2/2"].map((shard, i) => cli(["check", "--locales", corpus, "--shard", shard, "--format", `json=${path.join(out, `shard-${i + 1}.json`)}`], corpus)),
  ]);
  expect(plain.code).toBe(1);
  expect(jobs).toEqual(plain);
  expect(shards.map((s) => s.code)).toEqual([1, 1]);
  const halves = [1, 2].map((i) => JSON.parse(readFileSync(path.join(out, `shard-${i}.json`), "utf8")).findings.length);
  expect(halves[0] + halves[1]).toBe((plain.json as { findings: unknown[] }).findings.length);
  const reports = [path.join(out, "shard-1.json"), path.join(out, "shard-2.json")];
  const [merged, sarif] = await Promise.all([cli(["merge", ...reports, "--format", "json"], corpus), cli(["merge", ...reports, "--format", "sarif"], corpus)]);
  expect(merged).toEqual(plain);
  expect((sarif.json as { runs: { results: unknown[] }[] }).runs[0].results).toHaveLength(halves[0] + halves[1]);
}
