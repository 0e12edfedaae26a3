/**
 * What makes the built CLI start fast gives the same answers as the slow way: the help and version
 * texts written at build time are what yargs prints, the precompiled configuration validator
 * reports what ajv compiling the schema reports, and the bundle's --jobs still runs worker threads.
 * The start-up times themselves are measured in `npm run bench` (scripts/bench.js, cold start).
 */
import Ajv from "ajv";
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";
import { QUICK_ARGUMENTS, quickAnswer } from "../src/cli/quick";
import { VALIDATOR_OPTIONS } from "../src/config";
import { configSchema } from "../src/config-schema";

const repo = path.join(__dirname, "..");
const dist = path.join(repo, "dist");
const bin = path.join(repo, "bin", "concord.js");
const built = existsSync(path.join(dist, "concord.js"));
const maybe = built ? test : test.skip;

/** Runs node with these arguments from the repository, its output no terminal; stdout, stderr and the exit code. */
function node(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const run = spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8", env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("help and version without yargs", () => {
  maybe.each(QUICK_ARGUMENTS.map((argv) => [argv.join(" "), argv]))("concord %s prints what yargs prints", (_name, argv) => {
    const quick = node([bin, ...argv]);
    const script = `require(${JSON.stringify(path.join(dist, "concord.js"))}).main(${JSON.stringify(argv)}).then((code) => { process.exitCode = code; });`;
    const yargs = node(["-e", script]);
    expect(yargs).toMatchObject({ code: 0, stderr: "" });
    expect(quick).toEqual(yargs);
  });

  maybe("in another language's locale, yargs answers, in its translation", () => {
    const env = { ...process.env, LC_ALL: "uk_UA.UTF-8" };
    const script = `require(${JSON.stringify(path.join(dist, "concord.js"))}).main(["--help"]).then((code) => { process.exitCode = code; });`;
    const quick = node([bin, "--help"], env);
    expect(quick.stdout).toContain("Показати довідку");
    expect(quick).toEqual(node(["-e", script], env));
    const { quickAnswer: builtAnswer } = require(path.join(dist, "cli", "quick.js")) as { quickAnswer: typeof quickAnswer };
    expect(builtAnswer(["--help"], undefined, { LANG: "ru_RU.UTF-8" })).toBeUndefined();
    for (const english of [{}, { LANG: "C.UTF-8" }, { LANG: "POSIX" }, { LANG: "ru_RU.UTF-8", LC_ALL: "en_GB.UTF-8" }]) expect(builtAnswer(["--help"], undefined, english)).toMatch(/Show help/);
  });

  maybe("they load neither yargs nor the bundle", () => {
    const script = `process.argv.splice(1, 0, "concord", "--help"); process.stdout.write = () => true; require(${JSON.stringify(bin)});
process.stderr.write(JSON.stringify(Object.keys(require.cache).map((file) => path.relative(${JSON.stringify(repo)}, file))));`;
    const loaded = JSON.parse(node(["-e", `const path = require("path"); ${script}`]).stderr) as string[];
    expect(loaded.filter((file) => /node_modules|concord\.js$|main\.js$/.test(file) && file !== "bin/concord.js")).toEqual([]);
  });

  maybe("a plain check of the bundled article loads neither yargs nor node:crypto; a JSON report (its digest) loads crypto", () => {
    // A file, not \`node -e\`: Node's -e loads node:crypto itself.
    const loads = (argv: string[]) => {
      const run = node(["-r", path.join(__dirname, "report-loads.js"), bin, ...argv]);
      const { files, builtins } = JSON.parse(run.stderr.slice(run.stderr.lastIndexOf("\nLOADS ") + 7)) as { files: string[]; builtins: string[] };
      return { code: run.code, yargs: files.some((file) => file.includes("node_modules/yargs/")), crypto: builtins.includes("NativeModule crypto") };
    };
    expect(loads(["check", "locales"])).toEqual({ code: 0, yargs: false, crypto: false });
    expect(loads(["check", "locales", "--format", "json"])).toEqual({ code: 0, yargs: false, crypto: true });
    expect(loads(["check", "locales", "--bogus"])).toEqual({ code: 2, yargs: true, crypto: false });
  });

  maybe("a narrower terminal, or any other arguments, go to yargs", () => {
    const { quickAnswer: builtAnswer } = require(path.join(dist, "cli", "quick.js")) as { quickAnswer: typeof quickAnswer };
    expect(builtAnswer(["--help"], undefined)).toMatch(/^concord <command> \[options\]\n/);
    expect(builtAnswer(["--help"], 160)).toBe(builtAnswer(["--help"], undefined));
    expect(builtAnswer(["--help"], 80)).toBeUndefined();
    for (const argv of [["check", "--bogus"], ["--help", "--help"], ["check --help"], []]) expect(builtAnswer(argv, undefined)).toBeUndefined();
  });

  test("from the sources (no build) nothing is answered quickly: the tests of src/cli/main run yargs", () => {
    expect(quickAnswer(["--help"], undefined)).toBeUndefined();
  });
});

describe("the precompiled configuration validator", () => {
  const configs: unknown[] = [
    {},
    { locales: "text", source: "en", targets: ["uk", "ru"], rules: { "quote-style": "off" } },
    { locales: "", layout: 3, targets: "uk", aliases: { ua: "" } },
    { rules: { "quote-style": "of", "no-such-rule": "error" } },
    { ignores: [{ rule: "quote-style" }, { rule: "nope", reason: " " }, { rule: "whitespace", reason: "ok", extra: 1 }] },
    { glossary: { NATO: { uk: "НАТО", ru: "" } }, baseline: "" },
    { unknown: true, $schema: 7 },
    [],
    "text",
  ];

  maybe.each(configs.map((config) => [JSON.stringify(config), config]))("%s: the same errors as ajv's", (_name, config) => {
    const compiled = new Ajv(VALIDATOR_OPTIONS).compile(configSchema());
    const precompiled = require(path.join(dist, "config-validate.js")) as typeof compiled;
    expect(precompiled(config)).toBe(compiled(config));
    expect(precompiled.errors ?? null).toEqual(compiled.errors ?? null);
  });
});

maybe("the bundle's --jobs 2 checks in worker threads and finds the same", () => {
  const ntrex = path.join(repo, "corpora", "ntrex", "locales");
  const hook = `const threads = require("worker_threads"); const Worker = threads.Worker;
threads.Worker = class extends Worker { constructor(file, options) { process.stderr.write("worker " + file + "\\n"); super(file, options); } };
process.argv.splice(1, 0, "concord", "check", ${JSON.stringify(ntrex)}, "--format", "json", "--jobs", "2"); require(${JSON.stringify(bin)});`;
  const threaded = node(["-e", hook]);
  expect(threaded.stderr).toBe(`worker ${path.join(dist, "worker.js")}\n`.repeat(2));
  const single = node([bin, "check", ntrex, "--format", "json", "--jobs", "1"]);
  expect(threaded.stdout).toBe(single.stdout);
  expect(threaded.code).toBe(single.code);
});
