/** The core types shared by the loader, engine, rules and formatters. */

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

/** UTF-16 offsets into a paragraph's decoded text. */
export interface Range {
  start: number;
  end: number;
}

/** One translatable value of a catalog: a paragraph of the article, in reading order. */
export interface Paragraph {
  key: string;
  text: string;
  /** 1-based line and column of the value's opening quote in the file. */
  line: number;
  column: number;
  /** Offset of the value's opening quote in the file text (after a BOM is removed). */
  valueOffset: number;
  /** Length of the value as written in the file, quotes included. */
  valueLength: number;
}

/** One language version of one namespace. */
export interface Catalog {
  locale: string;
  namespace: string;
  file: string;
  paragraphs: Paragraph[];
  /** The file's text (BOM removed): kept so that ranges can be turned into lines and columns. */
  content: string;
}

/**
 * One text edit in the catalog file: replace file text [range[0], range[1]) by `text` (already
 * JSON-escaped for the file). Offsets count UTF-16 units of the file's text without its BOM, as
 * editors show it; line and columns are 1-based like the finding's.
 */
export interface FixEdit {
  range: [number, number];
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  locale: string;
  namespace: string;
  key: string;
  sourceKey?: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  data: Record<string, unknown>;
  /** The edit that repairs what the finding reports, when its rule can (`concord fix` applies it). */
  fix?: FixEdit;
  /** The text around the range the finding is about, for reports: `text.slice(start, end)` is the range. */
  snippet?: Snippet;
  /** The start of the source paragraph, for reports that show source and translation side by side. */
  sourceExcerpt?: string;
  /** A hash of the rule and both paragraphs' texts: what a baseline entry matches (not printed). */
  textHash?: string;
  /** The range inside the paragraph, and which side's paragraph it is (for the HTML report; not printed). */
  range?: Range;
  side?: "source" | "target";
}

/** One paragraph in a report cell. */
export interface ReportCell {
  key: string;
  text: string;
}

/** A row of the side-by-side report: a source paragraph and what each target holds for it. */
export interface ReportRow {
  source?: ReportCell;
  /** Per target locale: the aligned paragraphs (none when dropped, two when split). */
  targets: Record<string, ReportCell[]>;
  /** Per target locale: this source paragraph was merged into the previous row's translation. */
  merged?: Record<string, boolean>;
}

export interface ReportNamespace {
  namespace: string;
  rows: ReportRow[];
}

/** A paragraph pair that was checked (listed for JUnit, where each pair is a test case). */
export interface CheckedPair {
  locale: string;
  namespace: string;
  key: string;
}

export interface Snippet {
  text: string;
  start: number;
  end: number;
}

/** A problem with the input itself (unreadable file, bad JSON, bad option): exit code 2. */
export interface InputProblem {
  code: string;
  message: string;
  hint: string;
  file?: string;
  line?: number;
  column?: number;
  /** Set when the problem kept this locale's catalog of this namespace from being checked. */
  unchecked?: { locale: string; namespace: string };
}

export interface RunSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** With a baseline: findings hidden because the baseline has them, and baseline entries now fixed. */
  baselineHidden?: number;
  baselineFixed?: number;
  /** Findings hidden by the configuration's ignores. */
  ignored?: number;
  files: number;
  namespaces: number;
  paragraphs: number;
}

export interface RunResult {
  source: string;
  targets: string[];
  findings: Finding[];
  problems: InputProblem[];
  /** Things worth saying that are not problems (an alias applied): printed on stderr, no effect on the exit code. */
  notices: string[];
  summary: RunSummary;
  /** The share of the namespaces this run checked (`--shard 2/3`), 1-based. */
  shard?: { index: number; count: number };
  /** A digest of the effective configuration and tool version: `merge` joins only reports that share it. */
  configDigest?: string;
  /** The paragraph pairs checked, as a shard's JSON report carries them (else read from `alignment`). */
  pairs?: CheckedPair[];
  /** Each namespace's alignment, when asked for (CheckOptions.alignment): the HTML rows and JUnit cases are read from it. */
  alignment?: AlignedNamespace[];
}

/** One target's alignment with the source, by positions in each catalog's reading order (-1: none). */
export interface AlignedTarget {
  locale: string;
  paragraphs: ReportCell[];
  /** [source position, target position] of each pair checked, in the order checked. */
  pairs: Array<[number, number]>;
  events: Array<{ kind: "shift" | "swap" | "merge" | "split"; sources: number[]; targets: number[] }>;
}

/** A namespace's alignment as plain data: the source's paragraphs and each target's. */
export interface AlignedNamespace {
  namespace: string;
  source: ReportCell[];
  targets: AlignedTarget[];
}
