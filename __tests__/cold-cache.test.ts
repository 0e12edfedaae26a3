/**
 * The bundle loaded through a code cache: the first run only marks it seen, the second writes the
 * cache, the third compiles from it; a rebuilt bundle gets a cache of its own and drops the old one;
 * a folder that cannot be written means no cache, never an error; the real bundle's output is the same.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from "fs";
import path from "path";
import { cacheFolder, cacheFolderFor, loadBundle } from "../src/cli/code-cache";
import { tempTree } from "./helpers";

const repo = path.join(__dirname, "..");

/** A bundle that requires a sibling through its own require and reports its module's names. */
function writeBundle(dir: string, value: number): string {
  const bundle = path.join(dir, "bundle.js");
  writeFileSync(path.join(dir, "sibling.js"), `exports.value = ${value};`);
  writeFileSync(bundle, `"use strict";\nexports.main = async (args) => [require("./sibling.js").value, args.length, path.basename(__filename), module.filename === __filename, __dirname === ${JSON.stringify(dir)}, require.resolve("./sibling.js")];\nconst path = require("path");\n`);
  return bundle;
}

test("first run marks, second writes, third reads the cache", async () => {
  const dir = tempTree({});
  const folder = path.join(dir, "cache");
  const bundle = writeBundle(dir, 7);
  const expected = [7, 2, "bundle.js", true, true, path.join(dir, "sibling.js")];
  const sizes: number[] = [];
  const fromCache: boolean[] = [];
  for (let run = 0; run < 3; run++) {
    const loaded = loadBundle(bundle, undefined, folder);
    expect(await loaded.exports.main(["a", "b"])).toEqual(expected);
    loaded.save();
    fromCache.push(loaded.fromCache);
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    sizes.push(statSync(path.join(folder, files[0])).size);
  }
  expect(fromCache).toEqual([false, false, true]);
  expect(sizes[0]).toBe(0);
  expect(sizes[1]).toBeGreaterThan(0);
  expect(sizes[2]).toBe(sizes[1]);
});

test("a rebuilt bundle gets its own cache and the old one is dropped", async () => {
  const dir = tempTree({});
  const folder = path.join(dir, "cache");
  const bundle = writeBundle(dir, 1);
  for (let run = 0; run < 2; run++) loadBundle(bundle, undefined, folder).save();
  const before = readdirSync(folder);
  writeFileSync(path.join(dir, "sibling.js"), "exports.value = 2;");
  writeFileSync(bundle, `exports.main = async () => require("./sibling.js").value * 10;\n`);
  utimesSync(bundle, new Date(2001, 1, 1), new Date(2001, 1, 1));
  const first = loadBundle(bundle, undefined, folder);
  expect(first.fromCache).toBe(false);
  expect(await first.exports.main([])).toBe(20);
  first.save();
  expect(readdirSync(folder).sort()).toEqual([...before, readdirSync(folder).find((name) => !before.includes(name))].sort());
  loadBundle(bundle, undefined, folder).save();
  const after = readdirSync(folder);
  expect(after).toHaveLength(1);
  expect(before).not.toContain(after[0]);
  const third = loadBundle(bundle, undefined, folder);
  expect(third.fromCache).toBe(true);
  expect(await third.exports.main([])).toBe(20);
});

test("a bundle of the same length and times but other text is not compiled from the old cache", async () => {
  const dir = tempTree({});
  const folder = path.join(dir, "cache");
  const bundle = path.join(dir, "bundle.js");
  const when = new Date(1985, 9, 26);
  const write = (answer: string) => {
    writeFileSync(bundle, `exports.main = async () => "${answer}";\n`);
    utimesSync(bundle, when, when);
  };
  write("AAA");
  for (let run = 0; run < 2; run++) loadBundle(bundle, undefined, folder).save();
  expect(loadBundle(bundle, undefined, folder).fromCache).toBe(true);
  write("BBB");
  const other = loadBundle(bundle, undefined, folder);
  expect(other.fromCache).toBe(false);
  expect(await other.exports.main([])).toBe("BBB");
});

