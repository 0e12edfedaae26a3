/** `concord diff`: the source's changes since a git revision as a word diff, and which translations followed. */
import type { Argv } from "yargs";
import { jsonSafe } from "../../text/escape";
import { CATALOG_OPTIONS, type CheckArgs, type Io, list, outputFileOf, outputOptions } from "../args";
import { parseOutputs } from "../options";
import { writeOutput } from "../write";

export function options(command: Argv): Argv {
  return command
    .option("since", { type: "string", demandOption: true, describe: "The git revision to compare with" })
    .option("locales", CATALOG_OPTIONS.locales)
    .option("config", CATALOG_OPTIONS.config)
    .option("layout", CATALOG_OPTIONS.layout)
    .options(outputOptions("markdown (default) or json", "Write the diff to this file instead of standard output; missing folders are made")) as Argv;
}

export async function run(args: CheckArgs & { since: string }, io: Io): Promise<number> {
  const { sourceChanges, changesAsMarkdown } = await import("../../engine/changes");
  const [output] = parseOutputs(list(args.format) ?? ["markdown"], outputFileOf(args), ["markdown", "json"]);
  const { config } = (await import("../../config")).loadConfig(io.cwd, args.config);
  const result = await sourceChanges({ locales: args.locales ?? config.locales ?? "locales", layout: args.layout ?? config.layout, since: args.since, cwd: io.cwd });
  const text = output.format === "json" ? `${jsonSafe(JSON.stringify({ version: 1, since: args.since, ...result }, null, 2))}\n` : changesAsMarkdown(result, args.since);
  if (output.file) await writeOutput(io.cwd, output.file, text);
  else io.stdout.write(text);
  return 0;
}
