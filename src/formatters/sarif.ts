/**
 * SARIF 2.1.0 for code scanning: the rules with their names, descriptions and help pages, the
 * findings with physical locations in the target catalogs, fixes where a finding has one, the
 * input problems as tool execution notifications, and fingerprints that keep a finding's identity
 * across commits (rule, locale, namespace, key, message and data — not line numbers).
 */
import { createHash } from "../hash";
import type { Finding, InputProblem, RunResult } from "../types";
import { fixOf } from "./fix-edit";
import type { FormatContext } from "./format";
import type { RuleMeta } from "../rules/rule";
import { jsonAround } from "./json-stream";
import { problemPosition, whole } from "./problems";

const LEVEL: Record<string, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const levelOf = (severity: unknown) => (typeof severity === "string" && Object.hasOwn(LEVEL, severity) ? LEVEL[severity] : "error");

export function fingerprint(finding: Finding): string {
  const identity = [finding.ruleId, finding.messageId, finding.locale, finding.namespace, finding.key, finding.sourceKey ?? "", JSON.stringify(finding.data)].join("\u0000");
  return createHash("sha256").update(identity).digest("hex").slice(0, 32);
}

/** "number-mismatch" → "NumberMismatch": SARIF wants a name that is not the id. */
export function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

function describeRule(meta: RuleMeta, context: FormatContext) {
  const docs = context.ruleDocs?.[meta.id];
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: { text: `${meta.description}${docs?.url ? ` See ${docs.url}` : ""}`, markdown: docs?.markdown ?? `${meta.description}${docs?.url ? `\n\nSee [${meta.id}](${docs.url}).` : ""}` },
    ...(docs?.url ? { helpUri: docs.url } : {}),
    defaultConfiguration: { level: meta.defaultSeverity === "off" ? "none" : levelOf(meta.defaultSeverity) },
  };
}

function region(line: unknown, column: unknown, endLine: unknown, endColumn: unknown) {
  const start = { startLine: whole(line), startColumn: whole(column) };
  const end = Math.max(whole(endLine), start.startLine);
  return { ...start, endLine: end, endColumn: end === start.startLine ? Math.max(whole(endColumn), start.startColumn) : whole(endColumn) };
}

function fixesOf(finding: Finding) {
  const fix = fixOf(finding);
  if (!fix) return {};
  const replacement = { deletedRegion: region(fix.line, fix.column, fix.endLine, fix.endColumn), insertedContent: { text: fix.text } };
  return { fixes: [{ description: { text: `Fix: ${finding.message}` }, artifactChanges: [{ artifactLocation: { uri: finding.file }, replacements: [replacement] }] }] };
}

function notification(problem: InputProblem) {
  const { line, column } = problemPosition(problem);
  const location = problem.file ? [{ physicalLocation: { artifactLocation: { uri: String(problem.file) }, ...(problem.line !== undefined ? { region: { startLine: line, startColumn: column } } : {}) } }] : [];
  return {
    level: "error",
    message: { text: `${problem.message}${problem.hint ? ` — ${problem.hint}` : ""}` },
    descriptor: { id: String(problem.code) },
    ...(location.length ? { locations: location } : {}),
    ...(problem.unchecked ? { properties: { notChecked: { locale: problem.unchecked.locale, namespace: problem.unchecked.namespace } } } : {}),
  };
}

/** Stands in for the results while the rest of the log is laid out; split off around them. */
const RESULTS_MARK = "\u0000concord-results\u0000";

/**
 * The log in pieces, a result at a time, from the run without its findings and the findings in
 * report order: joined, the same bytes as one JSON.stringify of the whole log.
 */
export function* sarifChunks(result: RunResult, findings: Iterable<Finding>, context: FormatContext): Generator<string> {
  const rules = (context.rules ?? []).map((meta) => describeRule(meta, context));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const resultOf = (finding: Finding) => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: levelOf(finding.severity),
    message: { text: `[${finding.locale}] ${finding.key}: ${finding.message}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: finding.file }, region: region(finding.line, finding.column, finding.endLine, finding.endColumn) } }],
    partialFingerprints: { "concord/v1": fingerprint(finding) },
    properties: { locale: finding.locale, namespace: finding.namespace, key: finding.key, ...(finding.sourceKey ? { sourceKey: finding.sourceKey } : {}), messageId: finding.messageId },
    ...fixesOf(finding),
  });
  const driver = { name: "concord", version: context.toolVersion, ...(context.homepage ? { informationUri: context.homepage } : {}), rules };
  const invocation = { executionSuccessful: result.problems.length === 0, toolExecutionNotifications: result.problems.map(notification) };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver }, invocations: [invocation], columnKind: "utf16CodeUnits", results: RESULTS_MARK }],
  };
  yield* jsonAround(log, "results", RESULTS_MARK, 4, findings, resultOf);
}

export function sarif(result: RunResult, context: FormatContext): string {
  return [...sarifChunks(result, result.findings, context)].join("");
}
