/**
 * stale-translation (with --since REF): the source paragraph changed since REF while its
 * translation did not — the translation is out of date. The finding carries the old and new
 * source and their word diff (whole Cyrillic words, through Intl.Segmenter), so a translator sees
 * what to update.
 */
import type * as Diff from "diff";
import { defineRule } from "./rule";

export interface WordChange {
  text: string;
  change: "same" | "added" | "removed";
}

export function wordDiff(before: string, after: string, locale: string): WordChange[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  // Loaded only here: a check without --since never needs it.
  const { diffWords } = require("diff") as typeof Diff;
  return diffWords(before, after, { intlSegmenter: segmenter }).map((part) => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }));
}

/** [-removed-]{+added+}, as git diff --word-diff writes it. */
export function showWordDiff(changes: WordChange[]): string {
  return changes.map((c) => (c.change === "added" ? `{+${c.text}+}` : c.change === "removed" ? `[-${c.text}-]` : c.text)).join("");
}

export default defineRule({
  meta: {
    id: "stale-translation",
    description: "With --since REF: the source paragraph changed since REF but its translation did not.",
    defaultSeverity: "warning",
    messages: {
      stale: "The source of {{key}} changed since {{since}} but the translation did not: {{diff}}",
    },
    docs: "docs/rules/stale-translation.md",
  },
  check({ source, target, previous, from, report }) {
    if (!source || !target || !previous) return;
    const { source: oldSource, target: oldTarget, ref } = previous;
    if (oldSource === undefined || oldTarget === undefined) return;
    if (oldSource === source.text || oldTarget !== target.text) return;
    const changes = wordDiff(oldSource, source.text, from.id);
    report({ messageId: "stale", data: { key: source.key, since: ref, oldSource, newSource: source.text, diff: showWordDiff(changes), wordDiff: changes } });
  },
});
