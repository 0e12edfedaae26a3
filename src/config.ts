/**
 * The configuration file: concord.config.json, .concordrc.json, or a "concord" key in package.json.
 * Validated against the schema of config-schema.ts (ajv); every problem names its file, line and
 * column, the path of the bad value, and what to write instead.
 */
import type { ErrorObject, Options, ValidateFunction } from "ajv";
import { lstatSync, readFileSync, statSync } from "fs";
import { findNodeAtLocation, parseTree, type Node, type ParseError } from "jsonc-parser";
import { syntaxError } from "./catalog/parse";
import path from "path";
import { configSchema, IGNORE_FIELDS, SEVERITY_SETTINGS, settingNames } from "./config-schema";
import { ConfigError } from "./errors";
import { rules } from "./rules";
import type { InputProblem, SeveritySetting } from "./types";
import { lineColumnAt } from "./text/position";

export interface Ignore {
  rule: string;
  locale?: string;
  namespace?: string;
  key?: string;
  reason: string;
}

export interface Config {
  locales?: string;
  layout?: string;
  source?: string;
  targets?: string[];
  aliases?: Record<string, string>;
  rules?: Record<string, SeveritySetting>;
  ignores?: Ignore[];
  baseline?: string;
  glossary?: Record<string, Record<string, string>>;
}

export const CONFIG_FILES = ["concord.config.json", ".concordrc.json"];

/** Several problems of one configuration file, each printed on its own line. */
export class ConfigProblems extends ConfigError {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(problems[0]);
    this.problems = problems;
  }
}

interface Located {
  /** The file as messages show it. */
  file: string;
  text: string;
  root: Node | undefined;
  /** Where the configuration sits in the file: [] or ["concord"] in package.json. */
  base: (string | number)[];
}

/** Parses strict JSON; a syntax error is a ConfigError at its line and column. */
export function parseJsonFile(text: string, file: string): { value: unknown; root: Node | undefined } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  let value: unknown;
  try {
    // JSON.parse keeps "__proto__" an own key, where building objects by assignment would not.
    value = JSON.parse(text);
  } catch (error) {
    const first = errors[0];
    const offset = first?.offset ?? Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    const worded = first ? syntaxError(first.error) : { message: `Invalid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/s, "")}`, hint: "fix the JSON syntax" };
    throw new ConfigError({ code: "bad-json", ...worded, file, ...lineColumnAt(text, offset) });
  }
  return { value, root };
}

/** A value's path as a message names it: rules.quote-style, ignores[0]. */
export function shownPath(where: readonly (string | number)[]): string {
  return where.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("").replace(/^\./, "");
}

function problemAt(at: Located, where: (string | number)[], message: string, hint: string, atKey = false): InputProblem {
  let node = at.root ? findNodeAtLocation(at.root, [...at.base, ...where]) : undefined;
  // For an unknown name, point at the name rather than its value.
  if (node && atKey && node.parent?.type === "property") node = node.parent.children?.[0];
  const shown = shownPath(where);
  return { code: "bad-config", message: `${shown ? `"${shown}": ` : ""}${message}`, hint, file: at.file, ...(node ? lineColumnAt(at.text, node.offset) : {}) };
}

/** How ajv compiles the schema, here and in the build (scripts/postbuild.js writes dist/config-validate.js). */
export const VALIDATOR_OPTIONS: Options = { allErrors: true, strict: false };

/**
 * The schema's validator: the build's precompiled one when it is there (loading and compiling with
 * ajv cost more than the rest of a small check), else compiled by ajv (running from the sources).
 */
function validator(): ValidateFunction {
  let built: ValidateFunction | undefined;
  try {
    built = require("./config-validate") as ValidateFunction;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw error;
  }
  if (built) return built;
  const { default: Ajv } = require("ajv") as typeof import("ajv");
  return new Ajv(VALIDATOR_OPTIONS).compile(configSchema());
}

let compiled: ValidateFunction | undefined;
function validateSchema(value: unknown): ErrorObject[] {
  compiled ??= validator();
  return compiled(value) ? [] : (compiled.errors ?? []);
}
const ruleIds = () => rules.map((rule) => rule.meta.id).join(", ");

function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** One ajv error in the user's words: what is wrong and what to write. */
function explain(error: ErrorObject, value: unknown, at: Located): InputProblem {
  const where = pathOf(error.instancePath);
  const last = where[where.length - 1];
  const name = typeof last === "string" ? last : "value";
  const inIgnore = where[0] === "ignores" && where.length >= 2;
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const key = [...where, extra];
      if (where.length === 0) return problemAt(at, key, `unknown setting "${extra}"`, `the settings are ${settingNames().join(", ")}`, true);
      if (where[0] === "rules") return problemAt(at, key, `unknown rule "${extra}"`, `rules are: ${ruleIds()}`, true);
      return problemAt(at, key, `unknown field "${extra}"`, `an ignore has ${IGNORE_FIELDS.join(", ")}`, true);
    }
    case "required": {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return missing === "reason"
        ? problemAt(at, where, "an ignore needs a reason", 'say why: "reason": "the source rounds, the translation does not"')
        : problemAt(at, where, `an ignore needs a "${missing}"`, 'name the rule: "rule": "number-mismatch"');
    }
    case "enum":
      if (inIgnore) return problemAt(at, where, `must name a rule (got ${JSON.stringify(value)})`, `rules are: ${ruleIds()}`);
      return problemAt(at, where, `must be one of ${SEVERITY_SETTINGS.join(", ")} (got ${JSON.stringify(value)})`, `write "${name}": "warning"`);
    case "type": {
      const type = (error.params as { type: string }).type;
      const example = type === "array" ? '["uk", "ru"]' : type === "object" ? "{ … }" : '"…"';
      const what = type === "array" ? "a list" : type === "object" ? "an object" : `a ${type}`;
      return problemAt(at, where, `must be ${what} (got ${JSON.stringify(value) ?? "nothing"})`, where.length === 0 ? 'write { "locales": "locales", "rules": { … } }' : `write "${name}": ${example}`);
    }
    case "minLength":
    case "pattern":
      return problemAt(at, where, "must not be empty", `write "${name}": "…"`);
    default:
      return problemAt(at, where, error.message ?? "is not allowed here", "see docs/concord.schema.json");
  }
}

