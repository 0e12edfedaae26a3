/**
 * The language server at the protocol level, through vscode-jsonrpc's client side: diagnostics
 * from unsaved text at check's positions, re-checks when the source changes, bad JSON as one
 * diagnostic, hovers, quick fixes and ignores, a bad configuration, and bounded state over 1,000 edits.
 */
import { spawn, spawnSync } from "child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Hover, Position, TextEdit } from "vscode-languageserver";
import { check } from "../src/engine/check";
import { fixAction } from "../src/lsp/actions";
import { findingDiagnostic } from "../src/lsp/diagnostics";
import { DEBOUNCE_MS } from "../src/lsp/session";
import { startClient, type TestClient } from "./lsp-client";
import { runCli, tempTree } from "./helpers";

const repo = path.join(__dirname, "..");
const UK = "locales/uk/article.json";
const RU = "locales/ru/article.json";
const EN = "locales/en/article.json";

function project(config?: object): string {
  const root = tempTree(config ? { "concord.config.json": JSON.stringify(config, null, 2) } : {});
  cpSync(path.join(repo, "locales"), path.join(root, "locales"), { recursive: true });
  return root;
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8");
const p11Broken = (text: string) => text.replace(/("p11": "[^\n]*?)150/, "$1" + "15");

/** check's finding for a catalog text, read from a tree on disk: the positions the server must report. */
async function checkOf(root: string, file: string, text: string, ruleId: string) {
  const copy = tempTree({});
  cpSync(path.join(root, "locales"), path.join(copy, "locales"), { recursive: true });
  writeFileSync(path.join(copy, file), text);
  return (await check({ locales: "locales", cwd: copy })).findings.filter((f) => f.ruleId === ruleId);
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("file:///x", "json", 0, text), edits);
}

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

describe("diagnostics", () => {
  test("a number typed wrong in the unsaved text is an error at check's range, with the rule's page", async () => {
    const root = project();
    client = await startClient(root);
    const text = p11Broken(read(root, UK));
    client.open(UK, text);
    const diagnostics = await client.diagnostics(UK);
    const [finding] = await checkOf(root, UK, text, "number-mismatch");
    expect(read(root, UK)).not.toBe(text);
    expect(diagnostics).toEqual([
      {
        range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
        severity: 1,
        code: "number-mismatch",
        codeDescription: { href: expect.stringMatching(/docs\/rules\/number-mismatch\.md$/) },
        source: "concord",
        message: "Numbers differ: the source has 150, the translation has 15 instead",
      },
    ]);
    expect(text.split("\n")[finding.line - 1].slice(finding.column - 1, finding.endColumn - 1)).toBe("15");
  });

  test("a change of the source re-checks every open translation of the namespace", async () => {
    const root = project();
    client = await startClient(root);
    client.open(UK, read(root, UK));
    client.open(RU, read(root, RU));
    expect(await client.diagnostics(UK)).toEqual([]);
    client.open(EN, read(root, EN));
    await client.diagnostics(EN);
    const uk = client.diagnostics(UK, (p) => p.diagnostics.length > 0);
    const ru = client.diagnostics(RU, (p) => p.diagnostics.length > 0);
    client.change(EN, read(root, EN).replace("about 150 troops", "about 250 troops"));
    for (const diagnostics of await Promise.all([uk, ru])) {
      expect(diagnostics.map((d) => [d.code, d.message])).toEqual([["number-mismatch", "Numbers differ: the source has 250, the translation has 150 instead"]]);
    }
  });

  test("findings that stand in the source catalog show there, saying which translation", async () => {
    const root = project();
    client = await startClient(root);
    const en = client.diagnostics(EN, (p) => p.diagnostics.length > 0);
    client.open(EN, read(root, EN));
    client.open(UK, read(root, UK).replace(/\n {2}"p05": "[^\n]*/, ""));
    expect((await en).map((d) => [d.code, d.message.slice(0, 5)])).toEqual([["missing-paragraph", "[uk] "]]);
  });

  test("a catalog changed on disk, not open, re-checks the open ones when the client watches files", async () => {
    const root = project();
    client = await startClient(root, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    client.open(UK, read(root, UK));
    expect(await client.diagnostics(UK)).toEqual([]);
    expect(client.registrations).toEqual([{ registrations: [expect.objectContaining({ method: "workspace/didChangeWatchedFiles", registerOptions: { watchers: [{ globPattern: "**/*.json" }] } })] }]);
    writeFileSync(path.join(root, EN), read(root, EN).replace("about 150", "about 250"));
    const changed = client.diagnostics(UK, (p) => p.diagnostics.length > 0);
    void client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: client.uri(EN), type: 2 }] });
    expect((await changed).map((d) => d.code)).toEqual(["number-mismatch"]);
  });

  test("a namespace created after the server started is found when its catalog is opened", async () => {
    const root = project();
    client = await startClient(root);
    client.open(UK, read(root, UK));
    await client.diagnostics(UK);
    writeFileSync(path.join(root, "locales", "en", "intro.json"), JSON.stringify({ p01: "It costs 40 dollars." }));
    writeFileSync(path.join(root, "locales", "ru", "intro.json"), JSON.stringify({ p01: "Это стоит 50 долларов." }));
    client.open("locales/ru/intro.json", read(root, "locales/ru/intro.json"));
    expect((await client.diagnostics("locales/ru/intro.json")).map((d) => d.code)).toEqual(["number-mismatch"]);
  });

  test("a burst of keystrokes is checked once, for the last text", async () => {
    const root = project();
    client = await startClient(root);
    const text = read(root, UK);
    client.open(UK, text);
    await client.diagnostics(UK);
    const before = client.publications(UK).length;
    for (let i = 0; i < 5; i++) client.change(UK, text.replace("150", String(151 + i)));
    const diagnostics = await client.diagnostics(UK);
    expect(client.publications(UK).slice(before).map((p) => p.version)).toEqual([6]);
    expect(diagnostics[0].message).toContain("155");
  });
});

describe("bad input while typing", () => {
  test("a missing comma is one diagnostic at its position; the other catalogs are still served", async () => {
    const root = project();
    client = await startClient(root);
    const broken = read(root, UK).replace(/("p02": "[^\n]*"),/, "$1");
    client.open(UK, broken);
    const lines = broken.split("\n");
    const p03 = lines.findIndex((line) => line.includes('"p03"'));
    expect(await client.diagnostics(UK)).toEqual([
      { range: { start: { line: p03, character: 2 }, end: { line: p03, character: 3 } }, severity: 1, code: "syntax-error", source: "concord", message: "Invalid JSON: comma expected — put a comma between the two entries" },
    ]);
    client.open(RU, p11Broken(read(root, RU)));
    expect((await client.diagnostics(RU)).map((d) => d.code)).toEqual(["number-mismatch"]);
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: client.uri(RU) }, position: { line: p03, character: 4 } })) as Hover;
    expect(JSON.stringify(hover.contents)).toContain("**en**");
  });

  test("a trailing comma, which the parser reports twice at one spot, is one diagnostic", async () => {
    const root = project();
    client = await startClient(root);
    client.open(UK, read(root, UK).replace(/"\n}/, '",\n}'));
    expect((await client.diagnostics(UK)).map((d) => d.code)).toEqual(["syntax-error"]);
  });

  test("a broken configuration is a diagnostic on the catalog, and saving it fixed checks again", async () => {
    const root = project({ locales: "locales", rules: { "no-such-rule": "off" } });
    client = await startClient(root);
    client.open(UK, p11Broken(read(root, UK)));
    const [diagnostic] = await client.diagnostics(UK);
    expect(diagnostic.message).toMatch(/^Concord cannot check this workspace: concord\.config\.json:4:\d+: "rules\.no-such-rule": unknown rule/);
    writeFileSync(path.join(root, "concord.config.json"), JSON.stringify({ locales: "locales" }));
    client.open("concord.config.json", read(root, "concord.config.json"));
    const fixed = client.diagnostics(UK, (p) => p.diagnostics.some((d) => d.code === "number-mismatch"));
    void client.connection.sendNotification("textDocument/didSave", { textDocument: { uri: client.uri("concord.config.json") } });
    expect((await fixed).map((d) => d.code)).toEqual(["number-mismatch"]);
  });

  test("a file that is no catalog gets no diagnostics", async () => {
    const root = project();
    writeFileSync(path.join(root, "notes.json"), "{ not json");
    client = await startClient(root);
    client.open("notes.json", "{ not json");
    client.open(UK, read(root, UK));
    await client.diagnostics(UK);
    expect(client.publications("notes.json")).toEqual([]);
  });
});

