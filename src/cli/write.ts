/** Writes a file atomically: a temporary file in the same folder, then a rename over the target. */
import { promises as fs } from "fs";
import path from "path";
import { ConfigError } from "../errors";

export async function writeAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  // The same folder as the target, so that the rename cannot cross file systems.
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.concord-tmp`);
  try {
    await fs.writeFile(temporary, content, { flag: "wx" });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? "write-error";
    throw new ConfigError({
      code: "cannot-write",
      message: `Cannot write ${file} (${code})`,
      hint: code === "ENOENT" ? "create the folder first, or choose another --output path" : "check the path and its permissions",
      file,
    });
  }
}