function valueAt(root: unknown, where: (string | number)[]): unknown {
  let value = root;
  for (const part of where) value = value !== null && typeof value === "object" && Object.hasOwn(value, part) ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}

/** Null-prototype copies of the maps a configuration holds, so that a name never reaches Object.prototype. */
function ownMap<T>(value: Record<string, T> | undefined): Record<string, T> | undefined {
  return value === undefined ? undefined : Object.assign(Object.create(null) as Record<string, T>, value);
}

function validate(value: unknown, at: Located): Config {
  const errors = validateSchema(value);
  if (errors.length) throw new ConfigProblems(errors.map((error) => explain(error, valueAt(value, pathOf(error.instancePath)), at)));
  const config = value as Config;
  return {
    ...config,
    ...(config.rules ? { rules: ownMap(config.rules) } : {}),
    ...(config.aliases ? { aliases: ownMap(config.aliases) } : {}),
    ...(config.glossary ? { glossary: ownMap(config.glossary) } : {}),
  };
}

/** Is there a configuration file at `file`? A link to nothing or a folder there is an error, never "no". */
function present(file: string, shown: string): boolean {
  try {
    lstatSync(file);
  } catch {
    return false;
  }
  let stats: import("fs").Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new ConfigError({ code: "bad-config-file", message: `The configuration file is a link to nothing (${(error as NodeJS.ErrnoException).code ?? "error"})`, hint: "point the link at the configuration, or remove it", file: shown });
  }
  if (!stats.isFile()) throw new ConfigError({ code: "bad-config-file", message: stats.isDirectory() ? "The configuration path is a folder, not a file" : "The configuration path is not a regular file (a device, a FIFO or a socket)", hint: "name the JSON file itself, e.g. --config concord.config.json", file: shown });
  return true;
}

function readText(file: string, shown: string): string {
  try {
    return readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new ConfigError({ code: "bad-config-file", message: `Cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? "error"})`, hint: "check the file's permissions", file: shown });
  }
}

/** Paths in a configuration file are relative to its folder; the run needs them relative to cwd. */
function rebase(config: Config, folder: string, cwd: string): Config {
  const from = (setting: string) => path.relative(cwd, path.resolve(folder, setting)) || ".";
  return { ...config, ...(config.locales !== undefined ? { locales: from(config.locales) } : {}), ...(config.baseline !== undefined ? { baseline: from(config.baseline) } : {}) };
}

interface Candidate {
  /** The file as messages show it. */
  shown: string;
  text: string;
  base: (string | number)[];
}

/** package.json's value, asking only JSON.parse when it is valid: its syntax tree (parseJsonFile) serves only to place an error. */
function manifestValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return parseJsonFile(text, "package.json").value;
  }
}

/** The configuration files of a folder: each present one, and package.json when it has "concord". */
function candidates(cwd: string): Candidate[] {
  const found: Candidate[] = [];
  for (const name of CONFIG_FILES) {
    const file = path.join(cwd, name);
    if (present(file, name)) found.push({ shown: name, text: readText(file, name), base: [] });
  }
  const manifest = path.join(cwd, "package.json");
  if (present(manifest, "package.json")) {
    const text = readText(manifest, "package.json");
    const value = manifestValue(text);
    if (value !== null && typeof value === "object" && Object.hasOwn(value, "concord")) found.push({ shown: "package.json", text, base: ["concord"] });
  }
  return found;
}

function readCandidate(candidate: Candidate): Config {
  const { value, root } = parseJsonFile(candidate.text, candidate.shown);
  return validate(valueAt(value, candidate.base), { file: candidate.shown, text: candidate.text, root, base: candidate.base });
}

/**
 * The configuration for a folder: the file named, else the one of concord.config.json,
 * .concordrc.json and package.json's "concord" that the folder has (two of them are an error:
 * which one wins would be a guess). `locales` and `baseline` come back relative to `cwd`.
 */
export function loadConfig(cwd: string, explicit?: string): { config: Config; file?: string } {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!present(file, explicit)) throw new ConfigError({ code: "missing-config", message: "The configuration file does not exist", hint: "check the --config path", file: explicit });
    const isManifest = path.basename(file) === "package.json";
    const candidate = { shown: explicit, text: readText(file, explicit), base: isManifest ? ["concord"] : [] };
    return { config: rebase(readCandidate(candidate), path.dirname(file), cwd), file: explicit };
  }
  const found = candidates(cwd);
  if (found.length > 1) {
    throw new ConfigError({ code: "two-configs", message: `Two configuration files in one folder: ${found.map((c) => c.shown).join(" and ")}`, hint: "keep one of them (or pass --config FILE)", file: found[0].shown });
  }
  if (found.length === 0) return { config: {} };
  return { config: rebase(readCandidate(found[0]), cwd, cwd), file: found[0].shown };
}
