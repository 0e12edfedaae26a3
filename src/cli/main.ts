/** The `concord` command line: parses arguments, calls the library, writes the report, returns an exit code. */
import { readFileSync } from "fs";
import path from "path";
import yargs from "yargs/yargs";
import { ConcordError, ConfigError, formatProblem } from "../errors";
import type { SeveritySetting } from "../types";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const FORMATS = ["stylish", "json", "sarif", "junit", "github", "markdown"] as const;
type Format = (typeof FORMATS)[number];

const EPILOGUE = `Exit codes: 0 no error findings (and warnings within --max-warnings), 1 error findings or too many
warnings, 2 bad usage, configuration or input.
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
  format?: string[];
  output?: string;
  "max-warnings"?: number;
  since?: string;
  "only-changed"?: boolean;
  quiet?: boolean;
  rule?: string[];
}

interface Output {
  format: Format;
  file?: string;
}

/** `--format stylish --format sarif=concord.sarif`: each output and where it goes. */
function outputs(args: CheckArgs, io: Io): Output[] {
  const given = list(args.format) ?? [io.env.GITHUB_ACTIONS === "true" ? "github" : "stylish"];
  const parsed = given.map((entry): Output => {
    const [name, file] = entry.split("=", 2);
    if (!(FORMATS as readonly string[]).includes(name)) {
      throw new ConfigError({ code: "unknown-format", message: `Unknown format "${name}"`, hint: `choose from ${FORMATS.join(", ")}` });
    }
    return { format: name as Format, ...(file ? { file } : {}) };
  });
  if (args.output) {
    const first = parsed.find((o) => !o.file);
    if (first) first.file = args.output;
  }
  return parsed;
}

/** `--rule quote-style=off --rule number-mismatch=warning`. */
function ruleOverrides(values: string[] | undefined): Record<string, SeveritySetting> {
  const overrides: Record<string, SeveritySetting> = {};
  for (const entry of values ?? []) {
    const [id, setting] = entry.split("=", 2);
    if (!id || !setting) throw new ConfigError({ code: "bad-rule-option", message: `--rule ${entry} is not id=severity`, hint: "write e.g. --rule quote-style=off (off, info, warning, error)" });
    overrides[id] = setting as SeveritySetting;
  }
  return overrides;
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const targets = outputs(args, io);
  const [{ check }, { formatters }, { rules }] = await Promise.all([import("../engine/check"), import("../formatters"), import("../rules")]);
  const full = await check({
    locales: args.locales,
    layout: args.layout,
    source: args.source,
    targets: list(args.targets),
    namespaces: list(args.namespace),
    rules: ruleOverrides(list(args.rule)),
    listPairs: targets.some((o) => o.format === "junit"),
    since: args.since,
    onlyChanged: args["only-changed"],
    cwd: io.cwd,
  });
  // --quiet shows errors only; the exit code is decided on what is shown.
  const result = args.quiet ? { ...full, findings: full.findings.filter((f) => f.severity === "error"), summary: { ...full.summary, warnings: 0, infos: 0 } } : full;
  for (const notice of result.notices) io.stderr.write(`concord: note: ${notice}\n`);
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  const version = toolVersion();
  for (const output of targets) {
    const color = !output.file && output.format === "stylish" && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
    const report = formatters[output.format](result, { color, toolVersion: version, rules: rules.map((rule) => rule.meta) });
    if (output.file) {
      const { writeAtomic } = await import("./write");
      await writeAtomic(path.resolve(io.cwd, output.file), report);
    } else {
      io.stdout.write(report);
    }
  }
  if (result.problems.length) return 2;
  if (result.summary.errors > 0) return 1;
  const maxWarnings = args["max-warnings"];
  return maxWarnings !== undefined && maxWarnings >= 0 && result.summary.warnings > maxWarnings ? 1 : 0;
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
          .option("format", { type: "string", array: true, describe: `Output format, repeatable, optionally to a file: --format stylish --format sarif=concord.sarif (${FORMATS.join(", ")}; default stylish, or github under GitHub Actions)` })
          .option("output", { type: "string", describe: "Write the (first) report to this file instead of standard output" })
          .option("since", { type: "string", describe: "Compare with the catalogs at this git revision: stale translations, and --only-changed" })
          .option("only-changed", { type: "boolean", describe: "With --since: report only paragraphs whose source or translation changed" })
          .option("max-warnings", { type: "number", describe: "Exit 1 when there are more warnings than this" })
          .option("quiet", { type: "boolean", describe: "Report errors only" })
          .option("rule", { type: "string", array: true, describe: "Set a rule's severity: --rule quote-style=off (off, info, warning, error)" }) as never,
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
