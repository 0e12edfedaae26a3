/**
 * Checks one namespace held in memory — the source catalog and its targets, as texts already read —
 * the way check() checks it on disk: text views, the alignment over all targets (siblings witness
 * each other), the rules, the configuration's ignores. `concord fix` re-checks its fixed texts
 * with it, pass after pass, without writing them.
 */
import { CatalogResources } from "../catalog/resources";
import { profileFor } from "../text/locales";
import type { Catalog, Finding, SeveritySetting } from "../types";
import { alignNamespaceTargets, featuresOfSide, type KeyLookup } from "./alignment";
import { activeRules } from "./check";
import { compareCatalogs } from "./compare";
import { applyIgnores, type IgnoreRule } from "./pipeline";
import { createTextView } from "./text-view";

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
  const active = activeRules(settings.rules);
  const resources = new CatalogResources();
  const from = profileFor(source.language);
  const sourceSide = { catalog: source.catalog, profile: from, text: createTextView(source.catalog.paragraphs, from) };
  resources.add(source.catalog);
  const sides = targets.map(({ catalog, language }) => {
    resources.add(catalog);
    const profile = profileFor(language);
    const lookup: KeyLookup = (side, key) => resources.lookup(side === "source" ? source.catalog.locale : catalog.locale, catalog.namespace, key);
    return { side: { catalog, profile, text: createTextView(catalog.paragraphs, profile) }, lookup };
  });
  const alignments = sides.length ? alignNamespaceTargets(sourceSide, sides, featuresOfSide(sourceSide)) : [];
  return sides.map(({ side }, t) => {
    const found = compareCatalogs({ source: sourceSide, target: side, ...alignments[t], ...(settings.glossary ? { glossary: settings.glossary } : {}) }, active);
    return applyIgnores(found, settings.ignores ?? []).kept;
  });
}
