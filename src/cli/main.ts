/**
 * The `concord` command line: parses arguments, runs the one command asked for (loading only its
 * module, see commands/index.ts), and returns an exit code; usage and input errors print one line.
 */
import yargs from "yargs/yargs";
import { ConcordError, ConfigError, formatProblem } from "../errors";
import { packageInfo } from "../package-info";
import type { InputProblem } from "../types";
import type { Io } from "./args";
import { COMMANDS } from "./commands";

export type { Io } from "./args";

const EPILOGUE = `Exit codes: 0 no error findings (and warnings within --max-warnings), 1 error findings or too many
warnings, 2 bad usage, configuration or input.
Docs: README.md and docs/rules/<rule-id>.md`;

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName("concord")
    .usage("$0 <command> [options]\n\nChecks that the English, Ukrainian and Russian versions of a text still say the same thing.");
  for (const entry of COMMANDS) {
    parser.command(
      entry.usage,
      entry.describe,
      (command) => entry.load().options(command),
      async (args) => {
        exitCode = await entry.load().run(args as never, io);
      },
    );
  }
  parser
    .strict()
    .help()
    .alias("h", "help")
    .version(packageInfo().version)
    .alias("v", "version")
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .epilogue(EPILOGUE)
    .fail((message, error) => {
      if (error) throw error;
      throw new ConfigError({ code: "usage", message, hint: 'run "concord --help" for the commands and options' });
    });
  try {
    await parser.parseAsync(argv, {}, (_error, _argv, output) => {
      if (output) io.stdout.write(`${output}\n`);
    });
  } catch (error) {
    if (error instanceof ConcordError) {
      // A configuration file with several problems prints each on its own line.
      const problems = "problems" in error ? (error.problems as InputProblem[]) : [error.toProblem()];
      for (const problem of problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
      return 2;
    }
    throw error;
  }
  return exitCode;
}
