/** The JSON output: a versioned contract for other tools (documented in the README). */
import type { RunResult } from "../types";
import { jsonSafe } from "../text/escape";
import { fixOf } from "./fix-edit";
import { checkedPairs } from "./aligned";
import type { FormatContext } from "./format";

export function json(result: RunResult, context: FormatContext): string {
  const document = {
    version: 1,
    tool: { name: "concord", version: context.toolVersion },
    source: result.source,
    targets: result.targets,
    shard: result.shard ?? null,
    configDigest: result.configDigest ?? null,
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
      ...(fixOf(finding) ? { fix: fixOf(finding) } : {}),
    })),
    problems: result.problems,
    // The pairs a shard checked, for merged JUnit; absent from a plain run's report.
    ...(result.shard ? { pairs: checkedPairs(result) } : {}),
  };
  return `${jsonSafe(JSON.stringify(document, null, 2))}\n`;
}
