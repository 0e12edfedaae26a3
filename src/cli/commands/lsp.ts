/** `concord lsp`: the language server, over standard input and output. */
import type { Argv } from "yargs";

export function options(command: Argv): Argv {
  return command
    .option("stdio", { type: "boolean", describe: "Speak the protocol over standard input and output (the one transport; the default)" })
    .option("clientProcessId", { type: "number", hidden: true }) as Argv;
}

export async function run(): Promise<number> {
  return (await import("../../lsp/server")).serveStdio();
}
