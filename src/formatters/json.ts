/** The JSON output: a versioned contract for other tools (documented in the README). */
import type { RunResult } from "../types";
import type { FormatContext } from "./format";

export function json(result: RunResult, context: FormatContext): string {
  const document = {
    version: 1,
    tool: { name: "concord", version: context.toolVersion },
    source: result.source,
    targets: result.targets,
    summary: result.summary,
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      severity: finding.severity,
      locale: finding.locale,
      namespace: finding.namespace,
      key: finding.key,
      sourceKey: finding.sourceKey ?? null,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      data: finding.data,
      ...(finding.fix ? { fix: finding.fix } : {}),
      snippet: finding.snippet ?? null,
      sourceExcerpt: finding.sourceExcerpt ?? null,
    })),
    problems: result.problems,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
