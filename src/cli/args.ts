/**
 * What every command shares: the streams it writes to, the shape of its arguments, and the options
 * several commands take, defined once so that their help reads the same everywhere. Light on
 * purpose (types and plain data): the dispatcher loads it for every command, `--help` included.
 */
import type { Argv } from "yargs";
import type { OptionSpec } from "./direct";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command's module: its options (for parsing and help) and what it does; returns the exit code. */
export interface Command<A = CheckArgs> {
  options(command: Argv): Argv;
  run(args: A, io: Io): Promise<number>;
  /** Its positional and options, when plain arguments may be read without yargs (direct.ts). */
  direct?: { positional: string; options: Readonly<Record<string, OptionSpec>> };
}

export const FORMATS = ["stylish", "json", "sarif", "junit", "github", "markdown", "html", "gitlab", "rdjsonl"] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckArgs {
  paths?: string[];
  locales?: string;
  config?: string;
  baseline?: string;
  layout?: string;
  source?: string;
  targets?: string[];
  namespace?: string[];
  format?: string[];
  "output-file"?: string;
  /** The old name of --output-file. */
  output?: string;
  "max-warnings"?: unknown;
  color?: boolean;
  "print-config"?: boolean;
  since?: string;
  "only-changed"?: boolean;
  quiet?: boolean;
  rule?: string[];
  watch?: boolean;
  jobs?: string;
  shard?: string;
  cache?: boolean;
  "cache-location"?: string;
}

/** `--targets uk,ru --targets be`: the items, split at commas; undefined when none is given. */
export function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(",")).map((item) => item.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

/** -o/--output-file, or its old name --output. */
export function outputFileOf(args: { "output-file"?: string; output?: string; out?: string }): string | undefined {
  return args["output-file"] ?? args.output ?? args.out;
}

export const CATALOG_OPTIONS = {
  locales: { type: "string", describe: "Folder with one folder per locale: <locales>/<lng>/<namespace>.json (default: locales)" },
  config: { alias: "c", type: "string", describe: "Configuration file (default: concord.config.json, .concordrc.json or package.json's \"concord\")" },
  layout: { type: "string", describe: 'Where catalogs lie under --locales: "{{lng}}/{{ns}}.json" (default) or "{{lng}}.json"; found by itself when not given' },
  source: { type: "string", describe: "Source locale (default: en)" },
  targets: { type: "string", array: true, describe: "Target locales, comma-separated (default: every other locale folder)" },
} as const;

/** The output options, one name in every command: -f/--format and -o/--output-file (--output, its old name, still read). */
export function outputOptions(formats: string, outputFile = "Write the (first) report to this file instead of standard output; missing folders are made") {
  return {
    format: { alias: "f", type: "string", array: true, describe: formats },
    "output-file": { alias: "o", type: "string", describe: outputFile },
    output: { type: "string", hidden: true, describe: "Old name of --output-file" },
  } as const;
}

export const REPORT_OPTIONS = {
  color: { type: "boolean", describe: "Colour standard output or not (--no-color); by default on a terminal, unless FORCE_COLOR=0, NO_COLOR or TERM=dumb (FORCE_COLOR=1 forces it)" },
  "max-warnings": { type: "string", describe: "Exit 1 when there are more warnings than this whole number" },
} as const;

export const PATHS = { type: "string", array: true, describe: "The locales folder (as --locales does), or catalog files: their namespaces only (default: the configured locales folder)" } as const;