describe("hover", () => {
  test("a key shows the source paragraph and the sibling translation, numbers marked", async () => {
    const root = project();
    client = await startClient(root);
    const text = p11Broken(read(root, UK));
    client.open(UK, text);
    await client.diagnostics(UK);
    const line = text.split("\n").findIndex((l) => l.includes('"p11"'));
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: client.uri(UK) }, position: { line, character: 4 } })) as Hover;
    const english = JSON.parse(read(root, EN)) as Record<string, string>;
    const russian = JSON.parse(read(root, RU)) as Record<string, string>;
    const value = (hover.contents as { kind: string; value: string }).value;
    expect((hover.contents as { kind: string }).kind).toBe("markdown");
    expect(value.indexOf(`\`${english.p11}\``)).toBeGreaterThan(-1);
    expect(value.indexOf(`\`${russian.p11}\``)).toBeGreaterThan(value.indexOf(`\`${english.p11}\``));
    expect(value).toContain("numbers: `15` `1951` — ✗ missing `150`, ✗ not in the source `15`");
    expect(hover.range?.start.line).toBe(line);
  });

  test("catalog text cannot render: HTML, links and backticks stay inside code spans", async () => {
    const root = project();
    const en = JSON.parse(read(root, EN)) as Record<string, string>;
    en.p01 = 'Trump said <img src=x onerror=alert(1)> [click](javascript:alert(1)) ``code`` \u202Eevil';
    writeFileSync(path.join(root, EN), JSON.stringify(en, null, 2));
    client = await startClient(root);
    const text = read(root, UK);
    client.open(UK, text);
    await client.diagnostics(UK);
    const line = text.split("\n").findIndex((l) => l.includes('"p01"'));
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: client.uri(UK) }, position: { line, character: 12 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("```Trump said <img src=x onerror=alert(1)> [click](javascript:alert(1)) ``code`` \\u202Eevil```");
    expect(value).not.toContain("\u202E");
  });
});

