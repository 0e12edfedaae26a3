/** merged-paragraph: two source paragraphs translated as one target paragraph. */
import { keyRange } from "./keys";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "merged-paragraph",
    description: "Two source paragraphs are translated together in one target paragraph.",
    defaultSeverity: "warning",
    messages: {
      merged: "{{locale}} {{targetKey}} holds {{sourceLocale}} {{sourceRange}} merged into one paragraph",
    },
    docs: "docs/rules/merged-paragraph.md",
  },
  checkStructure({ kind, sources, targets, from, to, report }) {
    if (kind !== "merge") return;
    report({
      messageId: "merged",
      data: { locale: to.id, sourceLocale: from.id, targetKey: targets[0].key, sourceKeys: sources.map((p) => p.key), targetKeys: [targets[0].key], sourceRange: keyRange(sources) },
    });
  },
});
