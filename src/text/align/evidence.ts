/**
 * The evidence beside length that two paragraphs translate each other, as a cost: numbers, names
 * and quotations that agree lower it; ones that disagree raise it. Every coefficient is a
 * log-likelihood ratio, set by hand or by eval:align as docs/alignment.md tells.
 */
import { sameName } from "../names";
import { lowerBound, quoteShapeDifferences, SURVIVING_PUNCTUATION, termHead, type Features, type Whole } from "./features";
import { commonSorted } from "./kinship";
import type { TermWeights } from "./term-weights";

/** Per number one side writes and the other lacks. */
const NUMBER_UNMATCHED = 1.5;
/** Per number both sides write (a bonus). */
const NUMBER_MATCHED = 2;
/** Per number word whose value the other side also writes (in digits or words). */
const HINT_BONUS = 1;
/** The share of a name's weight its absence from the translation costs: names get translated (Denmark → Данія), so absence says less than presence. */
const NAME_MISSING = 0.25;
/** The consonant-skeleton letters (names.ts) the shorter of two terms must have for one to begin the other: for a name, and for a cognate (most words are not international). */
const NAME_MIN_LETTERS = 3;
const COGNATE_MIN_LETTERS = 4;
/** Per mark of SURVIVING_PUNCTUATION both sides have as often (a bonus), and per mark of difference (up to PUNCTUATION_MAX_DIFFERENCE). */
const PUNCTUATION_AGREES = 0.3;
const PUNCTUATION_DIFFERS = 0.6;
const PUNCTUATION_MAX_DIFFERENCE = 3;
/**
 * Per short cognate of the source (a word's first three skeleton letters, outside its names and
 * cognates) that a target word shares, up to STEM_MAX_MATCHED: about the log-odds of one and of
 * three shared stems between a paragraph and its translation against a neighbour's (docs/alignment.md).
 */
const STEM_MATCHED = 1;
const STEM_MAX_MATCHED = 3;
/** Per sentence counted alike (a bonus) or apart (a cost, up to SENTENCE_MAX_DIFFERENCE). */
const SENTENCE_WEIGHT = 0.8;
const SENTENCE_MAX_DIFFERENCE = 2;
/** One paragraph ends as a sentence and the other does not (a heading beside a sentence). */
const TERMINAL_MISMATCH = 3;
/** Both sides have as many quotations, some (a bonus); per quotation of difference. */
const QUOTATIONS_AGREE = 0.5;
const QUOTATION_DIFFERS = 0.7;
/** Per way two paragraphs' quote shapes differ (one opens with a quotation mark and the other not; a quotation runs on past one's end; …). */
const QUOTE_SHAPE_MISMATCH = 1;

/**
 * The evidence's cost for a link, read from the paragraphs as one (`source`, `target`: a paragraph
 * itself, or two of a merge joined), names from each part: the aligner asks millions of times.
 * `termWeights`: how much each source name says; without them, each weighs 1.
 */
export function evidenceCost(source: Whole, target: Whole, sources: Features[], targets: Features[], termWeights?: TermWeights): number {
  const common = commonSorted(source.numbers, target.numbers);
  let cost = NUMBER_UNMATCHED * (source.numbers.length + target.numbers.length - 2 * common) - NUMBER_MATCHED * common;
  if (source.hints.length + target.hints.length > 0) {
    cost -= HINT_BONUS * (commonSorted(source.hints, target.numbers) + commonSorted(source.hints, target.hints) + commonSorted(target.hints, source.numbers));
  }
  for (let p = 0; p < sources.length; p++) {
    const { names, cognates } = sources[p];
    const at = termWeights ? termWeights.offset(sources[p].position) : -1;
    const weights = termWeights?.weight;
    for (let k = 0; k < names.length; k++) {
      // A name both merged paragraphs mention is one piece of evidence, not two.
      if (p > 0 && sources[0].names.includes(names[k])) continue;
      const weight = weights && at >= 0 ? weights[at + k] : 1;
      cost += found(names[k], targets, NAME_MIN_LETTERS) ? -weight : NAME_MISSING * weight;
    }
    // Cognates only ever count for a pair: most words are not international.
    for (let k = 0; k < cognates.length; k++) {
      if (!(p > 0 && sources[0].cognates.includes(cognates[k])) && found(cognates[k], targets, COGNATE_MIN_LETTERS)) cost -= weights && at >= 0 ? weights[at + names.length + k] : 1;
    }
  }
  cost -= STEM_MATCHED * stemsShared(sources, targets);
  for (let k = 0; k < SURVIVING_PUNCTUATION.length; k++) {
    const sourceCount = source.punctuation[k];
    const targetCount = target.punctuation[k];
    cost += sourceCount === targetCount ? (sourceCount > 0 ? -PUNCTUATION_AGREES : 0) : PUNCTUATION_DIFFERS * Math.min(PUNCTUATION_MAX_DIFFERENCE, Math.abs(sourceCount - targetCount));
  }
  cost += source.sentences === target.sentences ? -SENTENCE_WEIGHT : SENTENCE_WEIGHT * Math.min(SENTENCE_MAX_DIFFERENCE, Math.abs(source.sentences - target.sentences));
  // A heading translated is still a heading; a paragraph whose last sentence ends still ends so.
  if (source.terminal !== target.terminal) cost += TERMINAL_MISMATCH;
  cost += source.quotations === target.quotations ? (source.quotations > 0 ? -QUOTATIONS_AGREE : 0) : QUOTATION_DIFFERS * Math.abs(source.quotations - target.quotations);
  if (source.quoteShape !== target.quoteShape) cost += QUOTE_SHAPE_MISMATCH * quoteShapeDifferences(source.quoteShape, target.quoteShape);
  return cost;
}

/**
 * How many of the sources' own stems (Features.stems) the targets' words share, up to
 * STEM_MAX_MATCHED. A stem both merged paragraphs have, or both halves of a split, is one piece of
 * evidence, not two.
 */
function stemsShared(sources: Features[], targets: Features[]): number {
  if (sources.length === 1 && targets.length === 1) return Math.min(STEM_MAX_MATCHED, ownStemsIn(sources[0].stems, targets[0].stems));
  let shared = 0;
  for (let p = 0; p < sources.length; p++) {
    for (const stem of sources[p].stems) {
      if ((stem & 1) === 0 || sources.slice(0, p).some((earlier) => holds(earlier.stems, stem))) continue;
      if (targets.some((target) => holds(target.stems, stem - 1) || holds(target.stems, stem))) shared++;
    }
  }
  return Math.min(STEM_MAX_MATCHED, shared);
}

/** How many own stems of `source` have their head among `target`'s stems (one merge of the two ascending lists). */
function ownStemsIn(source: Int32Array, target: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < source.length && j < target.length) {
    const a = source[i] >> 1;
    const b = target[j] >> 1;
    if (a === b) {
      shared += source[i] & 1;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared;
}

function holds(sorted: Int32Array, value: number): boolean {
  const at = lowerBound(sorted, value);
  return at < sorted.length && sorted[at] === value;
}

/** Whether a name (or cognate) is among the paragraphs' terms, across scripts (names.ts). */
function found(name: string, targets: Features[], minimum: number): boolean {
  const first = termHead(name);
  for (const { heads, terms } of targets) {
    for (let k = lowerBound(heads, first); k < heads.length && heads[k] === first; k++) if (sameName(name, terms[k], minimum)) return true;
  }
  return false;
}
