/**
 * quote-extra: a quotation in the translation with no counterpart in the source. Ukrainian and
 * Russian put names of companies, operations, laws, films and slogans in «…» where English does
 * not («Агент Джонні Інгліш: Нова місія», «Про доступне медичне обслуговування»), so only
 * quotations of six words or more of their own count: shorter ones are titles.
 */
import { excerpt, wordCount } from "../text/quote-pairing";
import { ownText } from "../text/quotes";
import { defineRule } from "./rule";

const MIN_WORDS = 6;

export default defineRule({
  meta: {
    id: "quote-extra",
    description: "The translation quotes something (six words or more) that the source does not quote.",
    defaultSeverity: "warning",
    messages: {
      extra: "The quotation «{{quote}}» is not quoted in the source",
    },
    docs: "docs/rules/quote-extra.md",
  },
  check({ source, target, sourceText, targetText, quotePairing, report }) {
    if (!source || !target) return;
    const sourceInside = sourceText.insideRunOn(source);
    const spans = targetText.quotes(target).spans;
    for (const quote of quotePairing().unpairedTarget) {
      if (wordCount(ownText(quote, spans)) < MIN_WORDS) continue;
      // A lone mark is no quotation of its own: quote-unbalanced reports it, or it runs on.
      if (quote.partial || sourceInside) continue;
      report({ messageId: "extra", data: { quote: excerpt(quote.text) }, range: { start: Math.max(0, quote.open), end: Math.min(target.text.length, quote.close + 1) } });
    }
  },
});
