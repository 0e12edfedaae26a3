/** Memoized text analysis of one catalog, and quotations that run on across its paragraphs. */
import type { TextView } from "../rules/rule";
import type { LocaleProfile } from "../text/locales";
import { extractNumbers, type NumberToken } from "../text/numbers";
import { extractQuotes, opensWithQuote, type LoneMark, type QuoteAnalysis } from "../text/quotes";
import { withoutPlaceholders } from "../text/placeholders";
import { countScripts, type ScriptCounts } from "../text/script";
import { countSentences } from "../text/sentences";
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

/** A paragraph that quotes and ends with a dash goes on quoting in the next one. */
function reopensAfterAttribution(text: string, marks: number): boolean {
  return marks > 0 && /[\u2014\u2013]\s*$/.test(text.slice(-4));
}

export function createTextView(paragraphs: readonly Paragraph[], profile: LocaleProfile): TextView {
  const numbers = memo<NumberToken[]>((p) => extractNumbers(p.text, profile));
  const quotes = memo<QuoteAnalysis>((p) => extractQuotes(p.text, profile));
  // {{count}} and https://example.com are no English prose in a Ukrainian string.
  const scripts = memo<ScriptCounts>((p) => countScripts(withoutPlaceholders(p.text)));
  // Read by sentence-count and by the alignment's features: counted once per paragraph.
  const sentences = memo<number>((p) => countSentences(p.text, profile));
  let excused: Set<LoneMark> | undefined;
  const inside = new Set<Paragraph>();

  /**
   * English reopens a quotation on each paragraph and closes it only at the end; uk/ru and
   * sentence-split corpora may close it paragraphs later. Either way the lone marks are fine.
   */
  const resolveRunOns = (): Set<LoneMark> => {
    const result = new Set<LoneMark>();
    // Quotations still open at the end of a paragraph, innermost last: «… „… closes as “».
    let pending: LoneMark[] = [];
    let age = 0;
    let between: Paragraph[] = [];
    for (const paragraph of paragraphs) {
      const analysis = quotes(paragraph);
      const { lone, quotations } = analysis;
      const opensAtStart = opensWithQuote(paragraph.text, analysis);
      const firstOpen = lone.find((m) => m.role === "open");
      const leadingCloses = lone.filter((m) => m.role === "close" && (!firstOpen || m.offset < firstOpen.offset));
      if (pending.length) {
        if (leadingCloses.length) {
          for (const close of leadingCloses) {
            const open = pending.pop();
            if (!open) break;
            result.add(open).add(close);
          }
          for (const quoted of between) inside.add(quoted);
          if (pending.length) between.push(paragraph);
        } else if (opensAtStart && age === 0) {
          // English reopens the quotation on the very next paragraph, and only there.
          for (const open of pending) result.add(open);
          pending = [];
        } else if (lone.length > 0 || opensAtStart || ++age > MAX_RUN_ON) {
          pending = [];
        } else {
          between.push(paragraph);
        }
      }
      let lastClose = -1;
      for (const mark of lone) if (mark.role === "close") lastClose = mark.offset;
      const trailingOpens = lone.filter((m) => m.role === "open" && m.offset > lastClose);
      if (trailingOpens.length) {
        pending = trailingOpens;
        age = 0;
        between = [];
      } else if (reopensAfterAttribution(paragraph.text, quotations.length + lone.length)) {
        // «…», — сказав він. — : uk/ru reopen the quotation after the attribution with a dash.
        pending = [{ offset: paragraph.text.length, mark: "\u2014", role: "open" }];
        age = 0;
        between = [];
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
    sentences,
    hasPartnerNearby,
    continuesAcrossParagraphs(_paragraph, mark) {
      excused ??= resolveRunOns();
      return excused.has(mark);
    },
    insideRunOn(paragraph) {
      excused ??= resolveRunOns();
      return inside.has(paragraph);
    },
  };
}
