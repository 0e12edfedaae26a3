/**
 * Outputs written to special files stay special: a FIFO, /dev/null or a symbolic link is written
 * through, never replaced by a plain file; regular files are still replaced atomically.
 */
import { execFileSync, spawn } from "child_process";
import { chmodSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync } from "fs";
import path from "path";
import { writeAtomic } from "../src/cli/write";
import { runCli, tempTree } from "./helpers";

const article = { "locales/en/a.json": JSON.stringify({ p1: "There were 150 troops." }), "locales/uk/a.json": JSON.stringify({ p1: "Там було 150 військових." }) };

test("a FIFO gets the report through it and stays a FIFO", async () => {
  const root = tempTree({});
  const fifo = path.join(root, "report.fifo");
  execFileSync("mkfifo", [fifo]);
  const reader = spawn("cat", [fifo]);
  let read = "";
  reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString()));
  const done = new Promise((resolve) => reader.on("exit", resolve));
  await writeAtomic(fifo, "REPORT\n");
  await done;
  expect(read).toBe("REPORT\n");
  expect(lstatSync(fifo).isFIFO()).toBe(true);
});

test("--output /dev/null leaves /dev/null a character device", async () => {
  const root = tempTree(article);
  const { code, stderr } = await runCli(["check", "--locales", "locales", "--format", "json", "--output", "/dev/null"], root);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
});

test("a symbolic link to a report stays a link; its target gets the new report", async () => {
  const root = tempTree({ "reports/real.json": "OLD" });
  const link = path.join(root, "report.json");
  symlinkSync(path.join("reports", "real.json"), link);
  await writeAtomic(link, "NEW");
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe(path.join("reports", "real.json"));
  expect(readFileSync(path.join(root, "reports", "real.json"), "utf8")).toBe("NEW");
});

test("a regular file is replaced atomically and keeps its mode", async () => {
  const root = tempTree({ "report.json": "OLD" });
  const file = path.join(root, "report.json");
  chmodSync(file, 0o600);
  const before = statSync(file).ino;
  await writeAtomic(file, "NEW");
  expect(readFileSync(file, "utf8")).toBe("NEW");
  expect(statSync(file).mode & 0o777).toBe(0o600);
  // A rename puts a new inode in place: readers of the old file never see half a report.
  expect(statSync(file).ino).not.toBe(before);
});

test("a folder as the output path is one clear error", async () => {
  const root = tempTree(article);
  const { code, stderr } = await runCli(["check", "--locales", "locales", "--output", "locales"], root);
  expect(code).toBe(2);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/Cannot write \S*locales \(EISDIR\) — the path is a folder/);
});
