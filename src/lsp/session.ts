/**
 * The language server's state over a session: the open documents' last findings, each
 * namespace's aligned rows for hovers, and the debounced re-checks. Everything it keeps is keyed
 * by an open document or its namespace and dropped when the document closes: memory stays bounded
 * however long the editor runs.
 */
import path from "path";
import { fileURLToPath } from "url";
import type { Connection, Diagnostic } from "vscode-languageserver";
import type { TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { formatProblem } from "../errors";
import { reportNamespaces } from "../formatters/aligned";
import { profileFor } from "../engine/profiles";
import type { LocaleProfile } from "../text/locales";
import type { Finding, InputProblem, ReportRow, RunResult } from "../types";
import { findingDiagnostic, problemDiagnostic, shownProblems } from "./diagnostics";
import { Project, type CatalogRef } from "./project";

/** Quiet time after the last keystroke before a re-check: short enough to stay within 300 ms with the check. */
export const DEBOUNCE_MS = 100;

export interface Located {
  project: Project;
  file: string;
  ref?: CatalogRef;
  /** The project's generation it was found in: a re-read configuration or layout finds it again. */
  generation: number;
}

export interface Published {
  version: number;
  entries: Array<{ finding: Finding; diagnostic: Diagnostic }>;
}

/** What the session holds, for the test that a long session stays bounded. */
export interface SessionState {
  documents: number;
  located: number;
  published: number;
  namespaces: number;
  dirty: number;
}

function fileOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class Session {
  private readonly located = new Map<string, Located>();
  readonly published = new Map<string, Published>();
  private readonly rows = new Map<string, { rows: ReportRow[]; source: string }>();
  private readonly dirty = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly projects: Project[],
  ) {}

  state(): SessionState {
    return { documents: this.documents.all().length, located: this.located.size, published: this.published.size, namespaces: this.rows.size, dirty: this.dirty.size };
  }

  /** A document changed or opened: check it (and its namespace) once typing pauses. */
  schedule(uri: string): void {
    this.dirty.add(uri);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /** Checks what is waiting now; resolves when every check asked for so far is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const uris = [...this.dirty];
    this.dirty.clear();
    this.running = this.running.then(() => this.checkDocuments(uris)).catch((error: Error) => this.connection.console.error(`concord: ${error.stack ?? error.message}`));
    return this.running;
  }

  closed(uri: string): void {
    const located = this.located.get(uri);
    this.located.delete(uri);
    this.published.delete(uri);
    this.dirty.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    if (!located?.ref) return;
    // The siblings read the file from disk now, without the closed document's unsaved text.
    const siblings = this.openIn(located.project, located.ref.namespace);
    if (siblings.length === 0) this.rows.delete(this.namespaceKey(located.project, located.ref.namespace));
    for (const sibling of siblings) this.schedule(sibling.uri);
  }

  /** Where a document stands: its project, file, and (for a catalog) locale and namespace. */
  async locate(uri: string): Promise<Located | undefined> {
    const file = fileOf(uri);
    if (!file) return undefined;
    const project = this.projects.filter((p) => file.startsWith(`${p.root}${path.sep}`)).sort((a, b) => b.root.length - a.root.length)[0];
    if (!project) return undefined;
    await project.refresh();
    const known = this.located.get(uri);
    if (known?.generation === project.generation) return known;
    // A JSON file under the locales folder that the layout lacks may be a catalog created since.
    if (project.mayHold(file)) await project.refresh(true);
    const located: Located = { project, file, ref: project.catalogOf(file), generation: project.generation };
    if (this.documents.get(uri)) this.located.set(uri, located);
    return located;
  }

  where(uri: string): Located | undefined {
    return this.located.get(uri);
  }

  rowsOf(project: Project, namespace: string): { rows: ReportRow[]; source: string } | undefined {
    return this.rows.get(this.namespaceKey(project, namespace));
  }

  profile(project: Project, locale: string): LocaleProfile {
    return profileFor(project.language(locale));
  }

  private namespaceKey(project: Project, namespace: string): string {
    return `${project.root}\u0000${namespace}`;
  }

  private openIn(project: Project, namespace: string): TextDocument[] {
    const files = new Set(project.filesOf(namespace));
    return this.documents.all().filter((doc) => files.has(this.located.get(doc.uri)?.file ?? fileOf(doc.uri) ?? ""));
  }

  private async checkDocuments(uris: string[]): Promise<void> {
    const namespaces = new Map<string, { project: Project; namespace: string }>();
    for (const uri of uris) {
      if (!this.documents.get(uri)) continue;
      const located = await this.locate(uri);
      if (!located) continue;
      if (located.project.failure) {
        if (located.file.endsWith(".json")) this.publishFailure(uri, located.project, located.project.failure);
      }
      else if (located.ref) namespaces.set(this.namespaceKey(located.project, located.ref.namespace), { project: located.project, namespace: located.ref.namespace });
      else if (this.published.has(uri)) this.publish(uri, { version: this.documents.get(uri)!.version, entries: [] }, []);
    }
    for (const { project, namespace } of namespaces.values()) await this.checkNamespace(project, namespace);
  }

  private async checkNamespace(project: Project, namespace: string): Promise<void> {
    const open = this.openIn(project, namespace);
    const overlay = new Map(open.map((doc) => [this.located.get(doc.uri)?.file ?? fileOf(doc.uri)!, doc.getText()]));
    const versions = new Map(open.map((doc) => [doc.uri, doc.version]));
    const result = await project.checkNamespace(namespace, overlay);
    // Documents closed while the check ran keep nothing: a namespace with none open keeps no rows.
    const stillOpen = open.filter((doc) => this.documents.get(doc.uri));
    if (!result || stillOpen.length === 0) return;
    this.rows.set(this.namespaceKey(project, namespace), { rows: reportNamespaces(result)[0]?.rows ?? [], source: result.source });
    for (const doc of stillOpen) this.publishResult(doc.uri, versions.get(doc.uri)!, project, result);
  }

  private publishResult(uri: string, version: number, project: Project, result: RunResult): void {
    const located = this.located.get(uri)!;
    const here = (file: string | undefined) => file !== undefined && path.resolve(project.root, file) === located.file;
    const onSource = located.ref?.locale === result.source;
    const entries = result.findings.filter((f) => here(f.file)).map((finding) => ({ finding, diagnostic: findingDiagnostic(finding, onSource) }));
    this.publish(uri, { version, entries }, shownProblems(result.problems.filter((p) => here(p.file))).map(problemDiagnostic));
  }

  private publishFailure(uri: string, project: Project, failure: InputProblem): void {
    const file = failure.file && path.relative(project.root, path.resolve(project.root, failure.file)).split(path.sep).join("/");
    const diagnostic = problemDiagnostic({ ...failure, line: undefined, column: undefined, message: `Concord cannot check this workspace: ${formatProblem({ ...failure, file, hint: "" })}` });
    this.publish(uri, { version: this.documents.get(uri)!.version, entries: [] }, [diagnostic]);
  }

  private publish(uri: string, published: Published, problems: Diagnostic[]): void {
    this.published.set(uri, published);
    void this.connection.sendDiagnostics({ uri, version: published.version, diagnostics: [...problems, ...published.entries.map((e) => e.diagnostic)] });
  }
}
