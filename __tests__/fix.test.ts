/**
 * concord fix: the rules' fixes applied as ESLint applies them — non-overlapping, pass after pass —
 * to the texts a normal check aligns, the rest of the file byte for byte, idempotent.
 */
import fc from "fast-check";
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { loadCatalog } from "../src/catalog/loader";
import { parseCatalog } from "../src/catalog/parse";
import { alignNamespace } from "../src/engine/alignment";
import { activeRules, check } from "../src/engine/check";
import { checkTexts } from "../src/engine/check-texts";
import { compareCatalogs } from "../src/engine/compare";
import { sortFindings } from "../src/engine/pipeline";
import { createTextView } from "../src/engine/text-view";
import { applyFixes } from "../src/fix/apply";
import { fixTexts, fixTree, MAX_PASSES } from "../src/fix/run";
import { defineRule } from "../src/rules/rule";
import { rules } from "../src/rules";
import { profileFor } from "../src/engine/profiles";
import type { Catalog } from "../src/types";
import { readTable } from "./rule-tester";
import { catalogOf, tempTree, runCli, runRule } from "./helpers";

const bundled = path.join(__dirname, "..", "locales");

const run = runCli;

function copy(): string {
  const root = tempTree({});
  cpSync(bundled, path.join(root, "locales"), { recursive: true });
  return root;
}

/** A target paragraph after fix, against its source paragraph (by key: one paragraph each). */
function fixOne(source: string, target: string, locale = "uk"): string {
  const [fixed] = fixTexts({ catalog: catalogOf("en", { p01: source }), language: "en" }, [{ catalog: catalogOf(locale, { p01: target }), language: locale }]);
  return fixed.catalog.paragraphs[0].text;
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
  expect(fixOne("Inflation rose to 1.5 percent.", "Інфляція зросла до 1.5 відсотка.")).toBe("Інфляція зросла до 1,5 відсотка.");
  expect(fixOne("About 1,250 people came.", "Прийшли близько 1,250 людей.")).toBe("Прийшли близько 1\u00A0250 людей.");
  expect(fixOne("At 11.15 BST.", "Об 11.15.")).toBe("Об 11.15.");
  expect(fixOne("Trump spoke.", " Трамп  виступив .")).toBe("Трамп виступив.");
  expect(fixOne("“Yes,” he said, “it is ‘fine’.”", '"Так", — сказав він, — "це „добре“".')).toBe("«Так», — сказав він, — «це „добре“».");
  expect(fixOne("Trump  spoke.", "Трамп  виступив.", "ru")).toBe("Трамп  виступив.");
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

test("a file of 200,000 values that are not text is left untouched, exit 2, the first few reported and the rest counted", async () => {
  const root = copy();
  const file = path.join(root, "locales", "uk", "article.json");
  const content = JSON.stringify(Object.fromEntries(Array.from({ length: 200000 }, (_, i) => [`p${i}`, i])));
  writeFileSync(file, content);
  // Its problems once threw "Maximum call stack size exceeded" (push(...list)).
  const { code, stderr } = await run(["fix"], root);
  expect(code).toBe(2);
  expect(stderr).toMatch(/article\.json:1:\d+: The value of "p0" is a number, not text/);
  expect(stderr).toMatch(/article\.json: and 199,995 more problems in this file/);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(file, "utf8")).toBe(content);
});

