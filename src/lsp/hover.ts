/**
 * The hover of a key or value: the aligned source paragraph and the sibling translations, one
 * under the other (a hover is narrow), with their numbers and quotations listed and the numbers
 * that differ from the source marked. Catalog text goes only into code spans, with controls shown
 * as escapes, so nothing in it renders as HTML, a link or Markdown.
 */
import type { MarkupContent } from "vscode-languageserver";
import { parseCatalog } from "../catalog/parse";
import { markdownCode } from "../text/escape";
import { compareNumbers, extractNumbers, type NumberToken } from "../text/numbers";
import type { LocaleProfile } from "../text/locales";
import { extractQuotes } from "../text/quotes";
import type { Paragraph, ReportCell, ReportRow } from "../types";

/** Longer paragraphs are cut in the hover: it is a glance, the file holds the rest. */
const SHOWN_CHARACTERS = 800;

/** A paragraph, a key or a number in the hover: cut when long, then a code span. */
export function hoverCode(text: string): string {
  return markdownCode(text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text);
}

/** The paragraph whose value holds `offset`, else the one whose value starts on the offset's line (the key). */
export function paragraphAt(content: string, offset: number): Paragraph | undefined {
  const parsed = parseCatalog(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, "(editor)");
  const shift = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = offset - shift;
  const inValue = parsed.paragraphs.find((p) => at >= p.valueOffset && at < p.valueOffset + p.valueLength);
  if (inValue) return inValue;
  const lineStart = content.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = content.indexOf("\n", offset);
  return parsed.paragraphs.find((p) => p.valueOffset + shift >= lineStart && (lineEnd < 0 || p.valueOffset + shift < lineEnd));
}

/** The report row that holds `key` in `locale` (the source locale reads the row's source cell). */
export function rowOf(rows: readonly ReportRow[], locale: string, sourceLocale: string, key: string): ReportRow | undefined {
  return rows.find((row) => (locale === sourceLocale ? row.source?.key === key : row.targets[locale]?.some((cell) => cell.key === key)));
}

function listed(tokens: readonly { text: string }[]): string {
  return tokens.length ? tokens.map((t) => hoverCode(t.text)).join(" ") : "none";
}

function quotationsOf(text: string, profile: LocaleProfile): string {
  return listed(extractQuotes(text, profile).quotations.filter((q) => q.depth === 0).map((q) => ({ text: `${q.openMark}${q.text}${q.closeMark}` })));
}

/** A translation's numbers, with what the source has and it lacks (and the reverse) marked. */
function numbersAgainst(sourceNumbers: NumberToken[] | undefined, text: string, profile: LocaleProfile): string {
  const numbers = extractNumbers(text, profile);
  if (!sourceNumbers) return `numbers: ${listed(numbers)}`;
  const { missing, extra, conversions } = compareNumbers(sourceNumbers, numbers);
  const marks = [
    ...missing.map((t) => `✗ missing ${hoverCode(t.text)}`),
    ...extra.map((t) => `✗ not in the source ${hoverCode(t.text)}`),
    ...conversions.map((c) => `✗ ${hoverCode(c.source.text)} converted as ${hoverCode(c.found.text)}`),
  ];
  return `numbers: ${listed(numbers)}${marks.length ? ` — ${marks.join(", ")}` : numbers.length ? " ✓" : ""}`;
}

function section(locale: string, cell: ReportCell, note: string, numbers: string, profile: LocaleProfile): string {
  return [`**${locale}** ${hoverCode(cell.key)}${note}`, hoverCode(cell.text), `${numbers} · quotations: ${quotationsOf(cell.text, profile)}`].join("  \n");
}

export interface HoverSides {
  /** The locale of the hovered document, and the project's source locale. */
  locale: string;
  sourceLocale: string;
  profile(locale: string): LocaleProfile;
}

export function hoverMarkdown(row: ReportRow, sides: HoverSides): MarkupContent {
  const { locale, sourceLocale, profile } = sides;
  const from = profile(sourceLocale);
  const sourceNumbers = row.source ? extractNumbers(row.source.text, from) : undefined;
  const sections: string[] = [];
  if (row.source) sections.push(section(sourceLocale, row.source, locale === sourceLocale ? " (this file)" : " (source)", `numbers: ${listed(sourceNumbers ?? [])}`, from));
  else sections.push(`**${sourceLocale}**: no source paragraph is aligned with this one`);
  const targets = Object.keys(row.targets).sort((a, b) => (a === locale ? -1 : b === locale ? 1 : a.localeCompare(b)));
  for (const target of targets) {
    const to = profile(target);
    for (const cell of row.targets[target]) {
      sections.push(section(target, cell, target === locale ? " (this file)" : "", numbersAgainst(sourceNumbers, cell.text, to), to));
    }
  }
  for (const [target, merged] of Object.entries(row.merged ?? {})) if (merged) sections.push(`**${target}**: merged into the previous paragraph's translation`);
  return { kind: "markdown", value: sections.join("\n\n---\n\n") };
}
