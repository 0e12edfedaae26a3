/** The configuration file (validated with the path of a bad value) and the baseline (old findings hidden, fixed ones counted). */
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { tempTree, runCli } from "./helpers";

const bundled = path.join(__dirname, "..", "locales");

const run = runCli;

function project(config?: unknown): string {
  const root = tempTree(config === undefined ? {} : { "concord.config.json": JSON.stringify(config, null, 2) });
  cpSync(bundled, path.join(root, "text"), { recursive: true });
  return root;
}

function edit(root: string, locale: string, change: (c: Record<string, string>) => void) {
  const file = path.join(root, "text", locale, "article.json");
  const catalog = JSON.parse(readFileSync(file, "utf8"));
  change(catalog);
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
}

describe("configuration", () => {
  test("settings come from concord.config.json; the command line wins", async () => {
    const root = project({ locales: "text", targets: ["uk"], rules: { "number-mismatch": "warning" } });
    edit(root, "uk", (c) => void (c.p11 = c.p11.replace("150", "15")));
    edit(root, "ru", (c) => void (c.p11 = c.p11.replace("150", "15")));
    const findings = JSON.parse((await run(["check", "--format", "json"], root)).stdout).findings;
    expect(findings.map((f: { locale: string; severity: string }) => [f.locale, f.severity])).toEqual([["uk", "warning"]]);
    const both = JSON.parse((await run(["check", "--format", "json", "--targets", "uk,ru", "--rule", "number-mismatch=error"], root)).stdout).findings;
    expect(both.map((f: { locale: string; severity: string }) => [f.locale, f.severity]).sort()).toEqual([["ru", "error"], ["uk", "error"]]);
  });

  test("a bad value exits 2 with its path, line and column", async () => {
    const root = project({ locales: "text", rules: { "quote-style": "of" } });
    const { code, stderr } = await run(["check"], root);
    expect(code).toBe(2);
    expect(stderr).toContain('concord.config.json:4:20: "rules.quote-style": must be one of off, info, warning, error (got "of") — write "quote-style": "warning"');
  });

  test("an unknown rule and an ignore without a reason are errors", async () => {
    expect((await run(["check"], project({ rules: { "no-such-rule": "off" } }))).stderr).toContain('"rules.no-such-rule": unknown rule "no-such-rule"');
    const { code, stderr } = await run(["check"], project({ ignores: [{ rule: "number-mismatch", key: "p11" }] }));
    expect(code).toBe(2);
    expect(stderr).toContain('concord.config.json:3:5: "ignores[0]": an ignore needs a reason — say why');
  });

  test("ignores with a reason hide their findings; package.json's concord key is read", async () => {
    const root = project();
    writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "site", concord: { locales: "text", ignores: [{ rule: "number-mismatch", locale: "uk", key: "p11", reason: "the source is being corrected" }] } }));
    edit(root, "uk", (c) => void (c.p11 = c.p11.replace("150", "15")));
    const { code, stdout } = await run(["check", "--format", "json"], root);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary).toMatchObject({ errors: 0, ignored: 1 });
  });
});

describe("baseline", () => {
  test("hides the findings it recorded, reports a fixed one, and a new one still fails", async () => {
    const root = project({ locales: "text" });
    edit(root, "uk", (c) => void (c.p11 = c.p11.replace("150", "15")));
    edit(root, "ru", (c) => void (c.p03 = c.p03.replace("«", '"').replace("»", '"')));
    const recorded = await run(["baseline", "--output", "baseline.json"], root);
    expect(recorded.stdout).toContain("Recorded 2 findings in baseline.json");
    expect((await run(["check", "--baseline", "baseline.json"], root)).code).toBe(0);
    // Fix the Ukrainian number; break a Russian one.
    edit(root, "uk", (c) => void (c.p11 = c.p11.replace(/\b15\b/, "150")));
    edit(root, "ru", (c) => void (c.p11 = c.p11.replace("1951", "1915")));
    const later = await run(["check", "--baseline", "baseline.json", "--format", "json"], root);
    expect(later.code).toBe(1);
    expect(JSON.parse(later.stdout).findings.map((f: { locale: string; ruleId: string; key: string }) => [f.locale, f.ruleId, f.key])).toEqual([["ru", "number-mismatch", "p11"]]);
    expect(later.stderr).toContain("baseline: 1 known findings hidden, 1 fixed since it was recorded");
  });

  test("a place that becomes a habit's summary stays the finding the baseline recorded", async () => {
    const root = project({ locales: "text", targets: ["uk"] });
    const spaceBeforeComma = (text: string) => text.replace(/(\S),/, "$1 ,");
    edit(root, "uk", (c) => void ((c.p02 = spaceBeforeComma(c.p02)), (c.p05 = spaceBeforeComma(c.p05))));
    expect((await run(["baseline", "--output", "baseline.json"], root)).stdout).toContain("Recorded 2 findings in baseline.json");
    // A third place makes the habit: the first place now carries the count, the others are information.
    edit(root, "uk", (c) => void (c.p07 = spaceBeforeComma(c.p07)));
    const later = await run(["check", "--baseline", "baseline.json", "--format", "json"], root);
    const shown = JSON.parse(later.stdout).findings.filter((f: { severity: string }) => f.severity !== "info");
    expect(shown).toEqual([]);
    expect(later.code).toBe(0);
    expect(later.stderr).not.toMatch(/[1-9]\d* fixed/);
  });

  test("a missing baseline file exits 2", async () => {
    const { code, stderr } = await run(["check", "--baseline", "nope.json"], project({ locales: "text" }));
    expect(code).toBe(2);
    expect(stderr).toContain("The baseline file does not exist — record one with: concord baseline --output-file FILE");
  });
});
