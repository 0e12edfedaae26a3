/** Turns a range inside a paragraph's decoded text into file line and column, through JSON escapes. */
import type { Catalog, Paragraph, Range } from "../types";

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

/** File offsets of decoded offsets `start` and `end` within the value's string literal. */
function rawOffsets(content: string, paragraph: Paragraph, range: Range): [number, number] {
  let raw = paragraph.valueOffset + 1;
  const rawEnd = paragraph.valueOffset + paragraph.valueLength - 1;
  let decoded = 0;
  let start = -1;
  while (raw < rawEnd) {
    if (decoded >= range.start && start < 0) start = raw;
    if (decoded >= range.end) return [start, raw];
    raw += content[raw] === "\\" ? (content[raw + 1] === "u" ? 6 : 2) : 1;
    decoded++;
  }
  return [start < 0 ? raw : start, raw];
}

export function locate(catalog: Catalog, paragraph: Paragraph, range?: Range): Location {
  const [start, end] = range
    ? rawOffsets(catalog.content, paragraph, range)
    : [paragraph.valueOffset, paragraph.valueOffset + paragraph.valueLength];
  const from = position(catalog, start);
  const to = position(catalog, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
