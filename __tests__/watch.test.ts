/** check --watch, end to end: the real CLI process; a saved file with a new error prints the new finding, a fix prints it gone. */
import { spawn } from "child_process";
import { cpSync, existsSync, readFileSync, renameSync, unlinkSync, watch, writeFileSync } from "fs";
import { watchCatalogs } from "../src/cli/watch";
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

/** The CLI under --watch in a copy of the bundled catalogs, with helpers to wait for its output. */
function watching() {
  const root = tempTree({});
  cpSync(path.join(__dirname, "..", "locales"), path.join(root, "locales"), { recursive: true });
  const child = spawn(process.execPath, [bin, "check", "--watch"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const seen = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (seen.stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (seen.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const waitFor = async (stream: "stdout" | "stderr", pattern: RegExp, timeout = 10_000) => {
    const started = Date.now();
    while (!pattern.test(seen[stream])) {
      if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${pattern}; stdout so far:\n${seen.stdout}\nstderr so far:\n${seen.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { root, child, seen, exited, waitFor, file: path.join(root, "locales", "uk", "article.json") };
}

(built ? test : test.skip)("a rename-save (sed -i, an editor's safe write) is seen, and so is an in-place edit after it", async () => {
  const { child, file, waitFor } = watching();
  try {
    await waitFor("stdout", /Watching locales: 0 findings now/);
    const original = readFileSync(file, "utf8");
    // The safe write: a new file beside the old one, renamed over it (a new inode).
    writeFileSync(`${file}.tmp`, original.replace("150", "15"));
    renameSync(`${file}.tmp`, file);
    await waitFor("stdout", /\+ locales\/uk\/article\.json:\d+:\d+ error \[uk\] p11 Numbers differ: the source has 150, the translation has 15 instead/);
    // Then an in-place edit of the replaced file: the watch must not have gone deaf.
    writeFileSync(file, original);
    await waitFor("stdout", /- locales\/uk\/article\.json:\d+:\d+ error \[uk\] p11 Numbers differ/);
  } finally {
    child.kill("SIGINT");
  }
});

(built ? test : test.skip)("a deleted catalog says deleted; invalid JSON shows line and column", async () => {
  const { child, file, waitFor } = watching();
  try {
    await waitFor("stdout", /Watching locales: 0 findings now/);
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace(/,\n/, ",,\n"));
    await waitFor("stderr", /concord: locales\/uk\/article\.json:\d+:\d+: Invalid JSON: property name expected/);
    unlinkSync(file);
    await waitFor("stderr", /concord: locales\/uk\/article\.json: deleted\n/);
  } finally {
    child.kill("SIGINT");
  }
});

(built ? test : test.skip)("the locales folder disappearing is reported, and the exit code is 2", async () => {
  const { root, exited, waitFor } = watching();
  await waitFor("stdout", /Watching locales: 0 findings now/);
  renameSync(path.join(root, "locales"), path.join(root, "moved"));
  await waitFor("stderr", /concord: locales: the locales folder was deleted or moved — stopped watching/);
  expect(await exited).toBe(2);
});

(built ? test : test.skip)("a key with a terminal escape or a bidi override is printed escaped, never raw", async () => {
  const { child, file, seen, waitFor } = watching();
  try {
    await waitFor("stdout", /Watching locales: 0 findings now/);
    const catalog = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    catalog["x\u001b]0;pwned\u0007\u202E"] = "Зайвий абзац.";
    writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
    await waitFor("stdout", /\+ locales\/uk\/article\.json:\d+:\d+ \w+ \[uk\] x\\u001B\]0;pwned\\u0007\\u202E /);
    expect(seen.stdout).not.toMatch(/[\u001b\u0007\u202E]/);
  } finally {
    child.kill("SIGINT");
  }
});

describe("a folder that cannot be watched", () => {
  /** watchCatalogs over a copy of the bundled catalogs, with a watch that fails with `code` for the uk folder. */
  const run = async (code: string) => {
    const root = tempTree({});
    cpSync(path.join(__dirname, "..", "locales"), path.join(root, "locales"), { recursive: true });
    const seen = { stdout: "", stderr: "" };
    const io = { stdout: { write: (t: string) => (seen.stdout += t) }, stderr: { write: (t: string) => (seen.stderr += t) }, env: {}, cwd: root };
    const failing = ((dir: string, listener: (event: string, name: string | null) => void) => {
      if (path.basename(dir) === "uk") throw Object.assign(new Error(`${code}: no`), { code });
      return watch(dir, listener);
    }) as unknown as typeof watch;
    const watching = await watchCatalogs({ locales: "locales", cwd: root }, io, failing);
    return { seen, watching };
  };

  test("past the system's limit: one line naming the folder, and exit code 2", async () => {
    const { seen, watching } = await run("ENOSPC");
    await expect(watching.settled).resolves.toBe(2);
    expect(seen.stderr).toBe(
      "concord: locales/uk: cannot watch this folder (ENOSPC); raise the system's limit on file watches (fs.inotify.max_user_watches, max_user_instances) or close other watchers, and start again\n",
    );
    expect(seen.stdout).toMatch(/^Watching locales: 0 findings now/);
  });

  test("gone between the event and the watch: nothing said, still watching", async () => {
    const { seen, watching } = await run("ENOENT");
    const early = await Promise.race([watching.settled, new Promise((resolve) => setTimeout(() => resolve("watching"), 200))]);
    expect(early).toBe("watching");
    watching.stop();
    await expect(watching.settled).resolves.toBe(0);
    expect(seen.stderr).toBe("");
  });
});
