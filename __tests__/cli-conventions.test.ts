/**
 * The command line as ESLint users expect it: -f/-o/-c, paths as arguments, colour decided from
 * --color, FORCE_COLOR, NO_COLOR, TERM and the terminal, --print-config, --max-warnings, usage
 * errors with a hint, and help texts that read right.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { colorEnabled } from "../src/cli/options";
import { main } from "../src/cli/main";
import { rules } from "../src/rules";
import { runCli, tempTree } from "./helpers";

/** Two namespaces, each with a number dropped in uk: one error finding per namespace. */
const files = {
  "locales/en/a.json": '{ "p": "There were 150 troops." }',
  "locales/uk/a.json": '{ "p": "Там було 15 військових." }',
  "locales/en/b.json": '{ "p": "It cost 300 dollars." }',
  "locales/uk/b.json": '{ "p": "Це коштувало 30 доларів." }',
};

function namespacesOf(stdout: string): string[] {
  return (JSON.parse(stdout).findings as { namespace: string }[]).map((f) => f.namespace);
}

describe("-f/--format, -o/--output-file, -c/--config", () => {
  test("the short names do what the long ones do", async () => {
    const root = tempTree({ ...files, "conf/concord.json": JSON.stringify({ rules: { "number-mismatch": "warning" } }) });
    const long = await runCli(["check", "--format", "json", "--config", "conf/concord.json"], root);
    const short = await runCli(["check", "-f", "json", "-c", "conf/concord.json"], root);
    expect(short).toEqual(long);
    expect(JSON.parse(short.stdout).findings.map((f: { severity: string }) => f.severity)).toEqual(["warning", "warning"]);
    const written = await runCli(["check", "-f", "json", "-o", "reports/check.json"], root);
    expect(written.stdout).toBe("");
    expect(namespacesOf(readFileSync(path.join(root, "reports", "check.json"), "utf8"))).toEqual(["a", "b"]);
  });

  test("report, baseline, diff and init take -o/--output-file too", async () => {
    const root = tempTree(files);
    expect(await runCli(["report", "-o", "out/report.html"], root)).toMatchObject({ code: 0, stdout: "Wrote out/report.html\n" });
    expect(readFileSync(path.join(root, "out", "report.html"), "utf8")).toMatch(/^<!doctype html>/i);
    expect((await runCli(["baseline", "--output-file", "out/baseline.json"], root)).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(root, "out", "baseline.json"), "utf8")).entries).toHaveLength(2);
    expect((await runCli(["init", "-o", "conf/concord.config.json"], root)).code).toBe(0);
    const config = JSON.parse(readFileSync(path.join(root, "conf", "concord.config.json"), "utf8"));
    // Paths in a configuration file are relative to its own folder.
    expect(config).toMatchObject({ $schema: "../node_modules/concord-i18n/docs/concord.schema.json", locales: "../locales" });
    const printed = JSON.parse((await runCli(["check", "-c", "conf/concord.config.json", "--print-config"], root)).stdout);
    expect(printed.locales).toBe("locales");
  });

  test("init writes $schema to the installed package's schema", async () => {
    const root = tempTree(files);
    expect((await runCli(["init"], root)).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(root, "concord.config.json"), "utf8")).$schema).toBe("./node_modules/concord-i18n/docs/concord.schema.json");
  });
});

describe("paths as arguments", () => {
  test("a folder is the locales folder; a catalog file checks its namespace only", async () => {
    const root = tempTree(files);
    const byOption = await runCli(["check", "--locales", "locales", "-f", "json"], root);
    expect(await runCli(["check", "locales/", "-f", "json"], root)).toEqual(byOption);
    expect(namespacesOf(byOption.stdout)).toEqual(["a", "b"]);
    expect(namespacesOf((await runCli(["check", "locales/uk/b.json", "-f", "json"], root)).stdout)).toEqual(["b"]);
    expect(namespacesOf((await runCli(["check", "locales/en/a.json", "locales/uk/b.json", "-f", "json"], root)).stdout)).toEqual(["a", "b"]);
    // The default command takes paths too, as `eslint src/` does.
    expect(namespacesOf((await runCli(["locales/uk/a.json", "-f", "json"], root)).stdout)).toEqual(["a"]);
  });

  test("a catalog file of the one-file-per-locale layout, and a file under a configured folder", async () => {
    const flat = tempTree({ "text/en.json": '{ "p": "There were 150 troops." }', "text/uk.json": '{ "p": "Там було 15 військових." }' });
    const report = JSON.parse((await runCli(["check", "text/uk.json", "-f", "json"], flat)).stdout);
    expect(report.findings.map((f: { namespace: string; file: string }) => [f.namespace, f.file])).toEqual([["translation", "text/uk.json"]]);
    const nested = tempTree({ ...Object.fromEntries(Object.entries(files).map(([name, text]) => [name.replace("locales/", "i18n/"), text])), "concord.config.json": '{ "locales": "i18n" }' });
    expect(namespacesOf((await runCli(["check", "i18n/uk/b.json", "-f", "json"], nested)).stdout)).toEqual(["b"]);
  });

  test("a path that does not exist, and paths in two locales folders, exit 2", async () => {
    const root = tempTree({ ...files, "other/en/a.json": '{ "p": "One." }', "other/uk/a.json": '{ "p": "Один." }' });
    expect(await runCli(["check", "nope/"], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^concord: nope\/: No such file or folder \(ENOENT\) — pass the locales folder/) });
    expect(await runCli(["check", "locales/uk/a.json", "other/uk/a.json"], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/The paths lie in two locales folders \(locales and other\)/) });
  });
});

