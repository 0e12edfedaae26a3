#!/usr/bin/env node
/**
 * The language server's latency as a translator sees it: from the last keystroke of a burst to the
 * diagnostics of that text, through the built `concord lsp --stdio` and vscode-jsonrpc's client.
 * Each round types five keystrokes 30 ms apart (inside the debounce), alternating a wrong number
 * and the right one, so that every round has something to re-check. Namespaces: the bundled
 * article (one article's paragraphs in en, uk, ru) and a long one of 300 paragraphs made of NTREX
 * articles. Medians and the worst of the rounds; writes bench/lsp.json and bench/lsp.md.
 *
 *   node scripts/bench-lsp.js [--rounds N]
 */
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require("vscode-jsonrpc/node");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "concord.js");
const NTREX = path.join(ROOT, "corpora", "ntrex", "locales");
const roundsArg = process.argv.indexOf("--rounds");
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 20;
const KEYSTROKES = 5;
const KEYSTROKE_GAP_MS = 30;
const BUDGET_MS = 300;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const { median } = require("./measure");

/** The bundled article, and one namespace of about 300 paragraphs joined from NTREX articles. */
function buildProjects(work) {
  const article = path.join(work, "article");
  fs.cpSync(path.join(ROOT, "locales"), path.join(article, "locales"), { recursive: true });
  const long = path.join(work, "long");
  const articles = fs.readdirSync(path.join(NTREX, "en")).sort();
  for (const locale of ["en", "uk", "ru"]) {
    const joined = {};
    for (const name of articles) {
      const catalog = JSON.parse(fs.readFileSync(path.join(NTREX, locale, name), "utf8"));
      for (const [key, text] of Object.entries(catalog)) if (Object.keys(joined).length < 300) joined[`${name.replace(/\.json$/, "")}.${key}`] = text;
    }
    fs.mkdirSync(path.join(long, "locales", locale), { recursive: true });
    fs.writeFileSync(path.join(long, "locales", locale, "article.json"), `${JSON.stringify(joined, null, 2)}\n`);
  }
  return [
    { name: "bundled article", root: article },
    { name: "300 paragraphs", root: long },
  ];
}

/** A digit of the first number in the text changed: a wrong number, then the right one again. */
function spoiled(text) {
  const at = text.search(/\d/);
  return at < 0 ? `${text} ` : text.slice(0, at) + (text[at] === "9" ? "8" : String(Number(text[at]) + 1)) + text.slice(at + 1);
}

async function measure({ name, root }) {
  const child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const file = path.join(root, "locales", "uk", "article.json");
  const uri = pathToFileURL(file).href;
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    const resolve = params.uri === uri && waiting.get(params.version);
    if (resolve) resolve({ at: performance.now(), count: params.diagnostics.length });
  });
  connection.listen();
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await connection.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(root).href, capabilities: {} });
  connection.sendNotification("initialized", {});
  const clean = fs.readFileSync(file, "utf8");
  const wrong = spoiled(clean);
  const paragraphs = Object.keys(JSON.parse(clean)).length;

  let version = 1;
  const opened = performance.now();
  const first = published(version);
  connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json", version, text: clean } });
  const firstAt = (await first).at - opened;

  const latencies = [];
  let findingsSeen = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const target = round % 2 === 0 ? wrong : clean;
    let last = 0;
    for (let key = 0; key < KEYSTROKES; key++) {
      version++;
      // The keystrokes before the last type a prefix of the change; the last completes it.
      const text = key === KEYSTROKES - 1 ? target : `${target.slice(0, target.length - (KEYSTROKES - key))}`;
      last = performance.now();
      connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
      if (key < KEYSTROKES - 1) await sleep(KEYSTROKE_GAP_MS);
    }
    const result = await published(version);
    latencies.push(result.at - last);
    if (target === wrong) findingsSeen += result.count > 0 ? 1 : 0;
  }
  await connection.sendRequest("shutdown");
  connection.sendNotification("exit");
  await new Promise((resolve) => child.on("exit", resolve));
  connection.dispose();
  return { name, paragraphs, firstOpenMs: firstAt, bestMs: Math.min(...latencies), medianMs: median(latencies), worstMs: Math.max(...latencies), rounds: ROUNDS, wrongRoundsWithFindings: findingsSeen };
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, "dist", "lsp", "server.js"))) throw new Error("run npm run build first");
  const { DEBOUNCE_MS } = require("../dist/lsp/session");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "concord-bench-lsp-"));
  const results = [];
  try {
    for (const project of buildProjects(work)) results.push(await measure(project));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const rows = results.map((r) => `| ${r.name} | ${r.paragraphs} | ${r.firstOpenMs.toFixed(0)} ms | ${r.bestMs.toFixed(0)} ms | ${r.medianMs.toFixed(0)} ms | ${r.worstMs.toFixed(0)} ms | ${r.medianMs <= BUDGET_MS ? "yes" : "NO"} |`);
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  const markdown = [
    `## Language server: last keystroke to diagnostics (${ROUNDS} bursts of ${KEYSTROKES} keystrokes; ${DEBOUNCE_MS} ms of it is the debounce; ${os.cpus().length} cores, load average ${load})`,
    "",
    "| namespace | paragraphs per locale | first open | best | median | worst | median within 300 ms |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
  fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench", "lsp.json"), `${JSON.stringify({ date: new Date().toISOString(), loadAverage: os.loadavg(), debounceMs: DEBOUNCE_MS, results }, null, 2)}\n`);
  fs.writeFileSync(path.join(ROOT, "bench", "lsp.md"), markdown);
  process.stdout.write(markdown);
  const unseen = results.find((r) => r.wrongRoundsWithFindings !== Math.ceil(ROUNDS / 2));
  if (unseen) throw new Error(`${unseen.name}: a wrong number typed was not reported in every round`);
}

main().catch((error) => {
  console.error(error.stack || error);
  process.exitCode = 1;
});
