/**
 * Finds the quotations of a paragraph: marks paired with a stack in one linear pass, apostrophes
 * inside words (п'ять, don't) never taken for quote marks, straight quotes read from context.
 */
import { isDigit, isLetter, isSpace, isWordChar } from "./chars";
import type { LocaleProfile } from "./locales";

/** How a quotation was marked: the locale's own marks or someone else's. */
export type QuoteStyle = "curly" | "guillemets" | "low" | "straight" | "single-curly" | "single-straight";

export interface Quotation {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  openMark: string;
  closeMark: string;
  style: QuoteStyle;
  /** 0 for an outer quotation, 1 for a quote inside it, … */
  depth: number;
  /** The quoted text, marks excluded. */
  text: string;
  /**
   * Set on a quotation one of whose marks lies in another paragraph: "open" runs from its
   * opening mark to the end of the paragraph, "close" from the start to its closing mark.
   */
  partial?: "open" | "close";
}

/** A double quote mark with no partner in this paragraph. */
export interface LoneMark {
  offset: number;
  mark: string;
  role: "open" | "close";
}

export interface QuoteAnalysis {
  /** Quotations with both marks in the paragraph. */
  quotations: Quotation[];
  /** Double marks with no partner here. */
  lone: LoneMark[];
  /** Single marks with no partner whose place shows they are quote marks, not apostrophes. */
  loneSingle: LoneMark[];
  /** The quotations and the parts of quotations that reach into other paragraphs, in reading order. */
  spans: Quotation[];
}

type Family = "double" | "single";

/** The family of an opening mark; a mark's character alone decides it. */
function familyOf(mark: string): Family {
  return mark === "\u00AB" || mark === "\u201E" || mark === "\u201C" || mark === '"' ? "double" : "single";
}

const OPENING_CONTEXT = /[([{\u2014\u2013\-/:]/u;
const CLOSING_CONTEXT = /[)\]}.,;:!?\u2026\u2014\u2013\-/]/u;

function opensHere(prev: string | undefined, next: string | undefined): boolean | undefined {
  const prevBreak = prev === undefined || isSpace(prev) || OPENING_CONTEXT.test(prev) || "«„“‘\"'".includes(prev);
  const nextBreak = next === undefined || isSpace(next) || CLOSING_CONTEXT.test(next) || "»“”’\"'".includes(next);
  if (prevBreak && !nextBreak) return true;
  if (!prevBreak && nextBreak) return false;
  return undefined;
}

/** Which opening marks a closing mark can close. */
const CLOSES: Record<string, readonly string[]> = {
  "\u00BB": ["\u00AB"],
  "\u201D": ["\u201C", "\u201E"],
  "\u201C": ["\u201E"],
  "\u2019": ["\u2018", "\u201A", "'"],
  "'": ["'", "\u2018"],
  '"': ['"'],
  "\u203A": ["\u2039"],
};

const STYLE_OF: Record<string, QuoteStyle> = {
  "\u201C": "curly",
  "\u00AB": "guillemets",
  "\u201E": "low",
  '"': "straight",
  "\u2018": "single-curly",
  "\u201A": "single-curly",
  "\u2039": "single-curly",
  "'": "single-straight",
};

/**
 * Real text nests quotations a few levels deep; searching the stack no further than this keeps
 * hostile input (thousands of unmatched marks) linear.
 */
const MAX_SEARCH = 64;

type Action = { role: "open" | "close"; family: Family } | undefined;

// Shared, never changed: one object per kind of action, not one per mark.
const OPEN_DOUBLE: Action = { role: "open", family: "double" };
const CLOSE_DOUBLE: Action = { role: "close", family: "double" };
const OPEN_SINGLE: Action = { role: "open", family: "single" };
const CLOSE_SINGLE: Action = { role: "close", family: "single" };

/**
 * The innermost open double mark among the top MAX_SEARCH of the stack. The stack holds the
 * offsets of open marks (numbers, not objects: hostile text leaves a million of them open).
 */
function topDouble(text: string, stack: readonly number[]): string | undefined {
  for (let k = stack.length - 1; k >= Math.max(0, stack.length - MAX_SEARCH); k--) {
    const mark = text[stack[k]];
    if (familyOf(mark) === "double") return mark;
  }
  return undefined;
}

