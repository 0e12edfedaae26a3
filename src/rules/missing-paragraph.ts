/** missing-paragraph: a source paragraph whose key the translation does not have. */
import { excerpt } from "../text/quote-pairing";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "missing-paragraph",
    description: "A source paragraph has no translation: its key is absent from the target catalog, or the translation skipped it (found by aligning the paragraphs by content).",
    defaultSeverity: "error",
    messages: {
      missing: "Paragraph {{key}} is not translated: the {{locale}} catalog has no such key (source: “{{excerpt}}”)",
      missingFile: "The {{locale}} catalog for this namespace does not exist: {{paragraphs}} paragraphs are untranslated",
      skipped: "Paragraph {{key}} has no translation: {{locale}} {{key}} translates another paragraph (source: “{{excerpt}}”)",
    },
    docs: "docs/rules/missing-paragraph.md",
  },
  check({ source, target, sameKey, to, report }) {
    if (!source || target) return;
    report({ messageId: sameKey ? "skipped" : "missing", data: { key: source.key, locale: to.id, excerpt: excerpt(source.text) }, side: "source" });
  },
});
