/**
 * GitLab Code Quality (a subset of Code Climate's issue format): a JSON array with, per finding and
 * per input problem, description, check_name, fingerprint, severity and location.path +
 * location.lines.begin. Fingerprints are stable across commits (the SARIF identity, not the line),
 * made unique within a report by counting repeats of the same identity.
 */
import { createHash } from "../hash";
import type { Finding, InputProblem, RunResult } from "../types";
import { jsonSafe } from "../text/escape";
import type { FormatContext } from "./format";
import { problemPosition, whole as line } from "./problems";
import { fingerprint } from "./sarif";

/** GitLab's scale is info, minor, major, critical, blocker; an input problem blocks the check itself. */
const SEVERITY: Record<string, "info" | "minor" | "major"> = { error: "major", warning: "minor", info: "info" };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: "info" | "minor" | "major" | "critical" | "blocker";
  location: { path: string; lines: { begin: number } };
}


function unique(identity: string, seen: Map<string, number>): string {
  const count = seen.get(identity) ?? 0;
  seen.set(identity, count + 1);
  return createHash("sha256").update(`${identity}\u0000${count}`).digest("hex").slice(0, 32);
}

function findingIssue(f: Finding, seen: Map<string, number>): CodeQualityIssue {
  return {
    description: `[${f.locale}] ${f.key}: ${f.message}`,
    check_name: String(f.ruleId),
    fingerprint: unique(`finding\u0000${fingerprint(f)}`, seen),
    severity: typeof f.severity === "string" && Object.hasOwn(SEVERITY, f.severity) ? SEVERITY[f.severity] : "major",
    location: { path: String(f.file), lines: { begin: line(f.line) } },
  };
}

function problemIssue(p: InputProblem, seen: Map<string, number>): CodeQualityIssue {
  const { line: begin } = problemPosition(p);
  return {
    description: `Input problem: ${p.message}${p.hint ? ` — ${p.hint}` : ""}${p.unchecked ? ` (not checked: [${p.unchecked.locale}] ${p.unchecked.namespace})` : ""}`,
    check_name: `input-problem/${p.code}`,
    fingerprint: unique(`problem\u0000${[p.code, p.file ?? "", p.message].join("\u0000")}`, seen),
    severity: "blocker",
    location: { path: String(p.file ?? "."), lines: { begin } },
  };
}

export function gitlab(result: RunResult, _context: FormatContext): string {
  const seen = new Map<string, number>();
  const issues = [...result.problems.map((p) => problemIssue(p, seen)), ...result.findings.map((f) => findingIssue(f, seen))];
  return `${jsonSafe(JSON.stringify(issues, null, 2))}\n`;
}
