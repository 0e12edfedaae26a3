/**
 * shifted-paragraph: paragraphs whose translations sit under other keys — every paragraph after a
 * dropped one moved up (uk p05–p19 hold en p06–p20), or two paragraphs swapped. Found by aligning
 * the paragraphs by content; the rules then check each translation against its real source, so
 * the cascade of follow-on findings is not reported.
 */
import { keyRange } from "./keys";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "shifted-paragraph",
    description: "Translations sit under other keys than their source paragraphs: moved up or down after a dropped or added paragraph, or swapped.",
    defaultSeverity: "error",
    messages: {
      shifted: "{{locale}} {{targetRange}} hold the translations of {{sourceLocale}} {{sourceRange}}: they moved {{direction}} by {{distance}}",
      swapped: "{{locale}} {{targetRange}} hold the translations of {{sourceLocale}} {{sourceRange}}: the two paragraphs are swapped",
    },
    docs: "docs/rules/shifted-paragraph.md",
  },
  checkStructure({ kind, sources, targets, offset = 0, from, to, report }) {
    if (kind !== "shift" && kind !== "swap") return;
    const data = {
      locale: to.id,
      sourceLocale: from.id,
      sourceKeys: sources.map((p) => p.key),
      targetKeys: targets.map((p) => p.key),
      sourceRange: keyRange(sources),
      targetRange: keyRange(targets),
      count: sources.length,
    };
    if (kind === "swap") {
      report({ messageId: "swapped", data });
      return;
    }
    const distance = Math.abs(offset);
    report({ messageId: "shifted", data: { ...data, offset, direction: offset < 0 ? "up" : "down", distance: `${distance} paragraph${distance === 1 ? "" : "s"}` } });
  },
});
