/** Writes a file atomically: a temporary file in the same folder, then a rename over the target. */
import { promises as fs } from "fs";
import path from "path";

export async function writeAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.concord-tmp`);
  try {
    await fs.writeFile(temporary, content, { flag: "wx" });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
