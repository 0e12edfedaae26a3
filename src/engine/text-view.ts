/** Memoized text analysis of one catalog, and quotations that run on across its paragraphs. */
import type { TextView } from "../rules/rule";
import type { LocaleProfile } from "../text/locales";
import { extractNumbers, type NumberToken } from "../text/numbers";
import { extractQuotes, type LoneMark, type QuoteAnalysis } from "../text/quotes";
import { countScripts, type ScriptCounts } from "../text/script";
import type { Paragraph } from "../types";

/** How many paragraphs a quotation may run on before its missing close counts as missing. */
const MAX_RUN_ON = 6;

function memo<T>(compute: (paragraph: Paragraph) => T): (paragraph: Paragraph) => T {
  const cache = new Map<Paragraph, T>();
  return (paragraph) => {
    let value = cache.get(paragraph);
    if (value === undefined) {
      value = compute(paragraph);
      cache.set(paragraph, value);
    }
    return value;
  };
}

export function createTextView(paragraphs: readonly Paragraph[], profile: LocaleProfile): TextView {
  const numbers = memo<NumberToken[]>((p) => extractNumbers(p.text, profile));
  const quotes = memo<QuoteAnalysis>((p) => extractQuotes(p.text, profile));
  const scripts = memo<ScriptCounts>((p) => countScripts(p.text));
  let excused: Set<LoneMark> | undefined;

  /**
   * English reopens a quotation on each paragraph and closes it only at the end; uk/ru and
   * sentence-split corpora may close it paragraphs later. Either way the lone marks are fine.
   */
  const resolveRunOns = (): Set<LoneMark> => {
    const result = new Set<LoneMark>();
    let pending: LoneMark | undefined;
    let age = 0;
    for (const paragraph of paragraphs) {
      const { lone, quotations } = quotes(paragraph);
      const firstChar = paragraph.text.search(/\S/);
      const opensAtStart = firstChar >= 0 && (lone.some((m) => m.role === "open" && m.offset === firstChar) || quotations.some((q) => q.open === firstChar));
      const firstClose = lone.find((m) => m.role === "close");
      if (pending) {
        if (firstClose && !lone.some((m) => m.role === "open" && m.offset < firstClose.offset)) {
          result.add(pending).add(firstClose);
          pending = undefined;
        } else if (opensAtStart) {
          result.add(pending);
          pending = undefined;
        } else if (lone.length > 0 || ++age > MAX_RUN_ON) {
          pending = undefined;
        }
      }
      const last = lone[lone.length - 1];
      if (last && last.role === "open") {
        pending = last;
        age = 0;
      }
    }
    return result;
  };

  let indexOf: Map<Paragraph, number> | undefined;
  const hasPartnerNearby = (paragraph: Paragraph, mark: LoneMark): boolean => {
    indexOf ??= new Map(paragraphs.map((p, i) => [p, i]));
    const here = indexOf.get(paragraph);
    if (here === undefined) return false;
    const step = mark.role === "open" ? 1 : -1;
    const wanted = mark.role === "open" ? "close" : "open";
    for (let i = here + step, n = 0; n < MAX_RUN_ON && i >= 0 && i < paragraphs.length; i += step, n++) {
      if (quotes(paragraphs[i]).lone.some((other) => other.role === wanted)) return true;
    }
    return false;
  };

  return {
    profile,
    numbers,
    quotes,
    scripts,
    hasPartnerNearby,
    continuesAcrossParagraphs(_paragraph, mark) {
      excused ??= resolveRunOns();
      return excused.has(mark);
    },
  };
}
