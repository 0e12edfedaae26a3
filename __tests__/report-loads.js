// Preloaded by cold-start.test.ts (node -r): at exit, writes to stderr which files and built-in modules the run loaded.
"use strict";
const path = require("path");
process.on("exit", () => {
  const files = Object.keys(require.cache).map((file) => path.relative(path.join(__dirname, ".."), file));
  process.stderr.write(`\nLOADS ${JSON.stringify({ files, builtins: process.moduleLoadList })}\n`);
});
