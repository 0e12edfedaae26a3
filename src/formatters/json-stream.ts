/**
 * A JSON document written a list item at a time: laid out once with a mark where the list goes and
 * split around it, each item stringified alone and indented to its depth. Joined, the pieces are
 * the bytes of one `jsonSafe(JSON.stringify(document, null, 2))`.
 */
import { jsonSafe } from "../text/escape";

/**
 * `document` holds `mark` (a string) as the value of `key`, once; the list's items sit `depth`
 * levels deep. A string in the document has its quotes escaped, so the mark with its bare quotes
 * can only be the list's place.
 */
export function* jsonAround<T>(document: unknown, key: string, mark: string, depth: number, items: Iterable<T>, itemJson: (item: T) => unknown): Generator<string> {
  const whole = JSON.stringify(document, null, 2);
  const marker = `${JSON.stringify(key)}: ${JSON.stringify(mark)}`;
  const at = whole.indexOf(marker);
  const indent = `\n${"  ".repeat(depth)}`;
  yield `${jsonSafe(whole.slice(0, at))}${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? "" : ","}${indent}${jsonSafe(JSON.stringify(itemJson(item), null, 2)).replace(/\n/g, indent)}`;
    first = false;
  }
  yield `${first ? "]" : `\n${"  ".repeat(depth - 1)}]`}${jsonSafe(whole.slice(at + marker.length))}\n`;
}
