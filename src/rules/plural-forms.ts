/**
 * plural-forms: a plural group of the source whose translation lacks forms its language needs.
 * i18next silently shows the fallback language (English) when a Ukrainian count needs key_few
 * and the catalog has none; old v3 keys (key_0, key_1, key_2) are recognised too, and a group
 * that mixes v3 and v4 forms is reported.
 */
import { exampleCount, pluralCategories, pluralGroups } from "../text/plurals";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "plural-forms",
    description: "A plural group lacks forms the target language needs (uk and ru: one, few, many, other), or mixes i18next v3 and v4 forms.",
    defaultSeverity: "error",
    messages: {
      missing: "{{base}} lacks the {{language}} plural forms {{missing}}: for counts such as {{examples}} i18next shows the fallback language instead",
      missingV3: "{{base}} has {{found}} of the {{needed}} old-style (v3) plural forms {{language}} needs",
      mixed: "{{base}} mixes i18next v3 plural keys ({{v3}}) with v4 ones ({{v4}}): i18next reads only one kind",
    },
    docs: "docs/rules/plural-forms.md",
  },
  checkCatalog({ source, target, language, languageName, report }) {
    const sourceGroups = pluralGroups(source.paragraphs.map((p) => p.key), true);
    if (sourceGroups.size === 0) return;
    const targetGroups = pluralGroups(target.paragraphs.map((p) => p.key), false);
    const needed = pluralCategories(language);
    const byKey = new Map(target.paragraphs.map((p) => [p.key, p]));
    for (const [base, group] of sourceGroups) {
      const translated = targetGroups.get(base);
      if (!translated) continue;
      const at = byKey.get(translated.keys[0]) ?? byKey.get(base);
      if (!at) continue;
      const sourceAt = source.paragraphs.find((p) => p.key === group.keys[0]);
      if (translated.categories.size && translated.v3.size) {
        report({ messageId: "mixed", data: { base, v3: [...translated.v3].map((f) => `${base}_${f}`).join(", "), v4: [...translated.categories].map((c) => `${base}_${c}`).join(", ") } }, at, sourceAt);
        continue;
      }
      if (translated.categories.size) {
        const missing = needed.filter((category) => !translated.categories.has(category));
        if (missing.length) {
          const examples = missing.map((category) => exampleCount(language, category)).filter((n) => n !== undefined);
          report({ messageId: "missing", data: { base, language: languageName, missing: missing.map((c) => `${base}_${c}`).join(", "), missingCategories: missing, examples: examples.join(", ") } }, at, sourceAt);
        }
      } else if (translated.v3.size) {
        const neededV3 = Math.max(1, needed.length - 1);
        const found = [...translated.v3].filter((form) => /^\d$/.test(form)).length;
        if (needed.length > 2 && found < neededV3) report({ messageId: "missingV3", data: { base, found, needed: neededV3, language: languageName } }, at, sourceAt);
      }
    }
  },
});
