/** `concord check`: compares the translations with the source and writes the reports. */
import { existsSync } from "fs";
import path from "path";
import type { Argv } from "yargs";
import { ConfigError, formatProblem } from "../../errors";
import { packageInfo } from "../../package-info";
import { terminalSafe } from "../../text/escape";
import type { Finding, SeveritySetting } from "../../types";
import { CATALOG_OPTIONS, type CheckArgs, FORMATS, type Io, list, outputFileOf, outputOptions, PATHS, REPORT_OPTIONS } from "../args";
import { configDigest, effectiveConfig, maxWarningsOf, type Output, parseOutputs, scopeOfPaths } from "../options";
import { writeReports } from "../reports";

/** check's options, in the order its help lists them; the direct reading (../direct.ts) reads the same table. */
export const OPTIONS = {
  locales: CATALOG_OPTIONS.locales,
  config: CATALOG_OPTIONS.config,
  "print-config": { type: "boolean", describe: "Print the configuration the check would run with (every rule's severity) as JSON, and check nothing" },
  baseline: { type: "string", describe: "Report only findings this baseline file (concord baseline) does not record" },
  layout: CATALOG_OPTIONS.layout,
  source: CATALOG_OPTIONS.source,
  targets: CATALOG_OPTIONS.targets,
  namespace: { type: "string", array: true, describe: "Only these namespaces, comma-separated" },
  ...outputOptions(`Output format, repeatable; FORMAT=FILE sends that one to a file: ${FORMATS.join(", ")} (default: the first; under GitHub Actions, its annotations)`),
  ...REPORT_OPTIONS,
  since: { type: "string", describe: "Compare with the catalogs at this git revision: stale translations, and --only-changed" },
  "only-changed": { type: "boolean", describe: "With --since: report only paragraphs whose source or translation changed" },
  quiet: { type: "boolean", describe: "Report errors only" },
  watch: { type: "boolean", describe: "Check, then re-check a namespace whenever one of its files is saved, printing what changed" },
  rule: { type: "string", array: true, describe: "Set a rule's severity: --rule quote-style=off (off, info, warning, error)" },
  jobs: { type: "string", describe: "Check the namespaces in this many worker threads; the findings are the same (default: every core when the source catalogs reach 4 MB, else 1)" },
  shard: { type: "string", describe: "Check only share i of n of the namespaces (--shard 2/3), for a CI matrix; join the JSON reports with concord merge" },
  cache: { type: "boolean", describe: "Keep each namespace's findings and re-check only namespaces whose files, configuration or Concord version changed (not with --since)" },
  "cache-location": { type: "string", describe: "The cache file for --cache (default: .concordcache)" },
} as const;

export function options(command: Argv): Argv {
  return command.positional("paths", PATHS).options(OPTIONS) as Argv;
}

export const direct = { positional: "paths", options: OPTIONS };

/** `--format stylish --format sarif=concord.sarif`: each output and where it goes. */
export function outputs(args: CheckArgs, io: Io): Output[] {
  const given = list(args.format) ?? [io.env.GITHUB_ACTIONS === "true" ? "github" : "stylish"];
  return parseOutputs(given, outputFileOf(args), FORMATS);
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
export async function checkOptions(args: CheckArgs, io: Io) {
  const [{ loadConfig }, { SEVERITY_SETTINGS }, { rules }] = await Promise.all([import("../../config"), import("../../config-schema"), import("../../rules")]);
  const { config } = loadConfig(io.cwd, args.config);
  const scope = scopeOfPaths(args.paths ?? [], io.cwd, args.locales ?? config.locales, args.layout ?? config.layout);
  const baselineFile = args.baseline ?? config.baseline;
  let baseline: import("../../engine/pipeline").BaselineEntry[] | undefined;
  if (args.baseline !== undefined || (config.baseline && existsSync(path.resolve(io.cwd, config.baseline)))) {
    baseline = (await import("../baseline")).readBaseline(path.resolve(io.cwd, baselineFile as string), baselineFile as string);
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

/** --jobs as given: "auto", or a whole number of threads, at most one per core (with a note). */
async function jobsOf(given: string | undefined, io: Io): Promise<number | "auto"> {
  // Read as text, so that --jobs abc is named as given (a number option would say NaN).
  const jobs = given === undefined || given === "auto" ? "auto" : /^\s*\d+\s*$/.test(given) ? Number(given) : NaN;
  if (jobs === "auto") return jobs;
  if (!Number.isInteger(jobs) || jobs < 1) throw new ConfigError({ code: "bad-jobs", message: `--jobs ${given} is not a whole number of threads`, hint: "write e.g. --jobs 2 (one per core is the most that helps)" });
  const cores = (await import("os")).availableParallelism();
  if (jobs <= cores) return jobs;
  io.stderr.write(`concord: note: --jobs ${jobs} is more than the ${cores} cores here: using ${cores} threads\n`);
  return cores;
}

export async function run(args: CheckArgs, io: Io): Promise<number> {
  const maxWarnings = maxWarningsOf(args["max-warnings"]);
  const targets = outputs(args, io);
  const { options, effective } = await checkOptions(args, io);
  if (args["print-config"]) {
    io.stdout.write(`${JSON.stringify(effective, null, 2)}\n`);
    return 0;
  }
  if (args.watch) {
    const { watchCatalogs } = await import("../watch");
    const watching = await watchCatalogs(options, io);
    process.once("SIGINT", () => watching.stop());
    return watching.settled;
  }
  const [{ checkHeldInParallel }, { parseShard }] = await Promise.all([import("../../engine/parallel"), import("../../engine/shard")]);
  const jobs = await jobsOf(args.jobs, io);
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
  // A long run shows its progress on a terminal: one line, rewritten, then cleared.
  const onProgress = io.stderr.isTTY
    ? (done: number, total: number) => {
        if (total >= 20) io.stderr.write(done === total ? "\r\u001b[K" : `\rchecking ${done}/${total} namespaces`);
      }
    : undefined;
  // A shard's JSON report carries the pairs it checked (from the alignment), so that merged JUnit lists them all.
  const alignment = targets.some((o) => o.format === "junit" || o.format === "html" || (shard !== undefined && o.format === "json"));
  const held = await checkHeldInParallel({ ...options, ...(shard ? { shard } : {}), alignment, ...(onProgress ? { onProgress } : {}) }, jobs);
  // --quiet shows errors only; the exit code is decided on what is shown.
  const summary = args.quiet ? { ...held.result.summary, warnings: 0, infos: 0 } : held.result.summary;
  // Only the JSON report carries the digest (merge compares it); a run without one needs no hashing.
  const digest = targets.some((o) => o.format === "json") ? { configDigest: configDigest(effective, packageInfo().version) } : {};
  const result = { ...held.result, summary, ...(shard ? { shard } : {}), ...digest };
  const findings = args.quiet ? () => onlyErrors(held.findings.inOrder()) : () => held.findings.inOrder();
  for (const notice of result.notices) io.stderr.write(`concord: note: ${terminalSafe(notice)}\n`);
  const { baselineHidden, baselineFixed } = result.summary;
  if (baselineHidden !== undefined) io.stderr.write(`concord: baseline: ${baselineHidden} known findings hidden, ${baselineFixed} fixed since it was recorded\n`);
  for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
  return writeReports({ result, findings }, targets, io, { maxWarnings, color: args.color });
}

function* onlyErrors(findings: Iterable<Finding>): Generator<Finding> {
  for (const finding of findings) if (finding.severity === "error") yield finding;
}
