/**
 * The commands, in the order the help lists them: each one's usage and summary here, its options
 * and its work in its own module, which the dispatcher requires only when that command runs.
 * Each `load` is written out: the bundler follows only a require of a literal path.
 */
import type { Command } from "../args";

export interface CommandEntry {
  usage: string | string[];
  describe: string;
  load(): Command<never>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    usage: ["check [paths..]", "$0"],
    describe: "Compare the translations with the source and report missing paragraphs, drifting quotes and mismatched numbers",
    load: () => require("./check") as typeof import("./check"),
  },
  {
    usage: "merge <reports..>",
    describe: "Join the JSON reports of `check --shard i/n --format json` into one report, in any format",
    load: () => require("./merge") as typeof import("./merge"),
  },
  {
    usage: "report [paths..]",
    describe: "Write the HTML report: the paragraphs side by side, findings marked, one self-contained file",
    load: () => require("./report") as typeof import("./report"),
  },
  {
    usage: "baseline [paths..]",
    describe: "Record today's findings in a baseline file, so that later runs (check --baseline FILE) report only new ones",
    load: () => require("./baseline") as typeof import("./baseline"),
  },
  {
    usage: "diff",
    describe: "Show, per namespace and key, the source changes since a git revision as a word diff, and which translations followed them",
    load: () => require("./diff") as typeof import("./diff"),
  },
  {
    usage: "init",
    describe: "Write a starting concord.config.json from the locale folders found",
    load: () => require("./init") as typeof import("./init"),
  },
  {
    usage: "fix",
    describe: "Fix what is safe to fix in the translations — quotation marks, white space, uk/ru number notation — writing only the values it changes",
    load: () => require("./fix") as typeof import("./fix"),
  },
  {
    usage: "lsp",
    describe: "Serve findings as you type, hovers with the aligned paragraphs and quick fixes to an editor (Language Server Protocol)",
    load: () => require("./lsp") as typeof import("./lsp"),
  },
];