test("another Node's or flags' cache is kept beside this one's", () => {
  const dir = tempTree({});
  const folder = path.join(dir, "cache");
  const bundle = writeBundle(dir, 5);
  mkdirSync(folder);
  const foreign = "bundle.js-v0.0.0-x64-0-1-abc.v8";
  writeFileSync(path.join(folder, foreign), "x");
  for (let run = 0; run < 2; run++) loadBundle(bundle, undefined, folder).save();
  expect(readdirSync(folder)).toContain(foreign);
  expect(readdirSync(folder)).toHaveLength(2);
});

test("a folder that cannot be made means no cache and no error", async () => {
  const dir = tempTree({});
  const bundle = writeBundle(dir, 3);
  writeFileSync(path.join(dir, "file"), "");
  for (let run = 0; run < 3; run++) {
    const loaded = loadBundle(bundle, undefined, path.join(dir, "file", "cache"));
    expect(loaded.fromCache).toBe(false);
    expect(((await loaded.exports.main([])) as unknown as unknown[])[0]).toBe(3);
    expect(() => loaded.save()).not.toThrow();
  }
  const none = loadBundle(bundle, undefined, undefined);
  none.save();
  expect(none.fromCache).toBe(false);
});

test("the cache lies in the node_modules the bundle is installed in, else the checkout's", () => {
  const dir = tempTree({});
  mkdirSync(path.join(dir, "project", "node_modules", "concord-i18n", "dist"), { recursive: true });
  expect(cacheFolder(path.join(dir, "project", "node_modules", "concord-i18n", "dist", "concord.js"))).toBe(path.join(dir, "project", "node_modules", ".cache", "concord-i18n"));
  mkdirSync(path.join(dir, "checkout", "dist"), { recursive: true });
  expect(cacheFolder(path.join(dir, "checkout", "dist", "concord.js"))).toBeUndefined();
  mkdirSync(path.join(dir, "checkout", "node_modules"));
  expect(cacheFolder(path.join(dir, "checkout", "dist", "concord.js"))).toBe(path.join(dir, "checkout", "node_modules", ".cache", "concord-i18n"));
});

test("NODE_DISABLE_COMPILE_CACHE turns the cache off", () => {
  const dir = tempTree({});
  mkdirSync(path.join(dir, "checkout", "dist"), { recursive: true });
  mkdirSync(path.join(dir, "checkout", "node_modules"));
  const bundle = path.join(dir, "checkout", "dist", "concord.js");
  expect(cacheFolderFor(bundle, {})).toBe(path.join(dir, "checkout", "node_modules", ".cache", "concord-i18n"));
  expect(cacheFolderFor(bundle, { NODE_DISABLE_COMPILE_CACHE: "1" })).toBeUndefined();
});

const built = existsSync(path.join(repo, "dist", "concord.js"));
(built ? test : test.skip)("the real bundle checks the article the same from its cache", () => {
  const folder = path.join(tempTree({}), "cache");
  const script = `const { loadBundle } = require(${JSON.stringify(path.join(repo, "dist", "cli", "code-cache.js"))});
const loaded = loadBundle(${JSON.stringify(path.join(repo, "dist", "concord.js"))}, module, ${JSON.stringify(folder)});
loaded.exports.main(["check", "locales", "--format", "json"]).then((code) => { loaded.save(); process.stderr.write(JSON.stringify({ code, fromCache: loaded.fromCache })); });`;
  const runs = [0, 1, 2].map(() => spawnSync(process.execPath, ["-e", script], { cwd: repo, encoding: "utf8" }));
  expect(runs.map((run) => JSON.parse(run.stderr))).toEqual([
    { code: 0, fromCache: false },
    { code: 0, fromCache: false },
    { code: 0, fromCache: true },
  ]);
  const plain = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(path.join(repo, "dist", "concord.js"))}).main(["check", "locales", "--format", "json"]).then((code) => { process.exitCode = code; });`], { cwd: repo, encoding: "utf8" });
  expect(plain.stdout).toContain('"version": 1');
  for (const run of runs) expect(run.stdout).toBe(plain.stdout);
});
