/** The rule tester itself: a finding's fix is part of what a table states, and planted articles move values as a translator does. */
import { readFileSync } from "fs";
import path from "path";
import type { Finding } from "../src/types";
import { tempTree } from "./helpers";
import { asExpected, planted } from "./rule-tester";

const article = (locale: string) => JSON.parse(readFileSync(path.join(__dirname, "..", "locales", locale, "article.json"), "utf8")) as Record<string, string>;

describe("a finding in the table's notation", () => {
  const content = `{\n  "p01": "Трамп  виступив."\n}\n`;
  const root = tempTree({ "locales/uk/article.json": content });
  const start = content.indexOf("  виступив");
  const finding: Finding = {
    ruleId: "whitespace", messageId: "doubled", message: "Doubled space in the translation", severity: "warning", locale: "uk", namespace: "article",
    key: "p01", sourceKey: "p01", file: "locales/uk/article.json", line: 2, column: 16, endLine: 2, endColumn: 18, data: {}, range: { start: 5, end: 7 }, side: "target",
  };

  test("states the paragraph's text after the finding's fix", () => {
    const fixed = { ...finding, fix: { range: [start, start + 2], text: " ", line: 2, column: 16, endLine: 2, endColumn: 18 } } as Finding;
    expect(asExpected(root, fixed)).toEqual({ messageId: "doubled", key: "p01", range: [5, 7], fixed: "Трамп виступив." });
  });
  test("has no fixed text when the finding has no fix", () => {
    expect(asExpected(root, finding)).toEqual({ messageId: "doubled", key: "p01", range: [5, 7] });
  });
  test("states the severity only when it is below the rule's default", () => {
    expect(asExpected(root, { ...finding, severity: "info" }, "warning")).toEqual({ messageId: "doubled", key: "p01", range: [5, 7], severity: "info" });
    expect(asExpected(root, finding, "warning")).toEqual({ messageId: "doubled", key: "p01", range: [5, 7] });
  });
  test("names the source paragraph's key only when it differs, and the source side", () => {
    expect(asExpected(root, { ...finding, sourceKey: "p02", side: "source", data: { count: 1 } })).toEqual({ messageId: "doubled", key: "p01", sourceKey: "p02", side: "source", data: { count: 1 }, range: [5, 7] });
    const { sourceKey: _none, ...withoutSource } = finding;
    expect(asExpected(root, withoutSource)).toEqual({ messageId: "doubled", key: "p01", sourceKey: null, range: [5, 7] });
  });
});

describe("planted articles", () => {
  const uk = article("uk");
  const keys = Object.keys(uk);
  test("a drop moves every later value up a key", () => {
    const texts = planted({ article: "uk", drop: ["p05"] });
    expect(Object.keys(texts)).toEqual(keys.slice(0, -1));
    expect(texts.p05).toBe(uk.p06);
    expect(texts.p13).toBe(uk.p14);
  });
  test("a join and a split move values by one key, the split's last value under p15", () => {
    expect(planted({ article: "uk", join: "p04" }).p04).toBe(`${uk.p04} ${uk.p05}`);
    const split = planted({ article: "uk", split: "p06" });
    expect(`${split.p06} ${split.h02}`).toBe(uk.p06);
    expect(split.p15).toBe(uk.p14);
  });
  test("a swap, an insertion and a replacement", () => {
    expect(planted({ article: "uk", swap: ["p08", "p09"] })).toMatchObject({ p08: uk.p09, p09: uk.p08 });
    expect(planted({ article: "uk", insert: ["p07", "Нове."] })).toMatchObject({ p07: "Нове.", p08: uk.p07, p15: uk.p14 });
    expect(planted({ article: "uk", set: { p05: "Інше." } })).toEqual({ ...uk, p05: "Інше." });
  });
});
