/**
 * Issue 5's planted mistakes in copies of the bundled article, through the library: each is found by
 * the right rule at the right key, and nothing else is reported — in uk and in ru.
 */
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { check } from "../src/engine/check";
import { tempTree } from "./helpers";

const bundled = path.join(__dirname, "..", "locales");
type Catalog = Record<string, string>;
const read = (locale: string): Catalog => JSON.parse(readFileSync(path.join(bundled, locale, "article.json"), "utf8"));
const other = { uk: "ru", ru: "uk" } as const;

/** UI strings added to every copy: a plural group and a string with a variable. */
const ui = {
  en: { troops_one: "{{count}} soldier", troops_other: "{{count}} soldiers", greeting: "Hello, {{userName}}!" },
  uk: { troops_one: "{{count}} військовий", troops_few: "{{count}} військові", troops_many: "{{count}} військових", troops_other: "{{count}} військового", greeting: "Вітаємо, {{userName}}!" },
  ru: { troops_one: "{{count}} военный", troops_few: "{{count}} военных", troops_many: "{{count}} военных", troops_other: "{{count}} военного", greeting: "Здравствуйте, {{userName}}!" },
};

interface Mistake {
  name: string;
  plant: (catalog: Catalog, locale: "uk" | "ru") => void;
  ruleId: string;
  key: string;
}

const mistakes: Mistake[] = [
  { name: "the other language's paragraph pasted in", plant: (c, l) => void (c.p07 = read(other[l]).p07), ruleId: "wrong-language", key: "p07" },
  { name: "a Latin р in a Cyrillic word", plant: (c) => void (c.p09 = c.p09.replace("Трамп", "Тpамп")), ruleId: "mixed-script", key: "p09" },
  { name: "a dropped sentence", plant: (c) => void (c.p01 = c.p01.split(/(?<=\.) /)[0]), ruleId: "length-ratio", key: "p01" },
  { name: "a missing _few", plant: (c) => void delete c.troops_few, ruleId: "plural-forms", key: "troops_one" },
  { name: "a renamed {{var}}", plant: (c) => void (c.greeting = c.greeting.replace("{{userName}}", "{{username}}")), ruleId: "placeholder-mismatch", key: "greeting" },
];

async function checkCopy(locale?: "uk" | "ru", mistake?: Mistake) {
  const root = tempTree({});
  cpSync(bundled, path.join(root, "locales"), { recursive: true });
  for (const l of ["en", "uk", "ru"] as const) {
    const catalog: Catalog = { ...read(l), ...ui[l] };
    if (mistake && l === locale) mistake.plant(catalog, l);
    writeFileSync(path.join(root, "locales", l, "article.json"), `${JSON.stringify(catalog, null, 2)}\n`);
  }
  return check({ locales: "locales", cwd: root });
}

test("the article with its UI strings checks clean", async () => {
  expect((await checkCopy()).findings).toEqual([]);
});

describe.each(["uk", "ru"] as const)("planted mistakes in %s", (locale) => {
  test.each(mistakes.map((m) => [m.name, m] as const))("%s", async (_name, mistake) => {
    const result = await checkCopy(locale, mistake);
    expect(result.findings.map((f) => [f.locale, f.ruleId, f.key])).toEqual([[locale, mistake.ruleId, mistake.key]]);
  });
});
