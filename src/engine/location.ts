/** Turns a range inside a paragraph's decoded text into file line and column, through JSON escapes. */
import type { TextEdit } from "../rules/rule";
import type { Catalog, FixEdit, Paragraph, Range } from "../types";

export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const lineStartCache = new WeakMap<Catalog, number[]>();

function lineStarts(catalog: Catalog): number[] {
  let starts = lineStartCache.get(catalog);
  if (!starts) {
    starts = [0];
    const text = catalog.content;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    lineStartCache.set(catalog, starts);
  }
  return starts;
}

function position(catalog: Catalog, offset: number): { line: number; column: number } {
  const starts = lineStarts(catalog);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/** A paragraph's escapes: the decoded offset of each and the raw characters added up to and including it. */
interface Escapes {
  at: number[];
  extra: number[];
  length: number;
}

const escapeCache = new WeakMap<Paragraph, Escapes>();

function escapesOf(content: string, paragraph: Paragraph): Escapes {
  let escapes = escapeCache.get(paragraph);
  if (!escapes) {
    escapes = { at: [], extra: [], length: 0 };
    const rawEnd = paragraph.valueOffset + paragraph.valueLength - 1;
    let added = 0;
    for (let raw = paragraph.valueOffset + 1; raw < rawEnd; escapes.length++) {
      const width = content[raw] === "\\" ? (content[raw + 1] === "u" ? 6 : 2) : 1;
      if (width > 1) {
        added += width - 1;
        escapes.at.push(escapes.length);
        escapes.extra.push(added);
      }
      raw += width;
    }
    escapeCache.set(paragraph, escapes);
  }
  return escapes;
}

/** The file offset of decoded offset `decoded` within the value's string literal (its end past the text). */
function rawOffset(paragraph: Paragraph, escapes: Escapes, decoded: number): number {
  const at = Math.min(Math.max(0, decoded), escapes.length);
  let low = 0;
  let high = escapes.at.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (escapes.at[mid] < at) low = mid + 1;
    else high = mid;
  }
  return paragraph.valueOffset + 1 + at + (low > 0 ? escapes.extra[low - 1] : 0);
}

/** File offsets of decoded offsets `start` and `end`: indexed once per paragraph, so many findings in one long value stay linear. */
function rawOffsets(content: string, paragraph: Paragraph, range: Range): [number, number] {
  const escapes = escapesOf(content, paragraph);
  return [rawOffset(paragraph, escapes, range.start), rawOffset(paragraph, escapes, range.end)];
}

export function locate(catalog: Catalog, paragraph: Paragraph, range?: Range): Location {
  const [start, end] = range
    ? rawOffsets(catalog.content, paragraph, range)
    : [paragraph.valueOffset, paragraph.valueOffset + paragraph.valueLength];
  const from = position(catalog, start);
  const to = position(catalog, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** A decoded string as it is written inside a JSON string literal. */
function escapeForFile(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/**
 * A rule's edits of one paragraph as one FixEdit in file offsets: the edits' texts JSON-escaped,
 * the file text between them kept as written (so its escapes stay), as ESLint merges a rule's fixes.
 */
export function locateFix(catalog: Catalog, paragraph: Paragraph, edits: readonly TextEdit[]): FixEdit {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  for (let i = 0; i < sorted.length; i++) {
    const { start, end } = sorted[i].range;
    if (start < 0 || end < start || end > paragraph.text.length || (i > 0 && start < sorted[i - 1].range.end)) {
      throw new Error(`A fix for "${paragraph.key}" has edits out of the paragraph or overlapping: ${JSON.stringify(edits)}`);
    }
  }
  const content = catalog.content;
  const escapes = escapesOf(content, paragraph);
  const first = rawOffset(paragraph, escapes, sorted[0].range.start);
  let text = "";
  let at = first;
  for (const edit of sorted) {
    const start = rawOffset(paragraph, escapes, edit.range.start);
    text += content.slice(at, start) + escapeForFile(edit.text);
    at = rawOffset(paragraph, escapes, edit.range.end);
  }
  const from = position(catalog, first);
  const to = position(catalog, at);
  return { range: [first, at], text, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
