/**
 * JUnit XML (valid against Jenkins' junit-10.xsd): a test case per checked paragraph pair, failing
 * with its error findings; warnings and infos leave it passing, listed in <system-out>, unless the
 * run fails on them (--max-warnings exceeded: context.warningsFail). Each input problem is a test
 * case in error, so a catalog that could not be read never passes silently.
 */
import { formatProblem } from "../errors";
import type { Finding, RunResult } from "../types";
import { xmlSafe as xml } from "../text/escape";
import { checkedPairs } from "./aligned";
import type { FormatContext } from "./format";
import { problemPosition, whole } from "./problems";

interface Suite {
  cases: string[];
  failures: number;
  errors: number;
}

const describe = (f: Finding) => `${f.file}:${whole(f.line)}:${whole(f.column)} ${f.severity} ${f.ruleId}: ${f.message}`;

function testcase(classname: string, name: string, body: string[]): string {
  return `    <testcase classname="${xml(classname)}" name="${xml(name)}"${body.length ? `>\n${body.join("\n")}\n    </testcase>` : " />"}`;
}

function findingCase(suite: string, key: string, findings: readonly Finding[], warningsFail: boolean): { xml: string; failed: boolean } {
  const fails = (f: Finding) => f.severity === "error" || (warningsFail && f.severity === "warning");
  const failing = findings.filter(fails);
  const noted = findings.filter((f) => !fails(f));
  const body = failing.map((f) => `      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(describe(f))}</failure>`);
  if (noted.length) body.push(`      <system-out>${noted.map((f) => xml(describe(f))).join("&#10;")}</system-out>`);
  return { xml: testcase(suite, key, body), failed: failing.length > 0 };
}

export function junit(result: RunResult, context: FormatContext): string {
  const byCase = new Map<string, Finding[]>();
  const caseKey = (locale: string, namespace: string, key: string) => JSON.stringify([String(locale), String(namespace), String(key)]);
  for (const pair of checkedPairs(result)) byCase.set(caseKey(pair.locale, pair.namespace, pair.key), []);
  for (const finding of result.findings) {
    const id = caseKey(finding.locale, finding.namespace, finding.key);
    byCase.set(id, [...(byCase.get(id) ?? []), finding]);
  }
  const suites = new Map<string, Suite>();
  const suiteOf = (name: string) => suites.get(name) ?? suites.set(name, { cases: [], failures: 0, errors: 0 }).get(name)!;
  if (result.problems.length) {
    const input = suiteOf("concord/input");
    for (const problem of result.problems) {
      const { line, column } = problemPosition(problem);
      const name = problem.file ? `${problem.file}:${line}:${column}` : "configuration";
      input.cases.push(testcase("concord/input", name, [`      <error type="${xml(String(problem.code))}" message="${xml(String(problem.message))}">${xml(formatProblem(problem))}</error>`]));
      input.errors++;
    }
  }
  for (const [id, findings] of byCase) {
    const [locale, namespace, key] = JSON.parse(id) as [string, string, string];
    const name = `${locale}/${namespace}`;
    const suite = suiteOf(name);
    const made = findingCase(name, key, findings, Boolean(context.warningsFail));
    suite.cases.push(made.xml);
    if (made.failed) suite.failures++;
  }
  const all = [...suites.values()];
  const sum = (pick: (s: Suite) => number) => all.reduce((total, s) => total + pick(s), 0);
  const parts = [...suites.entries()].map(([name, s]) => `  <testsuite name="${xml(name)}" tests="${s.cases.length}" failures="${s.failures}" errors="${s.errors}">\n${s.cases.join("\n")}\n  </testsuite>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="concord" tests="${sum((s) => s.cases.length)}" failures="${sum((s) => s.failures)}" errors="${sum((s) => s.errors)}">\n${parts.join("\n")}\n</testsuites>\n`;
}
