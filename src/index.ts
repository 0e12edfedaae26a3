/** Concord's library API: everything the CLI does, a program can do. */
export { check, type CheckOptions } from "./engine/check";
export { checkInParallel } from "./engine/parallel";
export { checkTexts, type TargetText, type TextsSettings } from "./engine/check-texts";
export { fixTree, fixTexts, type FixOptions, type FixResult, type FixedFile, type FixedText } from "./fix/run";
export { applyFixes } from "./fix/apply";
export { mergeResults, parseShard, type Shard } from "./engine/shard";
export { discoverLayout, loadCatalog, type Layout, type LoadedCatalog } from "./catalog/loader";
export { parseCatalog } from "./catalog/parse";
export { formatters, formatContext, type FormatterName, type FormatContext } from "./formatters";
export { terminalSafe } from "./formatters/escape";
export { rules } from "./rules";
export type { Rule, RuleContext, RuleMeta, TextEdit } from "./rules";
export { profiles, profileFor, type LocaleProfile } from "./text/locales";
export { extractNumbers, compareNumbers } from "./text/numbers";
export { extractQuotes } from "./text/quotes";
export { CatalogError, ConcordError, ConfigError, formatProblem } from "./errors";
export type * from "./types";
