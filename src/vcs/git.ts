/** Reads files as they were at a git revision, for --since. Runs git only, never anything from a catalog. */
import { execFileSync } from "child_process";
import { realpathSync } from "fs";
import path from "path";
import { ConfigError } from "../errors";

export interface Revision {
  ref: string;
  /** The text of a file at the revision, or undefined when it did not exist there. */
  read(file: string): string | undefined;
  /** Whether a file differs from the revision now (changed, added, removed or untracked); git runs once for all. */
  changed(file: string): boolean;
}

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
}

/** git names files under its real top level; a path may pass through a symbolic link (a linked checkout, macOS's /tmp). */
function realPath(file: string): string {
  try {
    return path.join(realpathSync(path.dirname(file)), path.basename(file));
  } catch {
    return file;
  }
}

export function openRevision(ref: string, cwd: string): Revision {
  let root: string;
  if (ref.trim() === "") {
    throw new ConfigError({ code: "empty-revision", message: "--since is empty", hint: "give a git revision to compare with, e.g. --since origin/main or --since HEAD~1" });
  }
  try {
    root = git(["rev-parse", "--show-toplevel"], cwd).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    const dubious = /dubious ownership in repository at '([^'\n]*)'/.exec(stderr);
    if (dubious) {
      throw new ConfigError({
        code: "dubious-ownership",
        message: `git refuses the repository at ${JSON.stringify(dubious[1])}: it belongs to another user ("dubious ownership")`,
        hint: `if you trust it, run: git config --global --add safe.directory ${JSON.stringify(dubious[1])}`,
      });
    }
    throw new ConfigError({ code: "not-a-repository", message: `--since ${ref} needs a git repository, and ${cwd} is not in one`, hint: "run Concord inside the repository, or drop --since" });
  }
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root);
  } catch {
    const shallow = git(["rev-parse", "--is-shallow-repository"], root).trim() === "true";
    throw new ConfigError({
      code: "unknown-revision",
      message: `The revision "${ref}" is not in this repository${shallow ? " (it is a shallow clone)" : ""}`,
      hint: shallow ? `fetch it first (git fetch --depth=1 origin ${ref}, or actions/checkout with fetch-depth: 0)` : "check the branch, tag or commit name",
    });
  }
  let changed: Set<string> | undefined;
  const changedFiles = (): Set<string> => {
    const listed = [...git(["diff", "--name-only", "-z", ref, "--"], root).split("\0"), ...git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0")];
    return new Set(listed.filter(Boolean).map((relative) => path.join(root, relative)));
  };
  return {
    ref,
    changed(file) {
      changed ??= changedFiles();
      return changed.has(realPath(path.resolve(cwd, file)));
    },
    read(file) {
      const relative = path.relative(root, realPath(path.resolve(cwd, file))).split(path.sep).join("/");
      try {
        return git(["show", `${ref}:${relative}`], root);
      } catch {
        return undefined;
      }
    },
  };
}
