/** glossary-term: the required rendering in any inflected form passes; another rendering fails. */
import { catalogOf } from "../helpers";
import { alignNamespace } from "../../src/engine/alignment";
import { activeRules } from "../../src/engine/check";
import { compareCatalogs } from "../../src/engine/compare";
import { createTextView } from "../../src/engine/text-view";
import { profileFor } from "../../src/engine/profiles";

const glossary = { Greenland: { uk: "Гренландія", ru: "Гренландия" }, NATO: { uk: "НАТО", ru: "НАТО" }, Pituffik: { uk: "Пітуффік", ru: "Питуффик" } };

function run(source: string, target: string, locale: string) {
  const from = profileFor("en");
  const to = profileFor(locale);
  const s = catalogOf("en", { p1: source });
  const t = catalogOf(locale, { p1: target });
  const sourceSide = { catalog: s, profile: from, text: createTextView(s.paragraphs, from) };
  const targetSide = { catalog: t, profile: to, text: createTextView(t.paragraphs, to) };
  const active = activeRules().filter((entry) => entry.rule.meta.id === "glossary-term");
  return compareCatalogs({ source: sourceSide, target: targetSide, ...alignNamespace(sourceSide, targetSide), glossary }, active);
}

describe("glossary-term", () => {
  test.each([
    ["uk", "Trump's threats regarding Greenland", "погроз Трампа щодо Гренландії"],
    ["ru", "Trump's threats regarding Greenland", "угроз Трампа в отношении Гренландии"],
    ["uk", "150 troops at Pituffik and NATO", "150 військових на базі Пітуффік і НАТО"],
    ["ru", "the island, not Greenland itself", "остров, но не саму Гренландию"],
  ])("passes an inflected form [%s]", (locale, source, target) => {
    expect(run(source, target, locale)).toEqual([]);
  });

  test.each([
    ["uk", "150 troops at Pituffik", "150 військових на базі Пітуфік", "Pituffik"],
    ["ru", "Trump's threats regarding Greenland", "угроз Трампа в отношении острова", "Greenland"],
  ])("flags a missing or misspelled term [%s]", (locale, source, target, term) => {
    const findings = run(source, target, locale);
    expect(findings.map((f) => [f.messageId, f.data.term])).toEqual([["missing", term]]);
  });
});
