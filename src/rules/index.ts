/** Every rule Concord has, sorted by id. */
import emptyParagraph from "./empty-paragraph";
import endPunctuation from "./end-punctuation";
import extraParagraph from "./extra-paragraph";
import glossaryTerm from "./glossary-term";
import lengthRatio from "./length-ratio";
import mergedParagraph from "./merged-paragraph";
import missingParagraph from "./missing-paragraph";
import mixedScript from "./mixed-script";
import numberMismatch from "./number-mismatch";
import numberNotation from "./number-notation";
import placeholderMismatch from "./placeholder-mismatch";
import pluralForms from "./plural-forms";
import quoteDrift from "./quote-drift";
import quoteExtra from "./quote-extra";
import quoteMissing from "./quote-missing";
import quoteStyle from "./quote-style";
import quoteUnbalanced from "./quote-unbalanced";
import type { Rule } from "./rule";
import sentenceCount from "./sentence-count";
import shiftedParagraph from "./shifted-paragraph";
import splitParagraph from "./split-paragraph";
import staleTranslation from "./stale-translation";
import untranslatedParagraph from "./untranslated-paragraph";
import whitespace from "./whitespace";
import wrongLanguage from "./wrong-language";

export const rules: readonly Rule[] = [
  emptyParagraph,
  endPunctuation,
  extraParagraph,
  glossaryTerm,
  lengthRatio,
  mergedParagraph,
  missingParagraph,
  mixedScript,
  numberMismatch,
  numberNotation,
  placeholderMismatch,
  pluralForms,
  quoteDrift,
  quoteExtra,
  quoteMissing,
  quoteStyle,
  quoteUnbalanced,
  sentenceCount,
  shiftedParagraph,
  splitParagraph,
  staleTranslation,
  untranslatedParagraph,
  whitespace,
  wrongLanguage,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));

export type { Rule, RuleContext, RuleMeta, TextEdit, TextView } from "./rule";
