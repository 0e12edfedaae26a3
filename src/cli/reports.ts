/** Writes the reports of a run (check, merge) where each goes, and decides the exit code. */
import type { RunResult } from "../types";
import { type Format, type Io } from "./args";
import { colorEnabled, type Output } from "./options";
import { writeOutput } from "./write";

/** Writes each report where it goes and returns the exit code the result deserves. */
export async function writeReports(result: RunResult, targets: Output[], io: Io, settings: { maxWarnings: number | undefined; color: boolean | undefined }): Promise<number> {
  const [{ formatters, formatContext }, { rules }] = await Promise.all([import("../formatters"), import("../rules")]);
  const color = colorEnabled(settings.color, io.env, io.stdout.isTTY);
  const { maxWarnings } = settings;
  const warningsFail = maxWarnings !== undefined && result.summary.warnings > maxWarnings;
  for (const output of targets) {
    const report = formatters[output.format as Format](result, formatContext({ color: color && !output.file, cwd: io.cwd, rules: rules.map((rule) => rule.meta), warningsFail }));
    if (output.file) await writeOutput(io.cwd, output.file, report);
    else io.stdout.write(report);
  }
  if (result.problems.length) return 2;
  if (result.summary.errors > 0) return 1;
  if (warningsFail) {
    io.stderr.write(`concord: found ${result.summary.warnings} warning${result.summary.warnings === 1 ? "" : "s"} (maximum: ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}
