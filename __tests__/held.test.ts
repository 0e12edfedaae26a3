/**
 * Findings held compactly (engine/held.ts) and written a finding at a time (json and stylish):
 * the same findings in the same order as a sort of the whole run, and the same bytes as the
 * whole report built at once.
 */
import { readdirSync } from "fs";
import path from "path";
import { check } from "../src/engine/check";
import { HeldFindings } from "../src/engine/held";
import { sortFindings } from "../src/engine/pipeline";
import { formatContext, formatters, streamingFormatters } from "../src/formatters";
import { fixOf } from "../src/formatters/fix-edit";
import { rules } from "../src/rules";
import { jsonSafe } from "../src/text/escape";
import type { Finding, RunResult } from "../src/types";
import { runCli } from "./helpers";

const ntrex = path.join(__dirname, "..", "corpora", "ntrex", "locales");
/** A few articles: enough findings of several rules and files. */
const namespaces = readdirSync(path.join(ntrex, "en")).sort().slice(0, 8).map((file) => file.replace(/\.json$/, ""));
const context = formatContext({ color: false, cwd: process.cwd(), rules: rules.map((rule) => rule.meta) });

function finding(file: string, line: number, message: string, namespace = "a"): Finding {
  return { ruleId: "number-mismatch", messageId: "m", message, severity: "error", locale: "uk", namespace, key: `k${line}`, file, line, column: 1, endLine: line, endColumn: 2, data: { n: line, nothing: undefined } };
}

describe("held findings", () => {
  test("come out in the order of one sort of the whole run, whatever order namespaces add them in", () => {
    // "é" composed and decomposed: two file names that the report's order ranks equal, in two namespaces.
    const composed = "locales/uk/caf\u00e9.json";
    const decomposed = "locales/uk/cafe\u0301.json";
    expect(composed.localeCompare(decomposed)).toBe(0);
    const byNamespace = [
      [finding("locales/uk/b.json", 3, "x", "b"), finding("locales/uk/b.json", 1, "y", "b"), finding("locales/ru/b.json", 2, "z", "b")],
      [finding(composed, 2, "p", "c1"), finding(composed, 1, "q", "c1")],
      [finding(decomposed, 1, "r", "c2"), finding(decomposed, 2, "p", "c2"), finding("locales/ru/a.json", 9, "s", "c2")],
    ];
    const held = new HeldFindings();
    for (const findings of byNamespace) held.add(findings);
    const expected = sortFindings(byNamespace.flat());
    expect(held.size).toBe(expected.length);
    expect(held.all()).toEqual(expected);
    // Kept as they were, undefined included (a structured clone, not JSON).
    expect(Object.hasOwn(held.all()[0].data, "nothing")).toBe(true);
  });

  test("of shards join as the shards' findings sorted together", () => {
    const first = new HeldFindings();
    first.add([finding("locales/uk/b.json", 2, "b2"), finding("locales/uk/b.json", 1, "b1")]);
    const second = HeldFindings.fromTransfer(structuredClone(new HeldFindings().toTransfer()));
    second.add([finding("locales/uk/a.json", 5, "a5")]);
    const moved = HeldFindings.fromTransfer(structuredClone(second.toTransfer()));
    first.join(moved);
    expect(first.all().map((f) => f.message)).toEqual(["a5", "b1", "b2"]);
  });
});

/** The JSON report as it was built before it was streamed: one JSON.stringify of the whole document. */
function wholeJson(result: RunResult): string {
  const findings = result.findings.map((f) => ({
    ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, locale: f.locale, namespace: f.namespace, key: f.key, sourceKey: f.sourceKey ?? null, file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message, data: f.data,
    ...(f.fix ? { fix: f.fix } : {}), snippet: f.snippet ?? null, sourceExcerpt: f.sourceExcerpt ?? null, ...(fixOf(f) ? { fix: fixOf(f) } : {}),
  }));
  const document = { version: 1, tool: { name: "concord", version: context.toolVersion }, source: result.source, targets: result.targets, shard: result.shard ?? null, configDigest: result.configDigest ?? null, summary: result.summary, findings, problems: result.problems };
  return `${jsonSafe(JSON.stringify(document, null, 2))}\n`;
}

describe("streamed reports", () => {
  let result: RunResult;
  beforeAll(async () => {
    result = await check({ locales: ntrex, namespaces });
  });

  test("JSON a finding at a time is the document stringified whole, with findings and without", () => {
    expect(result.findings.length).toBeGreaterThan(3);
    expect(formatters.json(result, context)).toBe(wholeJson(result));
    const none = { ...result, findings: [], summary: { ...result.summary, errors: 0, warnings: 0, infos: 0 } };
    expect(formatters.json(none, context)).toBe(wholeJson(none));
    // A catalog text holding the very mark the report is split around is only text.
    const marked = { ...result, findings: [{ ...result.findings[0], message: '"findings": "\u0000concord-findings\u0000"' }] };
    expect(JSON.parse(formatters.json(marked, context)).findings[0].message).toBe(marked.findings[0].message);
  });

  test("SARIF a result at a time is the log stringified whole, with results and without", () => {
    const restringified = (text: string) => `${jsonSafe(JSON.stringify(JSON.parse(text), null, 2))}\n`;
    const streamed = formatters.sarif(result, context);
    expect(JSON.parse(streamed).runs[0].results).toHaveLength(result.findings.length);
    expect(streamed).toBe(restringified(streamed));
    const none = { ...result, findings: [] };
    expect(formatters.sarif(none, context)).toBe(restringified(formatters.sarif(none, context)));
    expect(JSON.parse(formatters.sarif(none, context)).runs[0].results).toEqual([]);
    // The mark the log is split around, in a catalog's text and in an input problem, is only text.
    const mark = '"results": "\u0000concord-results\u0000"';
    const marked = { ...result, findings: [{ ...result.findings[0], message: mark }], problems: [{ code: "x", message: mark, hint: "", file: "locales/uk/a.json" }] };
    const parsed = JSON.parse(formatters.sarif(marked, context));
    expect(parsed.runs[0].results[0].message.text).toContain(mark);
    expect(parsed.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe(mark);
    expect([...streamingFormatters.sarif({ ...result, findings: [] }, result.findings, context)].join("")).toBe(streamed);
  });

  test("stylish in lines is the same text as stylish at once", () => {
    const whole = formatters.stylish(result, context);
    const pieces = [...streamingFormatters.stylish({ ...result, findings: [] }, result.findings, context)];
    expect(pieces.length).toBeGreaterThan(result.findings.length);
    expect(pieces.join("")).toBe(whole);
  });

  test("the CLI writes the same JSON and stylish as the formatters given the library's result", async () => {
    const args = ["check", "--locales", ntrex, "--namespace", namespaces.join(","), "--jobs", "1"];
    const cwd = process.cwd();
    const json = await runCli([...args, "--format", "json"], cwd);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.findings).toHaveLength(result.findings.length);
    expect(json.stdout).toBe(formatters.json({ ...result, configDigest: parsed.configDigest }, context));
    const stylish = await runCli([...args, "--format", "stylish", "--no-color"], cwd);
    expect(stylish.stdout).toBe(formatters.stylish(result, context));
  });
});
