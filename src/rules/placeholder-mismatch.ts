/**
 * placeholder-mismatch: interpolations, nesting, tags, URLs and e-mail addresses must survive
 * translation as a multiset; a renamed variable ({{userName}} → {{username}}) is named as such.
 */
import { editDistance, extractPlaceholders, type Placeholder } from "../text/placeholders";
import { defineRule } from "./rule";

function key(placeholder: Placeholder): string {
  return `${placeholder.kind}\u0000${placeholder.name}`;
}

export default defineRule({
  meta: {
    id: "placeholder-mismatch",
    description: "An interpolation ({{name}}), nesting ($t(key)), tag (<0>, <strong>), URL or e-mail address of the source is missing, renamed or added in the translation.",
    defaultSeverity: "error",
    messages: {
      renamed: "The variable {{expected}} is renamed {{found}} in the translation: i18next will not fill it",
      missing: "{{kind}} {{expected}} of the source is missing in the translation",
      extra: "{{kind}} {{found}} in the translation is not in the source",
    },
    docs: "docs/rules/placeholder-mismatch.md",
  },
  check({ source, target, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const wanted = extractPlaceholders(source.text);
    const found = extractPlaceholders(target.text);
    if (wanted.length === 0 && found.length === 0) return;
    const left = new Map<string, Placeholder[]>();
    for (const placeholder of found) left.set(key(placeholder), [...(left.get(key(placeholder)) ?? []), placeholder]);
    const missing: Placeholder[] = [];
    for (const placeholder of wanted) {
      const same = left.get(key(placeholder));
      if (same?.length) same.shift();
      else missing.push(placeholder);
    }
    const extra = [...left.values()].flat().sort((a, b) => a.start - b.start);
    for (const lost of missing) {
      const renamed = lost.kind === "interpolation" ? extra.find((e) => e.kind === "interpolation" && (e.name.toLowerCase() === lost.name.toLowerCase() || editDistance(e.name, lost.name) <= 2)) : undefined;
      if (renamed) {
        extra.splice(extra.indexOf(renamed), 1);
        report({ messageId: "renamed", data: { expected: lost.text, found: renamed.text, kind: lost.kind }, range: { start: renamed.start, end: renamed.end } });
      } else {
        report({ messageId: "missing", data: { expected: lost.text, kind: lost.kind } });
      }
    }
    for (const added of extra) report({ messageId: "extra", data: { found: added.text, kind: added.kind }, range: { start: added.start, end: added.end } });
  },
});
