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
interface OpenMark {
  offset: number;
  mark: string;
  family: Family;
  style: QuoteStyle;
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

type Action = { role: "open"; family: Family } | { role: "close"; family: Family } | undefined;

/** Decides what one mark does here; undefined means it is not a quote mark (apostrophe, inch). */
function classify(text: string, i: number, stack: OpenMark[], closesLow: boolean): Action {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  const topDouble = () => {
    for (let k = stack.length - 1; k >= Math.max(0, stack.length - MAX_SEARCH); k--) {
      if (stack[k].family === "double") return stack[k];
    }
    return undefined;
  };
  switch (ch) {
    case "\u00AB":
    case "\u201E":
      return { role: "open", family: "double" };
    case "\u00BB":
    case "\u201D":
      return { role: "close", family: "double" };
    case "\u201C":
      // Closes „ in uk/ru typography (also when „ stood in an earlier paragraph and the mark
      // hangs on the word before it: in a language that pairs „ with “); opens in English typography.
      if (topDouble()?.mark === "\u201E") return { role: "close", family: "double" };
      return closesLow && opensHere(prev, next) === false && !topDouble() ? { role: "close", family: "double" } : { role: "open", family: "double" };
    case '"': {
      if (isDigit(prev) && topDouble()?.mark !== '"') return undefined; // 6'6" — inches
      // An apostrophe mangled into a double quote: coup d"état, Waters" office.
      if (isLetter(prev) && isLetter(next)) return undefined;
      if (prev === "s" && next === " " && isLetter(text[i + 2]) && topDouble()?.mark !== '"') return undefined;
      // Only punctuation after it: it closes, even after a stray space (детей? ").
      if (/^[\s.,;:!?\u2026)]*$/.test(text.slice(i + 1, i + 6)) && i + 6 >= text.length) return { role: "close", family: "double" };
      const opens = opensHere(prev, next);
      if (opens !== undefined) return { role: opens ? "open" : "close", family: "double" };
      return { role: topDouble()?.mark === '"' ? "close" : "open", family: "double" };
    }
    case "\u2018":
    case "\u201A":
    case "\u2039":
      return isLetter(prev) && isLetter(next) ? undefined : { role: "open", family: "single" };
    case "\u203A":
      return { role: "close", family: "single" };
    case "'":
    case "\u2019": {
      if (isWordChar(prev) && isWordChar(next)) return undefined; // п'ять, don't, 6'6
      if (isDigit(prev)) return undefined;
      const opens = opensHere(prev, next);
      if (opens === undefined) return undefined;
      return { role: opens ? "open" : "close", family: "single" };
    }
    default:
      return undefined;
  }
}

const MARKS = new Set(["\u00AB", "\u00BB", "\u201E", "\u201C", "\u201D", '"', "\u2018", "\u2019", "\u201A", "'", "\u2039", "\u203A"]);

/** Whether the text's first character (after spaces) is a quotation's opening mark, paired here or not. */
export function opensWithQuote(text: string, analysis: Pick<QuoteAnalysis, "quotations" | "lone">): boolean {
  const first = text.search(/\S/);
  return first >= 0 && (analysis.lone.some((m) => m.role === "open" && m.offset === first) || analysis.quotations.some((q) => q.open === first));
}

/** Pairs the paragraph's quote marks. Single marks that pair with nothing are apostrophes. */
export function extractQuotes(text: string, profile?: LocaleProfile): QuoteAnalysis {
  const stack: OpenMark[] = [];
  // Without a profile, either typography may be meant.
  const closesLow = !profile || profile.quotes.some(([open, close]) => open === "\u201E" && close === "\u201C");
  const quotations: Quotation[] = [];
  const lone: LoneMark[] = [];
  const loneSingle: LoneMark[] = [];
  const firstLetter = text.search(/\S/);
  const keepLone = (offset: number, mark: string, role: LoneMark["role"], family: Family) => {
    if (family === "double") lone.push({ offset, mark, role });
    else if (role === "open" ? opensSpeech(text, offset, firstLetter) : closesSpeech(text, offset)) loneSingle.push({ offset, mark, role });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!MARKS.has(ch)) continue;
    const action = classify(text, i, stack, closesLow);
    if (!action) continue;
    if (action.role === "open") {
      stack.push({ offset: i, mark: ch, family: action.family, style: STYLE_OF[ch] ?? "straight" });
      continue;
    }
    const partners = CLOSES[ch] ?? [];
    const floor = Math.max(0, stack.length - MAX_SEARCH);
    let k = stack.length - 1;
    while (k >= floor && !(stack[k].family === action.family && partners.includes(stack[k].mark))) {
      if (action.family === "single" && stack[k].family === "double") break;
      k--;
    }
    if (k < floor || stack[k].family !== action.family || !partners.includes(stack[k].mark)) k = -1;
    if (k < 0) {
      keepLone(i, ch, "close", action.family);
      continue;
    }
    for (const unclosed of stack.splice(k + 1)) keepLone(unclosed.offset, unclosed.mark, "open", unclosed.family);
    const opener = stack.pop() as OpenMark;
    quotations.push({
      open: opener.offset,
      close: i,
      openMark: opener.mark,
      closeMark: ch,
      style: opener.style,
      depth: stack.length,
      text: text.slice(opener.offset + 1, i),
    });
  }
  for (const unclosed of stack) keepLone(unclosed.offset, unclosed.mark, "open", unclosed.family);
  quotations.sort((a, b) => a.open - b.open);
  lone.sort((a, b) => a.offset - b.offset);
  loneSingle.sort((a, b) => a.offset - b.offset);
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
