/**
 * quote-missing: quoted speech of the source with no quotation in the translation. Quotations
 * of one or two words (scare quotes, titles) are left to the editor: translations drop or keep
 * those marks by house style, so their absence is no evidence of lost speech. Titles of up to
 * five words and speech turned into reported speech (the translation quotes nothing) are warnings.
 * A quotation the translation keeps word for word in the source's script, unquoted, is a title
 * left in the original (The Rachel Maddow Show): information.
 */
import { trailingRunStart } from "../text/runs";
import { excerpt, wordCount } from "../text/quote-pairing";
import { ownText } from "../text/quotes";
import { defineRule } from "./rule";

export const SPEECH_MIN_WORDS = 3;
/** A quotation of up to this many words may be a title (a show, a book, a product), which one language quotes and another not. */
const TITLE_MAX_WORDS = 5;

/** The quotation's words, without the punctuation that English puts inside the marks, occur in the translation as they are. */
function keptVerbatim(quotation: string, translation: string): boolean {
  const trimmed = quotation.trim();
  const words = trimmed.slice(0, trailingRunStart(trimmed, ".,;:!?"));
  return words.length > 0 && translation.includes(words);
}

export default defineRule({
  meta: {
    id: "quote-missing",
    description: "A quotation of the source (three words or more) has no counterpart in the translation.",
    defaultSeverity: "error",
    messages: {
      missing: "The quotation “{{quote}}” has no counterpart in the translation",
      reported: "The quotation “{{quote}}” is not quoted in the translation: turned into reported speech, or its marks were lost",
      verbatim: "The quotation “{{quote}}” stands in the translation in the source's words, without quotation marks: a title left in the original?",
    },
    docs: "docs/rules/quote-missing.md",
  },
  check({ source, target, sourceText, targetText, quotePairing, from, to, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const unquotedTarget = targetText.quotes(target).spans.length === 0;
    const spans = sourceText.quotes(source).spans;
    for (const quote of quotePairing().unpairedSource) {
      const words = wordCount(ownText(quote, spans));
      if (words < SPEECH_MIN_WORDS) continue;
      // Part of a quotation that the translation opens and closes in other paragraphs.
      if (quote.partial && targetText.insideRunOn(target)) continue;
      if (from.script !== to.script && keptVerbatim(quote.text, target.text)) {
        report({ messageId: "verbatim", data: { quote: excerpt(quote.text), sourceOffset: quote.open, words }, severity: "info" });
        continue;
      }
      // Speech turned into reported speech keeps its words, and a short title may go unquoted by house style: warnings.
      const weaker = unquotedTarget || words <= TITLE_MAX_WORDS;
      report({ messageId: unquotedTarget ? "reported" : "missing", data: { quote: excerpt(quote.text), sourceOffset: quote.open, words }, ...(weaker ? { severity: "warning" as const } : {}) });
    }
  },
});
