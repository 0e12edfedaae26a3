/**
 * wrong-language: a Ukrainian paragraph that is Russian, or a Russian one that is Ukrainian —
 * decided by the letters and function words only one language uses, outside quotations (a
 * Russian quotation inside Ukrainian prose is no error). A paragraph worded as its sibling
 * translation in the neighbouring language is read whole, and needs less evidence: it is one
 * language's text in both catalogs. English left in a target is untranslated-paragraph's.
 */
import { languageEvidences, neighbours, sameWording, withoutQuotations } from "../text/language";
import { defineRule } from "./rule";

/** Every letter, counted with match (which starts a global expression from the beginning). */
// Held in constants: the bundler turns a literal with \p{…} into `new RegExp` evaluated where it stands.
const LETTERS = /\p{L}/gu;
/** Words of evidence it takes; a heading of a few words has only one to give. */
const MIN_EVIDENCE = 2;
const SHORT_PARAGRAPH = 4;
/** The share of folded words two paragraphs share when one is the other's text. */
const SAME_WORDING = 0.85;
/** Letters after which a text with none of its language's own letters (і for Ukrainian) is telling. */
const TELLING_LENGTH = 40;

export default defineRule({
  meta: {
    id: "wrong-language",
    description: "The translation is written in a neighbouring language of the same script: Russian in a Ukrainian catalog, Ukrainian in a Russian one.",
    defaultSeverity: "error",
    messages: {
      wrong: "Paragraph {{key}} reads as {{found}}, not {{expected}} (words such as {{examples}})",
      sibling: "Paragraph {{key}} is worded as its {{found}} translation, not in {{expected}}",
    },
    docs: "docs/rules/wrong-language.md",
  },
  check({ target, to, targetText, siblings, report }) {
    if (!target || target.text.trim() === "") return;
    const prose = withoutQuotations(target.text, targetText.quotes(target).quotations);
    const others = neighbours(to);
    const { evidence, words } = languageEvidences(prose, [to, ...others]);
    const own = evidence[0];
    const short = words <= SHORT_PARAGRAPH;
    for (let k = 0; k < others.length; k++) {
      const other = others[k];
      const foreign = evidence[k + 1];
      const enough = foreign.score >= MIN_EVIDENCE || (short && foreign.strong >= 1 && own.score === 0);
      if (enough && foreign.score > 2 * own.score) {
        report({ messageId: "wrong", data: { key: target.key, found: other.name, expected: to.name, foundLocale: other.id, examples: foreign.examples.join(", "), evidence: foreign.score, ownEvidence: own.score } });
        return;
      }
    }
    // A text with words of its own language is no copy of the neighbour's: the comparison is skipped.
    // The whole text's own evidence is the prose's when there is no quotation to leave out.
    if (!siblings?.length || (prose === target.text ? own.score : languageEvidences(target.text, [to]).evidence[0].score) > 0) return;
    for (const sibling of siblings) {
      if (!others.includes(sibling.profile) || sameWording(target.text, to, sibling.paragraph.text, sibling.profile) < SAME_WORDING) continue;
      const foreign = languageEvidences(target.text, [sibling.profile]).evidence[0];
      const letters = target.text.match(LETTERS)?.length ?? 0;
      const ownLettersExpected = to.signals.letters !== "" && letters >= TELLING_LENGTH && ![...target.text].some((ch) => to.signals.letters.includes(ch));
      if (foreign.score >= 1 || ownLettersExpected) {
        report({ messageId: "sibling", data: { key: target.key, found: sibling.profile.name, expected: to.name, foundLocale: sibling.profile.id, evidence: foreign.score } });
        return;
      }
    }
  },
});