describe("colour", () => {
  test.each([
    ["a terminal", undefined, {}, true, true],
    ["a pipe", undefined, {}, false, false],
    ["--color on a pipe", true, {}, false, true],
    ["--no-color on a terminal", false, {}, true, false],
    ["--no-color beats FORCE_COLOR", false, { FORCE_COLOR: "1" }, true, false],
    ["FORCE_COLOR=0 on a terminal", undefined, { FORCE_COLOR: "0" }, true, false],
    ["FORCE_COLOR=1 on a pipe", undefined, { FORCE_COLOR: "1" }, false, true],
    ["FORCE_COLOR=3 on a pipe", undefined, { FORCE_COLOR: "3" }, false, true],
    ["FORCE_COLOR empty on a pipe", undefined, { FORCE_COLOR: "" }, false, true],
    ["FORCE_COLOR beats NO_COLOR", undefined, { FORCE_COLOR: "1", NO_COLOR: "1" }, true, true],
    ["NO_COLOR on a terminal", undefined, { NO_COLOR: "1" }, true, false],
    ["NO_COLOR empty is not set", undefined, { NO_COLOR: "" }, true, true],
    ["TERM=dumb on a terminal", undefined, { TERM: "dumb" }, true, false],
    ["--color on TERM=dumb", true, { TERM: "dumb" }, false, true],
  ] as const)("%s", (_name, flag, env, isTTY, expected) => {
    expect(colorEnabled(flag, env, isTTY)).toBe(expected);
  });

  test("the CLI passes the decision to the stylish report, and never colours a file", async () => {
    const root = tempTree(files);
    const stylish = async (args: string[], env: NodeJS.ProcessEnv, isTTY: boolean) => {
      let stdout = "";
      await main(["check", ...args], { stdout: { write: (t: string) => (stdout += t), isTTY }, stderr: { write: () => true }, env, cwd: root });
      return stdout;
    };
    expect(await stylish([], {}, true)).toContain("\u001b[");
    expect(await stylish(["--no-color"], {}, true)).not.toContain("\u001b[");
    expect(await stylish([], { NO_COLOR: "1" }, true)).not.toContain("\u001b[");
    expect(await stylish([], { TERM: "dumb" }, true)).not.toContain("\u001b[");
    expect(await stylish([], { FORCE_COLOR: "0" }, true)).not.toContain("\u001b[");
    expect(await stylish([], { FORCE_COLOR: "1" }, false)).toContain("\u001b[");
    expect(await stylish(["--color"], {}, false)).toContain("\u001b[");
    await stylish(["--color", "-o", "plain.txt"], {}, true);
    expect(readFileSync(path.join(root, "plain.txt"), "utf8")).not.toContain("\u001b[");
  });
});

describe("--print-config", () => {
  test("prints the merged configuration, every rule's severity included, and exits 0", async () => {
    const root = tempTree({ ...files, "concord.config.json": JSON.stringify({ targets: ["uk"], rules: { "quote-style": "off" } }) });
    const { code, stdout, stderr } = await runCli(["check", "--print-config", "--rule", "number-mismatch=warning"], root);
    expect([code, stderr]).toEqual([0, ""]);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ locales: "locales", targets: ["uk"], onlyChanged: false, since: null });
    expect(Object.keys(printed.rules)).toEqual(rules.map((rule) => rule.meta.id));
    expect(printed.rules["quote-style"]).toBe("off");
    expect(printed.rules["number-mismatch"]).toBe("warning");
    expect(printed.rules["missing-paragraph"]).toBe(rules.find((rule) => rule.meta.id === "missing-paragraph")!.meta.defaultSeverity);
  });
});

