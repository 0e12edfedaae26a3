/**
 * sentence-count: the translation has fewer sentences than its source — a dropped sentence is the
 * commonest silent omission. Only paragraphs of three sentences or more, and only when the
 * translation has fewer by a clear margin: translators join two short sentences freely.
 */
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "sentence-count",
    description: "The translation has fewer sentences than the source (a sentence may have been dropped).",
    defaultSeverity: "warning",
    messages: {
      fewer: "The translation has {{found}} sentences where the source has {{expected}}: a sentence may be missing",
    },
    docs: "docs/rules/sentence-count.md",
  },
  check({ source, target, sourceText, targetText, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const expected = sourceText.sentences(source);
    if (expected < 3) return;
    const found = targetText.sentences(target);
    // Joining two sentences into one is ordinary translation; losing two, or a third of them, is not.
    if (expected - found >= 2 && found <= expected * 0.67) report({ messageId: "fewer", data: { expected, found } });
  },
});
