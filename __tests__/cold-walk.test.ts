/**
 * The readdir walk of the built-in layouts lists what fast-glob lists for their globs with
 * discoverLayout's options, on a fixed tree and on random ones with dot names, folders named
 * *.json, links to files, folders and nothing, and loops.
 */
import fg from "fast-glob";
import { mkdirSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import { compilePattern } from "../src/catalog/loader";
import { listLayoutFiles } from "../src/catalog/walk";
import { tempTree } from "./helpers";

const GLOBS = [compilePattern("{{lng}}/{{ns}}.json").glob, compilePattern("{{lng}}.json").glob];

/** What an entry is, so that fast-glob's and the walk's can be compared as plain values. */
async function listed(root: string, glob: string, by: "fast-glob" | "walk") {
  const entries = by === "walk" ? await listLayoutFiles(root, glob) : await fg(glob, { cwd: root, onlyFiles: false, markDirectories: true, followSymbolicLinks: false, suppressErrors: true, objectMode: true });
  return entries!.map((entry) => `${entry.path} ${entry.dirent.isSymbolicLink() ? "link" : entry.dirent.isDirectory() ? "folder" : "file"}`).sort();
}

test("the two built-in layouts' globs are the ones the walk knows", () => {
  expect(GLOBS).toEqual(["*/**/*.json", "*.json"]);
});

test("a fixed tree lists the same entries as fast-glob, and these", async () => {
  const root = tempTree({});
  for (const dir of ["en/deep/er", "uk", ".git/x", "en/.hidden", "ru/folder.json", "en.json"]) mkdirSync(path.join(root, dir), { recursive: true });
  for (const file of ["en/a.json", "en/deep/er/b.json", "en/deep/c.txt", "en/.d.json", "en/.hidden/e.json", ".git/x/f.json", "uk/a.json", "uk/.json", "uk/A.JSON", "top.json", ".top.json", "en.json/g.json", "ru/folder.json/h.json"]) {
    writeFileSync(path.join(root, file), "{}");
  }
  symlinkSync(path.join(root, "en", "a.json"), path.join(root, "uk", "link.json"));
  symlinkSync(path.join(root, "en"), path.join(root, "uk", "folder-link.json"));
  symlinkSync(path.join(root, "en"), path.join(root, "uk", "loop"));
  symlinkSync(path.join(root, "nothing"), path.join(root, "ru", "dangling.json"));
  symlinkSync(path.join(root, "en"), path.join(root, "de"));
  expect(await listed(root, "*/**/*.json", "walk")).toEqual([
    "en.json/g.json file",
    "en/a.json file",
    "en/deep/er/b.json file",
    "ru/dangling.json link",
    "ru/folder.json/ folder",
    "ru/folder.json/h.json file",
    "uk/a.json file",
    "uk/folder-link.json link",
    "uk/link.json link",
  ]);
  expect(await listed(root, "*.json", "walk")).toEqual(["en.json/ folder", "top.json file"]);
  for (const glob of GLOBS) expect(await listed(root, glob, "walk")).toEqual(await listed(root, glob, "fast-glob"));
});

test("random trees list the same entries as fast-glob", async () => {
  let seed = 17;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const names = ["en", "uk", ".dot", "a.json", ".b.json", "c.JSON", "d.json.bak", "e f.json", "ü.json", "x"];
  for (let tree = 0; tree < 40; tree++) {
    const root = tempTree({});
    const folders = [""];
    for (let i = 0; i < 25; i++) {
      const at = path.join(folders[random(folders.length)], names[random(names.length)]);
      const full = path.join(root, at);
      try {
        const kind = random(4);
        if (kind === 0) {
          mkdirSync(full);
          folders.push(at);
        } else if (kind === 1) writeFileSync(full, "{}");
        else symlinkSync(path.join(root, folders[random(folders.length)], names[random(names.length)]), full);
      } catch {
        // the name is taken: the tree stays as it is
      }
    }
    for (const glob of GLOBS) expect(await listed(root, glob, "walk")).toEqual(await listed(root, glob, "fast-glob"));
  }
});

test("other globs are left to fast-glob", async () => {
  expect(await listLayoutFiles(tempTree({}), "*/**/*.yaml")).toBeUndefined();
  expect(await listLayoutFiles(tempTree({}), "locales/*/**/*.json")).toBeUndefined();
});
