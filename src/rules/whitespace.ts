/**
 * whitespace: spaces a translation should not have — leading or trailing, doubled, or before
 * punctuation that takes none (, . ; : ! ? in uk and ru). Only what the source does not also do.
 * Fixed by removing the spaces (a doubled space becomes one). Doubled spaces inside a line are
 * reported as information.
 */
import { trailingRunStart } from "../text/runs";
import { defineRule } from "./rule";

interface Problem {
  messageId: "edges" | "doubled" | "beforePunctuation";
  start: number;
  end: number;
}

function problems(text: string): Problem[] {
  const found: Problem[] = [];
  const lead = /^[ \t]+/.exec(text);
  if (lead) found.push({ messageId: "edges", start: 0, end: lead[0].length });
  const trail = trailingRunStart(text, " \t");
  if (trail < text.length) found.push({ messageId: "edges", start: trail, end: text.length });
  for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/g)) found.push({ messageId: "doubled", start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of text.matchAll(/(?<=[\p{L}\p{N}»”"')]) +(?=[,.;:!?](?:\s|$))/gu)) found.push({ messageId: "beforePunctuation", start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return found;
}

export default defineRule({
  meta: {
    id: "whitespace",
    description: "Leading or trailing spaces, doubled spaces, or a space before , . ; : ! ? that the source does not have.",
    defaultSeverity: "warning",
    messages: {
      edges: "The translation starts or ends with spaces",
      doubled: "Doubled space in the translation",
      beforePunctuation: "A space before punctuation that takes none",
    },
    docs: "docs/rules/whitespace.md",
    fixable: true,
  },
  check({ source, target, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const inSource = new Set(problems(source.text).map((p) => p.messageId));
    for (const problem of problems(target.text)) {
      if (inSource.has(problem.messageId)) continue;
      const range = { start: problem.start, end: problem.end };
      // A doubled space inside a line shows in no rendering that collapses spaces (HTML): a habit, not a fault.
      report({ messageId: problem.messageId, range, fix: [{ range, text: problem.messageId === "doubled" ? " " : "" }], ...(problem.messageId === "doubled" ? { severity: "info" as const } : {}) });
    }
  },
});
