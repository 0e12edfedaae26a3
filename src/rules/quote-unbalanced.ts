/**
 * quote-unbalanced: an opening quotation mark that is never closed, or a closing mark never
 * opened — unless the quotation runs on across paragraphs, as English and uk/ru both allow, or
 * the source is unbalanced in the same way (a paragraph cut out of longer speech): the
 * translation is then as faithful as it can be.
 */
import type { LoneMark } from "../text/quotes";
import { defineRule } from "./rule";

function count(marks: readonly LoneMark[], role: LoneMark["role"]): number {
  return marks.filter((mark) => mark.role === role).length;
}

export default defineRule({
  meta: {
    id: "quote-unbalanced",
    description: "A double quotation mark has no partner in the paragraph, and no quotation runs on across paragraphs to explain it.",
    defaultSeverity: "error",
    messages: {
      open: "Quotation mark {{mark}} is opened but never closed",
      close: "Quotation mark {{mark}} closes a quotation that was never opened",
    },
    docs: "docs/rules/quote-unbalanced.md",
  },
  check({ source, target, sourceText, targetText, report }) {
    if (!target) return;
    // Source marks that no run-on quotation explains excuse as many in the translation. English
    // single quotes turn into uk/ru double ones, so the source's lone singles count too.
    const sourceAnalysis = source ? sourceText.quotes(source) : undefined;
    const sourceLone = sourceAnalysis ? [...sourceAnalysis.lone.filter((mark) => !sourceText.continuesAcrossParagraphs(source!, mark)), ...sourceAnalysis.loneSingle] : [];
    const allowance = { open: count(sourceLone, "open"), close: count(sourceLone, "close") };
    const sourceRunsOn = sourceAnalysis?.lone.some((mark) => sourceText.continuesAcrossParagraphs(source!, mark)) ?? false;
    for (const mark of targetText.quotes(target).lone) {
      if (targetText.continuesAcrossParagraphs(target, mark)) continue;
      // The source runs on here and so does the translation, split into paragraphs differently.
      if (sourceRunsOn && targetText.hasPartnerNearby(target, mark)) continue;
      if (allowance[mark.role] > 0) {
        allowance[mark.role]--;
        continue;
      }
      report({ messageId: mark.role, data: { mark: mark.mark }, range: { start: mark.offset, end: mark.offset + 1 } });
    }
  },
});
