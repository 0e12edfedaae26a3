/**
 * whitespace: spaces a translation should not have — leading or trailing, doubled, or before
 * punctuation that takes none (, . ; : ! ? in uk and ru). Only what the source does not also do.
 * Fixed by removing the spaces (a doubled space becomes one). Doubled spaces inside a line are
 * reported as information. One habit repeated across a catalog is one finding, not one per place.
 */
import type { Paragraph } from "../types";
import { trailingRunStart } from "../text/runs";
import { defineRule, type Report } from "./rule";

type Habit = "edges" | "doubled" | "beforePunctuation";

interface Problem {
  messageId: Habit;
  start: number;
  end: number;
}

/** From this many places in one catalog a kind of space is the translator's habit, reported once: two may be chance, three a pattern. */
const HABIT_MIN = 3;

const SUMMARY: Record<Habit, string> = { edges: "edgesHabit", doubled: "doubledHabit", beforePunctuation: "beforePunctuationHabit" };

const SPACE = /\s/;
/** The character before a space that punctuation should follow directly: read by code point, as the last of up to two units. */
const CLOSES_WORD = /[\p{L}\p{N}»”"')]$/u;

function problems(text: string): Problem[] {
  const found: Problem[] = [];
  const lead = /^[ \t]+/.exec(text);
  if (lead) found.push({ messageId: "edges", start: 0, end: lead[0].length });
  const trail = trailingRunStart(text, " \t");
  if (trail < text.length) found.push({ messageId: "edges", start: trail, end: text.length });
  // Each run of spaces once, by indexOf: doubled between two non-spaces, or before , . ; : ! ? that
  // ends a word after a letter, a digit or a closing mark.
  const doubled: Problem[] = [];
  const before: Problem[] = [];
  for (let start = text.indexOf(" "); start >= 0; start = text.indexOf(" ", start)) {
    let end = start + 1;
    while (text.charCodeAt(end) === 0x20) end++;
    if (start > 0) {
      if (end - start >= 2 && end < text.length && !SPACE.test(text[start - 1]) && !SPACE.test(text[end])) doubled.push({ messageId: "doubled", start, end });
      if (",.;:!?".includes(text[end] ?? " ") && (end + 1 === text.length || SPACE.test(text[end + 1])) && CLOSES_WORD.test(text.slice(Math.max(0, start - 2), start))) {
        before.push({ messageId: "beforePunctuation", start, end });
      }
    }
    start = end;
  }
  for (const problem of doubled) found.push(problem);
  for (const problem of before) found.push(problem);
  return found;
}

interface Occurrence {
  problem: Problem;
  source: Paragraph;
  target: Paragraph;
}

/** Every problem of the catalog's translations that their source paragraphs do not share, by habit. */
function occurrencesByHabit(pairs: ReadonlyArray<{ readonly source?: Paragraph; readonly target?: Paragraph }>): Map<Habit, Occurrence[]> {
  const byHabit = new Map<Habit, Occurrence[]>();
  for (const { source, target } of pairs) {
    if (!source || !target || target.text.trim() === "") continue;
    const inSource = new Set(problems(source.text).map((p) => p.messageId));
    for (const problem of problems(target.text)) {
      if (inSource.has(problem.messageId)) continue;
      const list = byHabit.get(problem.messageId) ?? [];
      list.push({ problem, source, target });
      byHabit.set(problem.messageId, list);
    }
  }
  return byHabit;
}

export default defineRule({
  meta: {
    id: "whitespace",
    description: "Leading or trailing spaces, doubled spaces, or a space before , . ; : ! ? that the source does not have; a habit repeated across a catalog is reported once.",
    defaultSeverity: "warning",
    messages: {
      edges: "The translation starts or ends with spaces",
      doubled: "Doubled space in the translation",
      beforePunctuation: "A space before punctuation that takes none",
      edgesHabit: "Spaces at the start or end of a translation appear {{count}} times in this catalog: one habit, reported here once (the other places are information)",
      doubledHabit: "Doubled spaces appear {{count}} times in this catalog: one habit, reported here once (the other places are information)",
      beforePunctuationHabit: "A space before punctuation that takes none appears {{count}} times in this catalog: one habit, reported here once (the other places are information)",
    },
    docs: "docs/rules/whitespace.md",
    fixable: true,
  },
  checkCatalog({ pairs, report }) {
    for (const [habit, occurrences] of occurrencesByHabit(pairs)) {
      const summarised = occurrences.length >= HABIT_MIN;
      occurrences.forEach(({ problem, source, target }, index) => {
        const range = { start: problem.start, end: problem.end };
        const entry: Report = { messageId: habit, range, fix: [{ range, text: habit === "doubled" ? " " : "" }] };
        if (summarised && index === 0) Object.assign(entry, { messageId: SUMMARY[habit], data: { count: occurrences.length }, sameAs: habit });
        // A doubled space inside a line shows in no rendering that collapses spaces (HTML): a habit, not a fault.
        if (habit === "doubled" || (summarised && index > 0)) entry.severity = "info";
        report(entry, target, source);
      });
    }
  },
});
