/**
 * What the command line's options mean, decided in one place for every command: where each report
 * goes, whether it is coloured, which catalogs the paths name, and the effective configuration
 * (--print-config, and the digest that `merge` compares).
 */
import { createHash } from "../hash";
import { existsSync, readdirSync, statSync } from "fs";
import path from "path";
import { compilePattern, DEFAULT_LAYOUT } from "../catalog/loader";
import { ConfigError } from "../errors";
import { rules } from "../rules";
import type { SeveritySetting } from "../types";

export interface Output {
  format: string;
  file?: string;
}

/**
 * `-f stylish -f sarif=concord.sarif -o out.txt`: each report and where it goes (`-o` takes the
 * first one without a file). Two reports on standard output would run into each other: refused.
 */
export function parseOutputs(given: readonly string[], outputFile: string | undefined, known: readonly string[]): Output[] {
  const outputs = given.map((entry): Output => {
    const [format, file] = entry.split("=", 2);
    if (!known.includes(format)) throw new ConfigError({ code: "unknown-format", message: `Unknown format "${format}"`, hint: `choose from ${known.join(", ")}` });
    return { format, ...(file ? { file } : {}) };
  });
  if (outputFile) {
    const first = outputs.find((output) => !output.file);
    if (first) first.file = outputFile;
  }
  const onStdout = outputs.filter((output) => !output.file);
  if (onStdout.length > 1) {
    throw new ConfigError({
      code: "two-stdout-formats",
      message: `${onStdout.map((o) => o.format).join(" and ")} would both go to standard output`,
      hint: `send all but one to a file: --format ${onStdout[1].format}=concord.${onStdout[1].format}`,
    });
  }
  return outputs;
}

/**
 * Whether standard output gets colours, as ESLint and chalk decide: --color/--no-color first, then
 * FORCE_COLOR (0 off; 1, 2, 3 or empty on), then NO_COLOR (set and not empty: off), TERM=dumb (off),
 * and otherwise whether it is a terminal.
 */
export function colorEnabled(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === "0" || force === "false");
  if (env.NO_COLOR) return false;
  if (env.TERM === "dumb") return false;
  return Boolean(isTTY);
}

/** `--max-warnings 10`: a whole number of warnings, or a usage error (never NaN, never ignored). */
export function maxWarningsOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (!/^\d+$/.test(text)) throw new ConfigError({ code: "bad-max-warnings", message: `--max-warnings ${text} is not a whole number`, hint: "write e.g. --max-warnings 0 (no warning allowed) or --max-warnings 10" });
  return Number(text);
}

export interface Scope {
  locales?: string;
  namespaces?: string[];
}

function kindOf(file: string, shown: string): "folder" | "file" {
  try {
    return statSync(file).isDirectory() ? "folder" : "file";
  } catch (error) {
    throw new ConfigError({ code: "missing-path", message: `No such file or folder (${(error as NodeJS.ErrnoException).code ?? "error"})`, hint: "pass the locales folder (concord check locales/) or one catalog file", file: shown });
  }
}

/** The namespace a catalog file holds, read back through the layout from the locales folder. */
function namespaceOf(root: string, file: string, layout: string): string | undefined {
  const relative = path.relative(root, file).split(path.sep).join("/");
  if (relative.startsWith("..")) return undefined;
  const compiled = compilePattern(layout);
  const match = compiled.regex.exec(relative);
  if (!match?.groups) return undefined;
  return compiled.hasNamespace ? match.groups.ns : "translation";
}

/**
 * `concord check locales/` or `concord check locales/uk/article.json`: the locales folder the paths
 * lie in and, for catalog files, their namespaces only. A file outside the locales folder set by
 * --locales or the configuration is read as <locales>/<lng>/<ns>.json when another locale has a
 * file of that name, else as <locales>/<lng>.json (guessLayout).
 */
