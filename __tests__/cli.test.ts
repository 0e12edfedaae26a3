/**
 * End to end through the CLI: planted errors in copies of the bundled article are each reported by
 * the right rule at the right key and position, in uk and ru, and bad input exits 2 with file:line:column.
 */
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { main } from "../src/cli/main";
import { runCli, tempTree } from "./helpers";

const bundled = path.join(__dirname, "..", "locales");


/** A copy of the bundled article whose `locale` catalog is changed by `edit`. */
function plantedCopy(locale: string, edit: (catalog: Record<string, string>) => void): string {
  const root = tempTree({});
  cpSync(bundled, path.join(root, "locales"), { recursive: true });
  const file = path.join(root, "locales", locale, "article.json");
  const catalog = JSON.parse(readFileSync(file, "utf8"));
  edit(catalog);
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
  return root;
}

interface Planted {
  name: string;
  edit: (catalog: Record<string, string>, source: Record<string, string>) => void;
  ruleId: string;
  key: string;
  messageId?: string;
  data?: Record<string, unknown>;
  /** Text in the target line the finding must point at. */
  pointsAt?: string;
}

const english = JSON.parse(readFileSync(path.join(bundled, "en", "article.json"), "utf8"));

const planted: Planted[] = [
  { name: "a key removed", edit: (c) => void delete c.p05, ruleId: "missing-paragraph", key: "p05" },
  { name: "a value emptied", edit: (c) => void (c.p02 = ""), ruleId: "empty-paragraph", key: "p02" },
  { name: "English left in the target", edit: (c, en) => void (c.p06 = en.p06), ruleId: "untranslated-paragraph", key: "p06", messageId: "identical" },
  { name: "150 → 15", edit: (c) => void (c.p11 = c.p11.replace("150", "15")), ruleId: "number-mismatch", key: "p11", data: { missing: ["150"], extra: ["15"] }, pointsAt: "15\u00A0" },
  { name: "1951 → 1915", edit: (c) => void (c.p11 = c.p11.replace("1951", "1915")), ruleId: "number-mismatch", key: "p11", data: { missing: ["1951"], extra: ["1915"] }, pointsAt: "1915" },
  { name: "a quotation's marks removed", edit: (c) => void (c.p03 = c.p03.replace("«", "").replace("»", "")), ruleId: "quote-missing", key: "p03", messageId: "reported" },
  { name: "«» replaced by straight quotes", edit: (c) => void (c.p03 = c.p03.replace("«", '"').replace("»", '"')), ruleId: "quote-style", key: "p03", data: { expected: "«…»" }, pointsAt: '\\\\"' },
];

describe("the bundled article", () => {
  test("checks clean: exit 0, no findings", async () => {
    const { code, stdout, stderr } = await runCli(["check", "--locales", bundled, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, files: 3, namespaces: 1, paragraphs: Object.keys(english).length });
  });

  test("the stylish report says so", async () => {
    const { code, stdout } = await runCli(["check", "--locales", bundled]);
    expect(code).toBe(0);
    expect(stdout).toContain("✔ No problems: 3 files, 1 namespace");
  });
});

describe.each(["uk", "ru"])("planted errors in %s", (locale) => {
  test.each(planted.map((p) => [p.name, p] as const))("%s", async (_name, plant) => {
    const root = plantedCopy(locale, (c) => plant.edit(c, english));
    const { code, stdout } = await runCli(["check", "--locales", "locales", "--format", "json"], root);
    const report = JSON.parse(stdout);
    const findings = report.findings as Array<Record<string, any>>;
    // Exactly one finding, by the right rule, at the right key: no cascade, nothing in the other locale.
    expect(findings.map((f) => [f.locale, f.ruleId, f.key])).toEqual([[locale, plant.ruleId, plant.key]]);
    const [finding] = findings;
    if (plant.messageId) expect(finding.messageId).toBe(plant.messageId);
    if (plant.data) expect(finding.data).toMatchObject(plant.data);
    expect(code).toBe(finding.severity === "error" ? 1 : 0);
    const sourceSide = plant.ruleId === "missing-paragraph";
    expect(finding.file).toBe(`locales/${sourceSide ? "en" : locale}/article.json`);
    const lines = readFileSync(path.join(root, finding.file), "utf8").split("\n");
    expect(lines[finding.line - 1]).toContain(`"${plant.key}"`);
    if (plant.pointsAt) expect(lines[finding.line - 1].slice(finding.column - 1)).toMatch(new RegExp(`^${plant.pointsAt}`));
  });
});

