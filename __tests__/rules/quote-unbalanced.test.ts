/** quote-unbalanced: a mark with no partner fails; paired and nested marks pass. */
import { ruleTable, runRule } from "../helpers";

ruleTable("quote-unbalanced", [
  { name: "closed guillemets", locale: "uk", source: "“Yes,” he said.", target: "«Так», — сказав він.", expect: null },
  { name: "closed guillemets", locale: "ru", source: "“Yes,” he said.", target: "«Да», — сказал он.", expect: null },
  { name: "nested quotes", locale: "ru", source: "x", target: "«Он сказал „нет“ дважды»", expect: null },
  { name: "apostrophe is not a quote", locale: "uk", source: "x", target: "Пам'ятаєте? Об’єднані Нації", expect: null },
  { name: "opening mark never closed", locale: "uk", source: "“Yes,” he said.", target: "«Так, — сказав він.", expect: "open", data: { mark: "«" } },
  { name: "opening mark never closed", locale: "ru", source: "“Yes,” he said.", target: "«Да, — сказал он.", expect: "open", data: { mark: "«" } },
  { name: "closing mark never opened", locale: "ru", source: "“Yes,” he said.", target: "Да», — сказал он.", expect: "close", data: { mark: "»" } },
  { name: "closing mark never opened", locale: "uk", source: "“Yes,” he said.", target: "Так», — сказав він.", expect: "close", data: { mark: "»" } },
]);

describe("quote-unbalanced across paragraphs", () => {
  test.each(["uk", "ru"])("a quotation reopened on the next paragraph is not unbalanced (%s)", (locale) => {
    const target = { p1: "«Перше речення промови.", p2: "«Друге речення промови»." };
    expect(runRule("quote-unbalanced", { p1: "“First.", p2: "“Second.”" }, target, locale)).toEqual([]);
  });
  test.each(["uk", "ru"])("a quotation closed a paragraph later is not unbalanced (%s)", (locale) => {
    const target = { p1: "«Перше речення.", p2: "Друге речення.", p3: "Третє»." };
    expect(runRule("quote-unbalanced", { p1: "a", p2: "b", p3: "c" }, target, locale)).toEqual([]);
  });
  test.each(["uk", "ru"])("a quotation that never closes is unbalanced (%s)", (locale) => {
    const target = { p1: "«Перше речення.", p2: "Друге речення.", p3: "Третє." };
    const findings = runRule("quote-unbalanced", { p1: "a", p2: "b", p3: "c" }, target, locale);
    expect(findings.map((f) => [f.key, f.messageId])).toEqual([["p1", "open"]]);
  });
});
