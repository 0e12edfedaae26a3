/**
 * Held findings past the budget go to a temporary file (engine/spill.ts): read back in the same
 * order and bytes, private to the user, nameless from the start (so nothing is left at exit, on an
 * error or on SIGINT or SIGTERM), and closed when done.
 */
import { execFile, spawn } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { HeldFindings } from "../src/engine/held";
import { sortFindings } from "../src/engine/pipeline";
import type { Finding } from "../src/types";

const root = path.join(__dirname, "..");
const bin = path.join(root, "bin", "concord.js");
const built = existsSync(path.join(root, "dist", "concord.js"));
const ntrex = path.join(root, "corpora", "ntrex", "locales");
const run = promisify(execFile);

function finding(file: string, line: number, message: string): Finding {
  return { ruleId: "number-mismatch", messageId: "m", message, severity: "error", locale: "uk", namespace: "a", key: `k${line}`, file, line, column: 1, endLine: line, endColumn: 2, data: { n: line, nothing: undefined } };
}

/** Findings of three namespaces, each added to `held` in turn. */
function addThree(held: HeldFindings): Finding[] {
  const byNamespace = [
    [finding("locales/uk/b.json", 3, "x"), finding("locales/uk/b.json", 1, "y"), finding("locales/ru/b.json", 2, "z")],
    [finding("locales/uk/a.json", 2, "p"), finding("locales/ru/a.json", 1, "q")],
    [finding("locales/uk/c.json", 1, "r")],
  ];
  for (const findings of byNamespace) held.add(findings);
  return sortFindings(byNamespace.flat());
}

/** The spill files a process holds open: their names are gone ("(deleted)"), their descriptors stay. */
function openSpills(pid: number | "self" = "self"): Array<{ fd: string; target: string }> {
  const fds = `/proc/${pid}/fd`;
  return readdirSync(fds).flatMap((fd) => {
    try {
      const target = readlinkSync(path.join(fds, fd));
      return /\/concord-held-[^/]* \(deleted\)$/.test(target) ? [{ fd: path.join(fds, fd), target }] : [];
    } catch {
      return []; // closed meanwhile
    }
  });
}

const linux = existsSync("/proc/self/fd");

describe("held findings past the budget", () => {
  test("are read back from the spill file in report order, as they were", () => {
    const held = new HeldFindings({ budget: 0 });
    const expected = addThree(held);
    expect(held.spilled).toBe(true);
    expect(held.all()).toEqual(expected);
    expect(held.all()).toEqual(expected);
    expect(Object.hasOwn(held.all()[0].data, "nothing")).toBe(true);
    held.dispose();
  });

  (linux ? test : test.skip)("go to a file of the user's alone, under TMPDIR, whose name is gone at once and which closes with dispose", () => {
    const before = new Set(openSpills().map((spill) => spill.target));
    const held = new HeldFindings({ budget: 0 });
    addThree(held);
    const made = openSpills().filter((spill) => !before.has(spill.target));
    expect(made).toHaveLength(1);
    expect(made[0].target.startsWith(path.join(os.tmpdir(), "concord-held-"))).toBe(true);
    expect(existsSync(made[0].target.replace(/ \(deleted\)$/, ""))).toBe(false);
    expect(statSync(made[0].fd).mode & 0o777).toBe(0o600);
    expect(statSync(made[0].fd).size).toBeGreaterThan(0);
    held.dispose();
    expect(openSpills().filter((spill) => !before.has(spill.target))).toEqual([]);
  });

  test("stay in memory under the budget", () => {
    const held = new HeldFindings({ budget: 1 << 20 });
    const expected = addThree(held);
    expect(held.spilled).toBe(false);
    expect(held.all()).toEqual(expected);
  });

  test("of a shard that spilled join another shard's in order, and go with the joined run", () => {
    const shard = new HeldFindings({ budget: 0 });
    shard.add([finding("locales/uk/b.json", 2, "b2"), finding("locales/uk/b.json", 1, "b1")]);
    shard.add([finding("locales/uk/d.json", 1, "d1")]);
    const moved = HeldFindings.fromTransfer(structuredClone(shard.toTransfer()));
    expect(moved.spilled).toBe(true);
    const joined = new HeldFindings({ budget: 1 << 20 });
    joined.add([finding("locales/uk/c.json", 5, "c5")]);
    joined.join(moved);
    expect(joined.all().map((f) => f.message)).toEqual(["b1", "b2", "c5", "d1"]);
    joined.dispose();
    expect(() => moved.all()).toThrow();
  });
});

