/** extra-paragraph: a translated paragraph whose key the source does not have. */
import { excerpt } from "../text/quote-pairing";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "extra-paragraph",
    description: "The translation has a key that the source does not: a stale or misnamed paragraph.",
    defaultSeverity: "warning",
    messages: {
      extra: "Key {{key}} is not in the source catalog (text: “{{excerpt}}”)",
      inserted: "Paragraph {{key}} translates no source paragraph: it was added (text: “{{excerpt}}”)",
    },
    docs: "docs/rules/extra-paragraph.md",
  },
  check({ source, target, sameKey, report }) {
    if (source || !target) return;
    report({ messageId: sameKey ? "inserted" : "extra", data: { key: target.key, excerpt: excerpt(target.text) } });
  },
});
