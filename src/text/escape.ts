/**
 * Escapes for every place catalog, configuration or report text is printed: a terminal, a GitHub
 * workflow command, XML, JSON, and GitHub-flavoured Markdown. Pure functions; each makes sure the
 * text can neither start a line of Concord's output nor render as anything but itself.
 */
import { isUtf8 } from "buffer";

/**
 * Characters that are invisible or act on a terminal or on the reading order: C0 controls (line
 * breaks and tabs included), DEL, C1 controls, bidi marks, embeddings, overrides and isolates, and
 * the line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The same less C0 (JSON.stringify escapes C0 in strings; outside them it writes its own line breaks). */
const UNSAFE_BEYOND_C0 = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** Lone surrogates: not text, and not encodable as UTF-8 (terminals print U+FFFD, XML rejects them). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function hex(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text on one line, every control and bidi character shown as `\n`, `\t` or `\u001B`. */
export function terminalSafe(text: string): string {
  return String(text).replace(UNSAFE, (c) => SHORT[c] ?? hex(c)).replace(LONE_SURROGATE, hex);
}

/** A workflow command's message (GitHub's rules: %, CR and LF escaped), on one visible line. */
export function workflowData(text: string): string {
  return terminalSafe(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value: as data, and `:` and `,` too. */
export function workflowProperty(text: string): string {
  return workflowData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * XML text or attribute value: markup characters as entities; tabs and line breaks as character
 * references (so that attribute values survive normalisation and no line of the file starts with
 * input); the other controls, which XML 1.0 forbids, and bidi characters shown as `\u001B`.
 */
export function xmlSafe(text: string): string {
  return String(text)
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string)
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(UNSAFE, hex)
    .replace(/[\uFFFE\uFFFF]/g, hex)
    .replace(LONE_SURROGATE, hex);
}

/**
 * HTML text or attribute value: markup characters as entities; line breaks and tabs as character
 * references (white space to a browser, and no line of the file starts with input); other
 * controls and bidi characters shown as `\u202E`, since a browser would act on them.
 */
export function htmlSafe(text: string): string {
  return String(text)
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string)
    .replace(/[\t\n]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(UNSAFE, hex)
    .replace(LONE_SURROGATE, hex);
}

/**
 * A JSON document with the characters JSON.stringify leaves raw (DEL, C1, bidi, U+2028/9, lone
 * surrogates) written as \u escapes: the same value when parsed, nothing invisible when printed.
 * Safe on the whole document because outside strings JSON holds only ASCII.
 */
export function jsonSafe(document: string): string {
  return document.replace(UNSAFE_BEYOND_C0, hex);
}

/**
 * Whether UTF-8 bytes of a JSON report (as jsonSafe and JSON.stringify leave it) hold nothing a
 * terminal or viewer would act on: valid UTF-8, no control but the line break, no DEL or C1, no
 * U+061C, U+200E/F, U+2028–U+202E or U+2066–U+2069. Bytes read back from a file are checked so.
 */
export function isSafeJsonBytes(bytes: Uint8Array): boolean {
  if (!isUtf8(bytes)) return false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x20 && b < 0x7f) continue;
    if (b === 0x0a || (b >= 0xc3 && b !== 0xd8 && b !== 0xe2)) continue;
    if (b < 0x20 || b === 0x7f) return false;
    const next = bytes[i + 1];
    if (b === 0xc2 && next >= 0x80 && next <= 0x9f) return false;
    if (b === 0xd8 && next === 0x9c) return false;
    if (b === 0xe2 && next === 0x80 && (bytes[i + 2] === 0x8e || bytes[i + 2] === 0x8f || (bytes[i + 2] >= 0xa8 && bytes[i + 2] <= 0xae))) return false;
    if (b === 0xe2 && next === 0x81 && bytes[i + 2] >= 0xa6 && bytes[i + 2] <= 0xa9) return false;
  }
  return true;
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Markdown's ASCII punctuation, backslash-escaped: text of ours (messages) that must not render. */
export function markdownText(text: string): string {
  return terminalSafe(text).replace(/[\\`*_{}[\]()<>#+\-.!|~&:"']/g, "\\$&");
}

/** A code span around text that holds no backtick run of its length, padded where GFM strips. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) && !/^ +$/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Catalog text in Markdown, as code: nothing in it renders, links, fetches or mentions (GitHub
 * does not link `@name`, `#1` or URLs inside code). Line breaks and controls are shown escaped. In a
 * table cell a `|` would end the cell even inside code, so each one is written, escaped, between
 * code spans, where no backslash of the text can precede it.
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  const flat = terminalSafe(text);
  if (flat === "") return "` `";
  if (!options.inTable) return codeSpan(flat);
  return flat
    .split("|")
    .map((piece) => (piece === "" ? "" : codeSpan(piece)))
    .join("\\|");
}
