/** `concord baseline`: records today's findings so that later runs report only new ones. */
import type { Argv } from "yargs";
import { formatProblem } from "../../errors";
import { CATALOG_OPTIONS, type CheckArgs, type Io, outputFileOf, PATHS } from "../args";
import { writeOutput } from "../write";
import { checkOptions } from "./check";

export function options(command: Argv): Argv {
  return command
    .positional("paths", PATHS)
    .option("locales", CATALOG_OPTIONS.locales)
    .option("config", CATALOG_OPTIONS.config)
    .option("layout", CATALOG_OPTIONS.layout)
    .option("source", CATALOG_OPTIONS.source)
    .option("targets", CATALOG_OPTIONS.targets)
    .option("output-file", { alias: "o", type: "string", describe: "The baseline file to write (default: concord-baseline.json); missing folders are made" })
    .option("output", { type: "string", hidden: true, describe: "Old name of --output-file" }) as Argv;
}

export async function run(args: CheckArgs, io: Io): Promise<number> {
  const { check } = await import("../../engine/check");
  const { baselineEntryOf } = await import("../../engine/pipeline");
  const { baseline: _ignored, ...options } = (await checkOptions({ ...args, baseline: undefined }, io)).options;
  const result = await check(options);
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  const file = outputFileOf(args) ?? "concord-baseline.json";
  await writeOutput(io.cwd, file, `${JSON.stringify({ version: 1, tool: "concord", entries: result.findings.map(baselineEntryOf) }, null, 2)}\n`);
  io.stdout.write(`Recorded ${result.findings.length} findings in ${file}: later runs with --baseline ${file} report only new ones.\n`);
  return result.problems.length ? 2 : 0;
}
