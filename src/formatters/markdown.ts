/** A summary for a pull-request comment: counts per locale and rule, then the findings, cut to fit. */
import type { RunResult } from "../types";
import type { FormatContext } from "./format";

/** GitHub's limit for a comment is 65,536 characters; leave room for the last line. */
const LIMIT = 65_000;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

export function markdown(result: RunResult, _context: FormatContext): string {
  const { errors, warnings } = result.summary;
  const head = [`### Concord: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`, ""];
  if (result.findings.length === 0) return `${head[0]}\n\nNo problems in ${result.summary.paragraphs} source paragraphs (${result.targets.join(", ")}).\n`;
  const counts = new Map<string, Map<string, number>>();
  for (const f of result.findings) {
    const byLocale = counts.get(f.ruleId) ?? new Map<string, number>();
    byLocale.set(f.locale, (byLocale.get(f.locale) ?? 0) + 1);
    counts.set(f.ruleId, byLocale);
  }
  head.push(`| rule | ${result.targets.join(" | ")} |`, `|---|${result.targets.map(() => "---:").join("|")}|`);
  for (const [rule, byLocale] of [...counts].sort()) head.push(`| ${rule} | ${result.targets.map((t) => byLocale.get(t) ?? 0).join(" | ")} |`);
  head.push("", "| | where | rule | source | translation | finding |", "|---|---|---|---|---|---|");
  const rows = result.findings.map((f) => {
    const mark = f.severity === "error" ? "❌" : f.severity === "warning" ? "⚠️" : "ℹ️";
    const source = f.sourceExcerpt ? cell(f.sourceExcerpt) : "";
    const target = f.snippet ? cell(`${f.snippet.text.slice(0, f.snippet.start)}**${f.snippet.text.slice(f.snippet.start, f.snippet.end)}**${f.snippet.text.slice(f.snippet.end)}`) : "";
    return `| ${mark} | \`${f.file}:${f.line}\` ${cell(f.key)} | ${f.ruleId} | ${source} | ${target} | ${cell(f.message)} |`;
  });
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
