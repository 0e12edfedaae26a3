/** The JSON output: a versioned contract for other tools (documented in the README). */
import type { Finding, RunResult } from "../types";
import { fixOf } from "./fix-edit";
import { checkedPairs } from "./aligned";
import type { FormatContext } from "./format";
import { itemIndent, itemText, jsonAround, pieceText } from "./json-stream";

/** A finding as the report shows it. */
function findingJson(finding: Finding): Record<string, unknown> {
  const fix = fixOf(finding);
  return {
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
    ...(fix ? { fix } : {}),
  };
}

/** The findings' depth in the report: the list's items are indented so. */
const FINDINGS_DEPTH = 2;
const FINDINGS_INDENT = itemIndent(FINDINGS_DEPTH);

/**
 * Findings as the report's list writes them (each from its line break on, commas between), as
 * bytes: what a held group keeps so that a later report copies them instead of writing them again.
 */
export function findingsJson(findings: readonly Finding[]): Buffer {
  return Buffer.from(findings.map((finding) => itemText(findingJson(finding), FINDINGS_INDENT)).join(","));
}

/**
 * Findings that can also be read with runs of them already written by findingsJson: each run is
 * bytes in the place of its findings (held findings answered from the cache).
 */
export interface WrittenFindings extends Iterable<Finding> {
  withJson(): Iterable<Finding | Uint8Array>;
}

function isWritten(findings: Iterable<Finding>): findings is WrittenFindings {
  return typeof (findings as Partial<WrittenFindings>).withJson === "function";
}

/** Stands in for the findings while the rest of the document is laid out; split off around them. */
const FINDINGS_MARK = "\u0000concord-findings\u0000";

/**
 * The report in pieces, a finding at a time, from the run without its findings and the findings in
 * report order: joined, the same bytes as one JSON.stringify of the whole document.
 */
export function* jsonChunks(result: RunResult, findings: Iterable<Finding>, context: FormatContext): Generator<string | Uint8Array> {
  const document = {
    version: 1,
    tool: { name: "concord", version: context.toolVersion },
    source: result.source,
    targets: result.targets,
    shard: result.shard ?? null,
    configDigest: result.configDigest ?? null,
    summary: result.summary,
    findings: FINDINGS_MARK,
    problems: result.problems,
    // The pairs a shard checked, for merged JUnit; absent from a plain run's report.
    ...(result.shard ? { pairs: checkedPairs(result) } : {}),
  };
  yield* jsonAround(document, "findings", FINDINGS_MARK, FINDINGS_DEPTH, isWritten(findings) ? findings.withJson() : findings, findingJson);
}

export function json(result: RunResult, context: FormatContext): string {
  return [...jsonChunks(result, result.findings, context)].map(pieceText).join("");
}
