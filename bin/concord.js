#!/usr/bin/env node
// The `concord` command: runs the compiled CLI and hands its exit code to the shell.
"use strict";
const { main } = require("../dist/cli/main.js");
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error && error.stack ? error.stack : error); process.exitCode = 2; },
);
