/** The `concord` command line: parses arguments, calls the library, writes the report, returns an exit code. */
import { existsSync, readFileSync } from "fs";
import path from "path";
import yargs from "yargs/yargs";
import { ConcordError, ConfigError, formatProblem } from "../errors";
import type { SeveritySetting } from "../types";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const FORMATS = ["stylish", "json", "sarif", "junit", "github", "markdown", "html"] as const;
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
  locales?: string;
  config?: string;
  baseline?: string;
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
  watch?: boolean;
  jobs?: number;
  shard?: string;
  cache?: boolean;
  "cache-location"?: string;
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

/** The check's options: the command line first, then the configuration file, then the defaults. */
async function checkOptions(args: CheckArgs, io: Io) {
  const { loadConfig } = await import("../config");
  const { config } = loadConfig(io.cwd, args.config);
  const baselineFile = args.baseline ?? config.baseline;
  let baseline: import("../engine/pipeline").BaselineEntry[] | undefined;
  if (args.baseline !== undefined || (config.baseline && existsSync(path.resolve(io.cwd, config.baseline)))) {
    const file = path.resolve(io.cwd, baselineFile as string);
    if (!existsSync(file)) throw new ConfigError({ code: "missing-baseline", message: "The baseline file does not exist", hint: "record one with: concord baseline --output FILE", file: baselineFile });
    baseline = (JSON.parse(readFileSync(file, "utf8")) as { entries: import("../engine/pipeline").BaselineEntry[] }).entries;
  }
  return {
    locales: args.locales ?? config.locales ?? "locales",
    layout: args.layout ?? config.layout,
    source: args.source ?? config.source,
    targets: list(args.targets) ?? config.targets,
    aliases: config.aliases,
    namespaces: list(args.namespace),
    rules: { ...config.rules, ...ruleOverrides(list(args.rule)) },
    ignores: config.ignores,
    glossary: config.glossary,
    since: args.since,
    onlyChanged: args["only-changed"],
    ...(args.cache ? { cache: true, ...(args["cache-location"] ? { cacheLocation: args["cache-location"] } : {}) } : {}),
    cwd: io.cwd,
    ...(baseline ? { baseline } : {}),
  };
}

/** `concord baseline`: records today's findings so that later runs report only new ones. */
async function runBaseline(args: CheckArgs, io: Io): Promise<number> {
  const { check } = await import("../engine/check");
  const { baselineEntryOf } = await import("../engine/pipeline");
  const { baseline: _ignored, ...options } = await checkOptions({ ...args, baseline: undefined }, io);
  const result = await check(options);
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  const file = args.output ?? "concord-baseline.json";
  const { writeAtomic } = await import("./write");
  await writeAtomic(path.resolve(io.cwd, file), `${JSON.stringify({ version: 1, tool: "concord", entries: result.findings.map(baselineEntryOf) }, null, 2)}\n`);
  io.stdout.write(`Recorded ${result.findings.length} findings in ${file}: later runs with --baseline ${file} report only new ones.\n`);
  return result.problems.length ? 2 : 0;
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  if (args.watch) {
    const { watchCatalogs } = await import("./watch");
    const watching = await watchCatalogs(await checkOptions(args, io), io);
    process.once("SIGINT", () => watching.stop());
    await watching.settled;
    return 0;
  }
  const targets = outputs(args, io);
  const [{ checkInParallel }, { parseShard }] = await Promise.all([import("../engine/parallel"), import("../engine/shard")]);
  const jobs = args.jobs ?? "auto";
  if (jobs !== "auto" && (!Number.isInteger(jobs) || jobs < 1)) throw new ConfigError({ code: "bad-jobs", message: `--jobs ${args.jobs} is not a whole number of threads`, hint: "write e.g. --jobs 2 (one per core is the most that helps)" });
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
  // A long run shows its progress on a terminal: one line, rewritten, then cleared.
  const onProgress = io.stderr.isTTY
    ? (done: number, total: number) => {
        if (total >= 20) io.stderr.write(done === total ? "\r\u001b[K" : `\rchecking ${done}/${total} namespaces`);
      }
    : undefined;
  const full = await checkInParallel({ ...(await checkOptions(args, io)), ...(shard ? { shard } : {}), alignment: targets.some((o) => o.format === "junit" || o.format === "html"), ...(onProgress ? { onProgress } : {}) }, jobs);
  // --quiet shows errors only; the exit code is decided on what is shown.
  const result = args.quiet ? { ...full, findings: full.findings.filter((f) => f.severity === "error"), summary: { ...full.summary, warnings: 0, infos: 0 } } : full;
  for (const notice of result.notices) io.stderr.write(`concord: note: ${notice}\n`);
  const { baselineHidden, baselineFixed } = result.summary;
  if (baselineHidden !== undefined) io.stderr.write(`concord: baseline: ${baselineHidden} known findings hidden, ${baselineFixed} fixed since it was recorded\n`);
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  return writeReports(result, targets, io, args["max-warnings"]);
}

