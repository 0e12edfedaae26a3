/**
 * The parts of a UI string that must survive translation as written: i18next interpolations
 * ({{name}}, {{ count }}, {{value, number}}), nesting ($t(key)), react-i18next and HTML tags
 * (<0>…</0>, <strong>), URLs and e-mail addresses.
 */

export type PlaceholderKind = "interpolation" | "nesting" | "tag" | "url" | "email";

export interface Placeholder {
  kind: PlaceholderKind;
  /** What must match: the variable's name, the nested key, the tag, the address. */
  name: string;
  text: string;
  start: number;
  end: number;
}

const PATTERNS: ReadonlyArray<readonly [PlaceholderKind, RegExp]> = [
  ["interpolation", /\{\{\s*([^{}]{1,200}?)\s*\}\}/g],
  ["nesting", /\$t\(([^()]{1,200})\)/g],
  ["tag", /<\/?([A-Za-z][A-Za-z0-9-]{0,30}|\d{1,3})(?:\s[^<>]{0,300})?\s*\/?>/g],
  ["url", /\bhttps?:\/\/[^\s<>"«»“”]{1,500}/g],
  ["email", /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b/g],
];

function nameOf(kind: PlaceholderKind, match: RegExpMatchArray): string {
  switch (kind) {
    case "interpolation":
      // {{value, number}} and {{value}} name the same variable; the format may be localised.
      return match[1].split(",")[0].trim();
    case "tag":
      return match[0].replace(/\s[^<>]*?(\/?)>$/, "$1>").replace(/\s+/g, "");
    case "url":
      return match[0].replace(/[.,;:!?)]+$/, "");
    default:
      return match[1] ?? match[0];
  }
}

export function extractPlaceholders(text: string): Placeholder[] {
  if (!/[{$<@:]/.test(text)) return [];
  const found: Placeholder[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      found.push({ kind, name: nameOf(kind, match), text: match[0], start, end: start + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with its placeholders, tags, URLs and addresses blanked: what is left is the prose. */
export function withoutPlaceholders(text: string): string {
  const found = extractPlaceholders(text);
  if (found.length === 0) return text;
  let result = "";
  let from = 0;
  for (const placeholder of found) {
    if (placeholder.start < from) continue;
    result += `${text.slice(from, placeholder.start)} `;
    from = placeholder.end;
  }
  return result + text.slice(from);
}

/** Levenshtein distance, for telling a renamed variable ({{userName}} → {{username}}) from a different one. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
