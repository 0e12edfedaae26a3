/**
 * `concord lsp --stdio`: the language server. Wires the protocol (Microsoft's vscode-languageserver)
 * to the session: diagnostics as the translator types, hovers with the aligned paragraphs, and
 * quick fixes. Loaded only by the `lsp` command.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { fileURLToPath, pathToFileURL } from "url";
import { CodeActionKind, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, createConnection, type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type Hover, type HoverParams, type InitializeParams } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CONFIG_FILES } from "../config";
import { fixAction, ignoreAction, overlaps, type ConfigTarget } from "./actions";
import { hoverMarkdown, paragraphAt, rowOf } from "./hover";
import { Project } from "./project";
import { Session, type SessionState } from "./session";

function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const roots = uris.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
  if (roots.length === 0 && params.rootPath) roots.push(params.rootPath);
  return (roots.length ? roots : [process.cwd()]).map((root) => path.resolve(root));
}

function configTarget(project: Project, documents: TextDocuments<TextDocument>): ConfigTarget {
  const name = project.configFile ?? CONFIG_FILES[0];
  const file = path.resolve(project.root, name);
  const uri = pathToFileURL(file).href;
  const open = documents.all().find((doc) => doc.uri.startsWith("file:") && fileURLToPath(doc.uri) === file);
  const text = open?.getText() ?? (existsSync(file) ? readFileSync(file, "utf8") : undefined);
  return { uri: open?.uri ?? uri, ...(text !== undefined ? { text } : {}), base: path.basename(name) === "package.json" ? ["concord"] : [] };
}

async function hover(session: Session, params: HoverParams): Promise<Hover | null> {
  const doc = session.documents.get(params.textDocument.uri);
  const located = doc && (session.where(doc.uri) ?? (await session.locate(doc.uri)));
  if (!doc || !located?.ref) return null;
  await session.flush();
  const rows = session.rowsOf(located.project, located.ref.namespace);
  const paragraph = paragraphAt(doc.getText(), doc.offsetAt(params.position));
  const row = rows && paragraph && rowOf(rows.rows, located.ref.locale, rows.source, paragraph.key);
  if (!row || !paragraph) return null;
  const shift = doc.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
  const range = { start: doc.positionAt(paragraph.valueOffset + shift), end: doc.positionAt(paragraph.valueOffset + shift + paragraph.valueLength) };
  return { contents: hoverMarkdown(row, { locale: located.ref.locale, sourceLocale: rows.source, profile: (locale) => session.profile(located.project, locale) }), range };
}

async function codeActions(session: Session, params: CodeActionParams): Promise<CodeAction[]> {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  await session.flush();
  const doc = session.documents.get(params.textDocument.uri);
  const published = session.published.get(params.textDocument.uri);
  const located = session.where(params.textDocument.uri);
  // Findings of an older text would edit the wrong characters: a re-check is on its way.
  if (!doc || !published || !located || published.version !== doc.version) return [];
  const actions: CodeAction[] = [];
  const config = configTarget(located.project, session.documents);
  // The client names the diagnostics it shows at the cursor; the range covers the rest.
  const named = (d: Diagnostic) => params.context.diagnostics.some((asked) => asked.code === d.code && asked.message === d.message && overlaps(asked.range, d.range));
  for (const { finding, diagnostic } of published.entries) {
    if (!overlaps(diagnostic.range, params.range) && !named(diagnostic)) continue;
    const fix = fixAction(doc.uri, finding, diagnostic);
    if (fix) actions.push(fix);
    actions.push(ignoreAction(finding, diagnostic, config));
  }
  return actions;
}

/** Serves one client on `connection` until it disconnects; `state` tells what the session holds (for tests). */
export function serve(connection: Connection): { state(): SessionState | undefined } {
  const documents = new TextDocuments(TextDocument);
  let session: Session | undefined;
  let watching = false;
  connection.onInitialize((params) => {
    watching = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    session = new Session(connection, documents, workspaceRoots(params).map((root) => new Project(root)));
    return {
      capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } }, hoverProvider: true, codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
      serverInfo: { name: "concord" },
    };
  });
  documents.onDidChangeContent(({ document }) => session?.schedule(document.uri));
  documents.onDidClose(({ document }) => session?.closed(document.uri));
  documents.onDidSave(({ document }) => {
    // A saved configuration applies to every open catalog of its project.
    if (!session || ![...CONFIG_FILES, "package.json"].includes(path.basename(document.uri))) return;
    for (const doc of documents.all()) session.schedule(doc.uri);
  });
  // Catalogs and configuration changed on disk (a checkout, another program) re-check the open catalogs.
  connection.onInitialized(() => {
    if (watching) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.json" }] });
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!session || changes.every((change) => documents.get(change.uri))) return;
    for (const doc of documents.all()) session.schedule(doc.uri);
  });
  connection.onHover((params) => (session ? hover(session, params) : null));
  connection.onCodeAction((params) => (session ? codeActions(session, params) : []));
  documents.listen(connection);
  connection.listen();
  return { state: () => session?.state() };
}

/** `concord lsp --stdio`: the protocol on standard input and output; the process ends with the connection. */
export function serveStdio(): Promise<number> {
  // Standard output carries the protocol: anything printed there would break it.
  console.log = console.info = (...parts: unknown[]) => void process.stderr.write(`${parts.join(" ")}\n`);
  const connection = createConnection(process.stdin, process.stdout);
  serve(connection);
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}
