/**
 * GitHub Actions workflow commands: an annotation per finding and an `::error` per input problem,
 * where reviewers look. Every value is escaped by GitHub's rules (and shown terminal-safe); numbers
 * are printed as whole numbers and the command comes from a closed set, so a merged shard report
 * cannot smuggle a line break or a command of its own into the log.
 */
import type { Finding, InputProblem, RunResult } from "../types";
import { workflowData, workflowProperty } from "../text/escape";
import type { FormatContext } from "./format";
import { whole as position } from "./problems";

const COMMAND: Record<string, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };


function command(kind: "error" | "warning" | "notice", properties: Array<[string, string | number]>, message: string): string {
  return `::${kind} ${properties.map(([name, value]) => `${name}=${typeof value === "number" ? value : workflowProperty(value)}`).join(",")}::${workflowData(message)}`;
}

function findingCommand(f: Finding): string {
  const kind = Object.hasOwn(COMMAND, f.severity) ? COMMAND[f.severity] : "error";
  return command(
    kind,
    [["file", String(f.file)], ["line", position(f.line)], ["col", position(f.column)], ["endLine", position(f.endLine)], ["endColumn", position(f.endColumn)], ["title", `${f.ruleId} [${f.locale}] ${f.key}`]],
    String(f.message),
  );
}

function problemCommand(p: InputProblem): string {
  const where: Array<[string, string | number]> = p.file ? [["file", String(p.file)], ...(p.line !== undefined ? ([["line", position(p.line)], ["col", position(p.column)]] as Array<[string, number]>) : [])] : [];
  const unchecked = p.unchecked ? ` (not checked: [${p.unchecked.locale}] ${p.unchecked.namespace})` : "";
  return command("error", [...where, ["title", `concord: input problem ${p.code}`]], `${p.message}${p.hint ? ` — ${p.hint}` : ""}${unchecked}`);
}

export function github(result: RunResult, _context: FormatContext): string {
  const lines = [...result.problems.map(problemCommand), ...result.findings.map(findingCommand)];
  return lines.length ? `${lines.join("\n")}\n` : "";
}
