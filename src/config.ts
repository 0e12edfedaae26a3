/**
 * The configuration file: concord.config.json, .concordrc.json, or a "concord" key in package.json.
 * Validated with messages that name the path of the bad value, its line and column, and what is allowed.
 */
import { existsSync, readFileSync } from "fs";
import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import path from "path";
import { ConfigError } from "./errors";
import { rulesById } from "./rules";
import type { SeveritySetting } from "./types";

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
const SEVERITIES = ["off", "info", "warning", "error"];
const KEYS: Record<string, string> = { $schema: "string", locales: "string", layout: "string", source: "string", targets: "string[]", aliases: "object", rules: "object", ignores: "array", baseline: "string", glossary: "object" };

interface Located {
  file: string;
  text: string;
  root: Node | undefined;
  base: (string | number)[];
}

function fail(at: Located, where: (string | number)[], message: string, hint: string): never {
  const node = at.root ? findNodeAtLocation(at.root, [...at.base, ...where]) : undefined;
  let line: number | undefined;
  let column: number | undefined;
  if (node) {
    const before = at.text.slice(0, node.offset);
    line = (before.match(/\n/g)?.length ?? 0) + 1;
    column = node.offset - before.lastIndexOf("\n");
  }
  const shownPath = where.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("").replace(/^\./, "");
  throw new ConfigError({ code: "bad-config", message: `${shownPath ? `"${shownPath}": ` : ""}${message}`, hint, file: at.file, line, column });
}

function validate(value: unknown, at: Located): Config {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(at, [], "the configuration must be a JSON object", 'write { "locales": "locales", "rules": { … } }');
  const config = value as Record<string, unknown>;
  for (const [key, entry] of Object.entries(config)) {
    const kind = KEYS[key];
    if (!kind) fail(at, [key], `unknown setting "${key}"`, `the settings are ${Object.keys(KEYS).filter((k) => k !== "$schema").join(", ")}`);
    if (kind === "string" && typeof entry !== "string") fail(at, [key], "must be a string", `write "${key}": "…"`);
    if (kind === "string[]" && !(Array.isArray(entry) && entry.every((item) => typeof item === "string"))) fail(at, [key], "must be a list of locale codes", `write "${key}": ["uk", "ru"]`);
  }
  if (config.aliases !== undefined) {
    if (typeof config.aliases !== "object" || config.aliases === null || Array.isArray(config.aliases)) fail(at, ["aliases"], "must be an object of folder names and locales", 'write "aliases": { "ua": "uk" }');
    for (const [name, locale] of Object.entries(config.aliases)) if (typeof locale !== "string") fail(at, ["aliases", name], "must be a locale code", 'write "ua": "uk"');
  }
  if (config.glossary !== undefined) {
    if (typeof config.glossary !== "object" || config.glossary === null || Array.isArray(config.glossary)) fail(at, ["glossary"], "must be an object of source terms", 'write "glossary": { "Greenland": { "uk": "Гренландія", "ru": "Гренландия" } }');
    for (const [term, renderings] of Object.entries(config.glossary)) {
      if (typeof renderings !== "object" || renderings === null || Array.isArray(renderings)) fail(at, ["glossary", term], "must be an object of locales and renderings", `write "${term}": { "uk": "…", "ru": "…" }`);
      for (const [locale, rendering] of Object.entries(renderings)) if (typeof rendering !== "string" || rendering.trim() === "") fail(at, ["glossary", term, locale], "must be the required rendering", `write "${locale}": "…"`);
    }
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== "object" || config.rules === null || Array.isArray(config.rules)) fail(at, ["rules"], "must be an object of rule ids and severities", 'write "rules": { "quote-style": "off" }');
    for (const [id, setting] of Object.entries(config.rules)) {
      if (!rulesById.has(id)) fail(at, ["rules", id], `unknown rule "${id}"`, `rules are: ${[...rulesById.keys()].join(", ")}`);
      if (typeof setting !== "string" || !SEVERITIES.includes(setting)) fail(at, ["rules", id], `must be one of ${SEVERITIES.join(", ")} (got ${JSON.stringify(setting)})`, `write "${id}": "warning"`);
    }
  }
  if (config.ignores !== undefined) {
    if (!Array.isArray(config.ignores)) fail(at, ["ignores"], "must be a list", 'write "ignores": [{ "rule": "number-mismatch", "locale": "ru", "key": "p12", "reason": "…" }]');
    config.ignores.forEach((ignore, index) => {
      if (typeof ignore !== "object" || ignore === null) fail(at, ["ignores", index], "must be an object", 'write { "rule": "…", "key": "…", "reason": "…" }');
      const entry = ignore as Record<string, unknown>;
      for (const key of Object.keys(entry)) if (!["rule", "locale", "namespace", "key", "reason"].includes(key)) fail(at, ["ignores", index, key], `unknown field "${key}"`, "an ignore has rule, locale, namespace, key and reason");
      if (typeof entry.rule !== "string" || !rulesById.has(entry.rule)) fail(at, ["ignores", index, "rule"], `must name a rule (got ${JSON.stringify(entry.rule)})`, `rules are: ${[...rulesById.keys()].join(", ")}`);
      if (typeof entry.reason !== "string" || entry.reason.trim() === "") fail(at, ["ignores", index, entry.reason === undefined ? "rule" : "reason"], "an ignore needs a reason", 'say why: "reason": "the source rounds, the translation does not"');
      for (const key of ["locale", "namespace", "key"]) if (entry[key] !== undefined && typeof entry[key] !== "string") fail(at, ["ignores", index, key], "must be a string", `write "${key}": "…"`);
    });
  }
  return config as Config;
}

function read(file: string, base: (string | number)[], pick: (parsed: unknown) => unknown): Config {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError({ code: "bad-config", message: `Invalid JSON: ${(error as Error).message}`, hint: "fix the JSON syntax", file });
  }
  return validate(pick(parsed), { file, text, root: parseTree(text), base });
}

/** The configuration for a folder: the file named, else the first of concord.config.json, .concordrc.json, package.json's "concord". */
export function loadConfig(cwd: string, explicit?: string): { config: Config; file?: string } {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError({ code: "missing-config", message: "The configuration file does not exist", hint: "check the --config path", file: explicit });
    return { config: read(file, [], (parsed) => parsed), file: explicit };
  }
  for (const name of CONFIG_FILES) {
    const file = path.join(cwd, name);
    if (existsSync(file)) return { config: read(file, [], (parsed) => parsed), file: name };
  }
  const manifest = path.join(cwd, "package.json");
  if (existsSync(manifest)) {
    const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { concord?: unknown };
    if (parsed.concord !== undefined) return { config: read(manifest, ["concord"], (value) => (value as { concord: unknown }).concord), file: "package.json" };
  }
  return { config: {} };
}
