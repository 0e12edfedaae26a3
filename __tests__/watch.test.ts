/** check --watch, end to end: the real CLI process; a saved file with a new error prints the new finding, a fix prints it gone. */
import { spawn } from "child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { tempTree } from "./helpers";

const bin = path.join(__dirname, "..", "bin", "concord.js");
const built = existsSync(path.join(__dirname, "..", "dist", "cli", "main.js"));

(built ? test : test.skip)("reprints only what changed when a catalog is saved", async () => {
  const root = tempTree({});
  cpSync(path.join(__dirname, "..", "locales"), path.join(root, "locales"), { recursive: true });
  const child = spawn(process.execPath, [bin, "check", "--watch"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const waitFor = async (pattern: RegExp, timeout = 10_000) => {
    const started = Date.now();
    while (!pattern.test(output)) {
      if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${pattern}; output so far:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  try {
    await waitFor(/Watching locales: 0 findings now/);
    const file = path.join(root, "locales", "uk", "article.json");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("150", "15"));
    await waitFor(/\+ locales\/uk\/article\.json:\d+:\d+ error \[uk\] p11 Numbers differ: the source has 150, the translation has 15 instead \(number-mismatch\)/);
    expect(output).not.toMatch(/\[ru\]/);
    writeFileSync(file, original);
    await waitFor(/- locales\/uk\/article\.json:\d+:\d+ error \[uk\] p11 Numbers differ/);
  } finally {
    child.kill("SIGINT");
  }
});
