/**
 * Reads the JSON reports of `check --shard i/n --format json` back into results for `concord merge`.
 * Every field merge uses is checked for its type and range, and the set of reports must be one
 * run's shards: each shard once, none missing, one configuration. A bad report is one line naming
 * the file (and the value's line and column), never a stack trace.
 */
import { readFileSync } from "fs";
import type { Node } from "jsonc-parser";
import { findNodeAtLocation } from "jsonc-parser";
import path from "path";
import { parseJsonFile, shownPath } from "../config";
import { ConfigError } from "../errors";
import type { CheckedPair, Finding, InputProblem, RunResult, RunSummary } from "../types";
import { lineColumnAt } from "../text/position";

const HINT = "merge reads the unchanged JSON reports of check --shard i/n --format json=FILE";
const SEVERITIES = ["error", "warning", "info"];

type Where = (string | number)[];

/** A typed reader over one report's JSON: each accessor checks the value or throws at its position. */
class Report {
  constructor(
    readonly file: string,
    readonly text: string,
    readonly root: Node | undefined,
  ) {}

  fail(where: Where, what: string): never {
    // A missing value is shown at the nearest object that holds it.
    let node: Node | undefined;
    for (let depth = where.length; this.root && !node && depth >= 0; depth--) node = findNodeAtLocation(this.root, where.slice(0, depth));
    const shown = shownPath(where);
    let position: { line?: number; column?: number } = {};
    if (node) position = lineColumnAt(this.text, node.offset);
    throw new ConfigError({ code: "bad-report", message: `${shown ? `${shown}: ` : ""}${what}`, hint: HINT, file: this.file, ...position });
  }

  object(value: unknown, where: Where): Record<string, unknown> {
    if (value === null || typeof value !== "object" || Array.isArray(value)) this.fail(where, `must be an object (got ${describe(value)})`);
    return value as Record<string, unknown>;
  }

  array(value: unknown, where: Where): unknown[] {
    if (!Array.isArray(value)) this.fail(where, `must be a list (got ${describe(value)})`);
    return value;
  }

  string(value: unknown, where: Where): string {
    if (typeof value !== "string") this.fail(where, `must be a string (got ${describe(value)})`);
    return value;
  }

  count(value: unknown, where: Where, least = 0): number {
    if (typeof value !== "number" || !Number.isInteger(value) || value < least) this.fail(where, `must be a whole number${least ? ` ≥ ${least}` : " ≥ 0"} (got ${describe(value)})`);
    return value;
  }

