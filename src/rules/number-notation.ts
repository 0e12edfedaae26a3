/**
 * number-notation: a number of the source carried over in the source's notation where the
 * translation's language writes it otherwise (1.5 → 1,5 and 1,250 → 1 250 in uk and ru). Only
 * digits whose value is the source's, and not a version after a name; fixed by writing the
 * locale's marks.
 */
import type { LocaleProfile } from "../text/locales";
import { compareNumbers, type NumberToken } from "../text/numbers";
import { scriptOfUnit } from "../text/script";
import { defineRule } from "./rule";

const DIGITS = /^\d[\d.,]*$/;
const DECIMAL = /^\d+([.,])\d+$/;
const GROUPED = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/;
const NBSP = "\u00A0";

interface Notation {
  messageId: "decimal" | "grouping";
  written: string;
  expected: string;
  mark: string;
}

/** A plain space would let the number break across lines: the locale's space is written non-breaking. */
function groupMark(profile: LocaleProfile): string {
  const first = profile.groupSeparators[0];
  return first === " " && profile.groupSeparators.includes(NBSP) ? NBSP : first;
}

/**
 * A number right after a Latin word in a translation in another script names a version or a
 * model (Apache 2.0, HTTP/1.1, iOS 17.2), which keeps its notation in every language.
 */
function namesAVersion(text: string, start: number, to: LocaleProfile): boolean {
  if (to.script === "Latin") return false;
  let before = start - 1;
  if (text[before] === " " || text[before] === "\u00A0" || text[before] === "/") before--;
  return before >= 0 && scriptOfUnit(text.charCodeAt(before)) === 1;
}

/** How `target` should be written for `to`, when its digits hold the source's value in another notation. */
function notationOf(sourceToken: NumberToken, target: NumberToken, to: LocaleProfile): Notation | undefined {
  if (target.times || target.weak || !DIGITS.test(target.text)) return undefined;
  const value = sourceToken.values[0];
  const written = target.text;
  const decimal = DECIMAL.exec(written);
  if (decimal && decimal[1] !== to.decimalSeparator && Number(written.replace(decimal[1], ".")) === value) {
    return { messageId: "decimal", written, expected: written.replace(decimal[1], to.decimalSeparator), mark: decimal[1] };
  }
  const grouped = GROUPED.exec(written);
  if (grouped && !to.groupSeparators.includes(grouped[1]) && Number(written.split(grouped[1]).join("")) === value) {
    return { messageId: "grouping", written, expected: written.split(grouped[1]).join(groupMark(to)), mark: grouped[1] };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: "number-notation",
    description: "A number keeps the source's decimal point or thousands comma where the translation's language writes 1,5 and 1 250.",
    defaultSeverity: "warning",
    messages: {
      decimal: "{{found}} keeps the source's decimal mark: {{language}} writes {{expected}}",
      grouping: "{{found}} groups thousands the source's way: {{language}} writes {{expected}}",
    },
    docs: "docs/rules/number-notation.md",
    fixable: true,
  },
  check({ source, target, to, sourceText, targetText, report }) {
    if (!source || !target) return;
    const { matched } = compareNumbers(sourceText.numbers(source), targetText.numbers(target));
    for (const [sourceToken, targetToken] of matched) {
      const notation = notationOf(sourceToken, targetToken, to);
      if (!notation || namesAVersion(target.text, targetToken.start, to)) continue;
      const range = { start: targetToken.start, end: targetToken.start + notation.written.length };
      report({
        messageId: notation.messageId,
        data: { found: notation.written, expected: notation.expected, mark: notation.mark, language: to.name },
        range,
        fix: [{ range, text: notation.expected }],
      });
    }
  },
});
