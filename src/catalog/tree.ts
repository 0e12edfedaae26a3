/**
 * The tree reader: finds the layout of a catalog tree and reads it namespace by namespace — the
 * source, each target and (with a revision) their texts as they were then — for check, diff and
 * --watch alike. The kernel (engine/kernel.ts) gets what it yields and never touches a file.
 */
import path from "path";
import type { LoadedNamespace, LoadedTarget } from "../engine/kernel";
import type { InputProblem } from "../types";
import type { Revision } from "../vcs/git";
import { discoverLayout, loadCatalog, type Layout, type LayoutOptions } from "./loader";
import { parseCatalog } from "./parse";

export interface Tree {
  layout: Layout;
  /** A file's path as findings show it: relative to the working directory, with forward slashes. */
  display(file: string): string;
  /** The revision `since` names, opened once (git), when one was given. */
  revision?: Revision;
  /** Texts by absolute path read instead of the files (an editor's unsaved documents). */
  overlay?: ReadonlyMap<string, string>;
}

export async function openTree(options: LayoutOptions & { since?: string; overlay?: ReadonlyMap<string, string> }, discovered?: Layout): Promise<Tree> {
  const cwd = options.cwd ?? process.cwd();
  const layout = discovered ?? (await discoverLayout({ ...options, cwd, locales: path.resolve(cwd, options.locales) }));
  const revision = options.since !== undefined ? (await import("../vcs/git")).openRevision(options.since, cwd) : undefined;
  return { layout, display: (file) => path.relative(cwd, file).split(path.sep).join("/"), ...(revision ? { revision } : {}), ...(options.overlay ? { overlay: options.overlay } : {}) };
}

/** The problems of a catalog that could not be read, marked so that every report can say what was not checked. */
function uncheckedBy(problems: readonly InputProblem[], locale: string, namespace: string): InputProblem[] {
  return problems.map((problem) => ({ ...problem, unchecked: { locale, namespace } }));
}

/** Texts by key of a catalog file's JSON at the revision (flattened as the loader flattens), or an empty map. */
function textsAt(json: string | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  if (json === undefined) return texts;
  const parsed = parseCatalog(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json, "(revision)");
  for (const p of parsed.paragraphs) texts.set(p.key, p.text);
  return texts;
}

/** A namespace as read: what the kernel checks (when the source could be read), the input problems, the files read. */
export interface NamespaceReading {
  namespace: string;
  loaded?: LoadedNamespace;
  /** What `loaded` holds, also when the source cannot be read now (`whole`: diff reads the rest). */
  targets: LoadedTarget[];
  /** With a revision: the texts by key then. */
  previous?: LoadedNamespace["previous"];
  problems: InputProblem[];
  files: number;
}

/**
 * Reads one namespace. A source that cannot be read stops there (its targets are not read) unless
 * `whole` is set; a target that cannot be read is left out, with its problems. `read`: files' bytes
 * by path, already read (the cache hashed them), so as not to read them twice.
 */
export async function readNamespace(tree: Tree, namespace: string, whole = false, read?: ReadonlyMap<string, Buffer>): Promise<NamespaceReading> {
  const { layout, display, revision, overlay } = tree;
  const sourceFile = layout.file(layout.source, namespace);
  const source = await loadCatalog(sourceFile, layout.source, namespace, display(sourceFile), overlay, read?.get(sourceFile));
  const problems = source.catalog ? [...source.problems] : uncheckedBy(source.problems, layout.source, namespace);
  let files = source.catalog ? 1 : 0;
  if (!source.catalog && !whole) return { namespace, targets: [], problems, files };
  const before = revision ? { ref: revision.ref, source: textsAt(revision.read(sourceFile)), targets: new Map<string, Map<string, string>>() } : undefined;
  const targets: LoadedTarget[] = [];
  for (const locale of layout.targets) {
    const file = layout.file(locale, namespace);
    const shown = { locale, language: layout.language(locale), file: display(file) };
    const target = layout.has(locale, namespace) || overlay?.has(file) ? await loadCatalog(file, locale, namespace, shown.file, overlay, read?.get(file)) : undefined;
    for (const problem of target?.catalog ? target.problems : uncheckedBy(target?.problems ?? [], locale, namespace)) problems.push(problem);
    if (target?.catalog) files++;
    if (before && (target?.catalog || whole)) before.targets.set(locale, textsAt(revision!.read(file)));
    // An absent file is the kernel's to report; an unreadable one is an input problem (kept, without text, by diff).
    if (target?.catalog) targets.push({ ...shown, catalog: target.catalog });
    else if (!target || whole) targets.push(shown);
  }
  const loaded: LoadedNamespace | undefined = source.catalog
    ? { namespace, source: { locale: layout.source, language: layout.language(layout.source), catalog: source.catalog }, targets, ...(before ? { previous: before } : {}) }
    : undefined;
  return { namespace, ...(loaded ? { loaded } : {}), targets, ...(before ? { previous: before } : {}), problems, files };
}

/** The namespaces of the tree in order, each read when the loop asks for it (one namespace in memory at a time). */
export async function* readNamespaces(tree: Tree, namespaces: readonly string[] = tree.layout.namespaces, whole = false): AsyncGenerator<NamespaceReading> {
  for (const namespace of namespaces) yield readNamespace(tree, namespace, whole);
}

/** A catalog file of a namespace: where it lies, and whether the layout found it. */
export interface NamespaceFile {
  file: string;
  present: boolean;
}

/** A namespace's files (source, then each target, absent ones included): what the cache stamps and hashes. */
export function namespaceFiles(tree: Tree, namespace: string): NamespaceFile[] {
  const { layout } = tree;
  return [layout.source, ...layout.targets].map((locale) => ({ file: layout.file(locale, namespace), present: layout.has(locale, namespace) }));
}