/** Writes each report where it goes and returns the exit code the result deserves. */
async function writeReports(result: import("../types").RunResult, targets: Output[], io: Io, maxWarnings: number | undefined): Promise<number> {
  const [{ formatters }, { rules }] = await Promise.all([import("../formatters"), import("../rules")]);
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
  return maxWarnings !== undefined && maxWarnings >= 0 && result.summary.warnings > maxWarnings ? 1 : 0;
}

/** The options several commands share, defined once so that their help reads the same everywhere. */
const CATALOG_OPTIONS = {
  locales: { type: "string", describe: "Folder with one folder per locale: <locales>/<lng>/<namespace>.json (default: locales)" },
  config: { type: "string", describe: "Configuration file (default: concord.config.json, .concordrc.json or package.json's \"concord\")" },
  layout: { type: "string", describe: 'Where catalogs lie under --locales: "{{lng}}/{{ns}}.json" (default) or "{{lng}}.json"; found by itself when not given' },
  source: { type: "string", describe: "Source locale (default: en)" },
  targets: { type: "string", array: true, describe: "Target locales, comma-separated (default: every other locale folder)" },
} as const;

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
          .option("locales", CATALOG_OPTIONS.locales)
          .option("config", CATALOG_OPTIONS.config)
          .option("baseline", { type: "string", describe: "Report only findings this baseline file (concord baseline) does not record" })
          .option("layout", CATALOG_OPTIONS.layout)
          .option("source", CATALOG_OPTIONS.source)
          .option("targets", CATALOG_OPTIONS.targets)
          .option("namespace", { type: "string", array: true, describe: "Only these namespaces, comma-separated" })
          .option("format", { type: "string", array: true, describe: `Output format, repeatable, optionally to a file: --format stylish --format sarif=concord.sarif (${FORMATS.join(", ")}; default stylish, or github under GitHub Actions)` })
          .option("output", { type: "string", describe: "Write the (first) report to this file instead of standard output" })
          .option("since", { type: "string", describe: "Compare with the catalogs at this git revision: stale translations, and --only-changed" })
          .option("only-changed", { type: "boolean", describe: "With --since: report only paragraphs whose source or translation changed" })
          .option("max-warnings", { type: "number", describe: "Exit 1 when there are more warnings than this" })
          .option("quiet", { type: "boolean", describe: "Report errors only" })
          .option("watch", { type: "boolean", describe: "Check, then re-check a namespace whenever one of its files is saved, printing what changed" })
          .option("rule", { type: "string", array: true, describe: "Set a rule's severity: --rule quote-style=off (off, info, warning, error)" })
          .option("jobs", { type: "number", describe: "Check the namespaces in this many worker threads; the findings are the same (default: every core when the source catalogs reach 4 MB, else 1)" })
          .option("shard", { type: "string", describe: "Check only share i of n of the namespaces (--shard 2/3), for a CI matrix; join the JSON reports with concord merge" })
          .option("cache", { type: "boolean", describe: "Keep each namespace's findings and re-check only namespaces whose files, configuration or Concord version changed (not with --since)" })
          .option("cache-location", { type: "string", describe: "The cache file for --cache (default: .concordcache)" }) as never,
      async (args) => {
        exitCode = await runCheck(args, io);
      },
    )
    .command<CheckArgs & { reports: string[] }>(
      "merge <reports..>",
      "Join the JSON reports of `check --shard i/n --format json` into one report, in any format",
      (command) =>
        command
          .positional("reports", { type: "string", array: true, describe: "The shards' JSON reports" })
          .option("format", { type: "string", array: true, describe: `Output format, as for check (${FORMATS.join(", ")} except html)` })
          .option("output", { type: "string", describe: "Write the (first) report to this file instead of standard output" })
          .option("max-warnings", { type: "number", describe: "Exit 1 when there are more warnings than this" }) as never,
      async (args) => {
        const { readReports } = await import("./merge");
        const targets = outputs(args, io);
        if (targets.some((o) => o.format === "html")) throw new ConfigError({ code: "unknown-format", message: "merge cannot write the HTML report: the JSON reports do not carry the paragraphs", hint: "run concord report on the whole tree instead" });
        const { mergeResults } = await import("../engine/shard");
        const result = mergeResults(readReports(args.reports, io.cwd));
        for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
        exitCode = await writeReports(result, targets, io, args["max-warnings"]);
      },
    )
    .command<CheckArgs & { out?: string }>(
      "report",
      "Write the HTML report: the paragraphs side by side, findings marked, one self-contained file",
      (command) =>
        command
          .option("out", { type: "string", describe: "The report file (default: concord-report.html)" })
          .option("locales", CATALOG_OPTIONS.locales)
          .option("since", { type: "string", describe: "Compare with this git revision (stale paragraphs show their word diff)" })
          .option("config", CATALOG_OPTIONS.config) as never,
      async (args) => {
        const out = args.out ?? "concord-report.html";
        const code = await runCheck({ ...args, format: [`html=${out}`] }, io);
        io.stdout.write(`Wrote ${out}\n`);
        exitCode = code;
      },
    )
    .command<CheckArgs>(
      "baseline",
      "Record today's findings in a baseline file, so that later runs (check --baseline FILE) report only new ones",
      (command) =>
        command
          .option("locales", CATALOG_OPTIONS.locales)
          .option("config", CATALOG_OPTIONS.config)
          .option("layout", CATALOG_OPTIONS.layout)
          .option("source", CATALOG_OPTIONS.source)
          .option("targets", CATALOG_OPTIONS.targets)
          .option("output", { type: "string", describe: "The baseline file to write (default: concord-baseline.json)" }) as never,
      async (args) => {
        exitCode = await runBaseline(args, io);
      },
    )
    .command<CheckArgs & { since: string }>(
      "diff",
      "Show, per namespace and key, the source changes since a git revision as a word diff, and which translations followed them",
      (command) =>
        command
          .option("since", { type: "string", demandOption: true, describe: "The git revision to compare with" })
          .option("locales", CATALOG_OPTIONS.locales)
          .option("layout", CATALOG_OPTIONS.layout)
          .option("format", { type: "string", array: true, describe: "markdown (default) or json" }) as never,
      async (args) => {
        const { sourceChanges, changesAsMarkdown } = await import("../engine/changes");
        const { config } = (await import("../config")).loadConfig(io.cwd, args.config);
        const result = await sourceChanges({ locales: args.locales ?? config.locales ?? "locales", layout: args.layout ?? config.layout, since: args.since, cwd: io.cwd });
        const format = list(args.format)?.[0] ?? "markdown";
        if (format !== "markdown" && format !== "json") throw new ConfigError({ code: "unknown-format", message: `concord diff writes markdown or json, not "${format}"`, hint: "use --format markdown or --format json" });
        io.stdout.write(format === "json" ? `${JSON.stringify({ version: 1, since: args.since, ...result }, null, 2)}\n` : changesAsMarkdown(result, args.since));
        exitCode = 0;
      },
    )
    .command<CheckArgs>(
      "init",
      "Write a starting concord.config.json from the locale folders found",
      (command) => command.option("locales", CATALOG_OPTIONS.locales) as never,
      async (args) => {
        const { discoverLayout } = await import("../catalog/loader");
        const target = path.join(io.cwd, "concord.config.json");
        if (existsSync(target)) throw new ConfigError({ code: "config-exists", message: "concord.config.json already exists", hint: "edit it, or remove it to start again", file: "concord.config.json" });
        const locales = args.locales ?? "locales";
        const layout = await discoverLayout({ locales: path.resolve(io.cwd, locales), cwd: io.cwd });
        const aliases = Object.fromEntries([layout.source, ...layout.targets].filter((l) => layout.language(l) !== l).map((l) => [l, layout.language(l)]));
        const config = { $schema: "./node_modules/concord/docs/concord.schema.json", locales, layout: layout.pattern, source: layout.source, targets: layout.targets, ...(Object.keys(aliases).length ? { aliases } : {}), rules: {}, ignores: [] };
        const { writeAtomic } = await import("./write");
        await writeAtomic(target, `${JSON.stringify(config, null, 2)}\n`);
        io.stdout.write(`Wrote concord.config.json: ${layout.source} → ${layout.targets.join(", ")}, ${layout.namespaces.length} namespace(s), layout ${layout.pattern}\n`);
        exitCode = 0;
      },
    )
    .command<CheckArgs & { "dry-run"?: boolean }>(
      "fix",
      "Fix what is safe to fix in the translations — quotation marks, white space, uk/ru number notation — writing only the values it changes",
      (command) =>
        command
          .option("locales", CATALOG_OPTIONS.locales)
          .option("layout", CATALOG_OPTIONS.layout)
          .option("targets", CATALOG_OPTIONS.targets)
          .option("dry-run", { type: "boolean", describe: "Print a unified diff of the fixes and write nothing" }) as never,
      async (args) => {
        const { fixTree } = await import("../fix/run");
        const { writeAtomic } = await import("./write");
        const { config } = (await import("../config")).loadConfig(io.cwd, args.config);
        const result = await fixTree({ locales: args.locales ?? config.locales ?? "locales", layout: args.layout ?? config.layout, source: config.source, targets: list(args.targets) ?? config.targets, aliases: config.aliases, cwd: io.cwd, dryRun: args["dry-run"], write: writeAtomic });
        for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)} (left untouched)\n`);
        if (args["dry-run"]) for (const file of result.files) io.stdout.write(file.patch);
        const count = result.files.reduce((sum, f) => sum + f.keys.length, 0);
        io.stdout.write(`${args["dry-run"] ? "Would fix" : "Fixed"} ${count} paragraph${count === 1 ? "" : "s"} in ${result.files.length} file${result.files.length === 1 ? "" : "s"}.\n`);
        exitCode = result.problems.length ? 2 : 0;
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
