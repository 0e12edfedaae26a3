/**
 * `concord merge` joins only what it can: each shard of one run once, none missing, one
 * configuration; every report it reads is checked field by field, and a bad one is one line with
 * the file, the value's position and a hint (exit 2), never a stack trace. Merged reports equal a
 * plain run's, JUnit included.
 */
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { runCli, tempTree } from "./helpers";

/** Five namespaces with a finding or two each, so that every shard of 2 or 3 has some. */
function tree(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 5; i++) {
    files[`locales/en/n${i}.json`] = JSON.stringify({ p1: `There were ${150 + i} troops.`, p2: "They left at dawn." });
    files[`locales/uk/n${i}.json`] = JSON.stringify({ p1: `Там було ${15 + i} військових.`, p2: "Вони пішли на світанку." });
    files[`locales/ru/n${i}.json`] = JSON.stringify({ p1: `Там было ${150 + i} военных.`, p2: "Они ушли на рассвете." });
  }
  return tempTree(files);
}

async function shards(root: string, count: number, extra: string[] = []): Promise<string[]> {
  const names: string[] = [];
  for (let index = 1; index <= count; index++) {
    const name = `shard-${index}.json`;
    const { code } = await runCli(["check", "--shard", `${index}/${count}`, "-f", "json", "-o", name, ...extra], root);
    expect(code).toBe(1);
    names.push(name);
  }
  return names;
}

describe("merge joins one run's shards", () => {
  test("merged JSON, JUnit and stylish equal a plain run's", async () => {
    const root = tree();
    const parts = await shards(root, 3);
    for (const format of ["json", "junit", "stylish", "sarif"]) {
      const plain = await runCli(["check", "-f", format], root);
      const merged = await runCli(["merge", ...parts, "-f", format], root);
      expect(merged).toEqual(plain);
    }
    const junit = (await runCli(["merge", ...parts, "-f", "junit"], root)).stdout;
    // Every pair checked is a test case, the clean ones too (the shards' reports carry them).
    expect(junit.match(/<testcase /g)).toHaveLength(20);
  });

  test("a shard's report says which shard and which configuration; a plain run's has no shard", async () => {
    const root = tree();
    const [first] = await shards(root, 2);
    const report = JSON.parse(readFileSync(path.join(root, first), "utf8"));
    expect(report.shard).toEqual({ index: 1, count: 2 });
    expect(report.configDigest).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(report.pairs.length).toBeGreaterThan(0);
    const plain = JSON.parse((await runCli(["check", "-f", "json"], root)).stdout);
    expect(plain.shard).toBeNull();
    expect(plain.configDigest).toBe(report.configDigest);
    expect(plain.pairs).toBeUndefined();
    // The same configuration spelt otherwise is the same configuration.
    for (const spelling of [["./locales/"], ["--locales", `${root}/locales`]]) expect(JSON.parse((await runCli(["check", ...spelling, "-f", "json"], root)).stdout).configDigest).toBe(report.configDigest);
    const other = JSON.parse((await runCli(["check", "-f", "json", "--rule", "quote-style=off"], root)).stdout);
    expect(other.configDigest).not.toBe(report.configDigest);
  });

  test("the same shard twice, a missing shard, or another configuration: exit 2 naming the files", async () => {
    const root = tree();
    const [one, two, three] = await shards(root, 3);
    expect(await runCli(["merge", one, two, two, three], root)).toMatchObject({ code: 2, stdout: "", stderr: "concord: shard-2.json: is shard 2/3 again, as shard-2.json is — pass each shard's report once\n" });
    expect(await runCli(["merge", one, three], root)).toMatchObject({ code: 2, stdout: "", stderr: "concord: Shard 2/3 missing: the reports given are shards 1/3, 3/3 (shard-1.json, shard-3.json) — pass every shard's JSON report\n" });
    await runCli(["check", "--shard", "2/3", "-f", "json", "-o", "strict-2.json", "--rule", "number-mismatch=warning"], root);
    const mixed = await runCli(["merge", one, "strict-2.json", three], root);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^concord: strict-2\.json: was made with another configuration or version than shard-1\.json \(sha256:\w+ against sha256:\w+\) — run every shard with the same configuration/);
    await runCli(["check", "--shard", "2/2", "-f", "json", "-o", "half-2.json"], root);
    expect((await runCli(["merge", one, "half-2.json"], root)).stderr).toBe("concord: half-2.json: is shard 2/2, shard-1.json is shard 1/3 — merge the shards of one --shard i/n matrix\n");
    await runCli(["check", "-f", "json", "-o", "plain.json"], root);
    expect((await runCli(["merge", "plain.json"], root)).stderr).toMatch(/^concord: plain\.json:\d+:\d+: shard: is not a shard's report \(no shard: \{index, count\}\) — /);
  });
});

