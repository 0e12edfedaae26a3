/** quote-style: a quotation marked with another language's marks (“…” or "…" in uk/ru). */
import { excerpt } from "../text/quote-pairing";
import { isLocaleStyle } from "../text/quotes";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "quote-style",
    description: "Quotation marks are not the translation's language's: uk/ru use «…» outside and „…“ inside; English “…” and ‘…’.",
    defaultSeverity: "warning",
    messages: {
      style: "Quotation {{found}} uses marks that {{language}} does not: write {{expected}}",
    },
    docs: "docs/rules/quote-style.md",
    fixable: true,
  },
  check({ target, to, targetText, report }) {
    if (!target) return;
    for (const quote of targetText.quotes(target).spans) {
      if (isLocaleStyle(quote, to)) continue;
      const [open, close] = to.quotes[Math.min(quote.depth, to.quotes.length - 1)];
      report({
        messageId: "style",
        data: { found: `${quote.openMark}${excerpt(quote.text, 30)}${quote.closeMark}`, expected: `${open}…${close}`, language: to.name, mark: quote.openMark },
        range: { start: Math.max(0, quote.open), end: Math.min(target.text.length, quote.close + 1) },
      });
    }
  },
});
