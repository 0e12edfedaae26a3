/** The `concord` command line: parses arguments, calls the library, writes the report, returns an exit code. */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import yargs from "yargs/yargs";
import { ConcordError, ConfigError, formatProblem } from "../errors";
import { packageInfo } from "../package-info";
import { jsonSafe, terminalSafe } from "../text/escape";
import type { Finding, InputProblem, RunResult, SeveritySetting } from "../types";
import { colorEnabled, configDigest, effectiveConfig, maxWarningsOf, type Output, parseOutputs, scopeOfPaths } from "./options";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const FORMATS = ["stylish", "json", "sarif", "junit", "github", "markdown", "html", "gitlab", "rdjsonl"] as const;
type Format = (typeof FORMATS)[number];

const EPILOGUE = `Exit codes: 0 no error findings (and warnings within --max-warnings), 1 error findings or too many
warnings, 2 bad usage, configuration or input.
Docs: README.md and docs/rules/<rule-id>.md`;

function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(",")).map((item) => item.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

interface CheckArgs {
  paths?: string[];
  locales?: string;
  config?: string;
  baseline?: string;
  layout?: string;
  source?: string;
  targets?: string[];
  namespace?: string[];
  format?: string[];
  "output-file"?: string;
  /** The old name of --output-file. */
  output?: string;
  "max-warnings"?: unknown;
  color?: boolean;
  "print-config"?: boolean;
  since?: string;
  "only-changed"?: boolean;
  quiet?: boolean;
  rule?: string[];
  watch?: boolean;
  jobs?: string;
  shard?: string;
  cache?: boolean;
  "cache-location"?: string;
}

/** `--format stylish --format sarif=concord.sarif`: each output and where it goes. */
function outputs(args: CheckArgs, io: Io): Output[] {
  const given = list(args.format) ?? [io.env.GITHUB_ACTIONS === "true" ? "github" : "stylish"];
  return parseOutputs(given, outputFileOf(args), FORMATS);
}

/** -o/--output-file, or its old name --output. */
function outputFileOf(args: { "output-file"?: string; output?: string; out?: string }): string | undefined {
  return args["output-file"] ?? args.output ?? args.out;
}

/** Writes a report or a file a command makes, making its folder first. */
async function writeOutput(io: Io, file: string, content: string | Iterable<string>): Promise<void> {
  const target = path.resolve(io.cwd, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
  } catch (error) {
    throw new ConfigError({ code: "cannot-write", message: `Cannot make the folder for ${file} (${(error as NodeJS.ErrnoException).code ?? "error"})`, hint: "choose another --output-file path", file });
  }
  const { writeAtomic } = await import("./write");
  await writeAtomic(target, content);
}

/** `--rule quote-style=off --rule number-mismatch=warning`. */
function ruleOverrides(values: string[] | undefined, ruleIds: readonly string[], severities: readonly string[]): Record<string, SeveritySetting> {
  const overrides: Record<string, SeveritySetting> = Object.create(null);
  for (const entry of values ?? []) {
    const [id, setting] = entry.split("=", 2);
    if (!id || !setting) throw new ConfigError({ code: "bad-rule-option", message: `--rule ${entry} is not id=severity`, hint: "write e.g. --rule quote-style=off (off, info, warning, error)" });
    if (!ruleIds.includes(id)) throw new ConfigError({ code: "bad-rule-option", message: `Unknown rule "${id}" (--rule ${entry})`, hint: `rules are: ${ruleIds.join(", ")}` });
    if (!severities.includes(setting)) throw new ConfigError({ code: "bad-rule-option", message: `Rule "${id}" cannot be set to "${setting}" (--rule ${entry})`, hint: `use ${severities.join(", ")}` });
    overrides[id] = setting as SeveritySetting;
  }
  return overrides;
}

/** The check's options: the command line first, then the configuration file, then the defaults. */
async function checkOptions(args: CheckArgs, io: Io) {
  const [{ loadConfig }, { SEVERITY_SETTINGS }, { rules }] = await Promise.all([import("../config"), import("../config-schema"), import("../rules")]);
  const { config } = loadConfig(io.cwd, args.config);
  const scope = scopeOfPaths(args.paths ?? [], io.cwd, args.locales ?? config.locales, args.layout ?? config.layout);
  const baselineFile = args.baseline ?? config.baseline;
  let baseline: import("../engine/pipeline").BaselineEntry[] | undefined;
  if (args.baseline !== undefined || (config.baseline && existsSync(path.resolve(io.cwd, config.baseline)))) {
    baseline = (await import("./baseline")).readBaseline(path.resolve(io.cwd, baselineFile as string), baselineFile as string);
  }
  if (args["only-changed"] && args.since === undefined) throw new ConfigError({ code: "only-changed-without-since", message: "--only-changed needs --since: changed since when?", hint: "write e.g. --since origin/main --only-changed" });
  const options = {
    locales: scope.locales ?? args.locales ?? config.locales ?? "locales",
    layout: args.layout ?? config.layout,
    source: args.source ?? config.source,
    targets: list(args.targets) ?? config.targets,
    aliases: config.aliases,
    namespaces: scope.namespaces ?? list(args.namespace),
    rules: { ...config.rules, ...ruleOverrides(list(args.rule), rules.map((rule) => rule.meta.id), SEVERITY_SETTINGS) },
    ignores: config.ignores,
    glossary: config.glossary,
    since: args.since,
    onlyChanged: args["only-changed"],
    ...(args.cache ? { cache: true, ...(args["cache-location"] ? { cacheLocation: args["cache-location"] } : {}) } : {}),
    cwd: io.cwd,
    ...(baseline ? { baseline } : {}),
  };
  // Paths as one spelling relative to cwd, so that `locales/` and `./locales` give one digest.
  const relative = (file: string) => path.relative(io.cwd, path.resolve(io.cwd, file)) || ".";
  return { options, effective: effectiveConfig({ ...options, locales: relative(options.locales), ...(baselineFile !== undefined ? { baselineFile: relative(baselineFile) } : {}) }) };
}

/** `concord baseline`: records today's findings so that later runs report only new ones. */
async function runBaseline(args: CheckArgs, io: Io): Promise<number> {
  const { check } = await import("../engine/check");
  const { baselineEntryOf } = await import("../engine/pipeline");
  const { baseline: _ignored, ...options } = (await checkOptions({ ...args, baseline: undefined }, io)).options;
  const result = await check(options);
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  const file = outputFileOf(args) ?? "concord-baseline.json";
  await writeOutput(io, file, `${JSON.stringify({ version: 1, tool: "concord", entries: result.findings.map(baselineEntryOf) }, null, 2)}\n`);
  io.stdout.write(`Recorded ${result.findings.length} findings in ${file}: later runs with --baseline ${file} report only new ones.\n`);
  return result.problems.length ? 2 : 0;
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const maxWarnings = maxWarningsOf(args["max-warnings"]);
  const targets = outputs(args, io);
  const { options, effective } = await checkOptions(args, io);
  if (args["print-config"]) {
    io.stdout.write(`${JSON.stringify(effective, null, 2)}\n`);
    return 0;
  }
  if (args.watch) {
    const { watchCatalogs } = await import("./watch");
    const watching = await watchCatalogs(options, io);
    process.once("SIGINT", () => watching.stop());
    return watching.settled;
  }
  const [{ checkHeldInParallel }, { parseShard }] = await Promise.all([import("../engine/parallel"), import("../engine/shard")]);
  // Read as text, so that --jobs abc is named as given (a number option would say NaN).
  let jobs: number | "auto" = args.jobs === undefined || args.jobs === "auto" ? "auto" : /^\s*\d+\s*$/.test(args.jobs) ? Number(args.jobs) : NaN;
  if (jobs !== "auto" && (!Number.isInteger(jobs) || jobs < 1)) throw new ConfigError({ code: "bad-jobs", message: `--jobs ${args.jobs} is not a whole number of threads`, hint: "write e.g. --jobs 2 (one per core is the most that helps)" });
  const cores = (await import("os")).availableParallelism();
  if (jobs !== "auto" && jobs > cores) {
    io.stderr.write(`concord: note: --jobs ${jobs} is more than the ${cores} cores here: using ${cores} threads\n`);
    jobs = cores;
  }
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
  // A long run shows its progress on a terminal: one line, rewritten, then cleared.
  const onProgress = io.stderr.isTTY
    ? (done: number, total: number) => {
        if (total >= 20) io.stderr.write(done === total ? "\r\u001b[K" : `\rchecking ${done}/${total} namespaces`);
      }
    : undefined;
  // A shard's JSON report carries the pairs it checked (from the alignment), so that merged JUnit lists them all.
  const alignment = targets.some((o) => o.format === "junit" || o.format === "html" || (shard !== undefined && o.format === "json"));
  const run = await checkHeldInParallel({ ...options, ...(shard ? { shard } : {}), alignment, ...(onProgress ? { onProgress } : {}) }, jobs);
  // --quiet shows errors only; the exit code is decided on what is shown.
  const summary = args.quiet ? { ...run.result.summary, warnings: 0, infos: 0 } : run.result.summary;
  const result = { ...run.result, summary, ...(shard ? { shard } : {}), configDigest: configDigest(effective, packageInfo().version) };
  const findings = args.quiet ? () => onlyErrors(run.findings.inOrder()) : () => run.findings.inOrder();
  for (const notice of result.notices) io.stderr.write(`concord: note: ${terminalSafe(notice)}\n`);
  const { baselineHidden, baselineFixed } = result.summary;
  if (baselineHidden !== undefined) io.stderr.write(`concord: baseline: ${baselineHidden} known findings hidden, ${baselineFixed} fixed since it was recorded\n`);
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  return writeReports({ result, findings }, targets, io, { maxWarnings, color: args.color });
}

function* onlyErrors(findings: Iterable<Finding>): Generator<Finding> {
  for (const finding of findings) if (finding.severity === "error") yield finding;
}

/** Pieces of a report joined into writes of about 64 KB. */
function* batched(chunks: Iterable<string>): Generator<string> {
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 1 << 16) {
      yield pending;
      pending = "";
    }
  }
  if (pending) yield pending;
}

