/** `concord report`: the HTML report of a check, written to a file. */
import type { Argv } from "yargs";
import { CATALOG_OPTIONS, type CheckArgs, type Io, outputFileOf, PATHS } from "../args";
import { run as runCheck } from "./check";

export function options(command: Argv): Argv {
  return command
    .positional("paths", PATHS)
    .option("output-file", { alias: "o", type: "string", describe: "The report file (default: concord-report.html); missing folders are made" })
    .option("out", { type: "string", hidden: true, describe: "Old name of --output-file" })
    .option("output", { type: "string", hidden: true, describe: "Old name of --output-file" })
    .option("locales", CATALOG_OPTIONS.locales)
    .option("since", { type: "string", describe: "Compare with this git revision (stale paragraphs show their word diff)" })
    .option("config", CATALOG_OPTIONS.config) as Argv;
}

export async function run(args: CheckArgs & { out?: string }, io: Io): Promise<number> {
  const file = outputFileOf(args) ?? "concord-report.html";
  const code = await runCheck({ ...args, format: [`html=${file}`], "output-file": undefined, output: undefined }, io);
  io.stdout.write(`Wrote ${file}\n`);
  // Findings are what the report shows, not a failure to make it; bad input still exits 2.
  return code === 2 ? 2 : 0;
}
