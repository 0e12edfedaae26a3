/** `concord init`: writes a starting concord.config.json from the locale folders found. */
import { existsSync } from "fs";
import path from "path";
import type { Argv } from "yargs";
import { ConfigError } from "../../errors";
import { CATALOG_OPTIONS, type CheckArgs, type Io, outputFileOf } from "../args";
import { writeOutput } from "../write";

export function options(command: Argv): Argv {
  return command
    .option("locales", CATALOG_OPTIONS.locales)
    .option("output-file", { alias: "o", type: "string", describe: "The configuration file to write (default: concord.config.json); missing folders are made" }) as Argv;
}

export async function run(args: CheckArgs, io: Io): Promise<number> {
  const { discoverLayout } = await import("../../catalog/loader");
  const file = outputFileOf(args) ?? "concord.config.json";
  const target = path.resolve(io.cwd, file);
  if (existsSync(target)) throw new ConfigError({ code: "config-exists", message: `${file} already exists`, hint: "edit it, or remove it to start again", file });
  const locales = args.locales ?? "locales";
  const layout = await discoverLayout({ locales: path.resolve(io.cwd, locales), cwd: io.cwd });
  const aliases = Object.fromEntries([layout.source, ...layout.targets].filter((l) => layout.language(l) !== l).map((l) => [l, layout.language(l)]));
  // Paths in a configuration file are relative to its folder.
  const fromFile = (to: string) => path.relative(path.dirname(target), path.resolve(io.cwd, to)).split(path.sep).join("/") || ".";
  const schema = `./${fromFile("node_modules/concord-i18n/docs/concord.schema.json")}`.replace(/^\.\/\.\.\//, "../");
  const config = { $schema: schema, locales: fromFile(locales), layout: layout.pattern, source: layout.source, targets: layout.targets, ...(Object.keys(aliases).length ? { aliases } : {}), rules: {}, ignores: [] };
  await writeOutput(io.cwd, file, `${JSON.stringify(config, null, 2)}\n`);
  io.stdout.write(`Wrote ${file}: ${layout.source} → ${layout.targets.join(", ")}, ${layout.namespaces.length} namespace(s), layout ${layout.pattern}\n`);
  return 0;
}
