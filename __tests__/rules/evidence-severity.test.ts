/** Findings whose evidence is weaker than their rule's default report a lower severity (Report.severity), in uk and ru. */
import { runRule } from "../helpers";

test.each([
  ["ru", "Trump spoke.", "Трамп  выступил.", [["doubled", "info"]]],
  ["uk", "Trump, the president, spoke.", "Трамп , президент, виступив.", [["beforePunctuation", "warning"]]],
])("whitespace [%s]: a doubled space is information, a space before a comma a warning", (locale, source, target, expected) => {
  expect(runRule("whitespace", { p01: source }, { p01: target }, locale).map((f) => [f.messageId, f.severity])).toEqual(expected);
});

describe("quote-missing severity by evidence", () => {
  const severityOf = (source: string, target: string, locale: string) => runRule("quote-missing", { p01: source }, { p01: target }, locale).map((f) => [f.messageId, f.severity]);
  test.each([
    ["uk", "“We will come to their rescue,” he said. “But will they ever come to help us, I wonder?”", "«Ми прийдемо їм на допомогу», — сказав він. Але чи прийдуть вони колись допомогти нам?", [["missing", "error"]]],
    ["ru", "“We will come to their rescue,” he said. “But will they ever come to help us, I wonder?”", "«Мы придём им на помощь», — сказал он. Но придут ли они когда-нибудь помочь нам?", [["missing", "error"]]],
    ["uk", "“We will come to their rescue,” he said.", "Ми прийдемо їм на допомогу, — сказав він.", [["reported", "warning"]]],
    ["ru", "He watched “The Rachel Maddow Show” and said “we will see about that”.", "Он смотрел «Мы ещё посмотрим» и шоу Рэйчел Мэддоу.", [["missing", "warning"]]],
  ])("[%s] %s", (locale, source, target, expected) => {
    expect(severityOf(source, target, locale)).toEqual(expected);
  });
});
