/** What every formatter receives besides the result. */
import type { RuleMeta } from "../rules/rule";

export interface FormatContext {
  /** Colour the output (a terminal that shows ANSI colours). */
  color: boolean;
  toolVersion: string;
  /** Every rule's metadata, for formats that describe the rules (SARIF). */
  rules?: readonly RuleMeta[];
}

export type { RunResult } from "../types";
