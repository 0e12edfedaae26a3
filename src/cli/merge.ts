/** Reads the JSON reports of `check --shard i/n --format json` back into results for `concord merge`. */
import { readFileSync } from "fs";
import path from "path";
import { ConfigError } from "../errors";
import type { Finding, RunResult } from "../types";

type JsonFinding = Omit<Finding, "sourceKey" | "snippet" | "sourceExcerpt"> & { sourceKey: string | null; snippet: Finding["snippet"] | null; sourceExcerpt: Finding["sourceExcerpt"] | null };

export function readReports(files: readonly string[], cwd: string): RunResult[] {
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(path.resolve(cwd, file), "utf8");
    } catch (error) {
      throw new ConfigError({ code: "unreadable-report", message: `Cannot read the report (${(error as NodeJS.ErrnoException).code ?? "error"})`, hint: "pass the files written by check --shard i/n --format json=FILE", file });
    }
    let document: { version?: unknown; source?: string; targets?: string[]; summary?: RunResult["summary"]; findings?: JsonFinding[]; problems?: RunResult["problems"] };
    try {
      document = JSON.parse(text);
    } catch {
      throw new ConfigError({ code: "bad-report", message: "The report is not JSON", hint: "merge reads the JSON reports of check --format json (not SARIF or text)", file });
    }
    if (document?.version !== 1 || !Array.isArray(document.findings) || typeof document.source !== "string" || !Array.isArray(document.targets) || !document.summary) {
      throw new ConfigError({ code: "bad-report", message: "The file is not a Concord JSON report (version 1)", hint: "merge reads the JSON reports of check --format json", file });
    }
    const findings: Finding[] = document.findings.map(({ sourceKey, snippet, sourceExcerpt, ...rest }) => ({ ...rest, ...(sourceKey !== null ? { sourceKey } : {}), ...(snippet ? { snippet } : {}), ...(sourceExcerpt ? { sourceExcerpt } : {}) }));
    return { source: document.source, targets: document.targets, findings, problems: document.problems ?? [], notices: [], summary: document.summary };
  });
}
