/**
 * `concord fix`: checks each namespace as `concord check` does and applies the fixes the rules
 * report on the translations, pass after pass until none is left (at most MAX_PASSES), then writes
 * each changed catalog once, keeping every byte outside the fixed ranges — or prints a unified diff.
 */
import { openTree, readNamespace } from "../catalog/tree";
import { parseCatalog } from "../catalog/parse";
import { checkTexts, type TargetText, type TextsSettings } from "../engine/check-texts";
import { append } from "../lists";
import type { Catalog, InputProblem } from "../types";
import { applyFixes } from "./apply";
import { takeSnapshot, writeFixed, type FileSnapshot, type WriteHooks } from "./write";

export interface FixOptions extends TextsSettings, WriteHooks {
  locales: string;
  layout?: string;
  source?: string;
  targets?: string[];
  aliases?: Record<string, string>;
  cwd?: string;
  /** Compute the fixes and their diff, write nothing. */
  dryRun?: boolean;
}

export interface FixedFile {
  file: string;
  /** Keys of the paragraphs changed, in file order. */
  keys: string[];
  /** How many fixes were applied. */
  fixes: number;
  /** The unified diff (with dryRun only). */
  patch?: string;
}

export interface FixResult {
  files: FixedFile[];
  problems: InputProblem[];
}

/** Fixes can uncover fixes (a quotation inside one whose marks were fixed): ESLint's limit of passes. */
export const MAX_PASSES = 10;

/** A target after fixing: its catalog with the fixes applied, the keys they changed (file order), how many. */
export interface FixedText {
  catalog: Catalog;
  keys: string[];
  fixes: number;
}

function reparsed(catalog: Catalog, content: string): Catalog {
  const parsed = parseCatalog(content, catalog.file);
  if (!parsed.readable) throw new Error(`Fixes made ${catalog.file} unreadable: ${JSON.stringify(parsed.problems[0])}`);
  return { ...catalog, paragraphs: parsed.paragraphs, content };
}

/**
 * Fixes a namespace's targets in memory: checks them all (siblings witness each other), applies
 * each target's own fixes, and checks again until a pass applies none. Only the targets that
 * `fixable` accepts are changed; the source never is.
 */
export function fixTexts(source: TargetText, targets: readonly TargetText[], settings: TextsSettings = {}, fixable: (index: number) => boolean = () => true): FixedText[] {
  const current = [...targets];
  const keys = targets.map(() => new Set<string>());
  const fixes = targets.map(() => 0);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = checkTexts(source, current, settings);
    let applied = 0;
    current.forEach((target, index) => {
      if (!fixable(index)) return;
      const { catalog } = target;
      const own = findings[index].filter((f) => f.fix && f.side === "target" && f.file === catalog.file);
      if (own.length === 0) return;
      const result = applyFixes(catalog.content, own);
      for (const f of result.applied) keys[index].add(f.key);
      fixes[index] += result.applied.length;
      applied += result.applied.length;
      if (result.applied.length) current[index] = { ...target, catalog: reparsed(catalog, result.content) };
    });
    if (applied === 0) break;
  }
  return current.map(({ catalog }, index) => ({ catalog, keys: catalog.paragraphs.map((p) => p.key).filter((key) => keys[index].has(key)), fixes: fixes[index] }));
}

/** A target file to fix: where it is, what it was when read, and what the loader took off its start (a BOM). */
interface FileToFix {
  index: number;
  path: string;
  snapshot: FileSnapshot;
  prefix: string;
}

/** The loader's text of a snapshot's bytes equals `content` after `prefix` (a BOM), or the file changed in between. */
function prefixOf(snapshot: FileSnapshot, content: string): string | undefined {
  const raw = new TextDecoder("utf-8", { ignoreBOM: true }).decode(snapshot.bytes);
  return raw.endsWith(content) ? raw.slice(0, raw.length - content.length) : undefined;
}

export async function fixTree(options: FixOptions): Promise<FixResult> {
  const tree = await openTree({ ...options, cwd: options.cwd ?? process.cwd() });
  const { layout } = tree;
  const settings: TextsSettings = { rules: options.rules, ignores: options.ignores, glossary: options.glossary };
  const result: FixResult = { files: [], problems: [] };
  const changedMeanwhile = (file: string): InputProblem => ({ code: "changed", message: "changed while fixing", hint: "run again", file });
  for (const namespace of layout.namespaces) {
    // Each file as it was before it was read: what is written over it must still be what was read.
    const snapshots = new Map<string, FileSnapshot | undefined>();
    for (const locale of layout.targets) {
      const file = layout.file(locale, namespace);
      if (layout.has(locale, namespace)) snapshots.set(file, await takeSnapshot(file).catch(() => undefined));
    }
    const reading = await readNamespace(tree, namespace);
    append(result.problems, reading.problems);
    if (!reading.loaded) continue;
    const source = { catalog: reading.loaded.source.catalog, language: reading.loaded.source.language };
    const targets: TargetText[] = [];
    const files: FileToFix[] = [];
    for (const target of reading.loaded.targets) {
      if (!target.catalog) continue;
      targets.push({ catalog: target.catalog, language: target.language });
      const file = layout.file(target.locale, namespace);
      const snapshot = snapshots.get(file);
      // A catalog with problems is checked (its siblings' alignment reads it) but left as it is.
      if (reading.problems.some((problem) => problem.file === target.file) || !snapshot) continue;
      const prefix = prefixOf(snapshot, target.catalog.content);
      if (prefix === undefined) result.problems.push(changedMeanwhile(target.file));
      else files.push({ index: targets.length - 1, path: file, snapshot, prefix });
    }
    if (files.length === 0) continue;
    const fixed = fixTexts(source, targets, settings, (index) => files.some((f) => f.index === index));
    for (const file of files) {
      const { catalog, keys, fixes } = fixed[file.index];
      if (fixes === 0) continue;
      if (options.dryRun) {
        const { createTwoFilesPatch } = await import("diff");
        const patch = createTwoFilesPatch(catalog.file, catalog.file, targets[file.index].catalog.content, catalog.content, "", "", { context: 1 });
        result.files.push({ file: catalog.file, keys, fixes, patch });
        continue;
      }
      const problem = await writeFixed(file.path, file.prefix + catalog.content, file.snapshot, catalog.file, options);
      if (problem) result.problems.push(problem);
      else result.files.push({ file: catalog.file, keys, fixes });
    }
  }
  return result;
}
