/** The shape of a locale profile: everything Concord knows about how one language writes text. */

export type Script = "Latin" | "Cyrillic";

/** A family of inflected word forms that share a stem, e.g. мільйон + а/и/ів. */
export interface WordForms {
  stem: string;
  endings: readonly string[];
  value: number;
}

export interface LocaleProfile {
  id: string;
  name: string;
  script: Script;
  /** Quotation marks as [open, close], outer first, then the quote inside a quote. */
  quotes: readonly (readonly [string, string])[];
  decimalSeparator: "." | ",";
  /** Characters that group thousands (1,000 or 1 000). */
  groupSeparators: readonly string[];
  /** Words and abbreviations that multiply the number before them (million, млн, тис.). */
  scaleWords: readonly WordForms[];
}

/** Expands stem+ending families into a lookup table from lower-case word to value. */
export function expandWordForms(families: readonly WordForms[]): Map<string, number> {
  const table = new Map<string, number>();
  for (const family of families) {
    for (const ending of family.endings) table.set(family.stem + ending, family.value);
  }
  return table;
}
