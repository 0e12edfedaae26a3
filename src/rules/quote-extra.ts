/**
 * quote-extra: a quotation in the translation with no counterpart in the source. Ukrainian and
 * Russian put names of companies, ships and operations in «…» where English does not, so only
 * quotations of four words or more count.
 */
import { excerpt, wordCount } from "../text/quote-pairing";
import { ownText } from "../text/quotes";
import { defineRule } from "./rule";

const MIN_WORDS = 4;

export default defineRule({
  meta: {
    id: "quote-extra",
    description: "The translation quotes something (four words or more) that the source does not quote.",
    defaultSeverity: "warning",
    messages: {
      extra: "The quotation «{{quote}}» is not quoted in the source",
    },
    docs: "docs/rules/quote-extra.md",
  },
  check({ source, target, targetText, quotePairing, report }) {
    if (!source || !target) return;
    const spans = targetText.quotes(target).spans;
    for (const quote of quotePairing().unpairedTarget) {
      if (wordCount(ownText(quote, spans)) < MIN_WORDS) continue;
      report({ messageId: "extra", data: { quote: excerpt(quote.text) }, range: { start: Math.max(0, quote.open), end: Math.min(target.text.length, quote.close + 1) } });
    }
  },
});
