/**
 * The direct reading of `check`'s arguments (src/cli/direct.ts) gives the command what yargs gives
 * it, for every argument list it accepts; what it declines goes to yargs, errors included.
 */
import fc from "fast-check";
import { OPTIONS } from "../src/cli/commands/check";
import { readArgs } from "../src/cli/direct";
import { commandLine, main } from "../src/cli/main";

const KEYS = ["paths", ...Object.keys(OPTIONS)];

/** The check arguments yargs hands to the command for `concord check ...tokens`, or the error it fails with. */
async function yargsArgs(tokens: string[]): Promise<Record<string, unknown> | { error: string }> {
  let seen: Record<string, unknown> | undefined;
  const argv = ["check", ...tokens];
  try {
    await commandLine(argv, async (_entry, args) => {
      seen = args;
    }).parseAsync(argv, {}, () => undefined);
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (!seen) return { error: "no command ran" };
  return picked(seen);
}

/** The arguments the command reads, those given only. */
function picked(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(KEYS.filter((key) => args[key] !== undefined).map((key) => [key, args[key]]));
}

function direct(tokens: string[]) {
  const args = readArgs(tokens, "paths", OPTIONS);
  return args && picked(args);
}

const accepted: string[][] = [
  [],
  ["locales"],
  ["./locales", "../other/locales/uk/article.json"],
  ["locales", "--format", "json"],
  ["--format=json", "locales"],
  ["-f", "json", "sarif=out.sarif", "-o", "report.json"],
  ["-f", "json", "--format", "junit=j.xml", "--targets", "uk", "--targets=ru,be"],
  ["--max-warnings", "10", "--jobs", "2", "--shard", "1/3"],
  ["--no-color", "--quiet", "--print-config"],
  ["--color", "--watch", "--only-changed", "--since", "HEAD~1"],
  ["--cache", "--cache-location", ".cache/concord"],
  ["--rule", "quote-style=off", "number-mismatch=warning", "--namespace", "article"],
  ["-c", "concord.config.json", "--layout", "{{lng}}/{{ns}}.json", "--source", "en"],
  ["--output", "old.txt", "--baseline", "base.json", "locales"],
  ["--locales=a=b", "check"],
  ["42", "0x10", "1e3", "true", "'q", "q\""],
  ["--jobs", "2.5e3", "--max-warnings", "0x10", "--locales", "q'"],
];

const declined: string[][] = [
  ["--help"],
  ["locales", "-h"],
  ["--version"],
  ["--bogus"],
  ["--locales"],
  ["--locales", "a", "--locales", "b"],
  ["-o", "a", "--output-file", "b"],
  ["--quiet", "false"],
  ["--quiet=true"],
  ["--no-locales"],
  ["--max-warnings", "-1"],
  ["--", "locales"],
  ["-fjson"],
  ["--format", "json", "--color", "--color"],
  ["--locales="],
  ["--locales='q'"],
  ["\"q\""],
  ["--outputFile", "x"],
];

describe("the direct reading of check's arguments", () => {
  test.each(accepted.map((tokens) => [tokens.join(" "), tokens]))("check %s: what yargs reads", async (_name, tokens) => {
    const read = direct(tokens);
    expect(read).toBeDefined();
    expect(read).toEqual(await yargsArgs(tokens));
  });

  test.each(declined.map((tokens) => [tokens.join(" "), tokens]))("check %s: left to yargs", (_name, tokens) => {
    expect(direct(tokens)).toBeUndefined();
  });

  test("any argument list it accepts, yargs reads the same", async () => {
    const names = Object.entries(OPTIONS).flatMap(([name, spec]) => [`--${name}`, ...("alias" in spec ? [`-${spec.alias}`] : []), ...(spec.type === "boolean" ? [`--no-${name}`] : [])]);
    const values = ["locales", "uk,ru", "10", "-1", "", "a=b", "true", "false", "'q'", "\"q", "0x1", ".5", "1e3", "./x", "--", "-", "-h", "--help", "--bogus", "check", "json", "sarif=s.json"];
    const token = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom(...values),
      fc.tuple(fc.constantFrom(...names), fc.constantFrom(...values)).map(([name, value]) => `${name}=${value}`),
    );
    let accepting = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 7 }), async (tokens) => {
        const read = direct(tokens);
        if (read === undefined) return;
        accepting++;
        expect(read).toEqual(await yargsArgs(tokens));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    expect(accepting).toBeGreaterThan(20);
  });

  test("the direct path and yargs print the same error and exit code", async () => {
    const io = () => {
      const out = { stdout: "", stderr: "" };
      return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, env: {}, cwd: __dirname } };
    };
    // A final `--` changes nothing for yargs, and sends the arguments to it.
    for (const fast of [["check", "--format", "nope"], ["check", "no-such-folder"], ["check", "--max-warnings", "ten"]]) {
      const slow = [...fast, "--"];
      expect(direct(fast.slice(1))).toBeDefined();
      expect(direct(slow.slice(1))).toBeUndefined();
      const a = io();
      const b = io();
      expect(await main(fast, a.io)).toBe(2);
      expect(await main(slow, b.io)).toBe(2);
      expect(a.out.stderr).toMatch(/^concord: /);
      expect(a.out).toEqual(b.out);
    }
  });
});
