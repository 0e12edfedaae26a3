// After tsc: precompiles the configuration's validator, bundles the command line into one file
// (docs/speed.md, "Cold start") and marks the CLI executable (tsc writes files without the execute bit).
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");

/** dist/config-validate.js: ajv's standalone code for the schema, so that a run loads no ajv compiler. */
function writeValidator() {
  const { default: Ajv } = require("ajv");
  const { default: standaloneCode } = require("ajv/dist/standalone");
  const { configSchema } = require(path.join(dist, "config-schema.js"));
  const { VALIDATOR_OPTIONS } = require(path.join(dist, "config.js"));
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, code: { source: true } });
  fs.writeFileSync(path.join(dist, "config-validate.js"), standaloneCode(ajv, ajv.compile(configSchema())));
}

/**
 * dist/concord.js, the command line in one file, from tsc's output: requiring one file instead of
 * some 230 saves the module lookups and reads. Each module keeps its own lazy wrapper, so a
 * command still runs only the modules it requires. dist/worker.js is --jobs's worker thread, which
 * engine/parallel.js looks for beside itself. The language server's libraries and ajv (which only
 * the sources need, see config.ts) stay outside, since no other command loads them, and so does yargs.
 */
function writeBundles() {
  const common = {
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // jsonc-parser's "main" is a UMD build whose requires a bundler cannot follow.
    mainFields: ["module", "main"],
    // yargs reads its messages' translations beside its own files (node_modules/yargs/locales).
    // diff (only --since and fix) and fast-glob (only a layout of its own) stay outside too: a
    // check of a built-in layout would compile their 250 KB for nothing.
    external: ["ajv", "diff", "fast-glob", "vscode-languageserver", "vscode-languageserver-textdocument", "yargs"],
    logLevel: "warning",
  };
  const esbuild = require("esbuild");
  esbuild.buildSync({ ...common, entryPoints: [path.join(dist, "cli", "main.js")], outfile: path.join(dist, "concord.js") });
  esbuild.buildSync({ ...common, entryPoints: [path.join(dist, "engine", "worker.js")], outfile: path.join(dist, "worker.js") });
}

/**
 * dist/cli/help-texts.js: what the bundled CLI prints for each argument list of quick.js (help and
 * version), written by yargs itself in a child process whose output is no terminal, so 100 columns wide.
 */
function writeHelpTexts() {
  const { LOCALE_VARIABLES } = require(path.join(dist, "cli", "quick.js"));
  const script = `
const { QUICK_ARGUMENTS, quickKey } = require(${JSON.stringify(path.join(dist, "cli", "quick.js"))});
const { main } = require(${JSON.stringify(path.join(dist, "concord.js"))});
(async () => {
  const texts = {};
  for (const argv of QUICK_ARGUMENTS) {
    let stdout = "";
    let stderr = "";
    const write = (text) => { stdout += text; };
    const code = await main([...argv], { stdout: { write }, stderr: { write: (text) => { stderr += text; } }, env: {}, cwd: process.cwd() });
    if (code !== 0 || stderr || !stdout) throw new Error(\`concord \${argv.join(" ")} exited \${code}: \${stderr}\`);
    texts[quickKey(argv)] = stdout;
  }
  process.stdout.write(JSON.stringify(texts));
})();`;
  // yargs translates its own words by the locale of the environment: the texts are its English ones.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !LOCALE_VARIABLES.includes(name)));
  const texts = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", env, stdio: ["ignore", "pipe", "inherit"] });
  fs.writeFileSync(path.join(dist, "cli", "help-texts.js"), `"use strict";\n// Written by scripts/postbuild.js: what yargs prints for these arguments (src/cli/quick.ts).\nmodule.exports = ${texts};\n`);
}

writeValidator();
writeBundles();
writeHelpTexts();
for (const file of ["bin/concord.js"]) {
  const full = path.join(root, file);
  if (fs.existsSync(full)) fs.chmodSync(full, 0o755);
}