describe("merge checks every report it reads", () => {
  type Edit = (report: { findings: Record<string, unknown>[]; summary: Record<string, unknown>; shard: Record<string, unknown> } & Record<string, unknown>) => void;
  const cases: [string, Edit, RegExp][] = [
    ["line 0", (r) => void (r.findings[0].line = 0), /findings\[0\]\.line: must be a whole number ≥ 1 \(got 0\)/],
    ["column as text", (r) => void (r.findings[0].column = "3"), /findings\[0\]\.column: must be a whole number ≥ 1 \(got "3"\)/],
    ["endColumn a fraction", (r) => void (r.findings[0].endColumn = 1.5), /findings\[0\]\.endColumn: must be a whole number ≥ 1 \(got 1\.5\)/],
    ["endLine before line", (r) => void ((r.findings[0].line = 9), (r.findings[0].endLine = 2)), /findings\[0\]\.endLine: the finding ends before it starts/],
    ["an unknown severity", (r) => void (r.findings[0].severity = "fatal"), /findings\[0\]\.severity: must be one of error, warning, info \(got "fatal"\)/],
    ["a message that is not text", (r) => void (r.findings[0].message = 5), /findings\[0\]\.message: must be a string \(got 5\)/],
    ["a null finding", (r) => void (r.findings[0] = null as never), /findings\[0\]: must be an object \(got null\)/],
    ["data missing", (r) => void delete r.findings[0].data, /findings\[0\]\.data: must be an object \(got nothing\)/],
    ["a summary count below zero", (r) => void (r.summary.errors = -1), /summary\.errors: must be a whole number ≥ 0 \(got -1\)/],
    ["no findings list", (r) => void (r.findings = {} as never), /findings: must be a list \(got \{\}\)/],
    ["shard 4 of 3", (r) => void (r.shard.index = 4), /shard\.index: shard 4 of 3 does not exist/],
    ["version 2", (r) => void (r.version = 2), /version: is not a Concord JSON report of version 1 \(version 2\)/],
  ];

  test.each(cases)("%s", async (_name, edit, expected) => {
    const root = tree();
    const [one, two, three] = await shards(root, 3);
    const report = JSON.parse(readFileSync(path.join(root, two), "utf8"));
    expect(report.findings.length).toBeGreaterThan(0);
    edit(report);
    writeFileSync(path.join(root, two), JSON.stringify(report, null, 2));
    const { code, stdout, stderr } = await runCli(["merge", one, two, three], root);
    expect([code, stdout]).toEqual([2, ""]);
    // One line: the file, where the value is, what is wrong, what to do.
    expect(stderr.split("\n")).toHaveLength(2);
    expect(stderr).toMatch(/^concord: shard-2\.json:\d+:\d+: /);
    expect(stderr).toMatch(expected);
    expect(stderr).toMatch(/ — merge reads the unchanged JSON reports of check --shard i\/n --format json=FILE\n$/);
  });

  test("a report that is not JSON names the line and column", async () => {
    const root = tree();
    writeFileSync(path.join(root, "broken.json"), '{\n  "version": 1,\n  "shard": { "index": 1 "count": 2 }\n}\n');
    expect(await runCli(["merge", "broken.json"], root)).toMatchObject({ code: 2, stderr: 'concord: broken.json:3:25: Invalid JSON: comma expected — put a comma between the two entries\n' });
  });
});
