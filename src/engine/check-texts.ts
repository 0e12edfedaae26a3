/**
 * Checks one namespace held in memory — the source catalog and its targets, as texts already read —
 * through the same kernel check() uses (text views, the alignment over all targets, siblings as
 * witnesses, the rules), then the configuration's ignores. `concord fix` re-checks its fixed
 * texts with it, pass after pass, without writing them.
 */
import type { Catalog, Finding, SeveritySetting } from "../types";
import { activeRules } from "./check";
import { checkNamespace } from "./kernel";
import { applyIgnores, type IgnoreRule } from "./pipeline";

export interface TextsSettings {
  rules?: Record<string, SeveritySetting>;
  ignores?: IgnoreRule[];
  glossary?: Record<string, Record<string, string>>;
}

/** One target of the namespace: its catalog and the language its locale is read as (an alias applied). */
export interface TargetText {
  catalog: Catalog;
  language: string;
}

/** The findings of each target, in the order given. */
export function checkTexts(source: TargetText, targets: readonly TargetText[], settings: TextsSettings = {}): Finding[][] {
  const { findings } = checkNamespace(
    {
      namespace: source.catalog.namespace,
      source: { locale: source.catalog.locale, language: source.language, catalog: source.catalog },
      targets: targets.map(({ catalog, language }) => ({ locale: catalog.locale, language, file: catalog.file, catalog })),
    },
    { active: activeRules(settings.rules), ...(settings.glossary ? { glossary: settings.glossary } : {}) },
  );
  const kept = applyIgnores(findings, settings.ignores ?? []).kept;
  return targets.map(({ catalog }) => kept.filter((finding) => finding.locale === catalog.locale));
}
