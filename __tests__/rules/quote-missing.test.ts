/** quote-missing: quoted speech must stay quoted; scare quotes of one or two words may go. */
import { ruleTable, runRule } from "../helpers";

ruleTable("quote-missing", [
  { name: "speech kept", locale: "uk", source: "“We will come to their rescue,” he said.", target: "«Ми прийдемо їм на допомогу», — сказав він.", expect: null },
  { name: "speech kept", locale: "ru", source: "“We will come to their rescue,” he said.", target: "«Мы придём им на помощь», — сказал он.", expect: null },
  { name: "speech kept in straight quotes", locale: "ru", source: 'He said "we will come to their rescue" today.', target: 'Он сказал "мы придём им на помощь" сегодня.', expect: null },
  { name: "scare quote dropped", locale: "uk", source: "He calls it a “stable” deal.", target: "Він називає це стабільною угодою.", expect: null },
  { name: "scare quote dropped", locale: "ru", source: "Warren plans to take a 'hard look' at running.", target: "Уоррен планирует серьезно подумать об участии.", expect: null },
  { name: "marks removed", locale: "uk", source: "“We will come to their rescue,” he said.", target: "Ми прийдемо їм на допомогу, — сказав він.", expect: "reported", data: { quote: "We will come to their rescue," } },
  { name: "marks removed", locale: "ru", source: "“We will come to their rescue,” he said.", target: "Мы придём им на помощь, — сказал он.", expect: "reported" },
  { name: "one of two quotations dropped", locale: "uk", source: "“We will come to their rescue,” he said. “But will they come to ours?”", target: "«Ми прийдемо їм на допомогу», — сказав він. Але чи прийдуть вони на допомогу нам?", expect: "missing", data: { quote: "But will they come to ours?" } },
  { name: "one of two quotations dropped", locale: "ru", source: "“We will come to their rescue,” he said. “But will they come to ours?”", target: "«Мы придём им на помощь», — сказал он. Но придут ли они на помощь нам?", expect: "missing" },
]);

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
