/**
 * `concord --help`, `concord <command> --help` and `--version` answered without loading yargs or
 * the rest of the CLI: the texts yargs itself wrote for those very arguments when the package was
 * built (scripts/postbuild.js writes dist/cli/help-texts.js), used only at the width they were written for.
 */
import { COMMANDS } from "./commands";

/** The argument lists answered this way. */
export const QUICK_ARGUMENTS: readonly (readonly string[])[] = [
  ["--help"],
  ["-h"],
  ["--version"],
  ["-v"],
  ...COMMANDS.flatMap((entry) => {
    const name = [entry.usage].flat()[0].split(" ")[0];
    return [[name, "--help"], [name, "-h"]];
  }),
];

/** The key of an argument list in the built texts. */
export function quickKey(argv: readonly string[]): string {
  return JSON.stringify(argv);
}

/** Where yargs reads the locale it translates its own words to ("Show help"), first set first; en_US when none is. */
export const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];

/** Whether yargs speaks English in this environment, as the built texts do (C and POSIX have no translation). */
function englishLocale(env: NodeJS.ProcessEnv): boolean {
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find(Boolean) ?? "en_US";
  return /^(en(_[A-Za-z]+)?|C|POSIX)([.:@].*)?$/.test(locale);
}

/** What the CLI would print for these arguments, when the build holds it; else undefined. */
export function quickAnswer(argv: readonly string[], columns: number | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const key = quickKey(argv);
  if (!QUICK_ARGUMENTS.some((quick) => quickKey(quick) === key)) return undefined;
  // yargs wraps its help at min(100, the terminal's columns): the built texts are 100 columns wide.
  if (columns !== undefined && columns > 0 && columns < 100) return undefined;
  if (!englishLocale(env)) return undefined;
  let texts: Record<string, string>;
  try {
    texts = require("./help-texts") as Record<string, string>;
  } catch (error) {
    // Running from the TypeScript sources: there is no build.
    if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") return undefined;
    throw error;
  }
  return Object.hasOwn(texts, key) ? texts[key] : undefined;
}