  optional<T>(value: unknown, read: (value: unknown) => T): T | undefined {
    return value === undefined || value === null ? undefined : read(value);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function readFinding(report: Report, value: unknown, where: Where): Finding {
  const item = report.object(value, where);
  const at = (key: string) => [...where, key];
  const text = (key: string) => report.string(own(item, key), at(key));
  const position = (key: string) => report.count(own(item, key), at(key), 1);
  const severity = text("severity");
  if (!SEVERITIES.includes(severity)) report.fail(at("severity"), `must be one of ${SEVERITIES.join(", ")} (got ${describe(severity)})`);
  const sourceKey = report.optional(own(item, "sourceKey"), (v) => report.string(v, at("sourceKey")));
  const snippet = report.optional(own(item, "snippet"), (v) => {
    const s = report.object(v, at("snippet"));
    return { text: report.string(own(s, "text"), [...at("snippet"), "text"]), start: report.count(own(s, "start"), [...at("snippet"), "start"]), end: report.count(own(s, "end"), [...at("snippet"), "end"]) };
  });
  const sourceExcerpt = report.optional(own(item, "sourceExcerpt"), (v) => report.string(v, at("sourceExcerpt")));
  const fix = report.optional(own(item, "fix"), (v) => report.object(v, at("fix")));
  const finding = {
    ruleId: text("ruleId"),
    messageId: text("messageId"),
    severity,
    locale: text("locale"),
    namespace: text("namespace"),
    key: text("key"),
    file: text("file"),
    line: position("line"),
    column: position("column"),
    endLine: position("endLine"),
    endColumn: position("endColumn"),
    message: text("message"),
    data: report.object(own(item, "data"), at("data")),
    ...(sourceKey !== undefined ? { sourceKey } : {}),
    ...(snippet ? { snippet } : {}),
    ...(sourceExcerpt !== undefined ? { sourceExcerpt } : {}),
    ...(fix ? { fix } : {}),
  };
  if (finding.endLine < finding.line || (finding.endLine === finding.line && finding.endColumn < finding.column)) report.fail(at("endLine"), "the finding ends before it starts");
  return finding as Finding;
}

function readProblem(report: Report, value: unknown, where: Where): InputProblem {
  const item = report.object(value, where);
  const at = (key: string) => [...where, key];
  const file = report.optional(own(item, "file"), (v) => report.string(v, at("file")));
  const line = report.optional(own(item, "line"), (v) => report.count(v, at("line"), 1));
  const column = report.optional(own(item, "column"), (v) => report.count(v, at("column"), 1));
  const unchecked = report.optional(own(item, "unchecked"), (v) => {
    const scope = report.object(v, at("unchecked"));
    return { locale: report.string(own(scope, "locale"), [...at("unchecked"), "locale"]), namespace: report.string(own(scope, "namespace"), [...at("unchecked"), "namespace"]) };
  });
  return {
    code: report.string(own(item, "code"), at("code")),
    message: report.string(own(item, "message"), at("message")),
    hint: report.string(own(item, "hint"), at("hint")),
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(unchecked !== undefined ? { unchecked } : {}),
  };
}

function readSummary(report: Report, value: unknown): RunSummary {
  const summary = report.object(value, ["summary"]);
  const count = (key: string) => report.count(own(summary, key), ["summary", key]);
  const maybe = (key: string) => report.optional(own(summary, key), (v) => report.count(v, ["summary", key]));
  const [ignored, baselineHidden, baselineFixed] = [maybe("ignored"), maybe("baselineHidden"), maybe("baselineFixed")];
  return {
    errors: count("errors"),
    warnings: count("warnings"),
    infos: count("infos"),
    files: count("files"),
    namespaces: count("namespaces"),
    paragraphs: count("paragraphs"),
    ...(ignored !== undefined ? { ignored } : {}),
    ...(baselineHidden !== undefined ? { baselineHidden } : {}),
    ...(baselineFixed !== undefined ? { baselineFixed } : {}),
  };
}

/** One report file as a shard's result, or a ConfigError naming the file and the bad value. */
export function readReport(file: string, text: string): RunResult & { shard: { index: number; count: number }; configDigest: string } {
  const { value, root } = parseJsonFile(text, file);
  const report = new Report(file, text, root);
  const document = report.object(value, []);
  if (own(document, "version") !== 1) report.fail(own(document, "version") === undefined ? [] : ["version"], `is not a Concord JSON report of version 1 (version ${describe(own(document, "version"))})`);
  const shardValue = own(document, "shard");
  if (shardValue === null || shardValue === undefined) report.fail(shardValue === null ? ["shard"] : [], "is not a shard's report (no shard: {index, count})");
  const shardRecord = report.object(shardValue, ["shard"]);
  const count = report.count(own(shardRecord, "count"), ["shard", "count"], 1);
  const index = report.count(own(shardRecord, "index"), ["shard", "index"], 1);
  if (index > count) report.fail(["shard", "index"], `shard ${index} of ${count} does not exist`);
  const pairs = report.optional(own(document, "pairs"), (v) =>
    report.array(v, ["pairs"]).map((pair, i): CheckedPair => {
      const item = report.object(pair, ["pairs", i]);
      return { locale: report.string(own(item, "locale"), ["pairs", i, "locale"]), namespace: report.string(own(item, "namespace"), ["pairs", i, "namespace"]), key: report.string(own(item, "key"), ["pairs", i, "key"]) };
    }),
  );
  return {
    source: report.string(own(document, "source"), ["source"]),
    targets: report.array(own(document, "targets"), ["targets"]).map((target, i) => report.string(target, ["targets", i])),
    shard: { index, count },
    configDigest: report.string(own(document, "configDigest"), ["configDigest"]),
    summary: readSummary(report, own(document, "summary")),
    findings: report.array(own(document, "findings"), ["findings"]).map((finding, i) => readFinding(report, finding, ["findings", i])),
    problems: report.array(own(document, "problems"), ["problems"]).map((problem, i) => readProblem(report, problem, ["problems", i])),
    notices: [],
    ...(pairs ? { pairs } : {}),
  };
}

/**
 * Checks that the reports are one run's shards: one count, each index once and all of them, and one
 * configuration digest. Exit 2 names the files that disagree.
 */
export function checkShards(reports: readonly { file: string; result: ReturnType<typeof readReport> }[]): void {
  const [first] = reports;
  const fail = (message: string, hint: string, file: string): never => {
    throw new ConfigError({ code: "merge-mismatch", message, hint, file });
  };
  for (const { file, result } of reports) {
    if (result.configDigest !== first.result.configDigest) fail(`was made with another configuration or version than ${first.file} (${result.configDigest} against ${first.result.configDigest})`, "run every shard with the same configuration, options and Concord version", file);
    if (result.shard.count !== first.result.shard.count) fail(`is shard ${result.shard.index}/${result.shard.count}, ${first.file} is shard ${first.result.shard.index}/${first.result.shard.count}`, "merge the shards of one --shard i/n matrix", file);
  }
  const byIndex = new Map<number, string>();
  for (const { file, result } of reports) {
    const other = byIndex.get(result.shard.index);
    if (other !== undefined) fail(`is shard ${result.shard.index}/${result.shard.count} again, as ${other} is`, "pass each shard's report once", file);
    byIndex.set(result.shard.index, file);
  }
  const count = first.result.shard.count;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length) {
    throw new ConfigError({ code: "merge-missing-shard", message: `Shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")} missing: the reports given are shards ${[...byIndex.keys()].sort((a, b) => a - b).map((i) => `${i}/${count}`).join(", ")} (${reports.map((r) => r.file).join(", ")})`, hint: "pass every shard's JSON report" });
  }
}

export function readReports(files: readonly string[], cwd: string): RunResult[] {
  const reports = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(path.resolve(cwd, file), "utf8");
    } catch (error) {
      throw new ConfigError({ code: "unreadable-report", message: `Cannot read the report (${(error as NodeJS.ErrnoException).code ?? "error"})`, hint: "pass the files written by check --shard i/n --format json=FILE", file });
    }
    return { file, result: readReport(file, text.replace(/^\uFEFF/, "")) };
  });
  if (reports.length) checkShards(reports);
  return reports.map(({ result }) => result);
}
