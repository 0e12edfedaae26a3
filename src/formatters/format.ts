/** What every formatter receives besides the result. */
export interface FormatContext {
  /** Colour the output (a terminal that shows ANSI colours). */
  color: boolean;
  toolVersion: string;
}

export type { RunResult } from "../types";