describe("code actions", () => {
  test("a finding's fix is a preferred quick fix making exactly its edit (a finding built by hand)", () => {
    const text = '{\n  "p01": "Трамп  виступив."\n}\n';
    const start = text.indexOf("  в");
    const fix = { range: [start, start + 2] as [number, number], text: " ", line: 2, column: start - 1, endLine: 2, endColumn: start + 1 };
    const finding = { ruleId: "whitespace", messageId: "doubled", message: "Doubled space in the translation", severity: "warning" as const, locale: "uk", namespace: "a", key: "p01", file: "locales/uk/a.json", line: 2, column: start - 1, endLine: 2, endColumn: start + 1, data: {} };
    const diagnostic = findingDiagnostic(finding, false);
    const action = fixAction("file:///a.json", { ...finding, fix }, diagnostic)!;
    expect(action).toMatchObject({ title: "Fix: Doubled space in the translation", kind: "quickfix", isPreferred: true, diagnostics: [diagnostic] });
    expect(applied(text, action.edit!.changes!["file:///a.json"])).toBe('{\n  "p01": "Трамп виступив."\n}\n');
    expect(fixAction("file:///a.json", finding, diagnostic)).toBeUndefined();
  });

  /** The actions for the cursor at a character, as editors ask (an empty range, no diagnostics passed). */
  async function actionsAt(c: TestClient, file: string, at: Position): Promise<CodeAction[]> {
    return (await c.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: c.uri(file) }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
  }

  test.each([
    ["a doubled space", (text: string) => text.replace("Водночас Трамп", "Водночас  Трамп"), "whitespace"],
    ["straight quotes", (text: string) => text.replace("«Арктична стійкість»", '\\"Арктична стійкість\\"'), "quote-style"],
    ["a decimal point", (text: string) => text.replace("близько 150", "близько 1.5"), "number-notation"],
  ])("the quick fix of %s makes the edit concord fix makes", async (_name, spoil, ruleId) => {
    const root = project();
    const original = read(root, UK);
    const text = spoil(original);
    expect(text).not.toBe(original);
    if (ruleId === "number-notation") writeFileSync(path.join(root, EN), read(root, EN).replace("about 150", "about 1.5"));
    client = await startClient(root);
    client.open(UK, text);
    const diagnostic = (await client.diagnostics(UK)).find((d) => d.code === ruleId)!;
    const fix = (await actionsAt(client, UK, diagnostic.range.start)).find((a) => a.isPreferred)!;
    expect(fix.title).toMatch(/^Fix: /);
    const edited = applied(text, fix.edit!.changes![client.uri(UK)]);
    writeFileSync(path.join(root, UK), text);
    expect((await runCli(["fix"], root)).code).toBe(0);
    expect(edited).toBe(read(root, UK));
    const gone = client.diagnostics(UK, (p) => !p.diagnostics.some((d) => d.code === ruleId));
    client.change(UK, edited);
    await gone;
  });

  test("ignore this finding adds an ignores entry with a reason to fill in; saved, the finding goes", async () => {
    const root = project({ locales: "locales", ignores: [] });
    client = await startClient(root);
    const text = p11Broken(read(root, UK));
    client.open(UK, text);
    const [diagnostic] = await client.diagnostics(UK);
    const actions = await actionsAt(client, UK, diagnostic.range.start);
    const ignore = actions.find((a) => a.title.startsWith("Ignore"))!;
    expect(ignore.title).toBe("Ignore number-mismatch in p11 (uk) in the configuration");
    const config = read(root, "concord.config.json");
    const written = applied(config, ignore.edit!.changes![client.uri("concord.config.json")]);
    expect(JSON.parse(written)).toEqual({ locales: "locales", ignores: [{ rule: "number-mismatch", locale: "uk", namespace: "article", key: "p11", reason: "say why this finding is not a problem" }] });
    writeFileSync(path.join(root, "concord.config.json"), written);
    const gone = client.diagnostics(UK, (p) => p.diagnostics.length === 0);
    client.change(UK, `${text} `);
    expect(await gone).toEqual([]);
  });

  test("with the configuration in package.json, the entry goes under its \"concord\" key", async () => {
    const root = project();
    writeFileSync(path.join(root, "package.json"), `${JSON.stringify({ name: "site", concord: { locales: "locales" } }, null, 2)}\n`);
    client = await startClient(root);
    client.open(UK, p11Broken(read(root, UK)));
    const [diagnostic] = await client.diagnostics(UK);
    const ignore = (await actionsAt(client, UK, diagnostic.range.start)).find((a) => a.title.startsWith("Ignore"))!;
    const written = JSON.parse(applied(read(root, "package.json"), ignore.edit!.changes![client.uri("package.json")]));
    expect(written).toEqual({ name: "site", concord: { locales: "locales", ignores: [{ rule: "number-mismatch", locale: "uk", namespace: "article", key: "p11", reason: "say why this finding is not a problem" }] } });
  });

  test("with no configuration file, ignoring creates concord.config.json", async () => {
    const root = project();
    client = await startClient(root);
    client.open(UK, p11Broken(read(root, UK)));
    const [diagnostic] = await client.diagnostics(UK);
    const ignore = (await actionsAt(client, UK, diagnostic.range.start)).find((a) => a.title.startsWith("Ignore"))!;
    const [create, edit] = ignore.edit!.documentChanges as [{ kind: string; uri: string }, { edits: TextEdit[] }];
    expect(create).toEqual({ kind: "create", uri: client.uri("concord.config.json"), options: { ignoreIfExists: true } });
    expect(JSON.parse(applied("", edit.edits)).ignores[0]).toMatchObject({ rule: "number-mismatch", key: "p11" });
  });

  test("after an edit the actions follow the new text: its findings are checked before the answer", async () => {
    const root = project();
    client = await startClient(root);
    const text = p11Broken(read(root, UK));
    client.open(UK, text);
    const [diagnostic] = await client.diagnostics(UK);
    client.change(UK, text.replace(/\n/, "\n\n"));
    // The server checks the new text first: the finding, now a line lower, is offered there.
    const actions = await actionsAt(client, UK, { ...diagnostic.range.start, line: diagnostic.range.start.line + 1 });
    expect(actions.map((a) => (a.diagnostics ?? [])[0]?.range.start.line)).toEqual([diagnostic.range.start.line + 1]);
    expect(await actionsAt(client, UK, { line: 0, character: 0 })).toEqual([]);
  });
});

