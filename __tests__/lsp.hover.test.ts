/** The hover's pieces: catalog text as code spans that cannot render, and which paragraph a position is on. */
import { hoverCode, paragraphAt } from "../src/lsp/hover";

test.each([
  ["plain text", "Трамп сказав", "`Трамп сказав`"],
  ["backticks inside: a longer fence", "a `b` c", "``a `b` c``"],
  ["a backtick at an edge: padded", "`x", "`` `x ``"],
  ["empty", "", "` `"],
  ["line breaks and tabs, shown", "a\nb\tc", "`a\\nb\\tc`"],
  ["bidi override and escape, shown", "\u202Eevil\u001b[2J", "`\\u202Eevil\\u001B[2J`"],
  ["a lone surrogate, shown", "a\uD800b", "`a\\uD800b`"],
  ["HTML and links stay text inside code", "<b>x</b> [l](http://e)", "`<b>x</b> [l](http://e)`"],
])("hoverCode: %s", (_name, text, expected) => {
  expect(hoverCode(text)).toBe(expected);
});

test("hoverCode cuts a long paragraph", () => {
  expect(hoverCode("а".repeat(5000))).toBe(`\`${"а".repeat(800)}…\``);
});

test("paragraphAt: the value under the offset, or the paragraph whose key is on the offset's line", () => {
  const content = '{\n  "p01": "One.",\n  "p02": "Two."\n}\n';
  expect(paragraphAt(content, content.indexOf("Two"))?.key).toBe("p02");
  expect(paragraphAt(content, content.indexOf("p01"))?.key).toBe("p01");
  expect(paragraphAt(content, 0)).toBeUndefined();
  expect(paragraphAt(`\uFEFF${content}`, content.indexOf("Two") + 1)?.key).toBe("p02");
  expect(paragraphAt('{ "p01": "x", ', 3)).toBeUndefined();
});