describe("bad input: a clear message with file:line:column and exit 2", () => {
  const good = { "en/a.json": '{ "p1": "One 150." }\n', "ru/a.json": '{ "p1": "Один 15." }\n' };

  test("malformed JSON names the position; the other files are still checked", async () => {
    const root = tempTree({ ...good, "uk/a.json": '{\n  "p1": "Один 150.",\n}\n' });
    const { code, stdout, stderr } = await runCli(["check", "--locales", root, "--format", "json"], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/uk\/a\.json:3:1: Invalid JSON: property name expected — /);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { locale: string; ruleId: string }) => [f.locale, f.ruleId])).toEqual([["ru", "number-mismatch"]]);
    expect(report.problems[0]).toMatchObject({ code: "syntax-error", file: "uk/a.json", line: 3, column: 1 });
  });

  test("a duplicate key names the second occurrence", async () => {
    const root = tempTree({ ...good, "uk/a.json": '{\n  "p1": "Один 150.",\n  "p1": "Ще раз 150."\n}\n' });
    const { code, stderr } = await runCli(["check", "--locales", root], root);
    expect(code).toBe(2);
    expect(stderr).toContain('uk/a.json:3:3: Duplicate key "p1" — ');
  });

  test("a non-string value names the key", async () => {
    const root = tempTree({ ...good, "uk/a.json": '{\n  "p1": 150\n}\n' });
    const { code, stderr } = await runCli(["check", "--locales", root], root);
    expect(code).toBe(2);
    expect(stderr).toContain('uk/a.json:2:9: The value of "p1" is a number, not text');
  });

  test("a missing locale folder names the folder", async () => {
    const root = tempTree(good);
    const { code, stderr, stdout } = await runCli(["check", "--locales", root, "--targets", "ru,uk"], root);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/concord: uk: The target locale "uk" has no catalogs — create them, or choose --targets from: ru/);
  });

  test("a missing locales folder and an unknown option", async () => {
    expect((await runCli(["check", "--locales", "/nonexistent/locales"])).code).toBe(2);
    const unknown = await runCli(["check", "--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown argument: frobnicate");
  });

  test("a BOM is accepted and positions stay right", async () => {
    const root = tempTree({ ...good, "ru/a.json": '\uFEFF{ "p1": "Один 15." }\n' });
    const report = JSON.parse((await runCli(["check", "--locales", root, "--format", "json"], root)).stdout);
    expect(report.findings[0]).toMatchObject({ ruleId: "number-mismatch", line: 1, column: 15 });
  });
});

describe("the JSON output contract", () => {
  test("has the documented shape", async () => {
    const root = plantedCopy("uk", (c) => void (c.p11 = c.p11.replace("150", "15")));
    const report = JSON.parse((await runCli(["check", "--locales", "locales", "--format", "json"], root)).stdout);
    expect(Object.keys(report)).toEqual(["version", "tool", "source", "targets", "shard", "configDigest", "summary", "findings", "problems"]);
    expect(report).toMatchObject({ version: 1, tool: { name: "concord" }, source: "en", targets: ["ru", "uk"] });
    expect(report.tool.version).toBe(JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8")).version);
    expect(Object.keys(report.findings[0]).sort()).toEqual(
      ["column", "data", "endColumn", "endLine", "file", "key", "line", "locale", "message", "messageId", "namespace", "ruleId", "severity", "snippet", "sourceExcerpt", "sourceKey"].sort(),
    );
    expect(report.findings[0].message).toBe("Numbers differ: the source has 150, the translation has 15 instead");
  });

  test("-o/--output-file writes the report to a file, making its folders; --output is its old name", async () => {
    const root = plantedCopy("ru", () => undefined);
    const { code, stdout, stderr } = await runCli(["check", "--locales", "locales", "-f", "json", "-o", "out/deep/report.json"], root);
    expect([code, stdout, stderr]).toEqual([0, "", ""]);
    expect(JSON.parse(readFileSync(path.join(root, "out", "deep", "report.json"), "utf8")).findings).toEqual([]);
    const old = await runCli(["check", "--locales", "locales", "--format", "json", "--output", "report.json"], root);
    expect(old.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(root, "report.json"), "utf8")).findings).toEqual([]);
    writeFileSync(path.join(root, "blocker"), "a file where a folder should be");
    const blocked = await runCli(["check", "--locales", "locales", "-f", "json", "--output-file", "blocker/report.json"], root);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^concord: blocker\/report\.json: Cannot make the folder for blocker\/report\.json \((EEXIST|ENOTDIR)\) — /);
  });
});

describe("progress on a terminal", () => {
  test("a long run shows its progress on stderr when it is a TTY, and nothing otherwise", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 25; i++) {
      files[`en/n${i}.json`] = '{ "p1": "One." }';
      files[`uk/n${i}.json`] = '{ "p1": "Один." }';
    }
    const root = tempTree(files);
    let tty = "";
    await main(["check", "--locales", root], { stdout: { write: () => true }, stderr: { write: (t: string) => (tty += t), isTTY: true }, env: {}, cwd: root });
    expect(tty).toContain("\rchecking 0/25 namespaces");
    expect(tty.endsWith("\r\u001b[K")).toBe(true);
    expect(tty).toContain("\rchecking 24/25 namespaces");
    expect((await runCli(["check", "--locales", root], root)).stderr).toBe("");
  });
});