/** Decides what one mark does here; undefined means it is not a quote mark (apostrophe, inch). */
function classify(text: string, i: number, stack: readonly number[], closesLow: boolean): Action {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  switch (ch) {
    case "\u00AB":
    case "\u201E":
      return OPEN_DOUBLE;
    case "\u00BB":
    case "\u201D":
      return CLOSE_DOUBLE;
    case "\u201C":
      // Closes „ in uk/ru typography (also when „ stood in an earlier paragraph and the mark
      // hangs on the word before it: in a language that pairs „ with “); opens in English typography.
      if (topDouble(text, stack) === "\u201E") return CLOSE_DOUBLE;
      return closesLow && opensHere(prev, next) === false && !topDouble(text, stack) ? CLOSE_DOUBLE : OPEN_DOUBLE;
    case '"': {
      if (isDigit(prev) && topDouble(text, stack) !== '"') return undefined; // 6'6" — inches
      // An apostrophe mangled into a double quote: coup d"état, Waters" office.
      if (isLetter(prev) && isLetter(next)) return undefined;
      if (prev === "s" && next === " " && isLetter(text[i + 2]) && topDouble(text, stack) !== '"') return undefined;
      // Only punctuation after it: it closes, even after a stray space (детей? ").
      if (/^[\s.,;:!?\u2026)]*$/.test(text.slice(i + 1, i + 6)) && i + 6 >= text.length) return CLOSE_DOUBLE;
      const opens = opensHere(prev, next);
      if (opens !== undefined) return opens ? OPEN_DOUBLE : CLOSE_DOUBLE;
      return topDouble(text, stack) === '"' ? CLOSE_DOUBLE : OPEN_DOUBLE;
    }
    case "\u2018":
    case "\u201A":
    case "\u2039":
      return isLetter(prev) && isLetter(next) ? undefined : OPEN_SINGLE;
    case "\u203A":
      return CLOSE_SINGLE;
    case "'":
    case "\u2019": {
      if (isWordChar(prev) && isWordChar(next)) return undefined; // п'ять, don't, 6'6
      if (isDigit(prev)) return undefined;
      const opens = opensHere(prev, next);
      if (opens === undefined) return undefined;
      return opens ? OPEN_SINGLE : CLOSE_SINGLE;
    }
    default:
      return undefined;
  }
}

const MARKS = new Set(["\u00AB", "\u00BB", "\u201E", "\u201C", "\u201D", '"', "\u2018", "\u2019", "\u201A", "'", "\u2039", "\u203A"]);
/** MARKS by char code: the loop below asks of every character. */
const IS_MARK = new Uint8Array(0x10000);
for (const mark of MARKS) IS_MARK[mark.charCodeAt(0)] = 1;

/** Whether the text's first character (after spaces) is a quotation's opening mark, paired here or not. */
export function opensWithQuote(text: string, analysis: Pick<QuoteAnalysis, "quotations" | "lone">): boolean {
  const first = text.search(/\S/);
  return first >= 0 && (analysis.lone.some((m) => m.role === "open" && m.offset === first) || analysis.quotations.some((q) => q.open === first));
}

/** Sorts marks or quotations by offset, unless they already are (a stable sort would keep them as they are). */
function byOffset<T>(list: T[], offsetOf: (item: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (offsetOf(list[i - 1]) > offsetOf(list[i])) return list.sort((a, b) => offsetOf(a) - offsetOf(b));
  }
  return list;
}

