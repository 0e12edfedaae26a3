/** What a rule is: metadata (id, severity, message templates, docs) and a pure check. */
import type { LocaleProfile } from "../text/locales";
import type { NumberToken } from "../text/numbers";
import type { QuotePairing } from "../text/quote-pairing";
import type { QuoteAnalysis, LoneMark } from "../text/quotes";
import type { ScriptCounts } from "../text/script";
import type { Catalog, Paragraph, Range, Severity, SeveritySetting } from "../types";

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  /** Message templates by message id: "Number {{missing}} is missing". */
  messages: Record<string, string>;
  /** Path of the rule's docs page, relative to the package root. */
  docs: string;
  /** True when the rule passes a `fix` with its reports (and only then). */
  fixable?: boolean;
}

/** The analysis of one side's paragraphs, computed once per paragraph and shared by all rules. */
export interface TextView {
  readonly profile: LocaleProfile;
  numbers(paragraph: Paragraph): NumberToken[];
  quotes(paragraph: Paragraph): QuoteAnalysis;
  scripts(paragraph: Paragraph): ScriptCounts;
  /** Sentences in the paragraph (abbreviations and initials not counted as ends). */
  sentences(paragraph: Paragraph): number;
  /** True when a lone mark is explained by a quotation running on across paragraphs. */
  continuesAcrossParagraphs(paragraph: Paragraph, mark: LoneMark): boolean;
  /** True when the paragraph lies inside a quotation opened and closed in other paragraphs. */
  insideRunOn(paragraph: Paragraph): boolean;
  /** True when a mark of the opposite role stands alone within a few paragraphs (after an open, before a close). */
  hasPartnerNearby(paragraph: Paragraph, mark: LoneMark): boolean;
}

export type Glossary = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** One edit of a paragraph's decoded text: replace [range.start, range.end) by `text`. */
export interface TextEdit {
  range: Range;
  text: string;
}

export interface Report {
  messageId: string;
  data?: Record<string, unknown>;
  range?: Range;
  /**
   * Edits within the reported paragraph that repair the finding, non-overlapping (ESLint's fix);
   * the engine joins them into one FixEdit in file offsets.
   */
  fix?: readonly TextEdit[];
  /** The most this finding weighs: below the rule's severity for weaker evidence, never above it. */
  severity?: Severity;
  /** Which side the finding points at; the target when there is one. */
  side?: "source" | "target";
  /**
   * The message id the finding is the same finding as, for baselines and caches: a summary of a
   * habit worded with its count stays the finding its place had before the habit was counted.
   */
  sameAs?: string;
}

/** The same source paragraph translated into another target language of the namespace. */
export interface Sibling {
  paragraph: Paragraph;
  profile: LocaleProfile;
  text: TextView;
}

export interface RuleContext {
  /** At least one of the two is present. */
  source?: Paragraph;
  target?: Paragraph;
  /** For a paragraph left unpaired by the alignment: the other side's paragraph with its key. */
  sameKey?: Paragraph;
  /** Required renderings of source terms, by target language: { "Greenland": { "uk": "Гренландія" } }. */
  glossary?: Glossary;
  /** The median target/source length ratio of the namespace's aligned pairs (undefined under five pairs). */
  catalogRatio?: number;
  /** With --since: the texts both paragraphs' keys had at that revision (undefined: no such key then). */
  previous?: { ref: string; source?: string; target?: string };
  /** The source paragraph's translations into the namespace's other targets: undefined when the namespace has none, empty when none of them pairs this paragraph one to one. */
  siblings?: readonly Sibling[];
  from: LocaleProfile;
  to: LocaleProfile;
  sourceText: TextView;
  targetText: TextView;
  /** Source and target quotations paired by content (computed once, shared by the quote rules). */
  quotePairing(): QuotePairing;
  report(report: Report): void;
}

/** A change of structure found by aligning the paragraphs by content. */
export interface StructureContext {
  kind: "shift" | "swap" | "merge" | "split";
  /** In reading order; for a swap, sources[k] is translated by targets[k]. */
  sources: Paragraph[];
  targets: Paragraph[];
  /** For a shift: how many places the translations moved (negative: up, to earlier keys). */
  offset?: number;
  from: LocaleProfile;
  to: LocaleProfile;
  report(report: Omit<Report, "side">): void;
}

/** A whole pair of catalogs: for checks that need every key at once (plural groups, a translator's habits). */
export interface CatalogContext {
  source: Catalog;
  target: Catalog;
  /** The paragraph pairs the alignment found, in reading order (the ones `check` sees one by one). */
  pairs: ReadonlyArray<{ readonly source?: Paragraph; readonly target?: Paragraph }>;
  /** The target's language code (an alias applied: ua → uk). */
  language: string;
  languageName: string;
  report(report: Omit<Report, "side">, at: Paragraph, sourceParagraph?: Paragraph): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Checks a whole pair of catalogs once. */
  checkCatalog?(context: CatalogContext): void;
  /** Checks one pair of paragraphs. */
  check?(context: RuleContext): void;
  /** Checks one structural event of a namespace. */
  checkStructure?(context: StructureContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Severity };
