/** Concord's library API: everything the CLI does, a program can do. */
export { check, type CheckOptions } from "./engine/check";
export { checkInParallel } from "./engine/parallel";
export { checkNamespace, type KernelSettings, type LoadedNamespace, type NamespaceResult } from "./engine/kernel";
export { openTree, readNamespace, readNamespaces, type NamespaceReading, type Tree } from "./catalog/tree";
export { mergeResults, parseShard, type Shard } from "./engine/shard";
export { discoverLayout, loadCatalog, type Layout, type LoadedCatalog } from "./catalog/loader";
export { parseCatalog } from "./catalog/parse";
export { formatters, type FormatterName, type FormatContext } from "./formatters";
export { rules } from "./rules";
export type { Rule, RuleContext, RuleMeta } from "./rules";
export { profiles, profileFor, type LocaleProfile } from "./text/locales";
export { extractNumbers, compareNumbers } from "./text/numbers";
export { extractQuotes } from "./text/quotes";
export { CatalogError, ConcordError, ConfigError, formatProblem } from "./errors";
export type * from "./types";
