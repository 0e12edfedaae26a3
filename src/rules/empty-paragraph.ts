/** empty-paragraph: the translation's value is empty or only white space. */
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "empty-paragraph",
    description: "The translated value is empty or white space while the source has text.",
    defaultSeverity: "error",
    messages: {
      empty: "Paragraph {{key}} is empty in the translation",
    },
    docs: "docs/rules/empty-paragraph.md",
  },
  check({ source, target, report }) {
    if (!source || !target) return;
    if (target.text.trim() === "" && source.text.trim() !== "") report({ messageId: "empty", data: { key: target.key } });
  },
});