/** A fresh TMPDIR for one CLI run, so that what it leaves there can be listed. */
function temporaryDirectory(): string {
  return mkdtempSync(path.join(os.tmpdir(), "concord-spill-test-"));
}

/** Every file and folder left under `dir`. */
function left(dir: string): string[] {
  return readdirSync(dir, { recursive: true }) as string[];
}

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

(built ? describe : describe.skip)("the CLI spilling", () => {
  const namespaces = readdirSync(path.join(ntrex, "en")).sort().slice(0, 12).map((file) => file.replace(/\.json$/, ""));
  const args = ["check", "--locales", ntrex, "--namespace", namespaces.join(",")];
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const fresh = () => {
    const dir = temporaryDirectory();
    dirs.push(dir);
    return dir;
  };

  test.each([
    ["json", "1"],
    ["stylish", "1"],
    ["sarif", "1"],
    ["json", "2"],
  ])("writes the same %s report (--jobs %s), and leaves no file behind", async (format, jobs) => {
    const plain = await cli([...args, "--format", format, "--jobs", jobs], { TMPDIR: fresh() });
    const tmp = fresh();
    const spilled = await cli([...args, "--format", format, "--jobs", jobs], { TMPDIR: tmp, CONCORD_SPILL_BYTES: "1" });
    expect(plain.stdout.length).toBeGreaterThan(1000);
    expect(spilled).toEqual(plain);
    expect(left(tmp)).toEqual([]);
  });

  test("removes the file when the report cannot be written", async () => {
    const tmp = fresh();
    const failed = await cli([...args, "--format", "json", "--output", path.join(bin, "report.json")], { TMPDIR: tmp, CONCORD_SPILL_BYTES: "1" });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/Cannot make the folder for .*report\.json/);
    expect(left(tmp)).toEqual([]);
  });

  test.each(["1", "2"])("says in one line when it cannot make the file it needs (--jobs %s)", async (jobs) => {
    const missing = path.join(fresh(), "gone");
    const failed = await cli([...args, "--format", "json", "--jobs", jobs], { TMPDIR: missing, CONCORD_SPILL_BYTES: "1" });
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe("");
    expect(failed.stderr).toBe(`concord: Cannot write a temporary file for the findings in ${missing} (ENOENT) — set TMPDIR to a writable folder with room\n`);
  });

  test.each(["1", "2"])("needs no TMPDIR when nothing spills (--jobs %s)", async (jobs) => {
    const plain = await cli([...args, "--format", "json", "--jobs", jobs], { TMPDIR: fresh() });
    const without = await cli([...args, "--format", "json", "--jobs", jobs], { TMPDIR: path.join(fresh(), "gone") });
    expect(plain.stdout.length).toBeGreaterThan(1000);
    expect(without).toEqual(plain);
  });

  (linux ? test.each(["SIGINT", "SIGTERM"] as const) : test.skip.each(["SIGINT", "SIGTERM"] as const))("ends as %s would, with its spill file already nameless", async (signal) => {
    const tmp = fresh();
    const child = spawn(process.execPath, [bin, "check", "--locales", ntrex, "--format", "json", "--jobs", "1"], { cwd: root, env: { ...process.env, TMPDIR: tmp, CONCORD_SPILL_BYTES: "1" }, stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, how) => resolve(how)));
    const started = Date.now();
    // Waits until the process holds a spill file under this TMPDIR, already nameless.
    while (!openSpills(child.pid!).some((spill) => spill.target.startsWith(tmp))) {
      if (Date.now() - started > 30_000) throw new Error("no spill file appeared");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(left(tmp)).toEqual([]);
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(left(tmp)).toEqual([]);
  }, 60_000);
});
