/** concord fix: safe fixes only, the rest of the file byte for byte, atomic writes, idempotent. */
import fc from "fast-check";
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { fixCatalog, fixParagraph } from "../src/fix/fix";
import { profiles } from "../src/text/locales";
import { catalogOf, tempTree, runCli } from "./helpers";

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
  expect(stderr).toMatch(/article\.json:1:\d+: The value of "p4" is a number, not text[^\n]*\nconcord: locales\/uk\/article\.json: and 199,995 more problems in this file/);
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
