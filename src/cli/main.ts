/** The `concord` command line: parses arguments, calls the library, writes the report, returns an exit code. */
import { readFileSync } from "fs";
import path from "path";
import yargs from "yargs/yargs";
import { ConcordError, ConfigError, formatProblem } from "../errors";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const FORMATS = ["stylish", "json"] as const;

const EPILOGUE = `Exit codes: 0 no error findings, 1 error findings, 2 bad usage, configuration or input.
Docs: README.md and docs/rules/<rule-id>.md`;

function toolVersion(): string {
  return JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")).version;
}

function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(",")).map((item) => item.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

interface CheckArgs {
  locales: string;
  layout?: string;
  source?: string;
  targets?: string[];
  namespace?: string[];
  format: (typeof FORMATS)[number];
  output?: string;
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const [{ check }, { formatters }] = await Promise.all([import("../engine/check"), import("../formatters")]);
  const result = await check({ locales: args.locales, layout: args.layout, source: args.source, targets: list(args.targets), namespaces: list(args.namespace), cwd: io.cwd });
  for (const notice of result.notices) io.stderr.write(`concord: note: ${notice}\n`);
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  const color = !args.output && args.format === "stylish" && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  const report = formatters[args.format](result, { color, toolVersion: toolVersion() });
  if (args.output) {
    const { writeAtomic } = await import("./write");
    await writeAtomic(path.resolve(io.cwd, args.output), report);
  } else {
    io.stdout.write(report);
  }
  if (result.problems.length) return 2;
  return result.summary.errors > 0 ? 1 : 0;
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName("concord")
    .usage("$0 <command> [options]\n\nChecks that the English, Ukrainian and Russian versions of a text still say the same thing.")
    .command<CheckArgs>(
      ["check", "$0"],
      "Compare the translations with the source and report missing paragraphs, drifting quotes and mismatched numbers",
      (command) =>
        command
          .option("locales", { type: "string", default: "locales", describe: "Folder with one folder per locale: <locales>/<lng>/<namespace>.json" })
          .option("layout", { type: "string", describe: 'Where catalogs lie under --locales: "{{lng}}/{{ns}}.json" (default) or "{{lng}}.json"; found by itself when not given' })
          .option("source", { type: "string", describe: "Source locale (default: en)" })
          .option("targets", { type: "string", array: true, describe: "Target locales, comma-separated (default: every other locale folder)" })
          .option("namespace", { type: "string", array: true, describe: "Only these namespaces, comma-separated" })
          .option("format", { choices: FORMATS, default: "stylish" as const, describe: "Output format" })
          .option("output", { type: "string", describe: "Write the report to this file instead of standard output" }) as never,
      async (args) => {
        exitCode = await runCheck(args, io);
      },
    )
    .strict()
    .help()
    .alias("h", "help")
    .version(toolVersion())
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
      io.stderr.write(`concord: ${formatProblem(error.toProblem())}\n`);
      return 2;
    }
    throw error;
  }
  return exitCode;
}