test("regression (fast-check seed 1250220951): fixing one quotation does not leave another to fix next time", () => {
  const once = fixOne("", 'Так"“”"');
  expect(fixOne("", once)).toBe(once);
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

describe("which rules fix", () => {
  const fixable = rules.filter((rule) => rule.meta.fixable).map((rule) => rule.meta.id);

  const tableRules = rules.map((rule) => rule.meta.id);
  const withFixes = (id: string, locale: string) => readTable(id).filter((c) => c.locale === locale && c.findings.some((f) => f.fixed !== undefined));

  test("the fixable rules are the ones whose exact tables show a fix, in uk and in ru", () => {
    expect(tableRules.filter((id) => withFixes(id, "uk").length > 0 || withFixes(id, "ru").length > 0).sort()).toEqual([...fixable].sort());
    for (const id of fixable) for (const locale of ["uk", "ru"]) expect([id, locale, withFixes(id, locale).length > 0]).toEqual([id, locale, true]);
  });

  test("no rule without fixable passes a fix, over the fixable rules' table texts", () => {
    for (const id of fixable) {
      for (const c of readTable(id)) {
        if (typeof c.source !== "string" || typeof c.target !== "string") continue;
        const [findings] = checkTexts({ catalog: catalogOf("en", { p01: c.source }), language: "en" }, [{ catalog: catalogOf(c.locale, { p01: c.target }), language: c.locale }]);
        expect(findings.filter((f) => f.fix && !fixable.includes(f.ruleId)).map((f) => f.ruleId)).toEqual([]);
      }
    }
  });

  test("a rule that passes a fix without meta.fixable is a bug the engine reports", () => {
    const sneaky = defineRule({
      meta: { id: "sneaky", description: "d", defaultSeverity: "warning", messages: { m: "A message long enough" }, docs: "docs/rules/sneaky.md" },
      check: ({ target, report }) => target && report({ messageId: "m", fix: [{ range: { start: 0, end: 1 }, text: "x" }] }),
    });
    const side = (catalog: Catalog) => ({ catalog, profile: profileFor(catalog.locale), text: createTextView(catalog.paragraphs, profileFor(catalog.locale)) });
    const source = side(catalogOf("en", { p01: "Yes." }));
    const target = side(catalogOf("uk", { p01: "Так." }));
    expect(() => compareCatalogs({ source, target, ...alignNamespace(source, target) }, [{ rule: sneaky, severity: "warning" }])).toThrow(/does not say fixable/);
  });

  test("a rule turned off or an ignored finding is not fixed", async () => {
    const files = { "locales/en/a.json": JSON.stringify({ p01: "Trump spoke." }), "locales/uk/a.json": JSON.stringify({ p01: "Трамп  виступив." }) };
    const off = tempTree({ ...files, "concord.config.json": JSON.stringify({ rules: { whitespace: "off" } }) });
    expect((await run(["fix"], off)).stdout).toBe("Fixed 0 paragraphs in 0 files.\n");
    const ignored = tempTree({ ...files, "concord.config.json": JSON.stringify({ ignores: [{ rule: "whitespace", key: "p01", reason: "kept on purpose" }] }) });
    expect((await run(["fix"], ignored)).stdout).toBe("Fixed 0 paragraphs in 0 files.\n");
    expect(readFileSync(path.join(ignored, "locales/uk/a.json"), "utf8")).toBe(files["locales/uk/a.json"]);
    const plain = tempTree(files);
    expect((await run(["fix"], plain)).stdout).toBe("Fixed 1 paragraph in 1 file.\n");
    expect(JSON.parse(readFileSync(path.join(plain, "locales/uk/a.json"), "utf8")).p01).toBe("Трамп виступив.");
  });
});

/** The bundled article with one uk paragraph dropped and every later value moved up one key. */
function shifted(): { root: string; keys: string[]; at: (key: string) => string } {
  const root = copy();
  const en = JSON.parse(readFileSync(path.join(root, "locales/en/article.json"), "utf8")) as Record<string, string>;
  const uk = JSON.parse(readFileSync(path.join(root, "locales/uk/article.json"), "utf8")) as Record<string, string>;
  // Planted: the source's own doubled space (kept in its translation), and a number left in English notation.
  en.p11 = en.p11.replace("150", "1,500");
  uk.p11 = uk.p11.replace("150", "1,500");
  en.p12 = en.p12.replace("Recently, US", "Recently,  US");
  uk.p12 = uk.p12.replace("Нещодавно міністр", "Нещодавно  міністр");
  expect([en.p11, uk.p11, en.p12, uk.p12].filter((t) => t.includes("1,500") || t.includes("  "))).toHaveLength(4);
  const keys = Object.keys(uk);
  const dropped = keys.indexOf("p05");
  const values = keys.map((k) => uk[k]).filter((_, i) => i !== dropped);
  const moved = Object.fromEntries(keys.slice(0, -1).map((k, i) => [k, values[i]]));
  writeFileSync(path.join(root, "locales/en/article.json"), JSON.stringify(en, null, 2));
  writeFileSync(path.join(root, "locales/uk/article.json"), JSON.stringify(moved, null, 2));
  const at = (key: string) => keys[keys.indexOf(key) - 1];
  return { root, keys, at };
}

describe("fix pairs each translation with its source by content", () => {
  test("a shifted catalog is fixed against the right source paragraph", async () => {
    const { root, at } = shifted();
    expect((await run(["check", "--format", "json"], root)).stdout).toContain('"ruleId": "shifted-paragraph"');
    const result = await fixTree({ locales: "locales", cwd: root, targets: ["uk"] });
    expect(result.problems).toEqual([]);
    const fixed = JSON.parse(readFileSync(path.join(root, "locales/uk/article.json"), "utf8")) as Record<string, string>;
    // p11's translation now stands at the key before p11, whose own source has no number.
    expect(fixed[at("p11")]).toContain("близько 1\u00A0500");
    // p12's translation keeps the doubled space its source has, though the source at its key has none.
    expect(fixed[at("p12")]).toContain("Нещодавно  міністр");
    expect(result.files).toEqual([{ file: "locales/uk/article.json", keys: [at("p11")], fixes: 1 }]);
  });

  test("the check fix runs finds what concord check finds", async () => {
    const { root } = shifted();
    const result = await check({ locales: "locales", cwd: root });
    const load = async (locale: string) => (await loadCatalog(path.join(root, "locales", locale, "article.json"), locale, "article", `locales/${locale}/article.json`)).catalog!;
    const found = checkTexts({ catalog: await load("en"), language: "en" }, [{ catalog: await load("ru"), language: "ru" }, { catalog: await load("uk"), language: "uk" }]);
    expect(result.findings.some((f) => f.ruleId === "shifted-paragraph")).toBe(true);
    expect(sortFindings(found.flat())).toEqual(result.findings);
  });
});

describe("applying fixes", () => {
  const fix = (start: number, end: number, text: string) => ({ fix: { range: [start, end] as [number, number], text, line: 1, column: 1, endLine: 1, endColumn: 1 } });

  test("in order of range, skipping those that overlap or touch one applied (ESLint's rule)", () => {
    const { content, applied } = applyFixes("abcdefgh", [fix(6, 7, "G"), fix(0, 2, "AB"), fix(1, 3, "x"), fix(2, 2, "|"), fix(4, 4, "+"), fix(4, 5, "E")]);
    expect(content).toBe("ABcd+efGh");
    expect(applied.map((f) => f.fix.text)).toEqual(["AB", "+", "G"]);
  });

  test("every byte outside the applied ranges is unchanged", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.nat(40), fc.nat(6), fc.string({ maxLength: 3 })), { maxLength: 8 }), (text, edits) => {
        const findings = edits.map(([start, length, replacement]) => fix(Math.min(start, text.length), Math.min(start + length, text.length), replacement));
        const { content, applied } = applyFixes(text, findings);
        let at = 0;
        let out = 0;
        for (const { fix: f } of applied) {
          expect(content.slice(out, out + f.range[0] - at)).toBe(text.slice(at, f.range[0]));
          out += f.range[0] - at;
          expect(content.slice(out, out + f.text.length)).toBe(f.text);
          out += f.text.length;
          at = f.range[1];
        }
        expect(content.slice(out)).toBe(text.slice(at));
        for (let i = 1; i < applied.length; i++) expect(applied[i].fix.range[0]).toBeGreaterThan(applied[i - 1].fix.range[1]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });

  test(`fixes uncovered by fixes are applied in later passes, at most ${MAX_PASSES}`, () => {
    // Three spaces before the point: "beforePunctuation" and "doubled" overlap; the second pass gets the rest.
    expect(fixOne("Trump spoke.", "Трамп   виступив   .")).toBe("Трамп виступив.");
  });

  test("the diff is built only for --dry-run", async () => {
    const root = tempTree({ "locales/en/a.json": JSON.stringify({ p01: "Trump spoke." }), "locales/uk/a.json": JSON.stringify({ p01: "Трамп  виступив." }) });
    const dry = await fixTree({ locales: "locales", cwd: root, dryRun: true });
    expect(dry.files[0].patch).toContain('+{"p01":"Трамп виступив."}');
    expect(readFileSync(path.join(root, "locales/uk/a.json"), "utf8")).toBe(JSON.stringify({ p01: "Трамп  виступив." }));
    const real = await fixTree({ locales: "locales", cwd: root });
    expect(real.files).toEqual([{ file: "locales/uk/a.json", keys: ["p01"], fixes: 1 }]);
  });
});

/** The file's text with every value literal taken out: what fix must never change. */
function skeleton(content: string): string {
  const paragraphs = parseCatalog(content, "x").paragraphs;
  let result = "";
  let at = 0;
  for (const p of paragraphs) {
    result += content.slice(at, p.valueOffset);
    at = p.valueOffset + p.valueLength;
  }
  return result + content.slice(at);
}

test("fix changes only the fixed values' bytes, keeps every key in order, and a second run changes nothing", () => {
  const text = fc.array(fc.constantFrom("Так", "ні", " ", "  ", '"', "“", "”", "«", "»", "„", "‘", "’", "'", "1.5", "1,250", "12.03.2020", ",", ".", "п'ять", "\u00A0", "\\", "\n", "\u00e9"), { maxLength: 20 }).map((p) => p.join(""));
  const layout = fc.constantFrom(0, 2, "\t");
  // Only fixable rules report fixes: the others are left out to make 20,000 runs affordable.
  const settings = { rules: Object.fromEntries(rules.filter((r) => !r.meta.fixable).map((r) => [r.meta.id, "off" as const])) };
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.array(text, { minLength: 1, maxLength: 5 }), layout, fc.boolean(), (sources, targets, indent, escapeAll) => {
      const source = catalogOf("en", Object.fromEntries(sources.map((t, i) => [`k${i}`, t])));
      let content = `${JSON.stringify(Object.fromEntries(targets.map((t, i) => [`k${i}`, t])), null, indent)}\n`;
      // Some files escape every non-ASCII character: fixes must keep the escapes they do not touch.
      if (escapeAll) content = content.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
      const target = { locale: "uk", namespace: "article", file: "locales/uk/article.json", paragraphs: parseCatalog(content, "t").paragraphs, content };
      const [once] = fixTexts({ catalog: source, language: "en" }, [{ catalog: target, language: "uk" }], settings);
      const parsed = JSON.parse(once.catalog.content) as Record<string, string>;
      expect(Object.keys(parsed)).toEqual(target.paragraphs.map((p) => p.key));
      expect(skeleton(once.catalog.content)).toBe(skeleton(content));
      const raw = (c: Catalog) => new Map(c.paragraphs.map((p) => [p.key, c.content.slice(p.valueOffset, p.valueOffset + p.valueLength)]));
      const before = raw(target);
      const after = raw(once.catalog);
      for (const p of target.paragraphs) if (!once.keys.includes(p.key)) expect(after.get(p.key)).toBe(before.get(p.key));
      const [again] = fixTexts({ catalog: source, language: "en" }, [{ catalog: once.catalog, language: "uk" }], settings);
      expect(again.fixes).toBe(0);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
  );
});


test.each(["uk", "ru"])("--dry-run shows a bidi override or C1 control of a fixed value escaped, never raw (%s)", async (locale) => {
  const root = copy();
  const file = path.join(root, "locales", locale, "article.json");
  const catalog = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const key = Object.keys(catalog)[2];
  catalog[key] = `\u202E\u009B2J${catalog[key]}  `;
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
  const dry = await run(["fix", "--dry-run"], root);
  expect(dry.stdout).toContain(`--- locales/${locale}/article.json`);
  expect(dry.stdout).not.toMatch(/[\u202E\u009B]/);
  expect(dry.stdout).toContain("\\u202E");
});

test("fix takes -c/--config and --source as check does", async () => {
  const root = copy();
  writeFileSync(path.join(root, "cfg.json"), `${JSON.stringify({ rules: { whitespace: "off" } })}\n`);
  const file = path.join(root, "locales", "uk", "article.json");
  const catalog = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const key = Object.keys(catalog)[2];
  catalog[key] = `${catalog[key]}  `;
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
  const withConfig = await run(["fix", "--dry-run", "-c", "cfg.json", "--source", "en"], root);
  expect(withConfig.code).toBe(0);
  expect(withConfig.stdout).toBe("Would fix 0 paragraphs in 0 files.\n");
  const plain = await run(["fix", "--dry-run", "--source", "en"], root);
  expect(plain.stdout).toContain("Would fix 1 paragraph in 1 file.");
});
