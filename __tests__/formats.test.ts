/** The CI formats (SARIF, GitHub annotations, JUnit, Markdown), several outputs in one run, and the exit-code options. */
import "@microsoft/jest-sarif";
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { tempTree, runCli } from "./helpers";

const bundled = path.join(__dirname, "..", "locales");

const run = runCli;

/** The 1-based line of a key in the planted Ukrainian catalog. */
function lineOf(root: string, key: string): number {
  return readFileSync(path.join(root, "locales", "uk", "article.json"), "utf8").split("\n").findIndex((line) => line.includes(`"${key}"`)) + 1;
}

/** The bundled article with one number error (p11: 150 → 15) and one style warning (p03: straight quotes) in uk. */
function planted(): string {
  const root = tempTree({});
  cpSync(bundled, path.join(root, "locales"), { recursive: true });
  const file = path.join(root, "locales", "uk", "article.json");
  const catalog = JSON.parse(readFileSync(file, "utf8"));
  catalog.p11 = catalog.p11.replace("150", "15");
  catalog.p03 = catalog.p03.replace("«", '"').replace("»", '"');
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
  return root;
}

describe("output formats", () => {
  test("SARIF 2.1.0 validates against the schema, with rules, locations and stable fingerprints", async () => {
    const root = planted();
    const { code, stdout } = await run(["check", "--format", "sarif"], root);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log).toBeValidSarifLog();
    const [run0] = log.runs;
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toContain("number-mismatch");
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === "number-mismatch");
    expect(result.level).toBe("error");
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: "locales/uk/article.json" }, region: { startLine: lineOf(root, "p11"), startColumn: 33 } });
    // The same finding on another line keeps its fingerprint.
    const again = JSON.parse((await run(["check", "--format", "sarif"], root)).stdout).runs[0].results;
    expect(again.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(run0.results.map((r: { partialFingerprints: object }) => r.partialFingerprints));
  });

  test("GitHub annotations, chosen by themselves under GitHub Actions", async () => {
    const root = planted();
    const { stdout } = await run(["check"], root, { GITHUB_ACTIONS: "true" });
    const lines = stdout.trim().split("\n");
    const p11 = lineOf(root, "p11");
    expect(lines).toContainEqual(`::error file=locales/uk/article.json,line=${p11},col=33,endLine=${p11},endColumn=35,title=number-mismatch [uk] p11::Numbers differ: the source has 150, the translation has 15 instead`);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::warning file=locales/uk/article\\.json,line=${lineOf(root, "p03")},.*title=quote-style \\[uk\\] p03::`)));
  });

  test("JUnit: a test case per checked pair, failures carrying the findings", async () => {
    const root = planted();
    const { stdout } = await run(["check", "--format", "junit"], root);
    // The warning (p03, quote style) leaves its test case passing, noted in <system-out>.
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="concord" tests="38" failures="1" errors="0">/);
    expect(stdout).toContain('<testcase classname="uk/article" name="p11">');
    expect(stdout).toMatch(/<failure type="number-mismatch" message="Numbers differ: the source has 150, the translation has 15 instead">/);
    expect(stdout).toContain('<testcase classname="ru/article" name="p11" />');
    expect(stdout).toMatch(/<testcase classname="uk\/article" name="p03">\n\s*<system-out>locales\/uk\/article\.json:\d+:\d+ warning quote-style: /);
    // Warnings fail when the run fails on them (--max-warnings exceeded).
    const strict = (await run(["check", "--format", "junit", "--max-warnings", "0"], root)).stdout;
    expect(strict).toContain('failures="2"');
    expect(strict).toMatch(/<failure type="quote-style"/);
  });

  test("Markdown: counts per locale and rule, findings with source and translation, cut to fit a comment", async () => {
    const root = planted();
    const { stdout } = await run(["check", "--format", "markdown"], root);
    expect(stdout).toContain("### Concord: 1 error, 1 warning");
    expect(stdout).toContain("| `number-mismatch` | 0 | 1 |");
    expect(stdout).toContain(`| ❌ | \`locales/uk/article.json:${lineOf(root, "p11")}\` \`p11\` | \`number-mismatch\` | \`The US already has about 150 troops`);
    expect(stdout).toMatch(/США вже мають близько\s*` \*\*`15`\*\* `\s*військових/);
    expect(stdout).toContain("Numbers differ\\: the source has `150`, the translation has `15` instead |");
    // Many findings: the comment is cut with a line saying how many were left out.
    const big = tempTree(Object.fromEntries([["en/a.json", JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`p${i}`, `There were ${i + 100} troops there.`])))], ["uk/a.json", JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`p${i}`, `Там було ${i + 1} військових.`])))]]));
    const cut = (await run(["check", "--locales", big, "--format", "markdown"], big)).stdout;
    expect(cut.length).toBeLessThanOrEqual(65_200);
    expect(cut).toMatch(/… and \d+ more findings left out to fit a comment/);
  });

  test("several outputs in one run", async () => {
    const root = planted();
    const { code, stdout } = await run(["check", "--format", "stylish", "--format", "sarif=out/concord.sarif".replace("out/", ""), "--format", "junit=concord.xml"], root);
    expect(code).toBe(1);
    expect(stdout).toContain("✖ 2 problems (1 error, 1 warning)");
    expect(JSON.parse(readFileSync(path.join(root, "concord.sarif"), "utf8"))).toBeValidSarifLog();
    expect(readFileSync(path.join(root, "concord.xml"), "utf8")).toContain("<testsuites");
  });
});

describe("exit codes and severity options", () => {
  const warningsOnly = () => {
    const root = planted();
    const file = path.join(root, "locales", "uk", "article.json");
    const catalog = JSON.parse(readFileSync(file, "utf8"));
    catalog.p11 = catalog.p11.replace(/\b15\b/, "150");
    writeFileSync(file, JSON.stringify(catalog, null, 2));
    return root;
  };

  test("--max-warnings: warnings alone pass until there are too many", async () => {
    const root = warningsOnly();
    expect((await run(["check"], root)).code).toBe(0);
    expect((await run(["check", "--max-warnings", "1"], root)).code).toBe(0);
    expect((await run(["check", "--max-warnings", "0"], root)).code).toBe(1);
  });

  test("--quiet reports errors only", async () => {
    const { stdout, code } = await run(["check", "--quiet", "--format", "json"], planted());
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["number-mismatch"]);
  });

  test("--rule turns a rule off or changes its severity; a bad value exits 2", async () => {
    const root = planted();
    expect((await run(["check", "--rule", "number-mismatch=warning", "--max-warnings", "5"], root)).code).toBe(0);
    const off = await run(["check", "--rule", "quote-style=off", "--rule", "number-mismatch=off", "--format", "json"], root);
    expect(JSON.parse(off.stdout).findings).toEqual([]);
    const bad = await run(["check", "--rule", "no-such-rule=off"], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown rule "no-such-rule"');
    expect((await run(["check", "--format", "xml"], root)).code).toBe(2);
  });
});
