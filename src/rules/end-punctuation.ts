/**
 * end-punctuation: the source ends with a question the translation does not ask, or ends a
 * sentence where the translation trails off. Quote marks and brackets after the final mark are
 * looked through («Ні», — сказав він.), so the uk/ru movement of punctuation is no finding.
 */
import { trailingRunStart } from "../text/runs";
import { defineRule } from "./rule";

const MARKS = ".!?\u2026";
const CLOSERS = "»\"”“’')]}";

/**
 * The mark that ends the text, read through closing quotes and brackets: the one inside them when
 * there is one («…?». asks; uk/ru put the full stop after the quote), else the one after them
 * ((Arctic Resilience). ends), else the last letter or digit before them. Read backwards in one
 * pass (a regular expression anchored at the end is quadratic on a long run of closers).
 */
export function finalMark(text: string): string {
  const trimmed = text.trimEnd();
  const outer = MARKS.includes(trimmed.slice(-1)) ? trimmed.slice(-1) : "";
  const closersStart = trailingRunStart(trimmed, CLOSERS, trimmed.length - outer.length);
  const before = trimmed.slice(closersStart - 1, closersStart);
  if (before && MARKS.includes(before)) return before;
  if (outer) return outer;
  return before || trimmed.slice(-1);
}

export default defineRule({
  meta: {
    id: "end-punctuation",
    description: "The source asks a question the translation does not, or ends a sentence where the translation does not.",
    defaultSeverity: "warning",
    messages: {
      question: "The source ends with a question; the translation ends with “{{found}}”",
      unfinished: "The source ends a sentence; the translation ends without punctuation (“…{{ending}}”)",
    },
    docs: "docs/rules/end-punctuation.md",
  },
  check({ source, target, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const expected = finalMark(source.text);
    const found = finalMark(target.text);
    if (expected === "?" && found !== "?" && found !== "…") {
      report({ messageId: "question", data: { expected, found } });
    } else if (/[.!?]/.test(expected) && /[\p{L}\p{N}]/u.test(found) && source.text.trim().split(/\s+/).length >= 4) {
      report({ messageId: "unfinished", data: { expected, ending: target.text.trim().slice(-20) } });
    }
  },
});
