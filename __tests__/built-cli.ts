/** Runs the built CLI (bin/concord.js over dist/) in a child process, as a user's shell would. */
import { execFile } from "child_process";
import path from "path";
import { promisify } from "util";

const bin = path.join(__dirname, "..", "bin", "concord.js");
const run = promisify(execFile);

/** Runs the built CLI; the exit code, the parsed JSON report and stderr, compared whole by the tests. */
export async function cli(args: string[], cwd: string): Promise<{ code: number; json: unknown; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, maxBuffer: 1 << 28 });
    return { code: 0, json: stdout ? JSON.parse(stdout) : undefined, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, json: e.stdout ? JSON.parse(e.stdout) : undefined, stderr: e.stderr };
  }
}

