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

/** Per paragraph written with escapes: the file offset of each decoded offset (one scan, then lookups). */
const rawOffsetCache = new WeakMap<Paragraph, Int32Array>();

function rawOffsetTable(content: string, paragraph: Paragraph): Int32Array {
  let table = rawOffsetCache.get(paragraph);
  if (!table) {
    table = new Int32Array(paragraph.text.length + 1);
    let raw = paragraph.valueOffset + 1;
    const rawEnd = paragraph.valueOffset + paragraph.valueLength - 1;
    let decoded = 0;
    while (raw < rawEnd && decoded < paragraph.text.length) {
      table[decoded++] = raw;
      raw += content[raw] === "\\" ? (content[raw + 1] === "u" ? 6 : 2) : 1;
    }
    table.fill(raw, decoded);
    rawOffsetCache.set(paragraph, table);
  }
  return table;
}

/** The file offset of a decoded offset within the value's string literal (clamped to the value). */
function rawOffset(content: string, paragraph: Paragraph, decoded: number): number {
  const at = Math.max(0, Math.min(decoded, paragraph.text.length));
  // A value without escapes is written as it reads: no table needed.
  if (paragraph.valueLength === paragraph.text.length + 2) return paragraph.valueOffset + 1 + at;
  return rawOffsetTable(content, paragraph)[at];
}

function rawOffsets(content: string, paragraph: Paragraph, range: Range): [number, number] {
  return [rawOffset(content, paragraph, range.start), rawOffset(content, paragraph, range.end)];
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
  const first = rawOffset(content, paragraph, sorted[0].range.start);
  let text = "";
  let at = first;
  for (const edit of sorted) {
    const start = rawOffset(content, paragraph, edit.range.start);
    text += content.slice(at, start) + escapeForFile(edit.text);
    at = rawOffset(content, paragraph, edit.range.end);
  }
  const from = position(catalog, first);
  const to = position(catalog, at);
  return { range: [first, at], text, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
