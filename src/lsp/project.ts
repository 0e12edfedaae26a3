/**
 * One workspace folder as `check` sees it: its configuration and catalog layout, found from the
 * folder, and the check of one namespace over the texts open in the editor.
 */
import { existsSync, readFileSync, statSync } from "fs";
import path from "path";
import { discoverLayout, type Layout } from "../catalog/loader";
import { CONFIG_FILES, loadConfig, type Config } from "../config";
import { check, type CheckOptions } from "../engine/check";
import type { BaselineEntry } from "../engine/pipeline";
import { ConcordError, ConfigError } from "../errors";
import type { InputProblem, RunResult } from "../types";

export interface CatalogRef {
  locale: string;
  namespace: string;
}

/** What the configuration files look like now: a changed stamp means read them again. */
function configStamp(root: string): string {
  return [...CONFIG_FILES, "package.json"]
    .map((name) => {
      try {
        const { mtimeMs, size } = statSync(path.join(root, name));
        return `${mtimeMs}:${size}`;
      } catch {
        return "-";
      }
    })
    .join("|");
}

function baselineOf(root: string, config: Config): BaselineEntry[] | undefined {
  if (!config.baseline) return undefined;
  const file = path.resolve(root, config.baseline);
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { entries: BaselineEntry[] }).entries;
  } catch (error) {
    throw new ConfigError({ code: "bad-baseline", message: `The baseline cannot be read: ${(error as Error).message}`, hint: "record it again with: concord baseline", file: config.baseline });
  }
}

export class Project {
  private options?: CheckOptions;
  private layout?: Layout;
  private byFile = new Map<string, CatalogRef>();
  private stamp = "";
  /** Why the project cannot be checked now (a bad configuration, no locales folder). */
  failure?: InputProblem;
  /** The configuration file in use, relative to the root, if there is one. */
  configFile?: string;
  /** Counts the times the configuration and layout were read. */
  generation = 0;

  constructor(readonly root: string) {}

  /** Reads the configuration and the layout again when a configuration file changed (or when asked to). */
  async refresh(force = false): Promise<void> {
    const stamp = configStamp(this.root);
    if (!force && stamp === this.stamp && (this.layout || this.failure)) return;
    this.stamp = stamp;
    this.generation++;
    this.failure = undefined;
    this.layout = undefined;
    this.byFile.clear();
    try {
      const { config, file } = loadConfig(this.root);
      this.configFile = file;
      const baseline = baselineOf(this.root, config);
      this.options = {
        locales: config.locales ?? "locales",
        layout: config.layout,
        source: config.source,
        targets: config.targets,
        aliases: config.aliases,
        rules: config.rules,
        ignores: config.ignores,
        glossary: config.glossary,
        cwd: this.root,
        alignment: true,
        ...(baseline ? { baseline } : {}),
      };
      const layout = await discoverLayout({ ...this.options, locales: path.resolve(this.root, this.options.locales) });
      for (const locale of [layout.source, ...layout.targets]) {
        for (const namespace of layout.namespaces) if (layout.has(locale, namespace)) this.byFile.set(layout.file(locale, namespace), { locale, namespace });
      }
      this.layout = layout;
    } catch (error) {
      if (!(error instanceof ConcordError)) throw error;
      this.failure = error.toProblem();
    }
  }

  /** The locale and namespace of a catalog file of this project, if it is one. */
  catalogOf(file: string): CatalogRef | undefined {
    return this.byFile.get(file);
  }

  /** True for a JSON file under the locales folder that the layout has not seen (a new catalog). */
  mayHold(file: string): boolean {
    const locales = this.layout?.root;
    return Boolean(locales) && file.endsWith(".json") && !this.byFile.has(file) && file.startsWith(`${locales}${path.sep}`);
  }

  /** The language a locale folder is read as (by alias: ua → uk). */
  language(locale: string): string {
    return this.layout?.language(locale) ?? locale;
  }

  /** The files of a namespace's catalogs, source first. */
  filesOf(namespace: string): string[] {
    const layout = this.layout;
    if (!layout) return [];
    return [layout.source, ...layout.targets].filter((locale) => layout.has(locale, namespace)).map((locale) => layout.file(locale, namespace));
  }

  /** Checks one namespace, reading the open documents' texts instead of their files. */
  async checkNamespace(namespace: string, overlay: ReadonlyMap<string, string>): Promise<RunResult | undefined> {
    if (!this.layout || !this.options || !this.layout.namespaces.includes(namespace)) return undefined;
    return check({ ...this.options, overlay }, { ...this.layout, namespaces: [namespace] });
  }
}
