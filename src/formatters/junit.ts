/** JUnit XML: a test case per checked paragraph pair, a failure per finding. */
import type { Finding, RunResult } from "../types";
import { checkedPairs } from "./aligned";
import type { FormatContext } from "./format";

function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function junit(result: RunResult, _context: FormatContext): string {
  const byCase = new Map<string, Finding[]>();
  const caseKey = (locale: string, namespace: string, key: string) => `${locale}\u0000${namespace}\u0000${key}`;
  for (const pair of checkedPairs(result)) byCase.set(caseKey(pair.locale, pair.namespace, pair.key), []);
  for (const finding of result.findings) {
    const id = caseKey(finding.locale, finding.namespace, finding.key);
    byCase.set(id, [...(byCase.get(id) ?? []), finding]);
  }
  const suites = new Map<string, string[]>();
  let failures = 0;
  for (const [id, findings] of byCase) {
    const [locale, namespace, key] = id.split("\u0000");
    const suite = `${locale}/${namespace}`;
    const failing = findings.filter((f) => f.severity === "error" || f.severity === "warning");
    failures += failing.length ? 1 : 0;
    const body = failing
      .map((f) => `      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}`)}</failure>`)
      .join("\n");
    const testcase = `    <testcase classname="${xml(suite)}" name="${xml(key)}"${body ? `>\n${body}\n    </testcase>` : " />"}`;
    suites.set(suite, [...(suites.get(suite) ?? []), testcase]);
  }
  const parts = [...suites.entries()].map(([suite, cases]) => {
    const failed = cases.filter((c) => c.includes("<failure")).length;
    return `  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${failed}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const total = [...suites.values()].reduce((sum, cases) => sum + cases.length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="concord" tests="${total}" failures="${failures}">\n${parts.join("\n")}\n</testsuites>\n`;
}