describe("--max-warnings", () => {
  const warnings = { ...files, "concord.config.json": JSON.stringify({ rules: { "number-mismatch": "warning" } }) };

  test("not a whole number: exit 2 with a hint", async () => {
    const root = tempTree(warnings);
    for (const bad of ["abc", "-1", "1.5", ""]) {
      expect(await runCli(["check", "--max-warnings", bad], root)).toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/--max-warnings .* is not a whole number — write e\.g\. --max-warnings 0/) });
    }
    expect((await runCli(["merge", "x.json", "--max-warnings", "abc"], root)).code).toBe(2);
  });

  test("exceeded: exit 1 and says so on stderr; within it: exit 0", async () => {
    const root = tempTree(warnings);
    expect(await runCli(["check", "--max-warnings", "1", "-f", "json"], root)).toMatchObject({ code: 1, stderr: "concord: found 2 warnings (maximum: 1)\n" });
    expect(await runCli(["check", "--max-warnings", "2", "-f", "json"], root)).toMatchObject({ code: 0, stderr: "" });
  });
});

describe("usage errors with a hint", () => {
  test("--only-changed without --since", async () => {
    const root = tempTree(files);
    expect(await runCli(["check", "--only-changed"], root)).toMatchObject({ code: 2, stdout: "", stderr: "concord: --only-changed needs --since: changed since when? — write e.g. --since origin/main --only-changed\n" });
  });

  test("two formats sent to standard output", async () => {
    const root = tempTree(files);
    const { code, stdout, stderr } = await runCli(["check", "-f", "stylish", "-f", "json"], root);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe("concord: stylish and json would both go to standard output — send all but one to a file: --format json=concord.json\n");
    expect((await runCli(["check", "-f", "stylish", "-f", "json", "-o", "r.txt"], root)).code).toBe(1);
    expect(existsSync(path.join(root, "r.txt"))).toBe(true);
  });

  test("--jobs that is not a whole number is named as given, never NaN", async () => {
    const root = tempTree(files);
    for (const bad of ["abc", "1.5", "0"]) expect(await runCli(["check", "--jobs", bad], root)).toMatchObject({ code: 2, stderr: `concord: --jobs ${bad} is not a whole number of threads — write e.g. --jobs 2 (one per core is the most that helps)\n` });
  });

  test("--rule with an unknown rule or severity", async () => {
    const root = tempTree(files);
    expect((await runCli(["check", "--rule", "no-such-rule=off"], root)).stderr).toMatch(/Unknown rule "no-such-rule" \(--rule no-such-rule=off\) — rules are: /);
    expect((await runCli(["check", "--rule", "quote-style=of"], root)).stderr).toMatch(/Rule "quote-style" cannot be set to "of" \(--rule quote-style=of\) — use off, info, warning, error/);
  });
});

describe("report", () => {
  test("exits 0 when it wrote the report, whatever it found", async () => {
    const root = tempTree(files);
    expect((await runCli(["check"], root)).code).toBe(1);
    expect(await runCli(["report"], root)).toMatchObject({ code: 0, stdout: "Wrote concord-report.html\n" });
    expect(existsSync(path.join(root, "concord-report.html"))).toBe(true);
  });
});

describe("help", () => {
  const commands = ["", "check", "merge", "report", "baseline", "diff", "init", "fix"];

  test.each(commands)("concord %s --help reads right", async (command) => {
    const { code, stdout } = await runCli([command, "--help"].filter(Boolean));
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/NaN|undefined|\[object/);
    // Each format is named once in its option's text.
    const formats = /-f, --format\s+([\s\S]*?)\[array\]/.exec(stdout)?.[1] ?? "";
    for (const name of ["stylish", "json", "sarif", "junit", "github", "markdown", "html"]) expect(formats.split(new RegExp(`\\b${name}\\b`)).length).toBeLessThanOrEqual(2);
  });

  test("merge lists its formats once, without html", async () => {
    const { stdout } = await runCli(["merge", "--help"]);
    expect(stdout).toMatch(/-f, --format +Output format, as for check: stylish, json, sarif, junit, github, markdown,\s+gitlab, rdjsonl\s/);
    expect(stdout).not.toMatch(/html/);
  });

  test("the output option has one name everywhere", async () => {
    for (const command of ["check", "merge", "report", "baseline", "diff", "init"]) {
      const { stdout } = await runCli([command, "--help"]);
      expect(stdout).toMatch(/-o, --output-file/);
      expect(stdout).not.toMatch(/--output\s|--out\s/);
    }
  });
});

describe("a reader that closes the pipe", () => {
  test("`concord check | head` stops writing without an error", () => {
    const { spawnSync } = require("child_process") as typeof import("child_process");
    const root = path.join(__dirname, "..");
    for (const format of ["stylish", "json"]) {
      const run = spawnSync("sh", ["-c", `node bin/concord.js check corpora/ntrex/locales -f ${format} | head -c 100 > /dev/null`], { cwd: root, encoding: "utf8" });
      expect(run.stderr).toBe("");
    }
  });
});
