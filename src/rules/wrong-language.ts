/**
 * wrong-language: a Ukrainian paragraph that is Russian, or a Russian one that is Ukrainian —
 * decided by the letters and function words only one language uses, outside quotations (a
 * Russian quotation inside Ukrainian prose is no error). English left in a target is
 * untranslated-paragraph's.
 */
import { languageEvidences, neighbours, withoutQuotations } from "../text/language";
import { defineRule } from "./rule";

/** Words of evidence it takes; a heading of a few words has only one to give. */
const MIN_EVIDENCE = 2;
const SHORT_PARAGRAPH = 4;

export default defineRule({
  meta: {
    id: "wrong-language",
    description: "The translation is written in a neighbouring language of the same script: Russian in a Ukrainian catalog, Ukrainian in a Russian one.",
    defaultSeverity: "error",
    messages: {
      wrong: "Paragraph {{key}} reads as {{found}}, not {{expected}} (words such as {{examples}})",
    },
    docs: "docs/rules/wrong-language.md",
  },
  check({ target, to, targetText, report }) {
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
  },
});
