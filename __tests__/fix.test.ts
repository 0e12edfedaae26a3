/** concord fix: safe fixes only, the rest of the file byte for byte, atomic writes, idempotent. */
import fc from "fast-check";
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { fixCatalog, fixParagraph } from "../src/fix/fix";
import { profiles } from "../src/text/locales";
import { parseCatalog } from "../src/catalog/parse";
import { alignNamespace } from "../src/engine/alignment";
import { activeRules } from "../src/engine/check";
import { compareCatalogs } from "../src/engine/compare";
import { createTextView } from "../src/engine/text-view";
import { profileFor } from "../src/text/locales";
import { catalogOf, tempTree, runCli, runRule } from "./helpers";

const bundled = path.join(__dirname, "..", "locales");

const run = runCli;

function copy(): string {
  const root = tempTree({});
  cpSync(bundled, path.join(root, "locales"), { recursive: true });
  return root;
}

test("the bundled article round-trips byte-identical", async () => {
  const root = copy();
  const before = ["uk", "ru"].map((l) => readFileSync(path.join(root, "locales", l, "article.json")));
  const { code, stdout } = await run(["fix"], root);
  expect(code).toBe(0);
  expect(stdout).toBe("Fixed 0 paragraphs in 0 files.\n");
  expect(["uk", "ru"].map((l) => readFileSync(path.join(root, "locales", l, "article.json")))).toEqual(before);
});

test.each(["uk", "ru"])("fixes the quote style of the planted copy (%s), and nothing else in the file", async (locale) => {
  const root = copy();
  const file = path.join(root, "locales", locale, "article.json");
  const original = readFileSync(file, "utf8");
  const planted = original.replace("«", '\\"').replace("»", '\\"');
  writeFileSync(file, planted);
  expect((await run(["check"], root)).stdout).toContain("quote-style");
  const dry = await run(["fix", "--dry-run"], root);
  expect(dry.stdout).toContain(`--- locales/${locale}/article.json`);
  expect(dry.stdout).toMatch(/^-\s+"p03": "\\"/m);
  expect(readFileSync(file, "utf8")).toBe(planted);
  expect((await run(["fix"], root)).stdout).toBe("Fixed 1 paragraph in 1 file.\n");
  expect(readFileSync(file, "utf8")).toBe(original);
  expect((await run(["check"], root)).code).toBe(0);
});

test("numbers and white space in uk/ru notation", () => {
  const fix = (source: string, target: string) => fixParagraph(target, source, profiles.en, profiles.uk);
  expect(fix("Inflation rose to 1.5 percent.", "Інфляція зросла до 1.5 відсотка.")).toBe("Інфляція зросла до 1,5 відсотка.");
  expect(fix("About 1,250 people came.", "Прийшли близько 1,250 людей.")).toBe("Прийшли близько 1\u00A0250 людей.");
  expect(fix("At 11.15 BST.", "Об 11.15.")).toBe("Об 11.15.");
  expect(fix("Trump spoke.", " Трамп  виступив .")).toBe("Трамп виступив.");
  expect(fix("“Yes,” he said, “it is ‘fine’.”", '"Так", — сказав він, — "це „добре“".')).toBe("«Так», — сказав він, — «це „добре“».");
});

test("a file that fails to parse is left untouched, exit 2", async () => {
  const root = copy();
  const file = path.join(root, "locales", "uk", "article.json");
  writeFileSync(file, '{ "p03": "\\"Так\\"", }');
  const { code, stderr } = await run(["fix"], root);
  expect(code).toBe(2);
  expect(stderr).toContain("(left untouched)");
  expect(readFileSync(file, "utf8")).toBe('{ "p03": "\\"Так\\"", }');
});

test("a file of 200,000 values that are not text is left untouched, exit 2, each value reported", async () => {
  const root = copy();
  const file = path.join(root, "locales", "uk", "article.json");
  const content = JSON.stringify(Object.fromEntries(Array.from({ length: 200000 }, (_, i) => [`p${i}`, i])));
  writeFileSync(file, content);
  // Its problems once threw "Maximum call stack size exceeded" (push(...list)).
  const { code, stderr } = await run(["fix"], root);
  expect(code).toBe(2);
  expect(stderr).toMatch(/article\.json:1:\d+: The value of "p199999" is a number, not text/);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(file, "utf8")).toBe(content);
});

