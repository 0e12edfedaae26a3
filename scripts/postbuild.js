// Marks the compiled CLI executable: tsc writes files without the execute bit.
const fs = require("fs");
const path = require("path");
for (const file of ["bin/concord.js"]) {
  const full = path.join(__dirname, "..", file);
  if (fs.existsSync(full)) fs.chmodSync(full, 0o755);
}
