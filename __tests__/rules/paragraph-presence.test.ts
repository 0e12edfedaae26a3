/** missing-paragraph, extra-paragraph and empty-paragraph, by key, in uk and ru. */
import { runRule } from "../helpers";

const source = { title: "Trump expresses doubts", p01: "First paragraph.", p02: "Second paragraph." };

describe.each(["uk", "ru"])("paragraph presence (%s)", (locale) => {
  const full = { title: "Трамп", p01: "Перший абзац.", p02: "Другий абзац." };

  test("missing-paragraph passes when every key is there", () => {
    expect(runRule("missing-paragraph", source, full, locale)).toEqual([]);
  });
  test("missing-paragraph flags an absent key at the source value", () => {
    const { p02: _dropped, ...target } = full;
    const findings = runRule("missing-paragraph", source, target, locale);
    expect(findings.map((f) => [f.messageId, f.key, f.file])).toEqual([["missing", "p02", "locales/en/article.json"]]);
    expect(findings[0]).toMatchObject({ line: 4, column: 10, locale });
  });
  test("extra-paragraph passes when the target has no other keys", () => {
    expect(runRule("extra-paragraph", source, full, locale)).toEqual([]);
  });
  test("extra-paragraph flags a key the source lacks", () => {
    const findings = runRule("extra-paragraph", source, { ...full, p03: "Зайвий." }, locale);
    expect(findings.map((f) => [f.messageId, f.key, f.severity])).toEqual([["extra", "p03", "warning"]]);
  });
  test("empty-paragraph passes for text", () => {
    expect(runRule("empty-paragraph", source, full, locale)).toEqual([]);
  });
  test.each(["", "   ", "\u00A0\n"])("empty-paragraph flags %j", (value) => {
    const findings = runRule("empty-paragraph", source, { ...full, p01: value }, locale);
    expect(findings.map((f) => [f.messageId, f.key, f.severity])).toEqual([["empty", "p01", "error"]]);
  });
  test("empty-paragraph stays silent when the source is empty too", () => {
    expect(runRule("empty-paragraph", { ...source, p01: "" }, { ...full, p01: "" }, locale)).toEqual([]);
  });
});
