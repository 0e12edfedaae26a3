/** Where an offset of a text stands, for messages: 1-based line and column (UTF-16 units, lines by \n). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - before.lastIndexOf("\n") };
}
