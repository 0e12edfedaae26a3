/** How findings name runs of keys: p05–p19, or p05 alone. */
import type { Paragraph } from "../types";

export function keyRange(paragraphs: readonly Paragraph[]): string {
  if (paragraphs.length === 0) return "";
  const first = paragraphs[0].key;
  const last = paragraphs[paragraphs.length - 1].key;
  return paragraphs.length === 1 ? first : paragraphs.length === 2 ? `${first}, ${last}` : `${first}–${last}`;
}
