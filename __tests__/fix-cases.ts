/**
 * What each fixable rule reports and what its fix makes of the paragraph: exact tables, in uk and
 * ru. The rules' own tests run them (fixTable); fix.test.ts checks that every fixable rule has one.
 */
import { catalogOf, runRule } from "./helpers";

export interface FixCase {
  name: string;
  locale: "uk" | "ru";
  source: string;
  target: string;
  /** Every finding of the rule, in order: message id, range, and the paragraph with that one fix applied (null: no fix). */
  findings: Array<[messageId: string, range: [number, number], fixed: string | null]>;
}

export const fixCases: Record<string, FixCase[]> = {
  "number-notation": [
    { name: "decimal comma", locale: "uk", source: "Inflation rose to 1.5 percent.", target: "Інфляція зросла до 1,5 відсотка.", findings: [] },
    { name: "a time is no decimal", locale: "uk", source: "At 11.15 BST.", target: "Об 11.15.", findings: [] },
    { name: "a version after a name", locale: "uk", source: "It needs HTTP 1.1 and Apache 2.0, or HTTP/2.0.", target: "Потрібен HTTP 1.1 та Apache 2.0 або HTTP/2.0.", findings: [] },
    { name: "a version after a name", locale: "ru", source: "It runs on iOS 17.2.", target: "Работает на iOS 17.2.", findings: [] },
    { name: "grouped with a space", locale: "ru", source: "About 1,250 people came.", target: "Пришли около 1 250 человек.", findings: [] },
    { name: "decimal point", locale: "uk", source: "Inflation rose to 1.5 percent.", target: "Інфляція зросла до 1.5 відсотка.", findings: [["decimal", [19, 22], "Інфляція зросла до 1,5 відсотка."]] },
    { name: "decimal point before %", locale: "ru", source: "It rose by 12.5%.", target: "Выросла на 12.5%.", findings: [["decimal", [11, 15], "Выросла на 12,5%."]] },
    { name: "thousands comma", locale: "uk", source: "About 1,250 people came.", target: "Прийшли близько 1,250 людей.", findings: [["grouping", [16, 21], "Прийшли близько 1\u00A0250 людей."]] },
    { name: "thousands comma", locale: "ru", source: "About 1,250 people came.", target: "Пришли около 1,250 человек.", findings: [["grouping", [13, 18], "Пришли около 1\u00A0250 человек."]] },
  ],
  "quote-style": [
    { name: "guillemets", locale: "uk", source: "“We will come,” he said.", target: "«Ми прийдемо», — сказав він.", findings: [] },
    { name: "low quotes inside", locale: "ru", source: "“He called it ‘a false choice’ today,” she said.", target: "«Он назвал это „ложным выбором“ сегодня», — сказала она.", findings: [] },
    { name: "straight quotes", locale: "uk", source: "“We will come,” he said.", target: '"Ми прийдемо", — сказав він.', findings: [["style", [0, 13], "«Ми прийдемо», — сказав він."]] },
    {
      name: "straight outside, low inside",
      locale: "uk",
      source: "“Yes,” he said, “it is ‘fine’.”",
      target: '"Так", — сказав він, — "це „добре“".',
      findings: [
        ["style", [0, 5], "«Так», — сказав він, — \"це „добре“\"."],
        ["style", [23, 35], '"Так", — сказав він, — «це „добре“».'],
      ],
    },
    { name: "English curly quotes", locale: "ru", source: "“We will come,” he said.", target: "“Мы придём”, — сказал он.", findings: [["style", [0, 11], "«Мы придём», — сказал он."]] },
    { name: "single marks: reported, not fixed (may be apostrophes)", locale: "ru", source: "He said 'yes'.", target: "Он сказал 'да'.", findings: [["style", [10, 14], null]] },
  ],
  whitespace: [
    { name: "the source's own doubled space", locale: "uk", source: "Trump  spoke.", target: "Трамп  виступив.", findings: [] },
    { name: "a non-breaking space after a number", locale: "ru", source: "5 km away.", target: "В 5\u00A0км.", findings: [] },
    { name: "doubled space", locale: "uk", source: "Trump spoke.", target: "Трамп  виступив.", findings: [["doubled", [5, 7], "Трамп виступив."]] },
    {
      name: "edges, doubled, before punctuation",
      locale: "ru",
      source: "Trump spoke.",
      target: " Трамп  выступил .",
      findings: [
        ["edges", [0, 1], "Трамп  выступил ."],
        ["doubled", [6, 8], " Трамп выступил ."],
        ["beforePunctuation", [16, 17], " Трамп  выступил."],
      ],
    },
  ],
};

/** The paragraph with one finding's fix applied to its catalog file, read back. */
export function fixedText(target: string, locale: string, fix: { range: [number, number]; text: string }): string {
  const { content } = catalogOf(locale, { p01: target });
  const fixed = content.slice(0, fix.range[0]) + fix.text + content.slice(fix.range[1]);
  return (JSON.parse(fixed) as Record<string, string>).p01;
}

/** One jest test per case: the rule's exact findings, and what each one's fix makes of the paragraph. */
export function fixTable(ruleId: string): void {
  describe(`${ruleId}: findings and fixes`, () => {
    test.each(fixCases[ruleId].map((c) => [`[${c.locale}] ${c.name}`, c] as const))("%s", (_name, c) => {
      const findings = runRule(ruleId, { p01: c.source }, { p01: c.target }, c.locale);
      const seen = findings.map((f) => [f.messageId, [f.range?.start, f.range?.end], f.fix ? fixedText(c.target, c.locale, f.fix) : null]);
      expect(seen).toEqual(c.findings);
    });
  });
}
