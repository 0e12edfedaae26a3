/** number-mismatch: the source and the translation do not hold the same numbers, by value. */
import { compareNumbers } from "../text/numbers";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "number-mismatch",
    description: "Numbers differ between source and translation, compared as values in each locale's own notation.",
    defaultSeverity: "error",
    messages: {
      changed: "Numbers differ: the source has {{missing}}, the translation has {{extra}} instead",
      missing: "Number {{missing}} of the source is missing in the translation",
      extra: "Number {{extra}} in the translation is not in the source",
    },
    docs: "docs/rules/number-mismatch.md",
  },
  check({ source, target, sourceText, targetText, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const { missing, extra } = compareNumbers(sourceText.numbers(source), targetText.numbers(target));
    if (missing.length === 0 && extra.length === 0) return;
    const messageId = missing.length && extra.length ? "changed" : missing.length ? "missing" : "extra";
    const data = { missing: missing.map((n) => n.text), extra: extra.map((n) => n.text) };
    const range = extra.length ? { start: extra[0].start, end: extra[extra.length - 1].end } : undefined;
    report({ messageId, data, range });
  },
});
