/**
 * Planted structural accidents in the bundled article: each is reported once, at the right keys,
 * with no cascade of follow-on findings — in uk, in ru, and in both targets at once; and quick
 * variants of the long cases in alignment.long.test.ts (in npm test, not in npm run test:quick).
 */
import { cpSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { check } from "../src/engine/check";
import { append } from "../src/lists";
import { tempTree } from "./helpers";
import { expectOneDropNearTheStart, plantIntoNtrex } from "./ntrex-namespace";

const bundled = path.join(__dirname, "..", "locales");
type Catalog = Record<string, string>;
const read = (locale: string): Catalog => JSON.parse(readFileSync(path.join(bundled, locale, "article.json"), "utf8"));
const KEYS = Object.keys(read("en"));

/** Keeps the keys in place and moves the values, as a translator who skips or adds a paragraph does. */
function renumber(values: string[], extraKeys: string[] = []): Catalog {
  const keys = [...KEYS, ...extraKeys];
  return Object.fromEntries(values.map((value, i) => [keys[i], value]));
}

interface Accident {
  name: string;
  plant: (catalog: Catalog) => Catalog;
  expected: Array<[ruleId: string, messageId: string, key: string, data?: Record<string, unknown>]>;
}

const at = (key: string) => KEYS.indexOf(key);
const keys = (from: string, to: string) => KEYS.slice(at(from), at(to) + 1);

const accidents: Accident[] = [
  {
    name: "one paragraph dropped and the rest shifted up",
    plant: (c) => renumber(Object.values(c).filter((_, i) => i !== at("p05"))),
    expected: [
      ["missing-paragraph", "skipped", "p05"],
      ["shifted-paragraph", "shifted", "p05", { sourceKeys: keys("p06", "p14"), targetKeys: keys("p05", "p13"), direction: "up" }],
    ],
  },
  {
    name: "two paragraphs dropped",
    plant: (c) => renumber(Object.values(c).filter((_, i) => i !== at("p02") && i !== at("p09"))),
    expected: [
      ["missing-paragraph", "skipped", "p02"],
      ["missing-paragraph", "skipped", "p09"],
      ["shifted-paragraph", "shifted", "p02", { sourceKeys: keys("p03", "p08"), direction: "up", distance: "1 paragraph" }],
      ["shifted-paragraph", "shifted", "p08", { sourceKeys: keys("p10", "p14"), direction: "up", distance: "2 paragraphs" }],
    ],
  },
  {
    name: "one paragraph added",
    plant: (c) => {
      const values = Object.values(c);
      values.splice(at("p07"), 0, read("uk").p07 === c.p07 ? "Тим часом у Києві відбулася пресконференція, на якій журналістам показали нові документи про постачання." : "Тем временем в Киеве прошла пресс-конференция, на которой журналистам показали новые документы о поставках.");
      return renumber(values, ["p15"]);
    },
    expected: [
      ["extra-paragraph", "inserted", "p07"],
      ["shifted-paragraph", "shifted", "p08", { sourceKeys: keys("p07", "p14"), direction: "down" }],
    ],
  },
  {
    name: "two paragraphs merged",
    plant: (c) => {
      const values = Object.values(c);
      values.splice(at("p04"), 2, `${values[at("p04")]} ${values[at("p05")]}`);
      return renumber(values);
    },
    expected: [
      ["merged-paragraph", "merged", "p04", { sourceKeys: ["p04", "p05"], targetKeys: ["p04"] }],
      ["shifted-paragraph", "shifted", "p05", { sourceKeys: keys("p06", "p14"), direction: "up" }],
    ],
  },
  {
    name: "one paragraph split",
    plant: (c) => {
      const values = Object.values(c);
      const [first, ...rest] = values[at("p06")].split(/(?<=\.) /);
      values.splice(at("p06"), 1, first, rest.join(" "));
      return renumber(values, ["p15"]);
    },
    expected: [
      ["split-paragraph", "split", "p06", { sourceKeys: ["p06"], targetKeys: ["p06", "h02"] }],
      ["shifted-paragraph", "shifted", "p07", { sourceKeys: keys("h02", "p14"), direction: "down" }],
    ],
  },
  {
    name: "two paragraphs swapped",
    plant: (c) => {
      const values = Object.values(c);
      [values[at("p08")], values[at("p09")]] = [values[at("p09")], values[at("p08")]];
      return renumber(values);
    },
    expected: [["shifted-paragraph", "swapped", "p08", { sourceKeys: ["p08", "p09"], targetKeys: ["p09", "p08"] }]],
  },
];

async function checkPlanted(locales: string[], accident: Accident) {
  const root = tempTree({});
  cpSync(bundled, path.join(root, "locales"), { recursive: true });
  for (const locale of locales) {
    writeFileSync(path.join(root, "locales", locale, "article.json"), `${JSON.stringify(accident.plant(read(locale)), null, 2)}\n`);
  }
  return check({ locales: "locales", cwd: root });
}

describe.each([["uk"], ["ru"], ["uk", "ru"]])("structural accidents in %s", (...locales) => {
  test.each(accidents.map((a) => [a.name, a] as const))("%s", async (_name, accident) => {
    const result = await checkPlanted(locales, accident);
    const expected = locales.flatMap((locale) => accident.expected.map(([ruleId, messageId, key]) => [locale, ruleId, messageId, key]));
    const found = result.findings.map((f) => [f.locale, f.ruleId, f.messageId, f.key]);
    expect(found.sort()).toEqual(expected.sort());
    for (const locale of locales) {
      for (const [ruleId, messageId, key, data] of accident.expected) {
        const finding = result.findings.find((f) => f.locale === locale && f.ruleId === ruleId && f.messageId === messageId && f.key === key)!;
        if (data) expect(finding.data).toMatchObject(data);
      }
    }
  });
});

test("the shifted-paragraph message names both runs of keys", async () => {
  const result = await checkPlanted(["uk"], accidents[0]);
  const shifted = result.findings.find((f) => f.ruleId === "shifted-paragraph")!;
  expect(shifted.message).toBe("uk p05–p13 hold the translations of en p06–p14: they moved up by 1 paragraph");
  expect(shifted.file).toBe("locales/uk/article.json");
});

/**
 * The aligner on real translations: accidents planted into NTREX articles by the script behind
 * `npm run eval:align` (seeded), with the sibling translation as a witness. A floor, not the
 * documented figure: it fails if the alignment loses ground, or if the clean corpus shows a single
 * structural finding. 40 accidents into 24 articles here; alignment.long.test.ts (in npm test, not in npm run test:quick)
 * plants 120 into all 123.
 */
test("planted into NTREX, most accidents are located exactly and the clean corpus shows none", async () => {
  const report = await plantIntoNtrex(40, 24);
  expect(report.planted).toBe(40);
  expect(report.cleanStructural).toEqual([]);
  expect(report.exact / report.planted).toBeGreaterThanOrEqual(0.9);
}, 120000);

/**
 * An anchor (a same-key pair standing out from its neighbours) can be a pair of short lines that
 * translate each other's key by chance: in this CNN interview, "Did you leak the document?" and the
 * next line's translation both ask about "документа". With a paragraph dropped earlier, that anchor
 * held, and the drop read as a drop, an addition and a merge; the segments on both sides of an
 * anchor with an accident on each are aligned again as one.
 */
test.each([["s02"], ["s05"]])("NTREX cnn-304447: ru %s dropped reads as one drop, past a pair that matches by chance", async (dropped) => {
  const corpus = path.join(__dirname, "..", "corpora", "ntrex", "locales");
  const root = tempTree({});
  for (const locale of ["en", "uk", "ru"]) {
    const catalog: Catalog = JSON.parse(readFileSync(path.join(corpus, locale, "cnn-304447.json"), "utf8"));
    const keys = Object.keys(catalog);
    const values = Object.values(catalog).filter((_, i) => locale !== "ru" || keys[i] !== dropped);
    writeFileSync(path.join(root, `${locale}.json`), JSON.stringify(Object.fromEntries(values.map((v, i) => [keys[i], v]))));
  }
  const result = await check({ locales: ".", cwd: root });
  const structural = result.findings.filter((f) => ["missing-paragraph", "extra-paragraph", "merged-paragraph", "split-paragraph", "shifted-paragraph"].includes(f.ruleId));
  expect(structural.map((f) => [f.locale, f.ruleId, f.key])).toEqual([
    ["ru", "missing-paragraph", dropped],
    ["ru", "shifted-paragraph", dropped],
  ]);
});

describe("a long namespace (all NTREX articles once: about 2,000 paragraphs)", () => {
  test.each([["uk"], ["ru"]])("one paragraph dropped near the start reads as that drop (%s)", (locale) => {
    expectOneDropNearTheStart(locale, 1);
  }, 60000);
});

/** More links than a call takes arguments: lists of links were once joined with push(...list), which throws past some 120,000 items. */
test("append takes lists of any length, in order", () => {
  const items = Array.from({ length: 300000 }, (_, k) => k);
  const joined = append([-1], items);
  expect(joined.length).toBe(300001);
  expect(joined[0]).toBe(-1);
  expect(joined.every((value, k) => value === k - 1)).toBe(true);
});
