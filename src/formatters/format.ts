/** What every formatter receives besides the result. */
import type { RuleMeta } from "../rules/rule";

export interface RuleDocs {
  /** The rule's page at the released version (built from package.json). */
  url?: string;
  /** The page itself, Markdown (SARIF help.markdown). */
  markdown?: string;
}

export interface FormatContext {
  /** Colour the output (a terminal that shows ANSI colours). */
  color: boolean;
  toolVersion: string;
  /** Every rule's metadata, for formats that describe the rules (SARIF). */
  rules?: readonly RuleMeta[];
  /** Each rule's help link and page, by rule id (see formatContext in ./context). */
  ruleDocs?: Readonly<Record<string, RuleDocs>>;
  /** The project's home page, for formats that name the tool with a link. */
  homepage?: string;
  /** A catalog's text by the path findings show, for formats that count columns in UTF-8 bytes (rdjsonl). */
  fileText?: (file: string) => string | undefined;
  /** The run fails on its warnings (--max-warnings exceeded): JUnit counts them as failures too. */
  warningsFail?: boolean;
}

export type { RunResult } from "../types";
