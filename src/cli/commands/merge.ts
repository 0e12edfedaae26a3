/** `concord merge`: joins the JSON reports of sharded checks into one report, in any format. */
import type { Argv } from "yargs";
import { ConfigError, formatProblem } from "../../errors";
import { type CheckArgs, FORMATS, type Io, outputOptions, REPORT_OPTIONS } from "../args";
import { maxWarningsOf } from "../options";
import { writeReports } from "../reports";
import { outputs } from "./check";

export function options(command: Argv): Argv {
  return command
    .positional("reports", { type: "string", array: true, describe: "The shards' JSON reports, one per shard" })
    .options(outputOptions(`Output format, as for check: ${FORMATS.filter((format) => format !== "html").join(", ")}`))
    .options(REPORT_OPTIONS) as Argv;
}

export async function run(args: CheckArgs & { reports: string[] }, io: Io): Promise<number> {
  const maxWarnings = maxWarningsOf(args["max-warnings"]);
  const targets = outputs(args, io);
  if (targets.some((o) => o.format === "html")) throw new ConfigError({ code: "unknown-format", message: "merge cannot write the HTML report: the JSON reports do not carry the paragraphs", hint: "run concord report on the whole tree instead" });
  const [{ readReports }, { mergeResults }] = await Promise.all([import("../merge"), import("../../engine/shard")]);
  const result = mergeResults(readReports(args.reports, io.cwd));
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  return writeReports({ result, findings: () => result.findings }, targets, io, { maxWarnings, color: args.color });
}
