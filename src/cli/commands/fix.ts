/** `concord fix`: repairs what is safe to repair in the translations, writing only the values it changes. */
import type { Argv } from "yargs";
import { formatProblem } from "../../errors";
import { terminalSafe } from "../../text/escape";
import { CATALOG_OPTIONS, type CheckArgs, type Io, list } from "../args";

export function options(command: Argv): Argv {
  return command
    .option("locales", CATALOG_OPTIONS.locales)
    .option("config", CATALOG_OPTIONS.config)
    .option("layout", CATALOG_OPTIONS.layout)
    .option("source", CATALOG_OPTIONS.source)
    .option("targets", CATALOG_OPTIONS.targets)
    .option("dry-run", { type: "boolean", describe: "Print a unified diff of the fixes and write nothing" }) as Argv;
}

export async function run(args: CheckArgs & { "dry-run"?: boolean }, io: Io): Promise<number> {
  const { fixTree } = await import("../../fix/run");
  const { config } = (await import("../../config")).loadConfig(io.cwd, args.config);
  const result = await fixTree({ locales: args.locales ?? config.locales ?? "locales", layout: args.layout ?? config.layout, source: args.source ?? config.source, targets: list(args.targets) ?? config.targets, aliases: config.aliases, rules: config.rules, ignores: config.ignores, glossary: config.glossary, cwd: io.cwd, dryRun: args["dry-run"] });
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)} (left untouched)\n`);
  if (args["dry-run"]) for (const file of result.files) io.stdout.write((file.patch ?? "").split("\n").map(terminalSafe).join("\n"));
  const count = result.files.reduce((sum, f) => sum + f.keys.length, 0);
  io.stdout.write(`${args["dry-run"] ? "Would fix" : "Fixed"} ${count} paragraph${count === 1 ? "" : "s"} in ${result.files.length} file${result.files.length === 1 ? "" : "s"}.\n`);
  return result.problems.length ? 2 : 0;
}
