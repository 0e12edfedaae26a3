// Writes docs/concord.schema.json from the compiled rule registry and settings (npm run schema);
// __tests__/config-schema.test.ts fails when the committed file differs from what this writes.
const fs = require("fs");
const path = require("path");
const { configSchema } = require("../dist/config-schema.js");
const file = path.join(__dirname, "..", "docs", "concord.schema.json");
fs.writeFileSync(file, `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
