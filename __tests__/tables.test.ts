/**
 * The labelled tables in __tests__/tables/: pairs an editor reviewed and marked `silent` (the rule
 * must not report) or `flag` (it must). They are data so that a reader can review them.
 */
import { readFileSync } from "fs";
import path from "path";
import { runRule } from "./helpers";

interface Row {
  rule: string;
  locale: string;
  /** silent, flag, or flag:<messageId> (the rule must report that message). */
  expect: string;
  /** The same source in the other target language (uk for ru, ru for uk), when the row needs it. */
  sibling: string;
  source: string;
  target: string;
  note: string;
  line: number;
  file: string;
}

function readTable(file: string, rule?: string): Row[] {
  const lines = readFileSync(path.join(__dirname, "tables", file), "utf8").split("\n");
  const rows: Row[] = [];
  let header: string[] | undefined;
  lines.forEach((line, index) => {
    if (line.startsWith("#") || line.trim() === "") return;
    const cells = line.split("\t").map((cell) => cell.replace(/\{NBSP\}/g, "\u00A0").replace(/\{NNBSP\}/g, "\u202F"));
    if (!header) {
      header = cells;
      return;
    }
    const record = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
    rows.push({ rule: rule ?? record.rule, locale: record.locale, expect: record.expect as Row["expect"], source: record.source, target: record.target, sibling: record.sibling ?? "", note: record.note, line: index + 1, file });
  });
  return rows;
}

function paragraphs(cell: string): Record<string, string> {
  return Object.fromEntries(cell.split("¶").map((text, i) => [`p${i + 1}`, text]));
}

const rows = [...readTable("numbers.tsv", "number-mismatch"), ...readTable("quotes.tsv"), ...readTable("reading.tsv")];

test("the tables hold at least 150 labelled pairs, in uk and ru, silent and flagged", () => {
  expect(rows.length).toBeGreaterThanOrEqual(150);
  for (const locale of ["uk", "ru"]) {
    for (const expected of ["silent", "flag"]) expect(rows.some((row) => row.locale === locale && row.expect === expected)).toBe(true);
  }
  for (const row of rows) expect(row.expect).toMatch(/^(silent|flag(:\w+)?)$/);
});

describe.each(["numbers.tsv", "quotes.tsv", "reading.tsv"])("%s", (file) => {
  const table = rows.filter((row) => row.file === file);
  test.each(table.map((row) => [`line ${row.line} [${row.locale}] ${row.expect} ${row.rule}: ${row.note}`, row] as const))("%s", (_name, row) => {
    const sibling = row.sibling ? { locale: row.locale === "uk" ? "ru" : "uk", paragraphs: paragraphs(row.sibling) } : undefined;
    const findings = runRule(row.rule, paragraphs(row.source), paragraphs(row.target), row.locale, "en", sibling);
    const [verdict, messageId] = row.expect.split(":");
    if (verdict === "silent") expect(findings.map((f) => f.message)).toEqual([]);
    else if (messageId) expect(findings.map((f) => f.messageId)).toContain(messageId);
    else expect(findings.length).toBeGreaterThan(0);
  });
});
