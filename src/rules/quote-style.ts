/**
 * quote-style: a quotation marked with another language's marks (“…” or "…" in uk/ru). Fixed by
 * writing the locale's marks, when both marks are in the paragraph and double (a single mark may
 * be an apostrophe).
 */
import { excerpt } from "../text/quote-pairing";
import { isLocaleStyle, type Quotation } from "../text/quotes";
import { defineRule } from "./rule";

function fixable(quote: Quotation): boolean {
  return quote.partial === undefined && quote.style !== "single-straight" && quote.style !== "single-curly";
}

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
        ...(fixable(quote)
          ? { fix: [{ range: { start: quote.open, end: quote.open + 1 }, text: open }, { range: { start: quote.close, end: quote.close + 1 }, text: close }] }
          : {}),
      });
    }
  },
});
