/**
 * The report for people: findings grouped by file, each with its key, position and the text in
 * context; then what could not be checked. All input text is terminal-safe, and no line starts
 * with it (a snippet line starts with a bar), so nothing in a catalog can act on a terminal or a CI log.
 */
import { styleText } from "util";
import { formatProblem } from "../errors";
import type { Finding, RunResult, Severity } from "../types";
import { terminalSafe } from "../text/escape";
import type { FormatContext } from "./format";
import { uncheckedCatalogs, uncheckedNamespacesByTarget, whole } from "./problems";

type Style = Parameters<typeof styleText>[0];
type Paint = (style: Style, text: string) => string;

/** Colours through Node's styleText, only when asked (the CLI decides from --color, NO_COLOR, the terminal). */
function painter(color: boolean): Paint {
  return (style, text) => (color ? styleText(style, text, { validateStream: false }) : text);
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "cyan" };
/** Problems listed per catalog before "and N more": a garbage file must not flood the report. */
const PROBLEMS_PER_FILE = 5;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** One line of text: white space runs as one space, everything else terminal-safe. */
const flat = (text: string) => terminalSafe(String(text).replace(/[ \t\n\r\u00A0\u2028\u2029]+/g, " "));

/** A path at the start of a line: if it could pass for a command (`::`, `##[`), it starts with ./ instead. */
function headerPath(file: string): string {
  const safe = terminalSafe(file);
  return /^[\p{L}\p{N}./_~]/u.test(safe) ? safe : `./${safe}`;
}

function snippetLine(finding: Finding, paint: Paint, color: boolean): string | undefined {
  const snippet = finding.snippet;
  if (!snippet || typeof snippet.text !== "string") return undefined;
  const part = (from: number, to?: number) => flat(snippet.text.slice(from, to));
  const inner = part(snippet.start, snippet.end);
  const marked = color ? paint(["bold", "underline"], inner) : `⟦${inner}⟧`;
  return `      ${paint("gray", "│")} ${paint("gray", part(0, snippet.start))}${marked}${paint("gray", part(snippet.end))}`;
}

function* findingLines(findings: Iterable<Finding>, paint: Paint, color: boolean): Generator<string> {
  let currentFile: string | undefined;
  for (const finding of findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) yield "";
      currentFile = finding.file;
      yield paint("underline", headerPath(finding.file));
    }
    const where = `${whole(finding.line)}:${whole(finding.column)}`.padEnd(7);
    const severity: Severity = Object.hasOwn(SEVERITY_STYLE, finding.severity) ? finding.severity : "error";
    const key = finding.sourceKey && finding.sourceKey !== finding.key ? `${flat(finding.key)} (${flat(finding.sourceKey)})` : flat(finding.key);
    yield `  ${where} ${paint(SEVERITY_STYLE[severity], severity.padEnd(7))} ${paint("bold", `[${flat(finding.locale)}] ${key}`)}  ${flat(finding.message)}  ${paint("gray", flat(finding.ruleId))}`;
    const snippet = snippetLine(finding, paint, color);
    if (snippet) yield snippet;
  }
}

/** The input problems, per file, and which catalogs they kept from being checked. */
function problemLines(result: RunResult, paint: Paint): string[] {
  if (result.problems.length === 0) return [];
  const lines = [paint("red", `Input problems (exit code 2): ${plural(result.problems.length, "problem")}`)];
  const perFile = new Map<string, number>();
  for (const problem of result.problems) {
    const file = problem.file ?? "";
    const count = (perFile.get(file) ?? 0) + 1;
    perFile.set(file, count);
    if (count <= PROBLEMS_PER_FILE) lines.push(`  ${paint("red", "problem")} ${formatProblem(problem)}`);
  }
  for (const [file, count] of perFile) if (count > PROBLEMS_PER_FILE) lines.push(`  … and ${count - PROBLEMS_PER_FILE} more in ${terminalSafe(file) || "the input"}`);
  for (const catalog of uncheckedCatalogs(result)) {
    lines.push(`  ${paint("red", "not checked")} ${terminalSafe(catalog.file)} ([${flat(catalog.locale)}] ${flat(catalog.namespace)}): it could not be read`);
  }
  return lines;
}

/** "checked against ru, uk" — naming only the locales that were compared, and how much of each was not. */
function scopeOf(result: RunResult): string {
  const { files, namespaces, paragraphs } = result.summary;
  const missing = uncheckedNamespacesByTarget(result);
  const full = result.targets.filter((t) => !missing.get(t));
  const partly = result.targets.filter((t) => (missing.get(t) ?? 0) > 0 && (missing.get(t) ?? 0) < namespaces);
  const none = result.targets.filter((t) => (missing.get(t) ?? 0) > 0 && (missing.get(t) ?? 0) >= namespaces);
  const against = [
    full.length ? `checked against ${full.map(flat).join(", ")}` : "",
    partly.length ? `checked partly against ${partly.map((t) => `${flat(t)} (${missing.get(t)} of ${plural(namespaces, "namespace")} not checked)`).join(", ")}` : "",
    none.length ? `not checked against ${none.map(flat).join(", ")}` : "",
  ].filter(Boolean);
  return `${plural(files, "file")}, ${plural(namespaces, "namespace")}, ${plural(paragraphs, "source paragraph")} ${against.join("; ") || "checked against no targets"}`;
}

/** The report in lines (each ending in a line break), from the run without its findings and the findings in report order. */
export function* stylishChunks(result: RunResult, findings: Iterable<Finding>, context: FormatContext): Generator<string> {
  const paint = painter(context.color);
  let anyFinding = false;
  for (const line of findingLines(findings, paint, context.color)) {
    anyFinding = true;
    yield `${line}\n`;
  }
  const problems = problemLines(result, paint);
  if (anyFinding && problems.length) yield "\n";
  for (const line of problems) yield `${line}\n`;
  const { errors, warnings, infos } = result.summary;
  const scope = scopeOf(result);
  if (anyFinding || problems.length) yield "\n";
  const total = errors + warnings + infos;
  if (total === 0 && result.problems.length === 0) {
    yield `${paint("green", `✔ No problems: ${scope}`)}\n`;
  } else if (total === 0) {
    yield `${paint("red", `✖ No findings, but ${plural(result.problems.length, "input problem")} — ${scope}`)}\n`;
  } else {
    const parts = [plural(errors, "error"), plural(warnings, "warning")];
    if (infos) parts.push(`${infos} info`);
    const input = result.problems.length ? ` and ${plural(result.problems.length, "input problem")}` : "";
    yield `${paint(errors || result.problems.length ? "red" : "yellow", `✖ ${plural(total, "problem")} (${parts.join(", ")})${input} — ${scope}`)}\n`;
  }
}

export function stylish(result: RunResult, context: FormatContext): string {
  return [...stylishChunks(result, result.findings, context)].join("");
}
