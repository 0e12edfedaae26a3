/**
 * Whether a translated quotation holds all of its source or stops short: its length against what
 * the text around it predicts, its sentences, and whether it stops on a word no sentence ends on.
 */
import type { LocaleProfile } from "./locales";
import type { QuotePair } from "./quote-pairing";
import { sameName, termSkeletons } from "./names";
import { countSentences } from "./sentences";
import { APOSTROPHE, classOf, DIGIT, HYPHEN, LETTER, SURROGATE } from "./word-runs";

/** Characters of the catalog's ratio weighed in with the paragraph's own text outside the quotation. */
const PRIOR_WEIGHT = 60;
/** A comma, semicolon, colon or dash just before the closing mark. */
const CLAUSE_MARK = /[,;:\u2013\u2014-]\s*$/u;
const LAST_WORD = /[\p{L}'’ʼ-]{1,64}(?=[^\p{L}\p{N}]*$)/u;
const WORD_UNIT = LETTER | APOSTROPHE | HYPHEN;

/**
 * What LAST_WORD matches in `text` ("" when nothing), found from the end by char code: the
 * expression tries every offset and reads the rest of the text from each.
 */
export function lastWordOf(text: string): string {
  if (SURROGATE.test(text)) return LAST_WORD.exec(text)?.[0] ?? "";
  // `after`: where the text's last letter or digit ends; the match ends at or beyond it.
  let after = text.length;
  while (after > 0 && (classOf(text.charCodeAt(after - 1)) & (LETTER | DIGIT)) === 0) after--;
  let start: number;
  let end: number;
  if (after > 0 && (classOf(text.charCodeAt(after - 1)) & LETTER) !== 0) {
    // The run of word units through the last letter, of which the leftmost 64 that reach it.
    let first = after - 1;
    while (first > 0 && (classOf(text.charCodeAt(first - 1)) & WORD_UNIT) !== 0) first--;
    end = after;
    while (end < text.length && (classOf(text.charCodeAt(end)) & WORD_UNIT) !== 0) end++;
    start = Math.max(first, after - 64);
  } else {
    // After a digit or in a text without letters: the first apostrophe or hyphen after it.
    start = after;
    while (start < text.length && (classOf(text.charCodeAt(start)) & WORD_UNIT) === 0) start++;
    if (start === text.length) return "";
    end = start;
    while (end < text.length && (classOf(text.charCodeAt(end)) & WORD_UNIT) !== 0) end++;
  }
  return text.slice(start, Math.min(end, start + 64));
}

export interface QuoteLength {
  /** The quotation's target/source length over the ratio of the text around it (1 = as expected). */
  share: number;
  /** Source quotation's sentences, and the translation's. */
  sourceSentences: number;
  targetSentences: number;
  /** The translation stops on a word no sentence ends on (a preposition, a conjunction), or on a comma its language puts outside. */
  dangling: boolean;
  /** Names of the source quotation that the translation's quotation does not hold. */
  missingNames: number;
  sourceNames: number;
  /** The source quotation itself stops on such a word (a fragment quoted mid-sentence). */
  sourceDangling: boolean;
  /** The part of the source quotation the translation's length leaves uncovered. */
  missingPart: string;
}

/** The text of a target quotation without the attribution the language puts inside it («…, — сказав він, — …»). */
export function spokenText(text: string, profile: LocaleProfile): string {
  return profile.attribution ? text.replace(profile.attribution, " ") : text;
}

/**
 * Reads one pair. `ratio` is the catalog's usual target/source ratio when known: the words
 * around a quotation are often few (— сказав він), so their own ratio is weighed with it.
 */
export function quoteLength(pair: QuotePair, paragraphs: { source: string; target: string }, ratio: number | undefined, from: LocaleProfile, to: LocaleProfile): QuoteLength {
  const sourceQuote = pair.sources.map((q) => q.text).join(" ");
  const targetQuote = pair.targets.map((q) => spokenText(q.text, to)).join(" ");
  const sourceAround = Math.max(0, paragraphs.source.length - pair.sources.reduce((sum, q) => sum + q.text.length + 2, 0));
  const targetAround = Math.max(0, paragraphs.target.length - pair.targets.reduce((sum, q) => sum + q.text.length + 2, 0)) + (pair.targets.reduce((sum, q) => sum + q.text.length, 0) - targetQuote.length);
  const prior = ratio ?? (paragraphs.target.length + 1) / (paragraphs.source.length + 1);
  const expected = (targetAround + PRIOR_WEIGHT * prior) / (sourceAround + PRIOR_WEIGHT);
  const share = (targetQuote.trim().length + 1) / (sourceQuote.trim().length + 1) / expected;
  const lastWord = lastWordOf(targetQuote.trimEnd()).toLowerCase();
  const sourceLast = lastWordOf(sourceQuote.trimEnd()).toLowerCase();
  const sourceNames = termSkeletons(sourceQuote, from).names;
  const targetTerms = termSkeletons(targetQuote, to);
  const held = [...targetTerms.names, ...targetTerms.cognates];
  const missingNames = sourceNames.filter((name) => !held.some((other) => sameName(name, other))).length;
  const cut = Math.max(0, Math.min(sourceQuote.length, Math.round(sourceQuote.length * Math.min(1, share))));
  const wordStart = sourceQuote.slice(cut).search(/(?<=\s)\S/);
  return {
    share,
    sourceSentences: countSentences(sourceQuote, from),
    targetSentences: countSentences(targetQuote, to),
    dangling: (/[\p{L}]$/u.test(targetQuote.trimEnd()) && to.sentences.dangling.includes(lastWord)) || (to.sentences.commaOutsideQuotes && CLAUSE_MARK.test(targetQuote.slice(-3))),
    missingNames,
    sourceNames: sourceNames.length,
    sourceDangling: from.sentences.dangling.includes(sourceLast),
    missingPart: sourceQuote.slice(wordStart >= 0 ? cut + wordStart : cut).trim(),
  };
}
