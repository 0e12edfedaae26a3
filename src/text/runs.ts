/**
 * Runs of characters at the end of a string, found by one backward loop: the linear replacement
 * for `/[…]+$/`, which V8 retries from every start inside the run (quadratic on a long run).
 */

/** Where the run of `chars` that ends `text` before `end` begins (`end` when there is none). */
export function trailingRunStart(text: string, chars: string, end = text.length): number {
  let start = end;
  while (start > 0 && chars.includes(text[start - 1])) start--;
  return start;
}
