/** number-mismatch: the source and the translation do not hold the same numbers, by value. */
import { compareNumbers, type NumberToken } from "../text/numbers";

/** A measurement as written, with its unit even where a range shares it ("3" of "3 to 6 inches"). */
function measurement(token: NumberToken): string {
  const unit = token.unit?.text;
  return unit && !token.text.includes(unit) ? `${token.text} ${unit}` : token.text;
}

/** A converted value as a translator would round it: three significant digits, the locale's decimal mark. */
function formatNumber(value: number, decimalSeparator: string): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
  return String(rounded).replace(".", decimalSeparator);
}
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "number-mismatch",
    description: "Numbers differ between source and translation, compared as values in each locale's own notation, with unit conversions checked.",
    defaultSeverity: "error",
    messages: {
      changed: "Numbers differ: the source has {{missing}}, the translation has {{extra}} instead",
      missing: "Number {{missing}} of the source is missing in the translation",
      extra: "Number {{extra}} in the translation is not in the source",
      conversion: "{{source}} is about {{expected}} {{unit}}, but the translation has {{found}}",
      missingInName: "{{code}} is not in the translation: said in words, or its number dropped?",
    },
    docs: "docs/rules/number-mismatch.md",
  },
  check({ source, target, to, sourceText, targetText, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const { missing, extra, missingInName, conversions } = compareNumbers(sourceText.numbers(source), targetText.numbers(target), target.text);
    for (const conversion of conversions) {
      const unit = conversion.found.unit?.text ?? "";
      const expected = formatNumber(conversion.expected, to.decimalSeparator);
      report({
        messageId: "conversion",
        data: { source: measurement(conversion.source), expected, unit, found: measurement(conversion.found), expectedValue: Number(conversion.expected.toFixed(2)) },
        range: { start: conversion.found.start, end: conversion.found.end },
      });
    }
    // A code name said in words keeps no digits: weaker evidence than a number dropped outright.
    for (const token of missingInName) {
      const at = token.name ? source.text.lastIndexOf(token.name, token.start) : -1;
      const code = at >= 0 ? source.text.slice(at, token.end) : token.text;
      report({ messageId: "missingInName", data: { missing: [token.text], code }, severity: "warning" });
    }
    if (missing.length === 0 && extra.length === 0) return;
    const messageId = missing.length && extra.length ? "changed" : missing.length ? "missing" : "extra";
    const data = { missing: missing.map((n) => n.text), extra: extra.map((n) => n.text) };
    const range = extra.length ? { start: extra[0].start, end: extra[extra.length - 1].end } : undefined;
    report({ messageId, data, range });
  },
});
