/** Catalog layouts as real projects write them: one file per locale, patterns, regional names, aliases. */
import path from "path";
import { check } from "../src/engine/check";
import { main } from "../src/cli/main";
import { tempTree } from "./helpers";

const en = JSON.stringify({ greeting: "Hello, {{name}}!", count: "150 items" });
const uk = JSON.stringify({ greeting: "Привіт, {{name}}!", count: "15 предметів" });
const ru = JSON.stringify({ greeting: "Привет, {{name}}!", count: "150 предметов" });

describe("catalog layouts", () => {
  test("one file per locale is found by itself (namespace: translation)", async () => {
    const root = tempTree({ "en.json": en, "uk.json": uk, "ru.json": ru });
    const result = await check({ locales: root, cwd: root });
    expect(result.targets).toEqual(["ru", "uk"]);
    expect(result.findings.map((f) => [f.locale, f.namespace, f.key, f.ruleId, f.file])).toEqual([["uk", "translation", "count", "number-mismatch", "uk.json"]]);
  });

  test("a loadPath-style pattern with the namespace first", async () => {
    const root = tempTree({ "common/en.json": en, "common/uk.json": uk });
    const result = await check({ locales: root, layout: "{{ns}}/{{lng}}.json", cwd: root });
    expect(result.findings.map((f) => [f.namespace, f.key, f.file])).toEqual([["common", "count", "common/uk.json"]]);
  });

  test("regional folder names (uk-UA, ru_RU) use their language's rules", async () => {
    const root = tempTree({ "en/app.json": en, "uk-UA/app.json": uk, "ru_RU/app.json": ru });
    const result = await check({ locales: root, cwd: root });
    expect(result.targets).toEqual(["ru_RU", "uk-UA"]);
    expect(result.findings.map((f) => [f.locale, f.key, f.ruleId])).toEqual([["uk-UA", "count", "number-mismatch"]]);
  });

  test("the seed site's 'ua' is read as Ukrainian, with one notice", async () => {
    const root = tempTree({ "en/article.json": en, "ua/article.json": uk });
    let stderr = "";
    const code = await main(["check", "--locales", root, "--format", "json"], { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, env: {}, cwd: root });
    expect(code).toBe(1);
    expect(stderr.match(/note: the locale "ua" is read as "uk"/g)).toHaveLength(1);
    const aliased = await check({ locales: root, aliases: { ua: "uk" }, cwd: root });
    expect(aliased.notices).toEqual([]);
    expect(aliased.findings.map((f) => [f.locale, f.ruleId])).toEqual([["ua", "number-mismatch"]]);
  });

  test("a layout without {{lng}} is a configuration error", async () => {
    const root = tempTree({ "en.json": en });
    await expect(check({ locales: root, layout: "{{ns}}.json", cwd: root })).rejects.toThrow(/has no \{\{lng\}\}/);
    expect(path.isAbsolute(root)).toBe(true);
  });
});
