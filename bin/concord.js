#!/usr/bin/env node
// The `concord` command: runs the bundled CLI (dist/concord.js) and hands its exit code to the shell;
// help and version come from the texts the build wrote (src/cli/quick.ts), without loading the CLI.
"use strict";
const args = process.argv.slice(2);
const answer = require("../dist/cli/quick.js").quickAnswer(args, process.stdout.columns);
if (answer !== undefined) {
  process.stdout.write(answer);
} else {
  // Compiled from a code cache of this machine's when there is one (src/cli/code-cache.ts).
  const bundle = require("../dist/cli/code-cache.js").loadBundle(require.resolve("../dist/concord.js"), module);
  bundle.exports.main(args).then(
    (code) => { process.exitCode = code; bundle.save(); },
    (error) => { console.error(error && error.stack ? error.stack : error); process.exitCode = 2; },
  );
}
