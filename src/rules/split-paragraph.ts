/** split-paragraph: one source paragraph translated as two target paragraphs. */
import { keyRange } from "./keys";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "split-paragraph",
    description: "One source paragraph is translated in two target paragraphs.",
    defaultSeverity: "warning",
    messages: {
      split: "{{locale}} {{targetRange}} hold {{sourceLocale}} {{sourceKey}} split into two paragraphs",
    },
    docs: "docs/rules/split-paragraph.md",
  },
  checkStructure({ kind, sources, targets, from, to, report }) {
    if (kind !== "split") return;
    report({
      messageId: "split",
      data: { locale: to.id, sourceLocale: from.id, sourceKey: sources[0].key, sourceKeys: [sources[0].key], targetKeys: targets.map((p) => p.key), targetRange: keyRange(targets) },
    });
  },
});
