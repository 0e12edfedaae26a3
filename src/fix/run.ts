/** Runs `concord fix` over a catalog tree: fixes each target catalog, writes it atomically, or prints a unified diff. */
import { createTwoFilesPatch } from "diff";
import path from "path";
import { discoverLayout, loadCatalog } from "../catalog/loader";
import { append } from "../lists";
import { profileFor } from "../text/locales";
import type { InputProblem } from "../types";
import { fixCatalog } from "./fix";

export interface FixOptions {
  locales: string;
  layout?: string;
  source?: string;
  targets?: string[];
  aliases?: Record<string, string>;
  cwd?: string;
  dryRun?: boolean;
  /** Writes a file atomically (the CLI's writer). */
  write(file: string, content: string): Promise<void>;
}

export interface FixResult {
  files: Array<{ file: string; keys: string[]; patch: string }>;
  problems: InputProblem[];
}

export async function fixTree(options: FixOptions): Promise<FixResult> {
  const cwd = options.cwd ?? process.cwd();
  const layout = await discoverLayout({ ...options, cwd, locales: path.resolve(cwd, options.locales) });
  const display = (file: string) => path.relative(cwd, file).split(path.sep).join("/");
  const from = profileFor(layout.language(layout.source));
  const result: FixResult = { files: [], problems: [] };
  for (const namespace of layout.namespaces) {
    const sourceFile = layout.file(layout.source, namespace);
    const source = await loadCatalog(sourceFile, layout.source, namespace, display(sourceFile));
    const sources = new Map((source.catalog?.paragraphs ?? []).map((p) => [p.key, p]));
    for (const locale of layout.targets) {
      if (!layout.has(locale, namespace)) continue;
      const file = layout.file(locale, namespace);
      const loaded = await loadCatalog(file, locale, namespace, display(file));
      append(result.problems, loaded.problems);
      // A catalog with problems is left as it is: fix touches only what it can read whole.
      if (!loaded.catalog || loaded.problems.length) continue;
      const { content, changed } = fixCatalog(loaded.catalog, sources, from, profileFor(layout.language(locale)));
      if (changed.length === 0) continue;
      const patch = createTwoFilesPatch(display(file), display(file), loaded.catalog.content, content, "", "", { context: 1 });
      if (!options.dryRun) await options.write(file, content);
      result.files.push({ file: display(file), keys: changed, patch });
    }
  }
  return result;
}