test("fix keeps every key and every untouched value, and a second run changes nothing", () => {
  const text = fc.array(fc.constantFrom("Так", "ні", " ", "  ", '"', "“", "”", "«", "»", "1.5", "1,250", ",", ".", "п'ять", "\u00A0", "\\", "\n"), { maxLength: 20 }).map((p) => p.join(""));
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.array(text, { minLength: 1, maxLength: 5 }), (sources, targets) => {
      const source = catalogOf("en", Object.fromEntries(sources.map((t, i) => [`k${i}`, t])));
      const target = catalogOf("uk", Object.fromEntries(targets.map((t, i) => [`k${i}`, t])));
      const sourceMap = new Map(source.paragraphs.map((p) => [p.key, p]));
      const once = fixCatalog(target, sourceMap, profiles.en, profiles.uk);
      const parsed = JSON.parse(once.content) as Record<string, string>;
      expect(Object.keys(parsed)).toEqual(target.paragraphs.map((p) => p.key));
      for (const p of target.paragraphs) if (!once.changed.includes(p.key)) expect(parsed[p.key]).toBe(p.text);
      const again = fixCatalog(catalogOf("uk", parsed), sourceMap, profiles.en, profiles.uk);
      expect(again.changed).toEqual([]);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
  );
});

test("regression (fast-check seed 1250220951): fixing one quotation does not leave another to fix next time", () => {
  const once = fixParagraph('Так"“”"', "", profiles.en, profiles.uk);
  expect(fixParagraph(once, "", profiles.en, profiles.uk)).toBe(once);
});

/** One rule's findings over two catalog files' texts (keys paired by the engine's alignment). */
function findingsOf(ruleId: string, sourceContent: string, targetContent: string, locale = "uk") {
  const side = (content: string, code: string) => {
    const catalog = { locale: code, namespace: "a", file: `locales/${code}/a.json`, paragraphs: parseCatalog(content, code).paragraphs, content };
    const profile = profileFor(code);
    return { catalog, profile, text: createTextView(catalog.paragraphs, profile) };
  };
  const source = side(sourceContent, "en");
  const target = side(targetContent, locale);
  return compareCatalogs({ source, target, ...alignNamespace(source, target) }, activeRules().filter((a) => a.rule.meta.id === ruleId));
}

/** The file text with one finding's fix applied, as `concord fix` and an editor apply it. */
function applyFix(content: string, fix: { range: [number, number]; text: string }): string {
  return content.slice(0, fix.range[0]) + fix.text + content.slice(fix.range[1]);
}

describe("a finding's fix, in file offsets", () => {
  test("whitespace: the range, the text and the positions of each fix", () => {
    const findings = runRule("whitespace", { p01: "Trump spoke." }, { p01: " Трамп  виступив ." }, "uk");
    const target = catalogOf("uk", { p01: " Трамп  виступив ." });
    expect(findings.map((f) => [f.messageId, f.fix])).toEqual([
      ["edges", { range: [12, 13], text: "", line: 2, column: 11, endLine: 2, endColumn: 12 }],
      ["doubled", { range: [18, 20], text: " ", line: 2, column: 17, endLine: 2, endColumn: 19 }],
      ["beforePunctuation", { range: [28, 29], text: "", line: 2, column: 27, endLine: 2, endColumn: 28 }],
    ]);
    expect([target.content.slice(12, 13), target.content.slice(18, 20), target.content.slice(28, 30)]).toEqual([" ", "  ", " ."]);
    for (const f of findings) expect(JSON.parse(applyFix(target.content, f.fix!)).p01).not.toBe(" Трамп  виступив .");
    expect(JSON.parse(applyFix(target.content, findings[1].fix!)).p01).toBe(" Трамп виступив .");
  });

  test("quote-style through escapes: the marks written, the escaped text between kept as written", () => {
    const content = '{\n  "p01": "Він сказав: \\"Так, \\u0434обре\\" і пішов."\n}\n';
    const [finding] = findingsOf("quote-style", '{ "p01": "He said: \\"Yes, fine\\" and left." }', content);
    expect(finding.messageId).toBe("style");
    expect(content.slice(finding.fix!.range[0], finding.fix!.range[1])).toBe('\\"Так, \\u0434обре\\"');
    expect(finding.fix).toEqual({ range: [24, 43], text: '«Так, \\u0434обре»', line: 2, column: 23, endLine: 2, endColumn: 42 });
    expect(JSON.parse(applyFix(content, finding.fix!)).p01).toBe("Він сказав: «Так, добре» і пішов.");
  });

  test("--format json prints each finding's fix", async () => {
    const root = tempTree({ "locales/en/a.json": JSON.stringify({ p01: "Trump spoke." }), "locales/uk/a.json": JSON.stringify({ p01: "Трамп  виступив." }) });
    const { stdout } = await run(["check", "--format", "json"], root);
    const findings = (JSON.parse(stdout) as { findings: Array<{ ruleId: string; fix?: unknown }> }).findings;
    expect(findings.find((f) => f.ruleId === "whitespace")?.fix).toEqual({ range: [13, 15], text: " ", line: 1, column: 14, endLine: 1, endColumn: 16 });
    expect(findings.filter((f) => f.ruleId !== "whitespace" && f.fix)).toEqual([]);
  });
});
