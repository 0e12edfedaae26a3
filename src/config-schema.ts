/**
 * The configuration's JSON Schema, built from the rule registry and the settings below: the one
 * source that the validator (config.ts), editors (docs/concord.schema.json, written by
 * `npm run schema`) and the docs read, so that a new rule or setting cannot be missing from any.
 */
import { rules } from "./rules";

export const SEVERITY_SETTINGS = ["off", "info", "warning", "error"] as const;

/** The fields of an entry of "ignores", in the order the hints name them. */
export const IGNORE_FIELDS = ["rule", "locale", "namespace", "key", "reason"] as const;

const text = (description: string) => ({ type: "string", minLength: 1, description });

/** Every setting a configuration file may hold, with its schema and description. */
function settings(): Record<string, Record<string, unknown>> {
  const ruleIds = rules.map((rule) => rule.meta.id);
  return {
    $schema: { type: "string", description: "The schema editors check this file with" },
    locales: { ...text("The folder that holds the catalogs, relative to this file's folder"), default: "locales" },
    layout: { ...text("Where catalogs lie under locales, as i18next-fs-backend loadPath says it"), examples: ["{{lng}}/{{ns}}.json", "{{lng}}.json"] },
    source: { ...text("The source locale"), default: "en" },
    targets: { type: "array", items: { type: "string", minLength: 1 }, description: "The target locales (default: every other locale)" },
    aliases: { type: "object", additionalProperties: { type: "string", minLength: 1 }, description: "Folder names read as other locales", examples: [{ ua: "uk" }] },
    rules: {
      type: "object",
      additionalProperties: false,
      description: "Severity per rule id: off, info, warning or error",
      properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, { enum: [...SEVERITY_SETTINGS], description: rule.meta.description, default: rule.meta.defaultSeverity }])),
    },
    ignores: {
      type: "array",
      description: "Findings accepted on purpose, each with the reason",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: {
          rule: { enum: ruleIds, description: "The rule whose findings are accepted" },
          locale: text("Only in this locale"),
          namespace: text("Only in this namespace"),
          key: text("Only at this key"),
          reason: { type: "string", pattern: "\\S", description: "Why this finding is accepted" },
        },
      },
    },
    baseline: { ...text("A baseline file recorded by concord baseline, relative to this file's folder") },
    glossary: {
      type: "object",
      description: "Required renderings of source terms, by target locale (glossary-term)",
      additionalProperties: { type: "object", additionalProperties: { type: "string", pattern: "\\S" } },
      examples: [{ Greenland: { uk: "Гренландія", ru: "Гренландия" } }],
    },
  };
}

/** The names of the settings, for hints ("the settings are …"). */
export function settingNames(): string[] {
  return Object.keys(settings()).filter((name) => name !== "$schema");
}

export function configSchema(): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Concord configuration",
    description: 'concord.config.json, .concordrc.json, or the "concord" key of package.json',
    type: "object",
    additionalProperties: false,
    properties: settings(),
  };
}
