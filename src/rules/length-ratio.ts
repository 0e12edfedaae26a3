/**
 * length-ratio: a translation far shorter or longer than the catalog's own typical ratio for this
 * language pair — learned from the catalog (the median target/source length over its paragraphs,
 * robust to outliers), so a language that runs 15 % longer is not penalised. A dropped sentence in
 * a two-sentence paragraph shows here first.
 */
import { defineRule } from "./rule";

/** Paragraphs shorter than this vary too much in length to judge. */
const MIN_SOURCE_LENGTH = 60;
/** The band around the catalog's median ratio a translation stays in. */
const SHORTEST = 0.55;
const LONGEST = 1.8;

export default defineRule({
  meta: {
    id: "length-ratio",
    description: "The translation is far shorter or longer than the catalog's typical target/source length ratio (a sentence dropped, or added).",
    defaultSeverity: "warning",
    messages: {
      shorter: "The translation is {{percent}}% of the length this catalog's translations usually have for such a source: a sentence may be missing",
      longer: "The translation is {{percent}}% of the length this catalog's translations usually have for such a source: something may be added",
    },
    docs: "docs/rules/length-ratio.md",
  },
  check({ source, target, catalogRatio, report }) {
    if (!source || !target || catalogRatio === undefined || source.text.length < MIN_SOURCE_LENGTH || target.text.trim() === "") return;
    const relative = target.text.length / source.text.length / catalogRatio;
    if (relative < SHORTEST || relative > LONGEST) {
      report({ messageId: relative < SHORTEST ? "shorter" : "longer", data: { percent: Math.round(relative * 100), relative: Number(relative.toFixed(2)), median: Number(catalogRatio.toFixed(2)) } });
    }
  },
});
