/**
 * glossary-term: a term of the glossary (configuration "glossary": { "Greenland": { "uk":
 * "Гренландія", "ru": "Гренландия" } }) appears in the source, and the translation lacks its
 * required rendering in any inflected form. Forms are matched by stem: the required term with up
 * to two final vowels or signs dropped (Гренландія → Гренланд-: Гренландії, Гренландію), whole
 * when it is four letters or fewer (НАТО).
 */
import { escapeRegExp } from "../text/escape";
import { stemOf } from "../text/stems";
import { classOf, DIGIT, LETTER, SURROGATE } from "../text/word-runs";
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

/** Whether the UTF-16 unit at `index` is a letter or a number (\p{L}, \p{N}); false outside the text. */
function wordUnit(text: string, index: number): boolean {
  return index >= 0 && index < text.length && (classOf(text.charCodeAt(index)) & (LETTER | DIGIT)) !== 0;
}

/**
 * Whether `part` occurs in `text` with no letter or number before it (and, when `whole`, none after):
 * what /(?<![\p{L}\p{N}])part(?![\p{L}\p{N}])/u finds, read by char code. Texts with surrogates,
 * which the regex reads by code points, and an empty part are left to it; only those compile a pattern.
 */
export function occursAlone(text: string, part: string, whole: boolean): boolean {
  if (part === "" || SURROGATE.test(text) || SURROGATE.test(part)) {
    return compiled(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}${whole ? "(?![\\p{L}\\p{N}])" : ""}`).test(text);
  }
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
    if (!wordUnit(text, at - 1) && !(whole && wordUnit(text, at + part.length))) return true;
  }
  return false;
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
      if (!occursAlone(source.text, term, true)) continue;
      const stem = stemOf(required, to);
      if (!occursAlone(targetLower, stem, false)) {
        report({ messageId: "missing", data: { term, required, language: to.name, stem } });
      }
    }
  },
});
