/**
 * SARIF 2.1.0 for code scanning: the rules with their descriptions and docs, the findings with
 * physical locations in the target catalogs, and fingerprints that keep a finding's identity
 * across commits (rule, locale, namespace, key, message and data — not line numbers).
 */
import { createHash } from "crypto";
import type { Finding, RunResult, Severity } from "../types";
import type { FormatContext } from "./format";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const HOME = "https://github.com/concord-i18n/concord";

export function fingerprint(finding: Finding): string {
  const identity = [finding.ruleId, finding.messageId, finding.locale, finding.namespace, finding.key, finding.sourceKey ?? "", JSON.stringify(finding.data)].join("\u0000");
  return createHash("sha256").update(identity).digest("hex").slice(0, 32);
}

export function sarif(result: RunResult, context: FormatContext): string {
  const rules = (context.rules ?? []).map((meta) => ({
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: { text: `${meta.description} See ${meta.docs}.`, markdown: `${meta.description}\n\nSee [${meta.docs}](${HOME}/blob/main/${meta.docs}).` },
    helpUri: `${HOME}/blob/main/${meta.docs}`,
    defaultConfiguration: { level: meta.defaultSeverity === "off" ? "none" : LEVEL[meta.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = result.findings.map((finding) => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: LEVEL[finding.severity],
    message: { text: `[${finding.locale}] ${finding.key}: ${finding.message}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: Math.max(finding.endColumn, finding.line === finding.endLine ? finding.column : 1) },
        },
      },
    ],
    partialFingerprints: { "concord/v1": fingerprint(finding) },
    properties: { locale: finding.locale, namespace: finding.namespace, key: finding.key, ...(finding.sourceKey ? { sourceKey: finding.sourceKey } : {}), messageId: finding.messageId },
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "concord", version: context.toolVersion, informationUri: HOME, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
