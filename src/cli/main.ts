/**
 * The `concord` command line: parses arguments, runs the one command asked for (loading only its
 * module, see commands/index.ts), and returns an exit code; usage and input errors print one line.
 * Plain arguments of a command that allows it are read directly (direct.ts); the rest go to yargs.
 */
import type { Argv } from "yargs";
import { ConcordError, ConfigError, formatProblem } from "../errors";
import { packageInfo } from "../package-info";
import type { InputProblem } from "../types";
import type { Io } from "./args";
import { COMMANDS, type CommandEntry } from "./commands";
import { readArgs } from "./direct";

export type { Io } from "./args";

const EPILOGUE = `Exit codes: 0 no error findings (and warnings within --max-warnings), 1 error findings or too many
warnings, 2 bad usage, configuration or input.
Docs: README.md and docs/rules/<rule-id>.md`;

/** The command's name as typed: "check" of "check [paths..]". */
function nameOf(entry: CommandEntry): string {
  return [entry.usage].flat()[0].split(" ")[0];
}

/** The yargs parser of the whole command line; `onCommand` runs the command it picks, with its arguments. */
export function commandLine(argv: readonly string[], onCommand: (entry: CommandEntry, args: Record<string, unknown>) => Promise<void>): Argv {
  // Loaded here, not at the top: a run whose arguments are read directly never loads yargs.
  const yargs = require("yargs/yargs") as typeof import("yargs/yargs");
  const parser = yargs([...argv])
    .scriptName("concord")
    .usage("$0 <command> [options]\n\nChecks that the English, Ukrainian and Russian versions of a text still say the same thing.");
  for (const entry of COMMANDS) {
    parser.command(
      entry.usage,
      entry.describe,
      (command) => entry.load().options(command),
      (args) => onCommand(entry, args),
    );
  }
  return parser
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
}

/** The exit code of a command whose arguments are plain enough to read without yargs; else undefined. */
function runDirectly(argv: readonly string[], io: Io): Promise<number> | undefined {
  const entry = COMMANDS.find((candidate) => nameOf(candidate) === argv[0]);
  const command = entry?.load();
  if (!command?.direct) return undefined;
  const args = readArgs(argv.slice(1), command.direct.positional, command.direct.options);
  return args && command.run(args as never, io);
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  let exitCode = 0;
  try {
    const direct = runDirectly(argv, io);
    if (direct) return await direct;
    const parser = commandLine(argv, async (entry, args) => {
      exitCode = await entry.load().run(args as never, io);
    });
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