/** Pairs the paragraph's quote marks. Single marks that pair with nothing are apostrophes. */
export function extractQuotes(text: string, profile?: LocaleProfile): QuoteAnalysis {
  // The offsets of the open marks; a mark's character tells its family and style.
  const stack: number[] = [];
  // Without a profile, either typography may be meant.
  const closesLow = !profile || profile.quotes.some(([open, close]) => open === "\u201E" && close === "\u201C");
  const quotations: Quotation[] = [];
  const lone: LoneMark[] = [];
  const loneSingle: LoneMark[] = [];
  const firstLetter = text.search(/\S/);
  const keepLone = (offset: number, role: LoneMark["role"], family: Family) => {
    if (family === "double") lone.push({ offset, mark: text[offset], role });
    else if (role === "open" ? opensSpeech(text, offset, firstLetter) : closesSpeech(text, offset)) loneSingle.push({ offset, mark: text[offset], role });
  };
  for (let i = 0; i < text.length; i++) {
    if (IS_MARK[text.charCodeAt(i)] === 0) continue;
    const ch = text[i];
    const action = classify(text, i, stack, closesLow);
    if (!action) continue;
    if (action.role === "open") {
      stack.push(i);
      continue;
    }
    const partners = CLOSES[ch] ?? [];
    const floor = Math.max(0, stack.length - MAX_SEARCH);
    let k = stack.length - 1;
    while (k >= floor && !(familyOf(text[stack[k]]) === action.family && partners.includes(text[stack[k]]))) {
      if (action.family === "single" && familyOf(text[stack[k]]) === "double") break;
      k--;
    }
    if (k < floor || familyOf(text[stack[k]]) !== action.family || !partners.includes(text[stack[k]])) {
      keepLone(i, "close", action.family);
      continue;
    }
    for (let j = k + 1; j < stack.length; j++) keepLone(stack[j], "open", familyOf(text[stack[j]]));
    const open = stack[k];
    stack.length = k;
    quotations.push({
      open,
      close: i,
      openMark: text[open],
      closeMark: ch,
      style: STYLE_OF[text[open]] ?? "straight",
      depth: k,
      text: text.slice(open + 1, i),
    });
  }
  for (const open of stack) keepLone(open, "open", familyOf(text[open]));
  byOffset(quotations, (q) => q.open);
  byOffset(lone, (m) => m.offset);
  byOffset(loneSingle, (m) => m.offset);
  const partials = loneSingle.length ? [...lone, ...loneSingle].sort((a, b) => a.offset - b.offset) : lone;
  return { quotations, lone, loneSingle, spans: withPartials(text, quotations, partials) };
}

/** A lone single mark opens speech where a paragraph or a colon or dash introduces it. */
function opensSpeech(text: string, offset: number, firstLetter: number): boolean {
  return offset === firstLetter || /[:\u2014\u2013-]\s*$/.test(text.slice(Math.max(0, offset - 3), offset));
}

/** A lone single mark closes speech after sentence punctuation, or at the paragraph's end. */
function closesSpeech(text: string, offset: number): boolean {
  const afterPunctuation = /[.,!?\u2026]/.test(text[offset - 1] ?? "");
  const atEnd = text.length - offset <= 8 && /^[\s.,;:!?\u2026)]*$/.test(text.slice(offset + 1));
  return afterPunctuation || atEnd;
}

/**
 * A real paragraph has a lone mark or two, where a quotation runs on; one with more is broken or
 * hostile, and a partial quotation per mark (each as long as the paragraph) would make the
 * pairing quadratic. Beyond this, lone marks are left to quote-unbalanced alone.
 */
const MAX_PARTIALS = 4;

/** Adds the part of a quotation that a lone mark opens to the paragraph's end, or closes from its start. */
function withPartials(text: string, quotations: Quotation[], lone: LoneMark[]): Quotation[] {
  if (lone.length === 0 || lone.length > MAX_PARTIALS) return quotations;
  const partials = lone.map((mark): Quotation => {
    const style = STYLE_OF[mark.mark] ?? (mark.mark === "\u00BB" ? "guillemets" : mark.mark === "\u201D" ? "curly" : "straight");
    return mark.role === "open"
      ? { open: mark.offset, close: text.length, openMark: mark.mark, closeMark: "", style, depth: 0, text: text.slice(mark.offset + 1), partial: "open" }
      : { open: -1, close: mark.offset, openMark: "", closeMark: mark.mark, style, depth: 0, text: text.slice(0, mark.offset), partial: "close" };
  });
  return [...quotations, ...partials].sort((a, b) => a.open - b.open);
}

/** True when the quotation is marked the way the locale marks quotations. */
export function isLocaleStyle(quotation: Quotation, profile: LocaleProfile): boolean {
  return profile.quotes.some(
    ([open, close]) => (quotation.openMark === "" || open === quotation.openMark) && (quotation.closeMark === "" || close === quotation.closeMark),
  );
}

/**
 * The words a quotation says itself, without the quotations nested inside it. `spans` is in
 * reading order; only the spans inside the quotation are visited.
 */
export function ownText(quotation: Quotation, spans: readonly Quotation[]): string {
  let result = "";
  let from = quotation.open + 1;
  let index = spans.indexOf(quotation) + 1;
  while (index < spans.length && spans[index].open < quotation.close) {
    const inner = spans[index++];
    if (inner.open < from || inner.close > quotation.close) continue;
    result += quotation.text.slice(from - quotation.open - 1, inner.open - quotation.open - 1);
    from = inner.close + 1;
  }
  return result + quotation.text.slice(from - quotation.open - 1);
}
