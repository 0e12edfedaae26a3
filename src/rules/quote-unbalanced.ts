/**
 * quote-unbalanced: an opening quotation mark that is never closed, or a closing mark never
 * opened — unless the quotation runs on across paragraphs, as English and uk/ru both allow, or
 * the source paragraph is unbalanced in the same way: the translation then mirrors its source
 * paragraph, and a partner mark it lost elsewhere is quote-missing's finding where it was lost.
 */
import type { LoneMark } from "../text/quotes";
import { defineRule } from "./rule";

type Role = LoneMark["role"];

function count(marks: readonly LoneMark[], role: Role): number {
  return marks.filter((mark) => mark.role === role).length;
}

export default defineRule({
  meta: {
    id: "quote-unbalanced",
    description: "A double quotation mark has no partner in the paragraph, and neither a quotation running on across paragraphs nor the source's own lone mark explains it.",
    defaultSeverity: "error",
    messages: {
      open: "Quotation mark {{mark}} is opened but never closed",
      close: "Quotation mark {{mark}} closes a quotation that was never opened",
    },
    docs: "docs/rules/quote-unbalanced.md",
  },
  check({ source, target, sourceText, targetText, report }) {
    if (!target) return;
    // Every lone mark of the source excuses one of its role in the translation. English single
    // quotes turn into uk/ru double ones, so the source's lone singles count too.
    const sourceAnalysis = source ? sourceText.quotes(source) : undefined;
    const sourceLone = sourceAnalysis ? [...sourceAnalysis.lone, ...sourceAnalysis.loneSingle] : [];
    const sourceRunsOn = sourceAnalysis?.lone.some((mark) => sourceText.continuesAcrossParagraphs(source!, mark)) ?? false;
    const lone = targetText.quotes(target).lone;
    // The source runs on here and so does the translation (maybe split into paragraphs differently).
    const runsOn = (mark: LoneMark) => targetText.continuesAcrossParagraphs(target, mark) || (sourceRunsOn && targetText.hasPartnerNearby(target, mark));
    const continued = new Set(lone.filter(runsOn));
    // Marks that run on mirror the source's first: only what is left excuses the others.
    const allowance: Record<Role, number> = {
      open: Math.max(0, count(sourceLone, "open") - count([...continued], "open")),
      close: Math.max(0, count(sourceLone, "close") - count([...continued], "close")),
    };
    // A run-on open stands last in its paragraph and a run-on close first: those mirror the source's.
    const left = lone.filter((mark) => !continued.has(mark));
    const opens = left.filter((mark) => mark.role === "open");
    const closes = left.filter((mark) => mark.role === "close");
    const mirrored = new Set([...opens.slice(Math.max(0, opens.length - allowance.open)), ...closes.slice(0, allowance.close)]);
    for (const mark of left) {
      if (!mirrored.has(mark)) report({ messageId: mark.role, data: { mark: mark.mark }, range: { start: mark.offset, end: mark.offset + 1 } });
    }
  },
});
