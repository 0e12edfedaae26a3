/**
 * --jobs N, --shard i/n and concord merge give exactly the findings of a plain run, in the same
 * order: checked on the NTREX corpus (123 namespaces, real findings of most rules).
 */
import { execFile } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
import { promisify } from "util";
import { check } from "../src/engine/check";
import { AUTO_JOBS_FROM_BYTES, threadsFor } from "../src/engine/parallel";
import { mergeResults, namespacesOfShard, parseShard } from "../src/engine/shard";
import { runCli, tempTree } from "./helpers";

const corpus = path.join(__dirname, "..", "corpora", "ntrex", "locales");
const bin = path.join(__dirname, "..", "bin", "concord.js");
const run = promisify(execFile);

/** Runs the built CLI; the exit code, the parsed JSON report and stderr, compared whole by the tests. */
async function cli(args: string[], cwd: string): Promise<{ code: number; json: unknown; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, maxBuffer: 1 << 28 });
    return { code: 0, json: stdout ? JSON.parse(stdout) : undefined, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, json: e.stdout ? JSON.parse(e.stdout) : undefined, stderr: e.stderr };
  }
}

describe("shards", () => {
  test("every namespace lands in exactly one shard", () => {
    const namespaces = Array.from({ length: 17 }, (_, i) => `ns-${String.fromCharCode(122 - i)}`);
    const shards = [1, 2, 3].map((index) => namespacesOfShard(namespaces, { index, count: 3 }));
    expect(shards.flat().sort()).toEqual([...namespaces].sort());
    expect(shards.map((s) => s.length)).toEqual([6, 6, 5]);
    expect(namespacesOfShard([...namespaces].reverse(), { index: 2, count: 3 })).toEqual(shards[1]);
  });

  test("--shard is i/n with 1 ≤ i ≤ n", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    for (const bad of ["0/3", "4/3", "1/0", "a/b", "1", "1/2/3"]) expect(() => parseShard(bad)).toThrow(/is not i\/n/);
  });

  test("the shards' results joined equal a plain run (library)", async () => {
    const plain = await check({ locales: corpus, cwd: corpus, alignment: true });
    expect(plain.findings.length).toBeGreaterThan(50);
    const parts = await Promise.all([1, 2, 3].map((index) => check({ locales: corpus, cwd: corpus, alignment: true, shard: { index, count: 3 } })));
    expect(parts.every((part) => part.findings.length < plain.findings.length)).toBe(true);
    expect(mergeResults(parts)).toEqual(plain);
  });

  test("a bad --shard or --jobs is a usage error", async () => {
    const root = tempTree({ "locales/en/a.json": '{"p":"One"}', "locales/uk/a.json": '{"p":"Один"}' });
    expect(await runCli(["check", "--shard", "3/2"], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--shard 3\/2 is not i\/n/) });
    expect(await runCli(["check", "--jobs", "0"], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--jobs 0 is not a whole number/) });
    expect(await runCli(["merge", "missing.json"], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing\.json: Cannot read the report \(ENOENT\)/) });
  });
});

describe("the built CLI (worker threads)", () => {
  test("dist is built (npm ci runs the build)", () => {
    expect(existsSync(path.join(__dirname, "..", "dist", "engine", "worker.js"))).toBe(true);
  });

  test("--jobs 2, and --shard 1/2 + 2/2 joined by merge, print the plain run's JSON", async () => {
    const plain = await cli(["check", "--locales", corpus, "--format", "json", "--jobs", "1"], corpus);
    expect(plain.code).toBe(1);
    const jobs = await cli(["check", "--locales", corpus, "--format", "json", "--jobs", "2"], corpus);
    expect(jobs).toEqual(plain);
    const out = tempTree({});
    const shards = await Promise.all(["1/2", "2/2"].map((shard, i) => cli(["check", "--locales", corpus, "--shard", shard, "--format", `json=${path.join(out, `shard-${i + 1}.json`)}`], corpus)));
    expect(shards.map((s) => s.code)).toEqual([1, 1]);
    const halves = [1, 2].map((i) => JSON.parse(readFileSync(path.join(out, `shard-${i}.json`), "utf8")).findings.length);
    expect(halves[0] + halves[1]).toBe((plain.json as { findings: unknown[] }).findings.length);
    const merged = await cli(["merge", path.join(out, "shard-1.json"), path.join(out, "shard-2.json"), "--format", "json"], corpus);
    expect(merged).toEqual(plain);
    const sarif = await cli(["merge", path.join(out, "shard-1.json"), path.join(out, "shard-2.json"), "--format", "sarif"], corpus);
    expect((sarif.json as { runs: { results: unknown[] }[] }).runs[0].results).toHaveLength(halves[0] + halves[1]);
  }, 120_000);
});

describe("bad input under --jobs 2", () => {
  test("a broken catalog in one thread is reported as in a plain run, the rest still checked", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) {
      files[`locales/en/n${i}.json`] = JSON.stringify({ p: `There were ${150 + i} troops.` });
      files[`locales/uk/n${i}.json`] = JSON.stringify({ p: `Там було ${15 + i} військових.` });
    }
    files["locales/uk/n3.json"] = '{ "p": "Там було 153 військових." ';
    const root = tempTree(files);
    const plain = await cli(["check", "--format", "json", "--jobs", "1"], root);
    const jobs = await cli(["check", "--format", "json", "--jobs", "2"], root);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/locales\/uk\/n3\.json:1:\d+: /);
    expect((plain.json as { findings: unknown[] }).findings).toHaveLength(5);
    expect(jobs).toEqual(plain);
  }, 60_000);
});

describe("--jobs by default", () => {
  test("every core for large sources, one thread for small ones, the number given otherwise", () => {
    expect(threadsFor("auto", 100 << 10, 2)).toBe(1);
    expect(threadsFor("auto", AUTO_JOBS_FROM_BYTES - 1, 8)).toBe(1);
    expect(threadsFor("auto", AUTO_JOBS_FROM_BYTES, 2)).toBe(2);
    expect(threadsFor("auto", 50 << 20, 8)).toBe(8);
    expect(threadsFor(3, 0, 2)).toBe(3);
  });
});
