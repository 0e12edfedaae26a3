/**
 * --output is written atomically: a process killed while writing leaves the old file whole (or
 * the new one whole), never half a report; and a write that fails leaves no temporary file behind.
 */
import { spawn } from "child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { writeAtomic } from "../src/cli/write";
import { tempTree } from "./helpers";

const bin = path.join(__dirname, "..", "bin", "concord.js");
const built = existsSync(path.join(__dirname, "..", "dist", "cli", "main.js"));

function bigCorpus(): string {
  const paragraphs = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`p${i}`, `There were ${i + 100} troops and "a quotation of many words here".`]));
  const translated = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`p${i}`, `Там було ${i + 1} військових і "цитата з багатьох слів".`]));
  return tempTree({ "locales/en/a.json": JSON.stringify(paragraphs), "locales/uk/a.json": JSON.stringify(translated) });
}

(built ? test : test.skip)("a killed run leaves the old report whole", async () => {
  const root = bigCorpus();
  const report = path.join(root, "report.json");
  const old = JSON.stringify({ old: true });
  for (const delay of [150, 400, 800]) {
    writeFileSync(report, old);
    const child = spawn(process.execPath, [bin, "check", "--locales", "locales", "--format", "json", "--output", "report.json"], { cwd: root, stdio: "ignore" });
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    const content = readFileSync(report, "utf8");
    // Either the old file or a whole new report: JSON.parse fails on half a file.
    expect(() => JSON.parse(content)).not.toThrow();
    expect(content === old || JSON.parse(content).version === 1).toBe(true);
  }
});

test("a write that fails leaves the target and no temporary file", async () => {
  const root = tempTree({ "report.json": "OLD" });
  await expect(writeAtomic(path.join(root, "missing-folder", "report.json"), "NEW")).rejects.toThrow(/Cannot write/);
  expect(readFileSync(path.join(root, "report.json"), "utf8")).toBe("OLD");
  expect(readdirSync(root).filter((name) => name.includes("concord-tmp"))).toEqual([]);
});