test("memory stays bounded: 1,000 edits, opens and closes leave state for the open documents only", async () => {
  const root = project();
  client = await startClient(root);
  const texts = [read(root, UK), p11Broken(read(root, UK)), read(root, UK).replace(/("p02": "[^\n]*"),/, "$1")];
  client.open(EN, read(root, EN));
  client.open(UK, texts[0]);
  let peak = 0;
  for (let edit = 1; edit <= 1000; edit++) {
    client.change(UK, texts[edit % texts.length]);
    if (edit % 50 === 0) {
      client.open(RU, read(root, RU));
      await client.diagnostics(UK);
      client.close(RU);
      const state = client.state()!;
      peak = Math.max(peak, state.documents, state.located, state.published, state.namespaces, state.dirty);
    }
  }
  await client.diagnostics(UK);
  expect(peak).toBeLessThanOrEqual(3);
  expect(client.state()).toEqual({ documents: 2, located: 2, published: 2, namespaces: 1, dirty: 0 });
  client.close(UK);
  client.close(EN);
  await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 3));
  expect(client.state()).toEqual({ documents: 0, located: 0, published: 0, namespaces: 0, dirty: 0 });
}, 60_000);

const built = existsSync(path.join(repo, "dist", "lsp", "server.js"));
(built ? test : test.skip)("concord lsp --stdio: initializes over standard input and output, and exits 0 after shutdown", async () => {
  const root = project();
  const child = spawn(process.execPath, [path.join(repo, "bin", "concord.js"), "lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const result = (await connection.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} })) as { capabilities: Record<string, unknown> };
  expect(result.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ["quickfix"] } });
  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
  expect(await exited).toBe(0);
  connection.dispose();
});

(built ? test : test.skip)("other commands never load the language server (cold start)", () => {
  const script = `const { main } = require(${JSON.stringify(path.join(repo, "dist", "cli", "main.js"))});
const io = { stdout: { write() {} }, stderr: { write() {} }, env: {}, cwd: ${JSON.stringify(repo)} };
main(["check", "--locales", "locales", "--format", "json"], io).then(() => main(["--help"], io)).then(() => {
  process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((file) => /node_modules[\\\\/]vscode-|dist[\\\\/]lsp[\\\\/]/.test(file))));
});`;
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(JSON.parse(run.stdout)).toEqual([]);
});
