/**
 * quote-drift: a quotation that has a counterpart, but one cut short, padded, or with other
 * numbers. Length is judged against the text around the quotation and the catalog's own ratio,
 * and against the sibling translation's quotation when the namespace has one; a quotation that
 * stops on a word no sentence ends on is cut whatever its length.
 */
import { quoteLength, spokenText } from "../text/quote-length";
import { excerpt, pairQuotations, type QuotePair, type QuotePairing } from "../text/quote-pairing";
import { defineRule, type Sibling } from "./rule";

/** Quotations shorter than this vary too much in length to judge. */
const MIN_LENGTH = 30;
/**
 * Without a sibling: below this share of its expected length a quotation is cut short on length
 * alone; a short quotation varies more (I stand here in front of you → Я стою перед вами).
 */
const SHORTEST = 0.5;
const SHORTEST_BRIEF = 0.35;
const BRIEF = 60;
/** With fewer sentences than its source, this share is enough. */
const SHORT_WITH_SIGN = 0.72;
/** With most of the source quotation's names missing from it. */
const SHORT_WITHOUT_NAMES = 0.6;
/**
 * With a sibling translation of the same quotation (Ukrainian and Russian quotations run close
 * in length): cut short when log(share) / 2 + log(share / sibling's share) falls below this —
 * shorter than the sibling's and short itself.
 */
const BESIDE_SIBLING = -0.7;
/** …and at least a fifth shorter than the sibling's: two translators who agree on a short quotation are not both wrong. */
const SIBLING_AT_MOST = 0.8;
const LONGEST = 2;
/** A pair further apart than this share of the paragraph is too uncertain to judge. */
const MAX_PLACE_GAP = 0.2;

export default defineRule({
  meta: {
    id: "quote-drift",
    description: "A paired quotation is cut short or padded against what its paragraph predicts, or its numbers differ.",
    defaultSeverity: "warning",
    messages: {
      truncated: "The quotation «{{quote}}» stops short of its source ({{percent}}% of the expected length): «{{missing}}» has no counterpart",
      longer: "The quotation «{{quote}}» is {{percent}}% of the length expected from its source: padded?",
      numbers: "The quotation «{{quote}}» has other numbers than its source (source {{missing}}; translation {{extra}})",
    },
    docs: "docs/rules/quote-drift.md",
  },
  check({ source, target, quotePairing, catalogRatio, siblings, sourceText, from, to, report }) {
    if (!source || !target) return;
    // Paired only when a quotation is in doubt: most paragraphs never need their siblings'.
    let pairedSiblings: Array<{ sibling: Sibling; pairing: QuotePairing }> | undefined;
    const siblingPairings = () =>
      (pairedSiblings ??= (siblings ?? []).map((sibling) => {
        const shape = { sourceLength: source.text.length, targetLength: sibling.paragraph.text.length };
        return { sibling, pairing: pairQuotations(sourceText.quotes(source).spans, sibling.text.quotes(sibling.paragraph).spans, shape, from, sibling.profile) };
      }));
    /** Two source quotations joined into one here that the sibling translates one by one: one of them is lost. */
    const splitBySibling = (pair: QuotePair): boolean =>
      pair.sources.length > 1 && siblingPairings().some(({ pairing }) => pair.sources.every((q) => pairing.pairs.some((other) => other.sources.length === 1 && other.sources[0] === q)));
    /** How long the sibling translation's counterpart of the same source quotation runs, as a share. */
    const siblingShareOf = (pair: QuotePair): number | undefined => {
      for (const { sibling, pairing } of siblingPairings()) {
        const counterpart = pairing.pairs.find((other) => other.sources.length === pair.sources.length && other.sources.every((q, i) => q === pair.sources[i]));
        if (counterpart && !counterpart.targets.some((q) => q.partial)) return quoteLength(counterpart, { source: source.text, target: sibling.paragraph.text }, catalogRatio, from, sibling.profile).share;
      }
      return undefined;
    };
    const pairing = quotePairing();
    // One quotation on each side pairs with no doubt, wherever the translation moved it.
    const alone = pairing.pairs.length === 1 && pairing.unpairedSource.length === 0 && pairing.unpairedTarget.length === 0;
    for (const pair of pairing.pairs) {
      const placed = alone || pair.placeGap <= MAX_PLACE_GAP;
      const first = pair.targets[0];
      const last = pair.targets[pair.targets.length - 1];
      const range = { start: Math.max(0, first.open), end: Math.min(target.text.length, last.close + 1) };
      const quote = excerpt(pair.targets.map((q) => q.text).join(" … "));
      if (placed && (pair.numbers.missing.length || pair.numbers.extra.length)) {
        report({ messageId: "numbers", data: { quote, missing: pair.numbers.missing.join(", ") || "none", extra: pair.numbers.extra.join(", ") || "none" }, range });
        continue;
      }
      const sourceLength = pair.sources.reduce((sum, q) => sum + q.text.length, 0);
      if (sourceLength < MIN_LENGTH || [...pair.sources, ...pair.targets].some((q) => q.partial)) continue;
      const length = quoteLength(pair, { source: source.text, target: target.text }, catalogRatio, from, to);
      // A quotation that stops on "and" or on a comma inside its marks is cut, whatever it pairs with.
      const dangling = length.dangling && !length.sourceDangling;
      if (!placed && !dangling) continue;
      const fewerSentences = length.targetSentences < length.sourceSentences;
      const namesLost = length.missingNames > 0 && length.missingNames * 2 >= length.sourceNames;
      // A sibling with no counterpart of the quotation cannot vouch for its length; length alone then decides only without siblings.
      const siblingShare = length.share < 1 ? siblingShareOf(pair) : undefined;
      const cut =
        dangling ||
        (length.share < SHORTEST && splitBySibling(pair)) ||
        (siblingShare !== undefined
          ? length.share < SIBLING_AT_MOST * siblingShare && Math.log(length.share) / 2 + Math.log(length.share / siblingShare) < BESIDE_SIBLING
          : siblings === undefined &&
            pair.placeGap <= MAX_PLACE_GAP &&
            (length.share < (sourceLength < BRIEF ? SHORTEST_BRIEF : SHORTEST) || (length.share < SHORT_WITH_SIGN && fewerSentences) || (length.share < SHORT_WITHOUT_NAMES && namesLost)));
      if (cut) {
        const data = { quote, percent: Math.round(length.share * 100), share: Number(length.share.toFixed(2)), missing: excerpt(length.missingPart) || "…", dangling, sourceSentences: length.sourceSentences, targetSentences: length.targetSentences };
        report({ messageId: "truncated", data, range });
        continue;
      }
      const targetLength = pair.targets.reduce((sum, q) => sum + spokenText(q.text, to).length, 0);
      const relativeLength = (pair.relativeLength * (targetLength + 1)) / (pair.targets.reduce((sum, q) => sum + q.text.length, 0) + 1);
      if (relativeLength > LONGEST) report({ messageId: "longer", data: { quote, percent: Math.round(relativeLength * 100), relativeLength: Number(relativeLength.toFixed(2)) }, range });
    }
  },
});
