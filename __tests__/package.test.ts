/**
 * The published package: its metadata, the files its tarball holds (the compiled code, the schema
 * and the rule pages; no screenshot, test data or corpus), and a new project that installs the
 * tarball and runs `npx concord check` with no warning. Needs the build (`npm test` makes it first).
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";

const run = promisify(execFile);
const repo = path.join(__dirname, "..");
const manifest = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** npm's own variables from an enclosing `npm test` (dry run, prefix…) must not steer the npm we run. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

describe("package.json", () => {
  test("a name of its own on the registry, the concord command, and where it lives", () => {
    expect(manifest.name).toBe("concord-i18n");
    expect(manifest.bin).toEqual({ concord: "bin/concord.js" });
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(path.join(repo, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
    expect(manifest.repository).toEqual({ type: "git", url: "git+https://github.com/concord-i18n/concord.git" });
    expect(manifest.homepage).toBe("https://github.com/concord-i18n/concord#readme");
    expect(manifest.bugs).toEqual({ url: "https://github.com/concord-i18n/concord/issues" });
  });

  test("no install script for those who install it: the build runs before pack, test and start", () => {
    for (const hook of ["prepare", "preinstall", "install", "postinstall"]) expect(manifest.scripts[hook]).toBeUndefined();
    expect(manifest.scripts).toMatchObject({ prepack: "npm run build", pretest: "npm run build", prestart: "npm run build" });
  });
});

describe("action.yml", () => {
  const action = readFileSync(path.join(repo, "action.yml"), "utf8");
  const script = action.slice(action.indexOf("run: |"), action.indexOf("- name: Upload"));

  test("runs the project's own copy or the pinned version, never an unpinned name", () => {
    expect(script).toContain("node_modules/.bin/concord");
    expect(script).toContain('--package "concord-i18n@$CONCORD_VERSION"');
    expect(action).toContain(`default: "${manifest.version}"`);
    expect(action).not.toMatch(/npx --yes concord(?!-i18n@)/);
  });

  test("passes every input through the environment, none pasted into the script", () => {
    expect(script).not.toContain("${{");
    for (const input of ["locales", "since", "args", "version"]) expect(action).toContain(`CONCORD_${input.toUpperCase()}: \${{ inputs.${input} }}`);
  });

  test("its script hands hostile inputs to concord as plain arguments", async () => {
    const body = script.split("\n").slice(1).filter((line) => line.startsWith("        ")).map((line) => line.slice(8)).join("\n");
    const project = mkdtempSync(path.join(os.tmpdir(), "concord-action-"));
    try {
      mkdirSync(path.join(project, "node_modules", ".bin"), { recursive: true });
      writeFileSync(path.join(project, "node_modules", ".bin", "concord"), '#!/bin/sh\nprintf "%s\\n" "$@" > args.txt\n', { mode: 0o755 });
      const env = { PATH: process.env.PATH, CONCORD_LOCALES: 'text $(touch pwned) "', CONCORD_SINCE: "origin/main; touch pwned", CONCORD_ARGS: "--quiet --rule quote-style=off", CONCORD_VERSION: manifest.version };
      await run("bash", ["-c", body], { cwd: project, env });
      expect(readFileSync(path.join(project, "args.txt"), "utf8").split("\n")).toEqual(
        ["check", 'text $(touch pwned) "', "--since", "origin/main; touch pwned", "--only-changed", "--format", "github", "--format", "sarif=concord.sarif", "--quiet", "--rule", "quote-style=off", ""],
      );
      expect(existsSync(path.join(project, "pwned"))).toBe(false);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("the tarball", () => {
  test("holds the compiled code, the schema and the rule pages, and nothing else", async () => {
    const { stdout } = await run(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repo, env: cleanEnv() });
    const files: string[] = JSON.parse(stdout)[0].files.map((file: { path: string }) => file.path);
    const allowed = /^(package\.json|README\.md|LICENSE|bin\/concord\.js|dist\/[\w/.-]+\.(js|d\.ts)|docs\/concord\.schema\.json|docs\/rules\/[a-z-]+\.md)$/;
    expect(files.filter((file) => !allowed.test(file))).toEqual([]);
    // The bundled CLI and its worker (scripts/postbuild.js) beside the library's modules.
    for (const needed of ["bin/concord.js", "dist/concord.js", "dist/worker.js", "dist/cli/quick.js", "dist/cli/help-texts.js", "dist/config-validate.js", "dist/cli/main.js", "dist/index.js", "dist/index.d.ts", "dist/engine/worker.js", "docs/concord.schema.json", "LICENSE"]) expect(files).toContain(needed);
    expect(files.some((file) => /\.(png|jpe?g|html)$|^(corpora|locales|__tests__|bench|scripts)\//.test(file))).toBe(false);
  });

  test("installs into a new project, where npx concord check runs with no warning", async () => {
    expect(existsSync(path.join(repo, "dist", "cli", "main.js"))).toBe(true);
    const work = mkdtempSync(path.join(os.tmpdir(), "concord-package-"));
    try {
      const env = cleanEnv();
      const packed = await run(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: repo, env });
      const tarball = path.join(work, JSON.parse(packed.stdout)[0].filename);
      const project = path.join(work, "site");
      mkdirSync(path.join(project, "locales", "en"), { recursive: true });
      mkdirSync(path.join(project, "locales", "uk"), { recursive: true });
      writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "site", version: "1.0.0", private: true }));
      writeFileSync(path.join(project, "locales", "en", "article.json"), JSON.stringify({ p1: "There were 150 troops." }));
      writeFileSync(path.join(project, "locales", "uk", "article.json"), JSON.stringify({ p1: "Там було 150 військових." }));
      // The dependencies come from npm's cache when it has them (CI's npm ci filled it), else the registry.
      const installed = await run(npm, ["install", "--save-dev", tarball, "--prefer-offline", "--no-audit", "--no-fund"], { cwd: project, env });
      expect(installed.stderr).not.toMatch(/warn|error/i);
      const check = await run("npx", ["--no-install", "concord", "check"], { cwd: project, env });
      expect(check.stderr).toBe("");
      expect(check.stdout).toMatch(/^✔ No problems: 2 files, 1 namespace/);
      const threads = await run("npx", ["--no-install", "concord", "check", "--jobs", "2", "--format", "json"], { cwd: project, env });
      expect(threads.stderr).toBe("");
      expect(JSON.parse(threads.stdout).summary).toMatchObject({ files: 2, errors: 0 });
      expect((await run("npx", ["--no-install", "concord", "--help"], { cwd: project, env })).stdout).toMatch(/^concord <command> \[options\]\n[\s\S]*concord lsp /);
      const init = await run("npx", ["--no-install", "concord", "init"], { cwd: project, env });
      expect(init.stderr).toBe("");
      const config = JSON.parse(readFileSync(path.join(project, "concord.config.json"), "utf8"));
      // The $schema that init writes is there in the installed package.
      expect(existsSync(path.join(project, config.$schema))).toBe(true);
      expect((await run("npx", ["--no-install", "concord", "--version"], { cwd: project, env })).stdout.trim()).toBe(manifest.version);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
