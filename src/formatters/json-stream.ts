/**
 * A JSON document written a list item at a time: laid out once with a mark where the list goes and
 * split around it, each item stringified alone and indented to its depth. Joined, the pieces are
 * the bytes of one `jsonSafe(JSON.stringify(document, null, 2))`.
 */
import { jsonSafe } from "../text/escape";

/** The line break and indentation before an item `depth` levels deep. */
export function itemIndent(depth: number): string {
  return `\n${"  ".repeat(depth)}`;
}

/** One item as the list holds it: its line break, then its JSON indented to the list's depth (no comma). */
export function itemText(json: unknown, indent: string): string {
  return `${indent}${jsonSafe(JSON.stringify(json, null, 2)).replace(/\n/g, indent)}`;
}

/** A report's piece as text: bytes among the pieces are UTF-8. */
export function pieceText(piece: string | Uint8Array): string {
  return typeof piece === "string" ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.length).toString();
}

/** The comma between items, as bytes: beside items given as bytes, the writer joins bytes. */
const COMMA = Buffer.from(",");

/**
 * `document` holds `mark` (a string) as the value of `key`, once; the list's items sit `depth`
 * levels deep. A string in the document has its quotes escaped, so the mark with its bare quotes
 * can only be the list's place. An item given as bytes is one or more items already written by
 * itemText (commas between them), copied as they are.
 */
export function jsonAround<T>(document: unknown, key: string, mark: string, depth: number, items: Iterable<T>, itemJson: (item: T) => unknown): Generator<string>;
export function jsonAround<T>(document: unknown, key: string, mark: string, depth: number, items: Iterable<T | Uint8Array>, itemJson: (item: T) => unknown): Generator<string | Uint8Array>;
export function* jsonAround<T>(document: unknown, key: string, mark: string, depth: number, items: Iterable<T | Uint8Array>, itemJson: (item: T) => unknown): Generator<string | Uint8Array> {
  const whole = JSON.stringify(document, null, 2);
  const marker = `${JSON.stringify(key)}: ${JSON.stringify(mark)}`;
  const at = whole.indexOf(marker);
  const indent = itemIndent(depth);
  yield `${jsonSafe(whole.slice(0, at))}${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    if (item instanceof Uint8Array) {
      if (item.length === 0) continue;
      if (!first) yield COMMA;
      yield item;
    } else yield `${first ? "" : ","}${itemText(itemJson(item), indent)}`;
    first = false;
  }
  yield `${first ? "]" : `\n${"  ".repeat(depth - 1)}]`}${jsonSafe(whole.slice(at + marker.length))}\n`;
}
