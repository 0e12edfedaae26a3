/**
 * The catalog files of the two built-in layouts, found with readdir alone: what fast-glob lists for
 * their globs with the options discoverLayout gives it, without loading fast-glob and the some 60
 * modules it brings. Other layouts' globs go to fast-glob.
 */
import { promises as fs, type Dirent } from "fs";

export interface WalkEntry {
  /** Relative to the root, "/"-separated, a folder's with a trailing "/". */
  path: string;
  dirent: Dirent;
}

/** The globs of "{{lng}}/{{ns}}.json" and "{{lng}}.json" (compilePattern). */
const NESTED = "*/**/*.json";
const FLAT = "*.json";

async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return []; // fast-glob's suppressErrors: an unreadable folder lists nothing
  }
}

/** A name `*.json` matches: no leading dot (glob stars skip dot names), ".json" at the end. */
function matchesJson(name: string): boolean {
  return name[0] !== "." && name.endsWith(".json");
}

/**
 * Entries matching `glob` under `root`, as fast-glob's objectMode with onlyFiles false,
 * markDirectories, followSymbolicLinks false and suppressErrors: folders marked, links listed and
 * never walked into, nothing under a dot name. Undefined for a glob other than the two.
 */
export async function listLayoutFiles(root: string, glob: string): Promise<WalkEntry[] | undefined> {
  if (glob !== NESTED && glob !== FLAT) return undefined;
  const found: WalkEntry[] = [];
  const top = await entriesOf(root);
  if (glob === FLAT) {
    for (const dirent of top) if (matchesJson(dirent.name)) found.push({ path: dirent.isDirectory() ? `${dirent.name}/` : dirent.name, dirent });
    return found;
  }
  // "*/**/*.json": a name ending .json at depth two or more, under folders whose names have no leading dot.
  const folders = top.filter((dirent) => dirent.isDirectory() && dirent.name[0] !== ".").map((dirent) => dirent.name);
  for (let i = 0; i < folders.length; i++) {
    const folder = folders[i];
    for (const dirent of await entriesOf(`${root}/${folder}`)) {
      const relative = `${folder}/${dirent.name}`;
      const isFolder = dirent.isDirectory();
      if (matchesJson(dirent.name)) found.push({ path: isFolder ? `${relative}/` : relative, dirent });
      if (isFolder && dirent.name[0] !== ".") folders.push(relative);
    }
  }
  return found;
}
