/** A language client for the tests: vscode-jsonrpc talking to the server in this process over streams. */
import { PassThrough } from "stream";
import { pathToFileURL } from "url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { createConnection } from "vscode-languageserver/node";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver";
import { serve } from "../src/lsp/server";

export interface TestClient {
  connection: MessageConnection;
  /** What the server asked the client to register (client/registerCapability). */
  registrations: unknown[];
  state: ReturnType<typeof serve>["state"];
  uri(file: string): string;
  open(file: string, text: string): string;
  change(file: string, text: string): void;
  close(file: string): void;
  /** The next diagnostics published for `file` that satisfy `accept` (by default, any for the latest version). */
  diagnostics(file: string, accept?: (published: PublishDiagnosticsParams) => boolean): Promise<Diagnostic[]>;
  /** Every publication so far for a file. */
  publications(file: string): PublishDiagnosticsParams[];
  dispose(): void;
}

export async function startClient(root: string, initialization: Record<string, unknown> = {}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const handle = serve(server);
  const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiting: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  const versions = new Map<string, number>();
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
    for (const wait of [...waiting]) {
      if (wait.uri === params.uri && wait.accept(params)) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(params.diagnostics);
      }
    }
  });
  const registrations: unknown[] = [];
  connection.onRequest("client/registerCapability", (params: unknown) => {
    registrations.push(params);
    return null;
  });
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest("initialize", { processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: "test" }], capabilities: {}, ...initialization });
  await connection.sendNotification("initialized", {});
  const uri = (file: string) => pathToFileURL(`${root}/${file}`).href;
  return {
    connection,
    registrations,
    state: handle.state,
    uri,
    open(file, text) {
      versions.set(file, 1);
      void connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri(file), languageId: "json", version: 1, text } });
      return uri(file);
    },
    change(file, text) {
      const version = (versions.get(file) ?? 1) + 1;
      versions.set(file, version);
      void connection.sendNotification("textDocument/didChange", { textDocument: { uri: uri(file), version }, contentChanges: [{ text }] });
    },
    close(file) {
      versions.delete(file);
      void connection.sendNotification("textDocument/didClose", { textDocument: { uri: uri(file) } });
    },
    diagnostics(file, accept) {
      return new Promise((resolve, reject) => {
        const latest = (p: PublishDiagnosticsParams) => p.version === undefined || p.version === versions.get(file);
        waiting.push({ uri: uri(file), accept: accept ?? latest, resolve });
        setTimeout(() => reject(new Error(`no diagnostics for ${file}`)), 10_000).unref();
      });
    },
    publications: (file) => published.get(uri(file)) ?? [],
    dispose() {
      connection.dispose();
      server.dispose();
    },
  };
}