/** A run to report: its result and its findings in report order, read again for each report (they may be held compactly). */
interface Reportable {
  result: RunResult;
  findings: () => Iterable<Finding>;
}

/**
 * Writes each report where it goes and returns the exit code the result deserves. JSON and stylish
 * are written a finding at a time; the other formats get the whole result, its findings listed once.
 */
async function writeReports(run: Reportable, targets: Output[], io: Io, settings: { maxWarnings: number | undefined; color: boolean | undefined }): Promise<number> {
  const [{ formatters, formatContext, streamingFormatters }, { rules }] = await Promise.all([import("../formatters"), import("../rules")]);
  const { result } = run;
  const color = colorEnabled(settings.color, io.env, io.stdout.isTTY);
  const { maxWarnings } = settings;
  const warningsFail = maxWarnings !== undefined && result.summary.warnings > maxWarnings;
  let whole: RunResult | undefined;
  for (const output of targets) {
    const context = formatContext({ color: color && !output.file, cwd: io.cwd, rules: rules.map((rule) => rule.meta), warningsFail });
    const streaming = Object.hasOwn(streamingFormatters, output.format) ? streamingFormatters[output.format as keyof typeof streamingFormatters] : undefined;
    const report = streaming ? batched(streaming(result, run.findings(), context)) : [formatters[output.format as Format]((whole ??= { ...result, findings: [...run.findings()] }), context)];
    if (output.file) await writeOutput(io, output.file, report);
    else for (const chunk of report) io.stdout.write(chunk);
  }
  if (result.problems.length) return 2;
  if (result.summary.errors > 0) return 1;
  if (warningsFail) {
    io.stderr.write(`concord: found ${result.summary.warnings} warning${result.summary.warnings === 1 ? "" : "s"} (maximum: ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/** The options several commands share, defined once so that their help reads the same everywhere. */
const CATALOG_OPTIONS = {
  locales: { type: "string", describe: "Folder with one folder per locale: <locales>/<lng>/<namespace>.json (default: locales)" },
  config: { alias: "c", type: "string", describe: "Configuration file (default: concord.config.json, .concordrc.json or package.json's \"concord\")" },
  layout: { type: "string", describe: 'Where catalogs lie under --locales: "{{lng}}/{{ns}}.json" (default) or "{{lng}}.json"; found by itself when not given' },
  source: { type: "string", describe: "Source locale (default: en)" },
  targets: { type: "string", array: true, describe: "Target locales, comma-separated (default: every other locale folder)" },
} as const;

/** The output options, one name in every command: -f/--format and -o/--output-file (--output, its old name, still read). */
function outputOptions(formats: string, outputFile = "Write the (first) report to this file instead of standard output; missing folders are made") {
  return {
    format: { alias: "f", type: "string", array: true, describe: formats },
    "output-file": { alias: "o", type: "string", describe: outputFile },
    output: { type: "string", hidden: true, describe: "Old name of --output-file" },
  } as const;
}

const REPORT_OPTIONS = {
  color: { type: "boolean", describe: "Colour standard output or not (--no-color); by default on a terminal, unless FORCE_COLOR=0, NO_COLOR or TERM=dumb (FORCE_COLOR=1 forces it)" },
  "max-warnings": { type: "string", describe: "Exit 1 when there are more warnings than this whole number" },
} as const;

const PATHS = { type: "string", array: true, describe: "The locales folder (as --locales does), or catalog files: their namespaces only (default: the configured locales folder)" } as const;

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  let exitCode = 0;
  const checkOutputs = outputOptions(`Output format, repeatable; FORMAT=FILE sends that one to a file: ${FORMATS.join(", ")} (default: the first; under GitHub Actions, its annotations)`);
  const parser = yargs(argv)
    .scriptName("concord")
    .usage("$0 <command> [options]\n\nChecks that the English, Ukrainian and Russian versions of a text still say the same thing.")
    .command<CheckArgs>(
      ["check [paths..]", "$0"],
      "Compare the translations with the source and report missing paragraphs, drifting quotes and mismatched numbers",
      (command) =>
        command
          .positional("paths", PATHS)
          .option("locales", CATALOG_OPTIONS.locales)
          .option("config", CATALOG_OPTIONS.config)
          .option("print-config", { type: "boolean", describe: "Print the configuration the check would run with (every rule's severity) as JSON, and check nothing" })
          .option("baseline", { type: "string", describe: "Report only findings this baseline file (concord baseline) does not record" })
          .option("layout", CATALOG_OPTIONS.layout)
          .option("source", CATALOG_OPTIONS.source)
          .option("targets", CATALOG_OPTIONS.targets)
          .option("namespace", { type: "string", array: true, describe: "Only these namespaces, comma-separated" })
          .options(checkOutputs)
          .options(REPORT_OPTIONS)
          .option("since", { type: "string", describe: "Compare with the catalogs at this git revision: stale translations, and --only-changed" })
          .option("only-changed", { type: "boolean", describe: "With --since: report only paragraphs whose source or translation changed" })
          .option("quiet", { type: "boolean", describe: "Report errors only" })
          .option("watch", { type: "boolean", describe: "Check, then re-check a namespace whenever one of its files is saved, printing what changed" })
          .option("rule", { type: "string", array: true, describe: "Set a rule's severity: --rule quote-style=off (off, info, warning, error)" })
          .option("jobs", { type: "string", describe: "Check the namespaces in this many worker threads; the findings are the same (default: every core when the source catalogs reach 4 MB, else 1)" })
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
          .positional("reports", { type: "string", array: true, describe: "The shards' JSON reports, one per shard" })
          .options(outputOptions(`Output format, as for check: ${FORMATS.filter((format) => format !== "html").join(", ")}`))
          .options(REPORT_OPTIONS) as never,
      async (args) => {
        const maxWarnings = maxWarningsOf(args["max-warnings"]);
        const targets = outputs(args, io);
        if (targets.some((o) => o.format === "html")) throw new ConfigError({ code: "unknown-format", message: "merge cannot write the HTML report: the JSON reports do not carry the paragraphs", hint: "run concord report on the whole tree instead" });
        const [{ readReports }, { mergeResults }] = await Promise.all([import("./merge"), import("../engine/shard")]);
        const result = mergeResults(readReports(args.reports, io.cwd));
        for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
        exitCode = await writeReports({ result, findings: () => result.findings }, targets, io, { maxWarnings, color: args.color });
      },
    )
    .command<CheckArgs & { out?: string }>(
      "report [paths..]",
      "Write the HTML report: the paragraphs side by side, findings marked, one self-contained file",
      (command) =>
        command
          .positional("paths", PATHS)
          .option("output-file", { alias: "o", type: "string", describe: "The report file (default: concord-report.html); missing folders are made" })
          .option("out", { type: "string", hidden: true, describe: "Old name of --output-file" })
          .option("output", { type: "string", hidden: true, describe: "Old name of --output-file" })
          .option("locales", CATALOG_OPTIONS.locales)
          .option("since", { type: "string", describe: "Compare with this git revision (stale paragraphs show their word diff)" })
          .option("config", CATALOG_OPTIONS.config) as never,
      async (args) => {
        const file = outputFileOf(args) ?? "concord-report.html";
        const code = await runCheck({ ...args, format: [`html=${file}`], "output-file": undefined, output: undefined }, io);
        io.stdout.write(`Wrote ${file}\n`);
        // Findings are what the report shows, not a failure to make it; bad input still exits 2.
        exitCode = code === 2 ? 2 : 0;
      },
    )
    .command<CheckArgs>(
      "baseline [paths..]",
      "Record today's findings in a baseline file, so that later runs (check --baseline FILE) report only new ones",
      (command) =>
        command
          .positional("paths", PATHS)
          .option("locales", CATALOG_OPTIONS.locales)
          .option("config", CATALOG_OPTIONS.config)
          .option("layout", CATALOG_OPTIONS.layout)
          .option("source", CATALOG_OPTIONS.source)
          .option("targets", CATALOG_OPTIONS.targets)
          .option("output-file", { alias: "o", type: "string", describe: "The baseline file to write (default: concord-baseline.json); missing folders are made" })
          .option("output", { type: "string", hidden: true, describe: "Old name of --output-file" }) as never,
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
          .option("config", CATALOG_OPTIONS.config)
          .option("layout", CATALOG_OPTIONS.layout)
          .options(outputOptions("markdown (default) or json", "Write the diff to this file instead of standard output; missing folders are made")) as never,
      async (args) => {
        const { sourceChanges, changesAsMarkdown } = await import("../engine/changes");
        const [output] = parseOutputs(list(args.format) ?? ["markdown"], outputFileOf(args), ["markdown", "json"]);
        const { config } = (await import("../config")).loadConfig(io.cwd, args.config);
        const result = await sourceChanges({ locales: args.locales ?? config.locales ?? "locales", layout: args.layout ?? config.layout, since: args.since, cwd: io.cwd });
        const text = output.format === "json" ? `${jsonSafe(JSON.stringify({ version: 1, since: args.since, ...result }, null, 2))}\n` : changesAsMarkdown(result, args.since);
        if (output.file) await writeOutput(io, output.file, text);
        else io.stdout.write(text);
        exitCode = 0;
      },
    )
    .command<CheckArgs>(
      "init",
      "Write a starting concord.config.json from the locale folders found",
      (command) =>
        command
          .option("locales", CATALOG_OPTIONS.locales)
          .option("output-file", { alias: "o", type: "string", describe: "The configuration file to write (default: concord.config.json); missing folders are made" }) as never,
      async (args) => {
        const { discoverLayout } = await import("../catalog/loader");
        const file = outputFileOf(args) ?? "concord.config.json";
        const target = path.resolve(io.cwd, file);
        if (existsSync(target)) throw new ConfigError({ code: "config-exists", message: `${file} already exists`, hint: "edit it, or remove it to start again", file });
        const locales = args.locales ?? "locales";
        const layout = await discoverLayout({ locales: path.resolve(io.cwd, locales), cwd: io.cwd });
        const aliases = Object.fromEntries([layout.source, ...layout.targets].filter((l) => layout.language(l) !== l).map((l) => [l, layout.language(l)]));
        // Paths in a configuration file are relative to its folder.
        const fromFile = (to: string) => path.relative(path.dirname(target), path.resolve(io.cwd, to)).split(path.sep).join("/") || ".";
        const schema = `./${fromFile("node_modules/concord-i18n/docs/concord.schema.json")}`.replace(/^\.\/\.\.\//, "../");
        const config = { $schema: schema, locales: fromFile(locales), layout: layout.pattern, source: layout.source, targets: layout.targets, ...(Object.keys(aliases).length ? { aliases } : {}), rules: {}, ignores: [] };
        await writeOutput(io, file, `${JSON.stringify(config, null, 2)}\n`);
        io.stdout.write(`Wrote ${file}: ${layout.source} → ${layout.targets.join(", ")}, ${layout.namespaces.length} namespace(s), layout ${layout.pattern}\n`);
        exitCode = 0;
      },
    )
    .command<CheckArgs & { "dry-run"?: boolean }>(
      "fix",
      "Fix what is safe to fix in the translations — quotation marks, white space, uk/ru number notation — writing only the values it changes",
      (command) =>
        command
          .option("locales", CATALOG_OPTIONS.locales)
          .option("config", CATALOG_OPTIONS.config)
          .option("layout", CATALOG_OPTIONS.layout)
          .option("source", CATALOG_OPTIONS.source)
          .option("targets", CATALOG_OPTIONS.targets)
          .option("dry-run", { type: "boolean", describe: "Print a unified diff of the fixes and write nothing" }) as never,
      async (args) => {
        const { fixTree } = await import("../fix/run");
        const { config } = (await import("../config")).loadConfig(io.cwd, args.config);
        const result = await fixTree({ locales: args.locales ?? config.locales ?? "locales", layout: args.layout ?? config.layout, source: args.source ?? config.source, targets: list(args.targets) ?? config.targets, aliases: config.aliases, rules: config.rules, ignores: config.ignores, glossary: config.glossary, cwd: io.cwd, dryRun: args["dry-run"] });
        for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)} (left untouched)\n`);
        if (args["dry-run"]) for (const file of result.files) io.stdout.write((file.patch ?? "").split("\n").map(terminalSafe).join("\n"));
        const count = result.files.reduce((sum, f) => sum + f.keys.length, 0);
        io.stdout.write(`${args["dry-run"] ? "Would fix" : "Fixed"} ${count} paragraph${count === 1 ? "" : "s"} in ${result.files.length} file${result.files.length === 1 ? "" : "s"}.\n`);
        exitCode = result.problems.length ? 2 : 0;
      },
    )
    .command<{ stdio?: boolean }>(
      "lsp",
      "Serve findings as you type, hovers with the aligned paragraphs and quick fixes to an editor (Language Server Protocol)",
      (command) =>
        command
          .option("stdio", { type: "boolean", describe: "Speak the protocol over standard input and output (the one transport; the default)" })
          .option("clientProcessId", { type: "number", hidden: true }) as never,
      async () => {
        exitCode = await (await import("../lsp/server")).serveStdio();
      },
    )
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
