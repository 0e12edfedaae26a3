/**
 * i18next plural groups: v4 suffixes (key_one, key_few, key_many, key_other) checked against each
 * language's CLDR categories (Intl.PluralRules), and old v3 ones (key_plural; key_0, key_1, key_2).
 * A key ending in _one is a plural only when it has plural siblings, among them _other (every
 * language has that category): arrowhead_crowfoot_one with arrowhead_crowfoot_many are shape names.
 */
const V4 = /^(.+)_(zero|one|two|few|many|other)$/;
const V3_INDEX = /^(.+)_(\d)$/;
const V3_PLURAL = /^(.+)_plural$/;

export interface PluralGroup {
  base: string;
  /** v4 categories present, and v3 forms present (indexes, or "plural"). */
  categories: Set<string>;
  v3: Set<string>;
  keys: string[];
}

/** The plural groups of a list of keys; with `requireSiblings`, only bases with two forms or more. */
export function pluralGroups(keys: readonly string[], requireSiblings: boolean): Map<string, PluralGroup> {
  const groups = new Map<string, PluralGroup>();
  const group = (base: string) => {
    let found = groups.get(base);
    if (!found) {
      found = { base, categories: new Set(), v3: new Set(), keys: [] };
      groups.set(base, found);
    }
    return found;
  };
  const all = new Set(keys);
  for (const key of keys) {
    let match = V4.exec(key);
    if (match) {
      group(match[1]).categories.add(match[2]);
      group(match[1]).keys.push(key);
      continue;
    }
    match = V3_PLURAL.exec(key) ?? V3_INDEX.exec(key);
    if (match && (all.has(match[1]) || !requireSiblings || V3_INDEX.test(key))) {
      const form = key.endsWith("_plural") ? "plural" : key.slice(-1);
      group(match[1]).v3.add(form);
      group(match[1]).keys.push(key);
    }
  }
  for (const [base, found] of groups) {
    if (all.has(base) && found.v3.size) found.keys.unshift(base);
    const size = found.categories.size + found.v3.size + (all.has(base) && found.v3.size ? 1 : 0);
    const complete = found.categories.has("other") || found.v3.has("plural") || (found.v3.size > 0 && found.categories.size === 0);
    if (requireSiblings && (size < 2 || !complete)) groups.delete(base);
  }
  return groups;
}

const categoryCache = new Map<string, string[]>();

/** The CLDR plural categories a language needs: en one, other; uk and ru one, few, many, other. */
export function pluralCategories(language: string): string[] {
  let categories = categoryCache.get(language);
  if (!categories) {
    try {
      categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
    } catch {
      categories = ["one", "other"];
    }
    categoryCache.set(language, categories);
  }
  return categories;
}

/** A count that falls into a category, for the message: few → 2, many → 5. */
export function exampleCount(language: string, category: string): number | undefined {
  const rules = new Intl.PluralRules(language);
  for (let n = 0; n <= 200; n++) if (rules.select(n) === category) return n;
  return undefined;
}
