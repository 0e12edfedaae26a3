/**
 * end-punctuation: the source ends with a question the translation does not ask, or ends a
 * sentence where the translation trails off. Quote marks and brackets after the final mark are
 * looked through («Ні», — сказав він.), so the uk/ru movement of punctuation is no finding; so
 * is the comma or dash after them where an attribution follows in the next paragraph («…?», —).
 */
import { trailingRunStart } from "../text/runs";
import type { Paragraph } from "../types";
import { defineRule, type TextView } from "./rule";

const MARKS = ".!?\u2026";
const CLOSERS = "»\"”“’')]}";
/** Spaces that may stand between the last mark and its closers (детей? "). */
const SPACES = " \u00A0";
/** What a paragraph may end with when its sentence goes on in the next one: «…?», — сказав він. */
const CONTINUATION = ",;:\u2014\u2013";

/** The text without a comma or dash (and spaces) after its closers or final mark, read backwards. */
function withoutContinuation(trimmed: string): string {
  const start = trailingRunStart(trimmed, CONTINUATION + SPACES);
  const before = trimmed[start - 1];
  if (start === trimmed.length || before === undefined) return trimmed;
  return CLOSERS.includes(before) || MARKS.includes(before) ? trimmed.slice(0, start) : trimmed;
}

/**
 * The mark that ends the text, read through closing quotes and brackets: the one inside them when
 * there is one («…?». asks; uk/ru put the full stop after the quote), else the one after them
 * ((Arctic Resilience). ends), else the last letter or digit before them. Read backwards in one
 * pass (a regular expression anchored at the end is quadratic on a long run of closers).
 */
export function finalMark(text: string): string {
  const trimmed = text.trimEnd();
  const continued = withoutContinuation(trimmed);
  // «…?», — asks; «Так», — is a quotation going on into its attribution, not a lost full stop.
  const mark = continued === trimmed ? undefined : markOf(continued);
  return mark !== undefined && MARKS.includes(mark) ? mark : markOf(trimmed);
}

function markOf(trimmed: string): string {
  const outer = MARKS.includes(trimmed.slice(-1)) ? trimmed.slice(-1) : "";
  const closersStart = trailingRunStart(trimmed, CLOSERS + SPACES, trimmed.length - outer.length);
  const before = trimmed.slice(closersStart - 1, closersStart);
  if (before && MARKS.includes(before)) return before;
  if (outer) return outer;
  return before || trimmed.slice(-1);
}

/**
 * A question the source quotes at its end («How could you like Trump, he's racist?») that the
 * translation asks inside its own last quotation, then goes on («Як тобі може подобатися Трамп? Він же расист»).
 */
function asksInLastQuotation(sourceText: string, target: Paragraph, targetText: TextView): boolean {
  const source = sourceText.trimEnd();
  if (!CLOSERS.includes(source.slice(-1))) return false;
  const spans = targetText.quotes(target).spans;
  const last = spans.reduce<(typeof spans)[number] | undefined>((latest, span) => (!latest || span.open > latest.open ? span : latest), undefined);
  return last !== undefined && last.text.includes("?");
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
  check({ source, target, targetText, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const expected = finalMark(source.text);
    const found = finalMark(target.text);
    if (expected === "?" && found !== "?" && found !== "…" && !asksInLastQuotation(source.text, target, targetText)) {
      report({ messageId: "question", data: { expected, found } });
    } else if (/[.!?]/.test(expected) && /[\p{L}\p{N}]/u.test(found) && source.text.trim().split(/\s+/).length >= 4) {
      report({ messageId: "unfinished", data: { expected, ending: target.text.trim().slice(-20) } });
    }
  },
});