export function scopeOfPaths(paths: readonly string[], cwd: string, locales: string | undefined, layout: string | undefined): Scope {
  if (paths.length === 0) return {};
  let root: string | undefined;
  let whole = false;
  const namespaces = new Set<string>();
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    let here: string;
    if (kindOf(full, given) === "folder") {
      here = full;
      whole = true;
    } else {
      const configured = locales !== undefined ? path.resolve(cwd, locales) : undefined;
      const inConfigured = configured !== undefined ? namespaceOf(configured, full, layout ?? DEFAULT_LAYOUT) : undefined;
      const guessed = layout ?? guessLayout(full);
      here = inConfigured !== undefined ? configured! : ancestor(full, guessed.split("/").length);
      const namespace = inConfigured ?? namespaceOf(here, full, guessed);
      if (namespace === undefined) throw new ConfigError({ code: "not-a-catalog", message: "This file is not a catalog of the layout", hint: `catalogs lie at <locales>/${guessed}`, file: given });
      namespaces.add(namespace);
    }
    if (root !== undefined && root !== here) {
      throw new ConfigError({ code: "two-locales-folders", message: `The paths lie in two locales folders (${path.relative(cwd, root) || "."} and ${path.relative(cwd, here) || "."})`, hint: "check one locales folder per run", file: given });
    }
    root = here;
  }
  return { locales: path.relative(cwd, root!) || ".", ...(whole ? {} : { namespaces: [...namespaces].sort() }) };
}

function ancestor(file: string, levels: number): string {
  let folder = file;
  for (let level = 0; level < levels; level++) folder = path.dirname(folder);
  return folder;
}

/**
 * The layout of a lone catalog file: <locales>/<lng>/<ns>.json when another locale's folder beside
 * its own has a file of the same name (locales/en/article.json beside locales/uk/article.json),
 * else <locales>/<lng>.json.
 */
function guessLayout(file: string): string {
  const own = path.dirname(file);
  const parent = path.dirname(own);
  let siblings: string[];
  try {
    siblings = readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(parent, entry.name));
  } catch {
    siblings = [];
  }
  return siblings.some((folder) => folder !== own && existsSync(path.join(folder, path.basename(file)))) ? DEFAULT_LAYOUT : "{{lng}}.json";
}

export interface EffectiveConfig {
  locales: string;
  layout: string | null;
  source: string | null;
  targets: string[] | null;
  namespaces: string[] | null;
  aliases: Record<string, string>;
  rules: Record<string, SeveritySetting>;
  ignores: unknown[];
  glossary: Record<string, Record<string, string>>;
  baseline: string | null;
  since: string | null;
  onlyChanged: boolean;
}

/** The settings a check runs with, every rule's severity included: what --print-config shows. */
export function effectiveConfig(options: {
  locales: string; layout?: string; source?: string; targets?: string[]; namespaces?: string[]; aliases?: Record<string, string>;
  rules?: Record<string, SeveritySetting>; ignores?: unknown[]; glossary?: Record<string, Record<string, string>>; baselineFile?: string; since?: string; onlyChanged?: boolean;
}): EffectiveConfig {
  const severity = (id: string, fallback: SeveritySetting) => (options.rules && Object.hasOwn(options.rules, id) ? options.rules[id] : fallback);
  return {
    locales: options.locales,
    layout: options.layout ?? null,
    source: options.source ?? null,
    targets: options.targets ?? null,
    namespaces: options.namespaces ?? null,
    aliases: { ...options.aliases },
    rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, severity(rule.meta.id, rule.meta.defaultSeverity)])),
    ignores: options.ignores ?? [],
    glossary: { ...options.glossary },
    baseline: options.baselineFile ?? null,
    since: options.since ?? null,
    onlyChanged: Boolean(options.onlyChanged),
  };
}

/**
 * A digest of what decides a run's findings, besides the catalogs: the effective configuration
 * (less the namespaces, which shards divide) and the tool's version. Shards to merge must share it.
 */
export function configDigest(config: EffectiveConfig, toolVersion: string): string {
  const { namespaces: _divided, ...deciding } = config;
  return `sha256:${createHash("sha256").update(JSON.stringify({ toolVersion, ...deciding })).digest("hex").slice(0, 32)}`;
}
