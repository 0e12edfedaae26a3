/**
 * --output is written atomically: a process killed while writing leaves the old file whole (or
 * the new one whole), never half a report; and a write that fails leaves no temporary file behind.
 * `concord fix` writes the same way and keeps the file's BOM, link, mode and owner, refuses what it
 * cannot write so, and never overwrites a save made while it ran.
 */
import { spawn } from "child_process";
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "fs";
import path from "path";
import { writeAtomic } from "../src/cli/write";
import { formatProblem } from "../src/errors";
import { fixTree } from "../src/fix/run";
import { runCli, tempTree } from "./helpers";

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

describe("concord fix writes keep everything but the fixed values", () => {
  const planted = { "locales/en/a.json": JSON.stringify({ p01: "Trump spoke." }), "locales/uk/a.json": JSON.stringify({ p01: "Трамп  виступив." }) };
  const fixedText = JSON.stringify({ p01: "Трамп виступив." });
  const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes("concord-tmp"));

  test("a UTF-8 BOM is kept, and positions are the same as without it", async () => {
    const plain = tempTree(planted);
    const withBom = tempTree({ ...planted, "locales/uk/a.json": `\uFEFF${planted["locales/uk/a.json"]}` });
    const findings = async (root: string) => (JSON.parse((await runCli(["check", "--format", "json"], root)).stdout) as { findings: unknown[] }).findings;
    expect(await findings(withBom)).toEqual(await findings(plain));
    expect((await runCli(["fix"], withBom)).stdout).toBe("Fixed 1 paragraph in 1 file.\n");
    const bytes = readFileSync(path.join(withBom, "locales/uk/a.json"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8")).toBe(fixedText);
  });

  test("a symlinked catalog: its target is fixed, the link stays a link", async () => {
    const root = tempTree({ "locales/en/a.json": planted["locales/en/a.json"], "locales/.store/uk-a.json": planted["locales/uk/a.json"] });
    mkdirSync(path.join(root, "locales/uk"));
    symlinkSync("../.store/uk-a.json", path.join(root, "locales/uk/a.json"));
    expect((await runCli(["fix"], root)).stdout).toBe("Fixed 1 paragraph in 1 file.\n");
    expect(lstatSync(path.join(root, "locales/uk/a.json")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(root, "locales/.store/uk-a.json"), "utf8")).toBe(fixedText);
    expect(leftovers(path.join(root, "locales/.store"))).toEqual([]);
  });

  test("the mode is kept: a 0600 file stays private", async () => {
    const root = tempTree(planted);
    const file = path.join(root, "locales/uk/a.json");
    chmodSync(file, 0o600);
    expect((await runCli(["fix"], root)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(fixedText);
    expect(statSync(file).mode & 0o7777).toBe(0o600);
  });

  (process.getuid?.() === 0 ? test : test.skip)("the owner and group are kept (as root)", async () => {
    const root = tempTree(planted);
    const file = path.join(root, "locales/uk/a.json");
    chownSync(file, 1234, 4321);
    expect((await runCli(["fix"], root)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(fixedText);
    expect([statSync(file).uid, statSync(file).gid]).toEqual([1234, 4321]);
  });

  test("a read-only file is refused with exit 2 and left as it is", async () => {
    const root = tempTree(planted);
    const file = path.join(root, "locales/uk/a.json");
    chmodSync(file, 0o444);
    const { code, stdout, stderr } = await runCli(["fix"], root);
    expect(code).toBe(2);
    expect(stderr).toBe("concord: locales/uk/a.json: The catalog is read-only — make it writable (chmod u+w FILE) to fix it, or leave its locale out with --targets (left untouched)\n");
    expect(stdout).toBe("Fixed 0 paragraphs in 0 files.\n");
    expect(readFileSync(file, "utf8")).toBe(planted["locales/uk/a.json"]);
    expect(statSync(file).mode & 0o7777).toBe(0o444);
  });

  test("a hard-linked file is refused with exit 2: both names keep one inode and the old text", async () => {
    const root = tempTree(planted);
    const file = path.join(root, "locales/uk/a.json");
    const other = path.join(root, "backup.json");
    linkSync(file, other);
    const { code, stderr } = await runCli(["fix"], root);
    expect(code).toBe(2);
    expect(stderr).toContain("locales/uk/a.json: The catalog has 2 hard links: fixing it would split them — ");
    expect(statSync(file).ino).toBe(statSync(other).ino);
    expect(readFileSync(other, "utf8")).toBe(planted["locales/uk/a.json"]);
  });

  test("a save that lands while fix runs is kept: the file is left, exit 2, \"run again\"", async () => {
    const root = tempTree(planted);
    const file = path.join(root, "locales/uk/a.json");
    const saved = JSON.stringify({ p01: "Трамп  виступив учора." });
    const result = await fixTree({ locales: "locales", cwd: root, beforeRename: (real) => writeFileSync(real, saved) });
    expect(result.files).toEqual([]);
    expect(result.problems.map(formatProblem)).toEqual(["locales/uk/a.json: changed while fixing — run again"]);
    expect(readFileSync(file, "utf8")).toBe(saved);
    expect(leftovers(path.dirname(file))).toEqual([]);
  });

  test("a catalog deleted while fix runs is not written back", async () => {
    const root = tempTree(planted);
    const file = path.join(root, "locales/uk/a.json");
    const result = await fixTree({ locales: "locales", cwd: root, beforeRename: (real) => rmSync(real) });
    expect(result.problems.map(formatProblem)).toEqual(["locales/uk/a.json: changed while fixing — run again"]);
    expect(existsSync(file)).toBe(false);
    expect(leftovers(path.dirname(file))).toEqual([]);
  });

  test("the same size and modification time, other bytes: still caught by the hash", async () => {
    const root = tempTree(planted);
    const file = path.join(root, "locales/uk/a.json");
    const saved = planted["locales/uk/a.json"].replace("Трамп", "Тремп");
    // A whole second, which every file system keeps exactly.
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const result = await fixTree({
      locales: "locales",
      cwd: root,
      beforeRename: (real) => {
        writeFileSync(real, saved);
        utimesSync(real, 1_700_000_000, 1_700_000_000);
      },
    });
    expect([statSync(file).size, statSync(file).mtimeMs]).toEqual([Buffer.byteLength(planted["locales/uk/a.json"]), 1_700_000_000_000]);
    expect(result.problems.map((p) => p.code)).toEqual(["changed"]);
    expect(readFileSync(file, "utf8")).toBe(saved);
  });
});
