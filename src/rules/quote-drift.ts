/**
 * quote-drift: a quotation that has a counterpart, but one cut short, padded, or with other
 * numbers. Length is judged against the paragraph's own source/target ratio.
 */
import { excerpt } from "../text/quote-pairing";
import { defineRule } from "./rule";

/** Quotations shorter than this vary too much in length to judge. */
const MIN_LENGTH = 30;
/** The band of relative length a faithful quotation stays in. */
const SHORTEST = 0.5;
const LONGEST = 2;
/** A pair further apart than this share of the paragraph is too uncertain to judge. */
const MAX_PLACE_GAP = 0.2;

/**
 * Ukrainian and Russian keep the attribution inside a quotation that goes on after it
 * («Це катастрофа, — зазначила вона, — і вона росте»): it is not part of what was said.
 */
function withoutAttribution(text: string): string {
  // ", — зазначила вона, — " or ", — зазначила вона. — ": punctuation and a dash on both
  // sides. One dash alone is a copula (Ye — наиболее…; Сенаті, – це гнів), not an attribution.
  return text.replace(/[,.!?\u2026]\s*[\u2014\u2013]\s[^\u2014\u2013]*?[,.]\s*[\u2014\u2013]\s?/gu, " ");
}

export default defineRule({
  meta: {
    id: "quote-drift",
    description: "A paired quotation is far shorter or longer than the paragraph's ratio predicts, or its numbers differ.",
    defaultSeverity: "warning",
    messages: {
      shorter: "The quotation «{{quote}}» is {{percent}}% of the length expected from its source: cut short?",
      longer: "The quotation «{{quote}}» is {{percent}}% of the length expected from its source: padded?",
      numbers: "The quotation «{{quote}}» has other numbers than its source (source {{missing}}; translation {{extra}})",
    },
    docs: "docs/rules/quote-drift.md",
  },
  check({ source, target, quotePairing, report }) {
    if (!source || !target) return;
    for (const pair of quotePairing().pairs) {
      if (pair.placeGap > MAX_PLACE_GAP) continue;
      const first = pair.targets[0];
      const last = pair.targets[pair.targets.length - 1];
      const range = { start: Math.max(0, first.open), end: Math.min(target.text.length, last.close + 1) };
      const quote = excerpt(pair.targets.map((q) => q.text).join(" … "));
      const sourceLength = pair.sources.reduce((sum, q) => sum + q.text.length, 0);
      const targetLength = pair.targets.reduce((sum, q) => sum + withoutAttribution(q.text).length, 0);
      const relativeLength = (pair.relativeLength * (targetLength + 1)) / (pair.targets.reduce((sum, q) => sum + q.text.length, 0) + 1);
      if (pair.numbers.missing.length || pair.numbers.extra.length) {
        report({ messageId: "numbers", data: { quote, missing: pair.numbers.missing.join(", ") || "none", extra: pair.numbers.extra.join(", ") || "none" }, range });
      } else if (sourceLength >= MIN_LENGTH && (relativeLength < SHORTEST || relativeLength > LONGEST)) {
        const percent = Math.round(relativeLength * 100);
        report({ messageId: relativeLength < SHORTEST ? "shorter" : "longer", data: { quote, percent, relativeLength: Number(relativeLength.toFixed(2)) }, range });
      }
    }
  },
});
