/**
 * `concord fix`: rewrites what is safe to rewrite and changes no meaning — quotation marks to the
 * locale's style, stray white space, and uk/ru number notation where the source has the same value
 * (1.5 → 1,5; 1,250 → 1 250). Only the values it changes are rewritten: key order, indentation,
 * escapes and the final newline of the file stay byte for byte. A file that fails to parse is left
 * untouched.
 */
import { compareNumbers, extractNumbers, type NumberToken } from "../text/numbers";
import type { LocaleProfile } from "../text/locales";
import { extractQuotes, isLocaleStyle } from "../text/quotes";
import type { Catalog, Paragraph } from "../types";

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** «…» for a quotation in “…” or "…"; „…“ inside another quotation. */
function quoteEdits(text: string, profile: LocaleProfile): Edit[] {
  const edits: Edit[] = [];
  for (const quote of extractQuotes(text, profile).quotations) {
    if (isLocaleStyle(quote, profile) || quote.style === "single-straight" || quote.style === "single-curly") continue;
    const [open, close] = profile.quotes[Math.min(quote.depth, profile.quotes.length - 1)];
    edits.push({ start: quote.open, end: quote.open + 1, text: open }, { start: quote.close, end: quote.close + 1, text: close });
  }
  return edits;
}

/** Leading and trailing spaces, doubled spaces, a space before , . ; : ! ? — where the source has none of them. */
function whitespaceFixes(text: string, source: string): string {
  let fixed = text;
  if (!/^[ \t]|[ \t]$/.test(source)) fixed = fixed.replace(/^[ \t]+|[ \t]+$/g, "");
  if (!/\S {2,}\S/.test(source)) fixed = fixed.replace(/(?<=\S) {2,}(?=\S)/g, " ");
  if (!/[\p{L}\p{N}] +[,.;:!?](?:\s|$)/u.test(source)) fixed = fixed.replace(/(?<=[\p{L}\p{N}»”"')]) +(?=[,.;:!?](?:\s|$))/gu, "");
  return fixed;
}

/** 1.5 → 1,5 and 1,250 → 1 250 (NBSP) in a locale with a decimal comma, where the source has that value. */
function numberEdits(text: string, source: string, from: LocaleProfile, to: LocaleProfile): Edit[] {
  if (to.decimalSeparator !== ",") return [];
  const { matched } = compareNumbers(extractNumbers(source, from), extractNumbers(text, to));
  const edits: Edit[] = [];
  const written = (token: NumberToken) => /^\d[\d.,]*$/.exec(token.text)?.[0];
  for (const [sourceToken, targetToken] of matched) {
    const digits = written(targetToken);
    if (!digits || targetToken.times || targetToken.weak) continue;
    const value = sourceToken.values[0];
    if (/^\d+\.\d+$/.test(digits) && Number(digits) === value) {
      edits.push({ start: targetToken.start, end: targetToken.start + digits.length, text: digits.replace(".", ",") });
    } else if (/^\d{1,3}(,\d{3})+$/.test(digits) && Number(digits.replace(/,/g, "")) === value) {
      edits.push({ start: targetToken.start, end: targetToken.start + digits.length, text: digits.replace(/,/g, "\u00A0") });
    }
  }
  return edits;
}

function fixOnce(text: string, source: string | undefined, from: LocaleProfile, to: LocaleProfile): string {
  let fixed = applyEdits(text, quoteEdits(text, to));
  if (source !== undefined) {
    fixed = applyEdits(fixed, numberEdits(fixed, source, from, to));
    fixed = whitespaceFixes(fixed, source);
  }
  return fixed;
}

/** Each pass only ever replaces marks, spaces and separators that are not the locale's. */
const MAX_PASSES = 5;

/**
 * The fixed text of a translated paragraph (the same text when nothing is safe to fix). Fixing one
 * quotation can change how its neighbours' marks read (Так"“”" → Так"«»"), so passes repeat until
 * nothing changes: a second run of fix then changes nothing.
 */
export function fixParagraph(text: string, source: string | undefined, from: LocaleProfile, to: LocaleProfile): string {
  let fixed = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = fixOnce(fixed, source, from, to);
    if (next === fixed) break;
    fixed = next;
  }
  return fixed;
}

/** The catalog's file text with the fixed values written in place; everything else byte for byte. */
export function fixCatalog(target: Catalog, sources: ReadonlyMap<string, Paragraph>, from: LocaleProfile, to: LocaleProfile): { content: string; changed: string[] } {
  const edits: Edit[] = [];
  const changed: string[] = [];
  for (const paragraph of target.paragraphs) {
    const fixed = fixParagraph(paragraph.text, sources.get(paragraph.key)?.text, from, to);
    if (fixed === paragraph.text) continue;
    changed.push(paragraph.key);
    edits.push({ start: paragraph.valueOffset, end: paragraph.valueOffset + paragraph.valueLength, text: JSON.stringify(fixed) });
  }
  return { content: edits.length ? applyEdits(target.content, edits) : target.content, changed };
}
