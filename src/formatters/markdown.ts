/**
 * A summary for a pull-request comment: counts per locale and rule, the input problems, then the
 * findings, cut to fit. Text from catalogs, configurations and reports is put in code spans
 * (markdownCode), so nothing in it renders as HTML, an image or a link, or mentions anyone.
 */
import { formatMessage } from "../engine/message";
import type { Finding, RunResult } from "../types";
import { markdownCode, markdownText } from "../text/escape";
import type { FormatContext } from "./format";
import { problemPosition, whole } from "./problems";

/** GitHub's limit for a comment is 65,536 characters; leave room for the last line. */
const LIMIT = 65_000;
/** Input problems listed before "and N more": a garbage file must not take the whole comment. */
const PROBLEM_ROWS = 50;

const code = (text: unknown) => markdownCode(String(text ?? ""), { inTable: true });

/**
 * The finding's message with its data in code spans: the rule's template as escaped text, each
 * {{value}} as code. When the template does not give the message (an old report), all of it is code.
 */
function messageMarkdown(finding: Finding, context: FormatContext): string {
  const template = context.rules?.find((meta) => meta.id === finding.ruleId)?.messages[finding.messageId];
  const data = finding.data && typeof finding.data === "object" ? finding.data : {};
  if (!template || formatMessage(template, data) !== finding.message) return code(finding.message);
  return template
    .split(/(\{\{\s*\w+\s*\}\})/)
    .map((piece, index) => (index % 2 === 0 ? markdownText(piece) : code(formatMessage(piece, data))))
    .join("");
}

function findingRow(f: Finding, context: FormatContext): string {
  const mark = f.severity === "error" ? "❌" : f.severity === "warning" ? "⚠️" : "ℹ️";
  const source = f.sourceExcerpt ? code(f.sourceExcerpt) : "";
  const snippet = f.snippet && typeof f.snippet.text === "string" ? f.snippet : undefined;
  const part = (text: string, strong = false) => (text === "" ? "" : strong ? `**${code(text)}**` : code(text));
  const target = snippet ? [part(snippet.text.slice(0, snippet.start)), part(snippet.text.slice(snippet.start, snippet.end), true), part(snippet.text.slice(snippet.end))].filter(Boolean).join(" ") : "";
  return `| ${mark} | ${code(`${f.file}:${whole(f.line)}`)} ${code(f.key)} | ${code(f.ruleId)} | ${source} | ${target} | ${messageMarkdown(f, context)} |`;
}

function problemRows(result: RunResult): string[] {
  if (result.problems.length === 0) return [];
  const rows = ["", `**Input problems (exit code 2): ${result.problems.length}.** These catalogs were not (fully) checked.`, "", "| where | problem | not checked |", "|---|---|---|"];
  for (const p of result.problems.slice(0, PROBLEM_ROWS)) {
    const { line, column } = problemPosition(p);
    const where = p.file ? code(p.line !== undefined ? `${p.file}:${line}:${column}` : p.file) : "";
    const unchecked = p.unchecked ? code(`[${p.unchecked.locale}] ${p.unchecked.namespace}`) : "";
    rows.push(`| ${where} | ${code(`${p.message}${p.hint ? ` — ${p.hint}` : ""}`)} | ${unchecked} |`);
  }
  if (result.problems.length > PROBLEM_ROWS) rows.push("", `… and ${result.problems.length - PROBLEM_ROWS} more input problems: see the log.`);
  return rows;
}

export function markdown(result: RunResult, context: FormatContext): string {
  const { errors, warnings } = result.summary;
  const title = `### Concord: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  const head = [title, ...problemRows(result), ""];
  if (result.findings.length === 0) return `${head.join("\n")}\nNo findings in ${result.summary.paragraphs} source paragraphs (${result.targets.map((t) => markdownCode(String(t))).join(", ")}).\n`;
  const counts = new Map<string, Map<string, number>>();
  for (const f of result.findings) {
    const byLocale = counts.get(f.ruleId) ?? new Map<string, number>();
    byLocale.set(f.locale, (byLocale.get(f.locale) ?? 0) + 1);
    counts.set(f.ruleId, byLocale);
  }
  head.push(`| rule | ${result.targets.map(code).join(" | ")} |`, `|---|${result.targets.map(() => "---:").join("|")}|`);
  for (const [rule, byLocale] of [...counts].sort()) head.push(`| ${code(rule)} | ${result.targets.map((t) => byLocale.get(t) ?? 0).join(" | ")} |`);
  head.push("", "| | where | rule | source | translation | finding |", "|---|---|---|---|---|---|");
  const rows = result.findings.map((f) => findingRow(f, context));
  const out = [...head];
  let length = out.join("\n").length;
  let shown = 0;
  for (const row of rows) {
    if (length + row.length + 1 > LIMIT) break;
    out.push(row);
    length += row.length + 1;
    shown++;
  }
  if (shown < rows.length) out.push("", `… and ${rows.length - shown} more findings left out to fit a comment: see the full report.`);
  return `${out.join("\n")}\n`;
}
