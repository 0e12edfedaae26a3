/**
 * The CI formats (SARIF, GitHub annotations, JUnit, Markdown, GitLab Code Quality, rdjsonl), each
 * against its specification; input problems in every format; several outputs in one run; the
 * exit-code options; rule links from package.json; colour.
 */
import "@microsoft/jest-sarif";
import { spawnSync } from "child_process";
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { styleText } from "util";
import { formatContext, formatters } from "../src/formatters";
import { packageInfo, packageInfoOf, ruleDocsUrl, webUrlOfRepository } from "../src/package-info";
import { rules } from "../src/rules";
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
    expect(bad.stderr).toMatch(/unknown rule "no-such-rule"/i);
    expect((await run(["check", "--format", "xml"], root)).code).toBe(2);
  });
});

/** The planted tree with the Russian catalog broken: an input problem that keeps ru from being checked. */
function withBrokenRussian(): string {
  const root = planted();
  writeFileSync(path.join(root, "locales", "ru", "article.json"), '{\n  "title": "Гренландия",\n}\n');
  return root;
}

describe("an input problem shows in every format", () => {
  test("SARIF: the invocation failed, a notification per problem with its location", async () => {
    const { code, stdout } = await run(["check", "--format", "sarif"], withBrokenRussian());
    expect(code).toBe(2);
    const log = JSON.parse(stdout);
    expect(log).toBeValidSarifLog();
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    // The trailing comma is two JSON syntax errors: a notification each.
    expect(invocation.toolExecutionNotifications).toHaveLength(2);
    expect(invocation.toolExecutionNotifications[0]).toEqual(
      expect.objectContaining({ level: "error", descriptor: { id: "syntax-error" }, locations: [{ physicalLocation: { artifactLocation: { uri: "locales/ru/article.json" }, region: { startLine: 3, startColumn: 1 } } }], properties: { notChecked: { locale: "ru", namespace: "article" } } }),
    );
    const clean = JSON.parse((await run(["check", "--format", "sarif"], planted())).stdout);
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  test("GitHub: an ::error annotation per problem", async () => {
    const { stdout } = await run(["check", "--format", "github"], withBrokenRussian());
    expect(stdout.split("\n").filter((line) => line.includes("input problem"))).toHaveLength(2);
    expect(stdout.split("\n")[0]).toMatch(/^::error file=locales\/ru\/article\.json,line=3,col=1,title=concord%3A input problem syntax-error::Invalid JSON: .* \(not checked: \[ru\] article\)$/);
  });

  test("JUnit: a test case in error per problem, valid against the JUnit schema", async () => {
    const root = withBrokenRussian();
    const { stdout } = await run(["check", "--format", "junit=report.xml"], root);
    expect(stdout).toBe("");
    const report = readFileSync(path.join(root, "report.xml"), "utf8");
    expect(report).toMatch(/<testsuites name="concord" tests="21" failures="1" errors="2">/);
    expect(report).toMatch(/<testsuite name="concord\/input" tests="2" failures="0" errors="2">\n {4}<testcase classname="concord\/input" name="locales\/ru\/article\.json:3:1">\n {6}<error type="syntax-error" message="Invalid JSON: /);
    expect(xmllint(path.join(root, "report.xml"))).toContain("validates");
  });

  test("stylish names the catalog not checked and does not claim its locale was", async () => {
    const { stdout } = await run(["check"], withBrokenRussian());
    expect(stdout).toContain("not checked locales/ru/article.json ([ru] article): it could not be read");
    expect(stdout).toMatch(/✖ 2 problems \(1 error, 1 warning\) and 2 input problems — 2 files, 1 namespace, 19 source paragraphs checked against uk; not checked against ru\n$/);
    // Only problems: never "No problems".
    const root = tempTree({ "en/a.json": '{ "p1": "One." }', "uk/a.json": '{ "p1": "Один." }', "ru/a.json": "{" });
    const alone = (await run(["check", "--locales", root], root)).stdout;
    expect(alone).not.toContain("No problems");
    expect(alone).toContain("✖ No findings, but 1 input problem — 2 files, 1 namespace, 1 source paragraph checked against uk; not checked against ru");
  });

  test("stylish: a broken source catalog leaves its namespace unchecked in every target", async () => {
    const root = tempTree({ "en/a.json": '{"p":"One."}', "en/b.json": "{", "uk/a.json": '{"p":"Один."}', "uk/b.json": '{"p":"x"}', "ru/a.json": "[", "ru/b.json": '{"p":"y"}' });
    const { stdout, code } = await run(["check", "--locales", root], root);
    expect(code).toBe(2);
    expect(stdout).toContain("  not checked ru/a.json ([ru] a): it could not be read\n  not checked en/b.json ([en] b): it could not be read\n");
    expect(stdout).toMatch(/✖ No findings, but 3 input problems — 2 files, 2 namespaces, 1 source paragraph checked partly against uk \(1 of 2 namespaces not checked\); not checked against ru\n$/);
  });

  test("Markdown, GitLab, rdjsonl, JSON and HTML carry it too", async () => {
    const root = withBrokenRussian();
    const markdown = (await run(["check", "--format", "markdown"], root)).stdout;
    expect(markdown).toMatch(/\| `locales\/ru\/article\.json:3:1` \| `Invalid JSON: .*` \| `\[ru\] article` \|/);
    const gitlab = JSON.parse((await run(["check", "--format", "gitlab"], root)).stdout);
    expect(gitlab[0]).toMatchObject({ check_name: "input-problem/syntax-error", severity: "blocker", location: { path: "locales/ru/article.json", lines: { begin: 3 } } });
    const rdjsonl = (await run(["check", "--format", "rdjsonl"], root)).stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(rdjsonl[0]).toMatchObject({ severity: "ERROR", code: { value: "input-problem/syntax-error" }, location: { path: "locales/ru/article.json", range: { start: { line: 3, column: 1 } } } });
    expect(JSON.parse((await run(["check", "--format", "json"], root)).stdout).problems[0]).toMatchObject({ code: "syntax-error", unchecked: { locale: "ru", namespace: "article" } });
    await run(["check", "--format", "html=report.html"], root);
    expect(readFileSync(path.join(root, "report.html"), "utf8")).toMatch(/<h2>Input problems: 2<\/h2>.*locales\/ru\/article\.json:3:1: Invalid JSON.*\(not checked: \[ru\] article\)/);
  });
});

/** Runs xmllint against the JUnit schema (__tests__/schemas); throws with its messages when the file is invalid. */
function xmllint(file: string): string {
  const result = spawnSync("xmllint", ["--noout", "--schema", path.join(__dirname, "schemas", "junit.xsd"), file], { encoding: "utf8" });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stderr;
}

describe("JUnit against the schema", () => {
  test("a plain run's report validates; a report the schema rejects is caught", async () => {
    const root = planted();
    await run(["check", "--format", "junit=report.xml"], root);
    expect(xmllint(path.join(root, "report.xml"))).toContain("report.xml validates");
    writeFileSync(path.join(root, "bad.xml"), '<?xml version="1.0"?>\n<testsuites><testsuite name="x" tests="1"><testcase name="y"/></testsuite></testsuites>\n');
    expect(() => xmllint(path.join(root, "bad.xml"))).toThrow(/failures.*must appear|attribute 'failures' is required|failures/);
  });
});

/** GitLab Code Quality, as its documentation defines a report: an array of issues with these fields. */
function expectCodeQuality(report: unknown): void {
  expect(Array.isArray(report)).toBe(true);
  const fingerprints = new Set<string>();
  for (const issue of report as Array<Record<string, any>>) {
    expect(Object.keys(issue).sort()).toEqual(["check_name", "description", "fingerprint", "location", "severity"]);
    expect(typeof issue.description).toBe("string");
    expect(typeof issue.check_name).toBe("string");
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
    expect(typeof issue.location.path).toBe("string");
    expect(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1).toBe(true);
    fingerprints.add(issue.fingerprint);
  }
  // GitLab keeps one issue per fingerprint: each must be unique in the report.
  expect(fingerprints.size).toBe((report as unknown[]).length);
}

/** reviewdog's Diagnostic (rdjsonl: one per line), as reviewdog.proto defines it. */
function expectDiagnostic(diagnostic: Record<string, any>): void {
  const position = (p: Record<string, any>) => {
    expect(Object.keys(p).every((k) => k === "line" || k === "column")).toBe(true);
    for (const value of Object.values(p)) expect(Number.isInteger(value) && (value as number) >= 1).toBe(true);
  };
  const range = (r: Record<string, any>) => {
    position(r.start);
    if (r.end) position(r.end);
  };
  expect(Object.keys(diagnostic).every((k) => ["message", "location", "severity", "source", "code", "suggestions", "original_output", "related_locations"].includes(k))).toBe(true);
  expect(typeof diagnostic.message).toBe("string");
  expect(typeof diagnostic.location.path).toBe("string");
  if (diagnostic.location.range) range(diagnostic.location.range);
  expect(["UNKNOWN_SEVERITY", "ERROR", "WARNING", "INFO"]).toContain(diagnostic.severity);
  expect(typeof diagnostic.source.name).toBe("string");
  expect(typeof diagnostic.code.value).toBe("string");
  for (const suggestion of diagnostic.suggestions ?? []) {
    range(suggestion.range);
    expect(typeof suggestion.text).toBe("string");
  }
}

describe("GitLab Code Quality and reviewdog rdjsonl", () => {
  test("gitlab: every finding an issue by the spec, stable fingerprints, severities mapped", async () => {
    const root = planted();
    const report = JSON.parse((await run(["check", "--format", "gitlab"], root)).stdout);
    expectCodeQuality(report);
    expect(report).toEqual([
      expect.objectContaining({ check_name: "quote-style", severity: "minor", location: { path: "locales/uk/article.json", lines: { begin: lineOf(root, "p03") } } }),
      expect.objectContaining({ check_name: "number-mismatch", severity: "major", description: "[uk] p11: Numbers differ: the source has 150, the translation has 15 instead", location: { path: "locales/uk/article.json", lines: { begin: lineOf(root, "p11") } } }),
    ]);
    expect(JSON.parse((await run(["check", "--format", "gitlab"], root)).stdout).map((i: { fingerprint: string }) => i.fingerprint)).toEqual(report.map((i: { fingerprint: string }) => i.fingerprint));
  });

  test("rdjsonl: a diagnostic per finding by the spec, columns in UTF-8 bytes, rule links from package.json", async () => {
    const root = planted();
    const lines = (await run(["check", "--format", "rdjsonl"], root)).stdout.trimEnd().split("\n");
    const diagnostics = lines.map((line) => JSON.parse(line));
    diagnostics.forEach(expectDiagnostic);
    const numbers = diagnostics.find((d) => d.code.value === "number-mismatch");
    const text = readFileSync(path.join(root, "locales", "uk", "article.json"), "utf8").split("\n")[lineOf(root, "p11") - 1];
    // Column 33 in UTF-16 units is the byte after the Cyrillic before it.
    expect(numbers.location.range.start).toEqual({ line: lineOf(root, "p11"), column: Buffer.byteLength(text.slice(0, 32)) + 1 });
    expect(Buffer.from(text).subarray(numbers.location.range.start.column - 1, numbers.location.range.end.column - 1).toString()).toBe("15");
    expect(numbers.severity).toBe("ERROR");
    expect(numbers.source.url).toBe(packageInfo().homepage);
    expect(numbers.code.url).toBe(ruleDocsUrl("number-mismatch"));
  });

  test("rdjsonl and SARIF carry a finding's fix (hand-made until the fix branch lands)", () => {
    const content = '{\n  "p1": "Це \\"цитата\\" тут"\n}\n';
    const start = content.indexOf('\\"цитата\\"');
    const column = start - content.indexOf("\n") - 1 + 1;
    const finding = {
      ruleId: "quote-style", messageId: "style", message: "Use «»", severity: "warning", locale: "uk", namespace: "a", key: "p1", file: "locales/uk/a.json",
      line: 2, column, endLine: 2, endColumn: column + 10, data: {},
      fix: { range: [start, start + 10], text: "«цитата»", line: 2, column, endLine: 2, endColumn: column + 10 },
    } as unknown as import("../src/types").Finding;
    const result = { source: "en", targets: ["uk"], findings: [finding], problems: [], notices: [], summary: { errors: 0, warnings: 1, infos: 0, files: 2, namespaces: 1, paragraphs: 1 } };
    const context = { ...formatContext({ color: false, cwd: "/", rules: rules.map((r) => r.meta) }), fileText: (file: string) => (file === "locales/uk/a.json" ? content : undefined) };
    const [diagnostic] = formatters.rdjsonl(result, context).trimEnd().split("\n").map((line) => JSON.parse(line));
    expectDiagnostic(diagnostic);
    const line = content.split("\n")[1];
    const bytes = (column: number) => Buffer.byteLength(line.slice(0, column - 1)) + 1;
    expect(diagnostic.suggestions).toEqual([{ range: { start: { line: 2, column: bytes(column) }, end: { line: 2, column: bytes(column + 10) } }, text: "«цитата»" }]);
    // Applying the suggestion as reviewdog would (UTF-8 byte columns) gives the fixed line.
    const raw = Buffer.from(line);
    expect(Buffer.concat([raw.subarray(0, bytes(column) - 1), Buffer.from("«цитата»"), raw.subarray(bytes(column + 10) - 1)]).toString()).toBe('  "p1": "Це «цитата» тут"');
    const log = JSON.parse(formatters.sarif(result, context));
    expect(log).toBeValidSarifLog();
    expect(log.runs[0].results[0].fixes).toEqual([{ description: { text: "Fix: Use «»" }, artifactChanges: [{ artifactLocation: { uri: "locales/uk/a.json" }, replacements: [{ deletedRegion: { startLine: 2, startColumn: column, endLine: 2, endColumn: column + 10 }, insertedContent: { text: "«цитата»" } }] }] }]);
  });
});

describe("SARIF rules and links", () => {
  test("names are not ids, help.markdown is the rule's page, helpUri is built from package.json", async () => {
    const log = JSON.parse((await run(["check", "--format", "sarif"], planted())).stdout);
    const manifest = JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
    const rulesOut = log.runs[0].tool.driver.rules as Array<{ id: string; name: string; help: { markdown: string }; helpUri?: string }>;
    expect(rulesOut).toHaveLength(rules.length);
    for (const rule of rulesOut) {
      expect(rule.name).not.toBe(rule.id);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.help.markdown).toBe(readFileSync(path.join(__dirname, "..", "docs", "rules", `${rule.id}.md`), "utf8"));
      const base = webUrlOfRepository(manifest.repository) ?? (manifest.homepage ? webUrlOfRepository(String(manifest.homepage).replace(/#.*$/, "")) : undefined);
      expect(rule.helpUri).toBe(base ? `${base}/blob/v${manifest.version}/docs/rules/${rule.id}.md` : undefined);
    }
    expect(rulesOut.find((r) => r.id === "number-mismatch")?.name).toBe("NumberMismatch");
  });

  test.each([
    [{ repository: { type: "git", url: "git+https://github.com/concord-i18n/concord.git" }, version: "1.2.3" }, "https://github.com/concord-i18n/concord/blob/v1.2.3/docs/rules/quote-style.md", "https://github.com/concord-i18n/concord#readme"],
    [{ repository: "git@github.com:o/r.git", version: "0.1.0", homepage: "https://o.example" }, "https://github.com/o/r/blob/v0.1.0/docs/rules/quote-style.md", "https://o.example"],
    [{ repository: "github:o/r", version: "2.0.0" }, "https://github.com/o/r/blob/v2.0.0/docs/rules/quote-style.md", "https://github.com/o/r#readme"],
    [{ homepage: "https://github.com/o/r#readme", version: "3.0.0" }, "https://github.com/o/r/blob/v3.0.0/docs/rules/quote-style.md", "https://github.com/o/r#readme"],
    [{ version: "1.0.0" }, undefined, undefined],
  ])("package.json %j → %s", (manifest, url, homepage) => {
    const info = packageInfoOf(manifest as Record<string, unknown>);
    expect(ruleDocsUrl("quote-style", info)).toBe(url);
    expect(info.homepage).toBe(homepage);
  });
});

describe("colour", () => {
  test("through util.styleText, only when asked; no escape code in the source", () => {
    const result = { source: "en", targets: ["uk"], findings: [], problems: [], notices: [], summary: { errors: 0, warnings: 0, infos: 0, files: 2, namespaces: 1, paragraphs: 1 } };
    const context = formatContext({ color: true, cwd: "/", rules: [] });
    expect(formatters.stylish(result, context)).toBe(`${styleText("green", "✔ No problems: 2 files, 1 namespace, 1 source paragraph checked against uk", { validateStream: false })}\n`);
    expect(formatters.stylish(result, { ...context, color: false })).not.toMatch(/\u001b/);
    expect(readFileSync(path.join(__dirname, "..", "src", "formatters", "stylish.ts"), "utf8")).not.toMatch(/\\u001b|\\x1b|\\033|\u001b/i);
  });
});
