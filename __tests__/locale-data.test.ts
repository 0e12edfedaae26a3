/**
 * Locale knowledge is data (src/text/locales): no rule and no part of the engine holds words or
 * letters of a language — no Cyrillic in code and no alternation of words in a regular expression.
 */
import { readdirSync, readFileSync } from "fs";
import path from "path";

const root = path.join(__dirname, "..", "src");
const files = ["rules", "engine"].flatMap((folder) => readdirSync(path.join(root, folder)).filter((name) => name.endsWith(".ts")).map((name) => path.join(folder, name)));

/** The code of a file without its comments (a comment may show an example in any language). */
function code(file: string): string {
  return readFileSync(path.join(root, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:\\])\/\/.*$/gm, "$1");
}

describe("no language word list outside the locales", () => {
  test.each(files)("%s has no Cyrillic letters in its code", (file) => {
    expect(code(file).match(/\p{Script=Cyrillic}+/gu) ?? []).toEqual([]);
  });
  test.each(files)("%s has no regular expression alternating words", (file) => {
    expect(code(file).match(/\(\?:[\p{L}']{2,}\|[\p{L}'|]+\)|\\b\(?[\p{L}']{2,}\|[\p{L}']{2,}/gu) ?? []).toEqual([]);
  });
  test("the scan sees what it looks for", () => {
    const sample = 'const CONNECTOR = /^\\s?(?:to|до|and)\\s?$/u; // приклад';
    expect(sample.replace(/(^|[^:\\])\/\/.*$/gm, "$1").match(/\p{Script=Cyrillic}+/gu)).toEqual(["до"]);
    expect(/\(\?:[\p{L}']{2,}\|[\p{L}'|]+\)/u.test("(?:to|and|or)")).toBe(true);
  });
});

test("the text layer throws no configuration errors: nothing under src/text imports src/errors", () => {
  const textRoot = path.join(__dirname, "..", "src", "text");
  const files = readdirSync(textRoot, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(10);
  const importing = files.filter((file) => /from\s+"(?:\.\.\/)+errors"/.test(readFileSync(path.join(textRoot, file), "utf8")));
  expect(importing).toEqual([]);
});
