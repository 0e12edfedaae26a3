/** GitHub Actions workflow commands: an annotation per finding, where reviewers look. */
import type { RunResult } from "../types";
import type { FormatContext } from "./format";

/** Workflow-command escaping: % and line breaks in data; also , and : in properties. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function github(result: RunResult, _context: FormatContext): string {
  const command = { error: "error", warning: "warning", info: "notice" } as const;
  const lines = result.findings.map((f) => {
    const properties = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(`${f.ruleId} [${f.locale}] ${f.key}`)}`].join(",");
    return `::${command[f.severity]} ${properties}::${escapeData(f.message)}`;
  });
  return lines.length ? `${lines.join("\n")}\n` : "";
}
