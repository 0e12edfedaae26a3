/**
 * glossary-term: a term of the glossary (configuration "glossary": { "Greenland": { "uk":
 * "Гренландія", "ru": "Гренландия" } }) appears in the source, and the translation lacks its
 * required rendering in any inflected form. Forms are matched by stem: the required term with up
 * to two final vowels or signs dropped (Гренландія → Гренланд-: Гренландії, Гренландію), whole
 * when it is four letters or fewer (НАТО).
 */
import { escapeRegExp } from "../text/escape";
import { stemOf } from "../text/stems";
import { defineRule } from "./rule";

/** Each term's pattern compiled once for the run, not once per paragraph pair (the glossary is small and fixed). */
const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    if (patterns.size >= 4096) patterns.clear();
    patterns.set(pattern, (regex = new RegExp(pattern, "u")));
  }
  return regex;
}

export default defineRule({
  meta: {
    id: "glossary-term",
    description: "A glossary term of the source is not rendered as the glossary requires (in any inflected form) in the translation.",
    defaultSeverity: "warning",
    messages: {
      missing: "The source says “{{term}}”; the glossary wants “{{required}}” in {{language}}, and the translation has no form of it",
    },
    docs: "docs/rules/glossary-term.md",
  },
  check({ source, target, to, glossary, report }) {
    if (!source || !target || !glossary || target.text.trim() === "") return;
    const targetLower = target.text.toLowerCase();
    for (const [term, renderings] of Object.entries(glossary)) {
      const required = renderings[to.id];
      if (!required) continue;
      // A pattern matches only where its literal text occurs: `includes` spares compiling and running most of them.
      if (!source.text.includes(term) || !compiled(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`).test(source.text)) continue;
      const stem = stemOf(required, to);
      if (!targetLower.includes(stem) || !compiled(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem)}`).test(targetLower)) {
        report({ messageId: "missing", data: { term, required, language: to.name, stem } });
      }
    }
  },
});
