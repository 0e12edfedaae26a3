#!/usr/bin/env node
/**
 * `npm run bench`: speed and memory, measured side by side in one run (medians of repeated runs;
 * these machines are noisy, so ratios matter more than seconds).
 *
 *  1. Side by side, in alternating rounds, on corpora built from NTREX (123 articles copied under
 *     new namespace names) at 20k and 100k paragraphs per locale (en, uk, ru); 1M with --full:
 *     whole-process `concord check --format json` on one thread and on two, a --cache re-run after
 *     one namespace changed, the floor (reading and JSON.parse of the same files in one Node
 *     process), `node -e ''`, and translate-toolkit's pofilter (numbers, doublequoting,
 *     untranslated) run the fast way — one json2po and one pofilter per locale folder — and per
 *     file (a sample, scaled), when it is installed (apt-get install translate-toolkit). Peak memory.
 *  2. Alignment alone, on one namespace of 1k, 10k and 100k paragraphs with a dropped paragraph near
 *     the start (so every paragraph after it is out of step): the growth must be linear.
 *  3. Hostile text: 1 MB paragraphs of digits, quote marks, apostrophes, alternating scripts.
 *  4. Cold start: `concord --help` and `concord check` of the bundled article against `node -e ''`.
 *  5. The HTML report of a 2,000-paragraph corpus: its size, and its load time in Chromium when
 *     Debian's chromium and playwright-core are installed.
 *
 *  8. With --memory, only peak memory and CPU at 20k, 100k (and 1M with --full): bench/memory.md.
 *  9. With --cache-only, only the cached re-run beside `node -e ''` (and another build with --against=DIR).
 *
 * Writes bench/results.json and bench/results.md.
 *   node scripts/bench.js [--full] [--quick] [--sizes=20000,100000] [--side-by-side] [--cold] [--memory [--against=DIR]]
 *     [--cache-only [--against=DIR] [--cache-size=N] [--rounds=N]]
 */
"use strict";
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "concord.js");
const NTREX = path.join(ROOT, "corpora", "ntrex", "locales");
const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "concord-bench-"));

const { median, timed, HAS_TIME: hasTime } = require("./measure");

/** A peak in MB for a table, or n/a where it was not measured (no /usr/bin/time). */
const megabytes = (peakMB) => (peakMB == null ? "n/a" : `${Math.round(peakMB)} MB`);

/** Runs a command `runs` times; medians of wall seconds and peak RSS (MB; null without /usr/bin/time). */
function measure(command, commandArgs, runs, options = {}) {
  const results = Array.from({ length: runs }, () => timed(command, commandArgs, options));
  return { wall: median(results.map((r) => r.wall)), peakMB: hasTime ? median(results.map((r) => r.peakMB)) : null };
}

/** A corpus of about `size` paragraphs per locale: NTREX articles copied under new namespace names. */
function buildCorpus(size) {
  const dir = path.join(work, `corpus-${size}`);
  const articles = fs.readdirSync(path.join(NTREX, "en")).sort();
  for (const locale of ["en", "uk", "ru"]) fs.mkdirSync(path.join(dir, locale), { recursive: true });
  let paragraphs = 0;
  for (let copy = 0; paragraphs < size; copy++) {
    for (const article of articles) {
      if (paragraphs >= size) break;
      const namespace = `${article.replace(/\.json$/, "")}-${copy}.json`;
      for (const locale of ["en", "uk", "ru"]) fs.copyFileSync(path.join(NTREX, locale, article), path.join(dir, locale, namespace));
      paragraphs += Object.keys(JSON.parse(fs.readFileSync(path.join(NTREX, "en", article), "utf8"))).length;
    }
  }
  return { dir, paragraphs };
}

const FLOOR = `const fs=require("fs"),path=require("path");const root=process.argv[1];let n=0;
for(const l of fs.readdirSync(root))for(const f of fs.readdirSync(path.join(root,l)))n+=Object.keys(JSON.parse(fs.readFileSync(path.join(root,l,f),"utf8"))).length;`;

const hasPeer = spawnSync("sh", ["-c", "command -v json2po && command -v pofilter"], { encoding: "utf8" }).status === 0;

/** translate-toolkit the fast way: one json2po and one pofilter per target locale folder (numbers, doublequoting, untranslated). */
function pofilterScript(dir, out) {
  return ["uk", "ru"]
    .map((l) => `json2po -t ${dir}/en -i ${dir}/${l} -o ${out}/${l} >/dev/null 2>&1 && pofilter --language=${l} -t numbers -t doublequoting -t untranslated -i ${out}/${l} -o ${out}/bad-${l} >/dev/null 2>&1`)
    .join(" && ");
}

/** translate-toolkit run per file, as a CI step over changed files would: timed on a sample of namespaces and scaled to all. */
function pofilterPerFile(dir, namespaces, sample) {
  const out = path.join(work, "po-file");
  fs.mkdirSync(out, { recursive: true });
  const picked = namespaces.filter((_ns, i) => i % Math.ceil(namespaces.length / sample) === 0);
  const started = process.hrtime.bigint();
  for (const ns of picked) {
    for (const l of ["uk", "ru"]) {
      execFileSync("json2po", ["-t", path.join(dir, "en", ns), "-i", path.join(dir, l, ns), "-o", path.join(out, `${l}.po`)], { stdio: "ignore" });
      execFileSync("pofilter", [`--language=${l}`, "-t", "numbers", "-t", "doublequoting", "-t", "untranslated", "-i", path.join(out, `${l}.po`), "-o", path.join(out, `bad-${l}.po`)], { stdio: "ignore" });
    }
  }
  return { seconds: ((Number(process.hrtime.bigint() - started) / 1e9) * namespaces.length) / picked.length, sample: picked.length };
}

/**
 * Concord beside its floor and its peer on one corpus, in alternating runs (each round runs every
 * command once, in a rotated order, so that the machine's load falls on all alike): a plain check on
 * one thread and on two, a --cache re-run after one namespace changed, reading and JSON.parse alone,
 * `node -e ''`, and pofilter the fast way.
 */
function sideBySide(size, rounds) {
  const { dir, paragraphs } = buildCorpus(size);
  const out = path.join(work, "out.json");
  const cache = path.join(work, `cache-${size}`);
  const po = path.join(work, "po");
  fs.mkdirSync(po, { recursive: true });
  const namespaces = fs.readdirSync(path.join(dir, "en")).sort();
  const changing = path.join(dir, "uk", namespaces[Math.floor(namespaces.length / 2)]);
  const original = fs.readFileSync(changing, "utf8");
  let edits = 0;
  const check = (...extra) => [process.execPath, [BIN, "check", "--locales", dir, "--format", "json", "--output", out, ...extra]];
  const commands = {
    concord: check("--jobs", "1"),
    jobs2: check("--jobs", "2"),
    // One namespace of them all changed since the cache was written: only it is checked again.
    cached: check("--jobs", "1", "--cache", "--cache-location", cache),
    floor: [process.execPath, ["-e", FLOOR, dir]],
    node: [process.execPath, ["-e", ""]],
    ...(hasPeer ? { pofilter: ["sh", ["-c", pofilterScript(dir, po)]] } : {}),
  };
  spawnSync(...check("--jobs", "1", "--cache", "--cache-location", cache));
  const walls = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const peaks = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const names = Object.keys(commands);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length];
      if (name === "cached") fs.writeFileSync(changing, ++edits % 2 ? original.replace(/\d/, (d) => String((Number(d) + 1) % 10)) : original);
      const [command, commandArgs] = commands[name];
      const { wall, peakMB } = measure(command, commandArgs, 1);
      walls[name].push(wall);
      peaks[name].push(peakMB);
    }
  }
  fs.writeFileSync(changing, original);
  const row = { paragraphs, namespaces: namespaces.length, rounds };
  for (const name of names) row[name] = { wall: median(walls[name]), peakMB: hasTime ? median(peaks[name]) : null };
  if (hasPeer) row.pofilterPerFile = pofilterPerFile(dir, namespaces, QUICK ? 4 : 12);
  fs.rmSync(dir, { recursive: true, force: true });
  console.error(`  ${paragraphs} paragraphs: concord ${row.concord.wall.toFixed(2)} s${hasPeer ? `, pofilter ${row.pofilter.wall.toFixed(2)} s` : ""}`);
  return row;
}

function sideBySideRuns() {
  const given = args.find((a) => a.startsWith("--sizes="));
  const sizes = given ? given.slice(8).split(",").map((n) => [Number(n), Number(n) > 20000 ? 2 : 3]) : QUICK ? [[2000, 2]] : [[20000, 3], [100000, 2]];
  if (args.includes("--full")) sizes.push([1000000, 1]);
  return sizes.map(([size, rounds]) => sideBySide(size, rounds));
}

function sideBySideTable(rows) {
  const s = (t) => (t === undefined ? "n/a" : `${t.wall.toFixed(2)} s`);
  const mb = (t) => megabytes(t?.peakMB);
  const x = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : "n/a");
  return [
    "| paragraphs × 3 (namespaces) | Concord, 1 thread | peak | --jobs 2 | --cache re-run, one namespace changed | read + JSON.parse floor | `node -e ''` | pofilter, per locale folder | pofilter, per file |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.paragraphs.toLocaleString("en")} (${r.namespaces}) | ${s(r.concord)} | ${mb(r.concord)} | ${s(r.jobs2)} | ${s(r.cached)} | ${s(r.floor)} | ${s(r.node)} | ${s(r.pofilter)} | ${r.pofilterPerFile ? `${r.pofilterPerFile.seconds.toFixed(0)} s (from ${r.pofilterPerFile.sample} namespaces)` : "n/a"} |`),
    "",
    "| paragraphs × 3 | pofilter fast ÷ Concord (target ≥ 10×) | Concord ÷ floor (target ≤ 5×) | cached re-run ÷ `node -e ''` (target ≤ 3×) | --jobs 2 | peak memory, 1 thread (target ≤ 300 MB at 100k) |",
    "|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.paragraphs.toLocaleString("en")} | ${r.pofilter ? x(r.pofilter.wall, r.concord.wall) : "n/a"} | ${x(r.concord.wall, r.floor.wall)} | ${x(r.cached.wall, r.node.wall)} | ${s(r.jobs2)} | ${mb(r.concord)} |`),
  ];
}


/**
 * Memory (`--memory`): peak RSS and CPU of `check --jobs 1` writing JSON to a file and stylish to
 * standard output, at 20k and 100k paragraphs × 3 (and 1M with --full, spanning namespaces as the
 * corpus always does), and the time's growth from 100k to 1M (target ≤ 11×, memory flat).
 * `--against=DIR`: another build (a checkout with dist/) run in alternation, for a side-by-side;
 * `--memory-sizes=20000,100000` picks the sizes, `--memory-formats=json` the formats (json,stylish),
 * `--memory-jobs=1,2` the thread counts (1).
 */
function memoryRuns() {
  const against = args.find((a) => a.startsWith("--against="))?.slice("--against=".length);
  const builds = { this: BIN, ...(against ? { against: path.join(path.resolve(against), "bin", "concord.js") } : {}) };
  const given = args.find((a) => a.startsWith("--memory-sizes="));
  const sizes = given ? given.slice("--memory-sizes=".length).split(",").map(Number) : [20000, 100000, ...(args.includes("--full") ? [1000000] : [])];
  const listed = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(",") ?? fallback;
  const formats = listed("memory-formats", ["json", "stylish"]);
  const jobs = listed("memory-jobs", ["1"]);
  const rows = [];
  for (const size of sizes) {
    const { dir, paragraphs } = buildCorpus(size);
    const out = path.join(work, "memory-out.json");
    // A round at 100k takes minutes on this machine, at 1M most of an hour: fewer rounds there, and 1M on this build alone.
    const rounds = size >= 100000 ? 1 : 2;
    const these = size >= 1000000 ? { this: BIN } : builds;
    const runs = {};
    for (let round = 0; round < rounds; round++) {
      for (const [name, bin] of round % 2 ? Object.entries(these).reverse() : Object.entries(these)) {
        for (const format of formats) {
          for (const threads of jobs) {
            const run = timed(process.execPath, [bin, "check", "--locales", dir, "--jobs", threads, "--format", format, ...(format === "json" ? ["--output", out] : [])]);
            const label = `${name} ${format}${threads === "1" ? "" : ` --jobs ${threads}`}`;
            (runs[label] ??= []).push(run);
            console.error(`  memory ${paragraphs} × 3, ${label}: ${run.cpu.toFixed(1)} s CPU, ${run.wall.toFixed(1)} s wall, ${megabytes(run.peakMB)} peak (exit ${run.status}), load ${os.loadavg()[0].toFixed(1)}`);
          }
        }
      }
    }
    for (const [name, list] of Object.entries(runs)) rows.push({ paragraphs, run: name, cpu: median(list.map((r) => r.cpu)), wall: median(list.map((r) => r.wall)), peakMB: median(list.map((r) => r.peakMB)) });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const lines = [
    "| paragraphs × 3 | build, format | CPU | wall | peak RSS |",
    "|---:|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.paragraphs.toLocaleString("en")} | ${r.run} | ${r.cpu.toFixed(1)} s | ${r.wall.toFixed(1)} s | ${megabytes(r.peakMB)} |`),
  ];
  const at = (paragraphs, run) => rows.find((r) => r.run === run && Math.abs(r.paragraphs - paragraphs) < paragraphs / 10);
  for (const run of new Set(rows.map((r) => r.run))) {
    const [small, large] = [at(100000, run), at(1000000, run)];
    if (small && large) lines.push("", `${run}: 1M ÷ 100k CPU ${(large.cpu / small.cpu).toFixed(1)}× (target ≤ 11×), peak ${(large.peakMB / small.peakMB).toFixed(2)}×.`);
  }
  return `${lines.join("\n")}\n`;
}

function alignmentRuns() {
  const { alignNamespace, alignNamespaceTargets, featuresOfSide, keyLookup } = require(path.join(ROOT, "dist", "engine", "alignment.js"));
  const { alignParagraphs } = require(path.join(ROOT, "dist", "text", "align", "align.js"));
  const { PairScorer } = require(path.join(ROOT, "dist", "text", "align", "score.js"));
  const { createTextView } = require(path.join(ROOT, "dist", "engine", "text-view.js"));
  const { parseCatalog } = require(path.join(ROOT, "dist", "catalog", "parse.js"));
  const { profileFor } = require(path.join(ROOT, "dist", "engine", "profiles.js"));
  const articles = fs.readdirSync(path.join(NTREX, "en")).sort();
  const texts = { en: [], uk: [], ru: [] };
  for (const article of articles) {
    for (const locale of ["en", "uk", "ru"]) texts[locale].push(...Object.values(JSON.parse(fs.readFileSync(path.join(NTREX, locale, article), "utf8"))));
  }
  const side = (locale, values) => {
    const content = JSON.stringify(Object.fromEntries(values.map((v, i) => [`p${i}`, v])));
    const { paragraphs } = parseCatalog(content, "bench.json");
    const profile = profileFor(locale);
    return { catalog: { locale, namespace: "bench", file: "bench.json", paragraphs, content }, profile, text: createTextView(paragraphs, profile) };
  };
  const rows = [];
  for (const size of QUICK ? [1000, 10000] : [1000, 10000, 100000]) {
    const en = Array.from({ length: size }, (_, i) => texts.en[i % texts.en.length]);
    const uk = Array.from({ length: size }, (_, i) => texts.uk[i % texts.uk.length]).filter((_, i) => i !== 5);
    const times = [];
    const featureTimes = [];
    let structural = 0;
    for (let run = 0; run < 3; run++) {
      const source = side("en", en);
      const features = featuresOfSide(source);
      // The target's text features (numbers, quotations, sentences, names), which the rules reuse, timed on their own.
      let started = process.hrtime.bigint();
      featuresOfSide(side("uk", uk));
      featureTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
      const target = side("uk", uk);
      started = process.hrtime.bigint();
      const result = alignNamespace(source, target, features);
      times.push(Number(process.hrtime.bigint() - started) / 1e9);
      structural = result.events.length;
    }
    const features = median(featureTimes);
    // The alignment alone: both sides' features read first, untimed; then the scorer learned and the paragraphs aligned.
    const aloneTimes = [];
    for (let run = 0; run < 3; run++) {
      const source = featuresOfSide(side("en", en));
      const target = featuresOfSide(side("uk", uk));
      const index = new Map(target.map((f, j) => [f.key, j]));
      const started = process.hrtime.bigint();
      alignParagraphs(PairScorer.learn(source, target), source, target, (key) => index.get(key));
      aloneTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    // Both targets, uk with the accident and ru in step: the sibling readings (engine/alignment.ts) run too.
    const ru = Array.from({ length: size }, (_, i) => texts.ru[i % texts.ru.length]);
    const siblingTimes = [];
    for (let run = 0; run < 3; run++) {
      const source = side("en", en);
      const sourceFeatures = featuresOfSide(source);
      const targets = [side("uk", uk), side("ru", ru)].map((target) => ({ side: target, lookup: keyLookup(source, target) }));
      const started = process.hrtime.bigint();
      alignNamespaceTargets(source, targets, sourceFeatures);
      siblingTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    rows.push({ paragraphs: size, seconds: median(times), features, alignment: median(aloneTimes), events: structural, withSibling: median(siblingTimes) });
    console.error(`  align ${size}: ${median(times).toFixed(3)} s (text features ${features.toFixed(3)} s)`);
  }
  return rows;
}

function hostileRuns() {
  const { extractNumbers, extractQuotes, profiles } = require(path.join(ROOT, "dist", "index.js"));
  const { countScripts } = require(path.join(ROOT, "dist", "text", "script.js"));
  const { check } = require(path.join(ROOT, "dist", "index.js"));
  const MB = 1 << 20;
  const fill = (unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const inputs = {
    "digits, no spaces": fill("1234567890"),
    "grouped digits": fill("1 234,5 "),
    "quote marks": fill("«»\"“”„‘’'"),
    "opening marks only": fill("«"),
    apostrophes: fill("п'ять'"),
    "alternating scripts": fill("aбcдeф"),
    "number words": fill("двадцять п'ять twenty-five "),
  };
  const rows = [];
  for (const [name, text] of Object.entries(inputs)) {
    const started = process.hrtime.bigint();
    extractNumbers(text, profiles.uk);
    extractQuotes(text, profiles.uk);
    countScripts(text);
    rows.push({ input: name, secondsPerMB: Number(process.hrtime.bigint() - started) / 1e9 });
  }
  return { rows, check };
}

async function hostileCatalog(check) {
  // A whole check of one 1 MB paragraph per locale: every rule and the alignment.
  const dir = path.join(work, "hostile");
  const text = "1234567890«\"п'ять ".repeat(Math.ceil((1 << 20) / 18)).slice(0, 1 << 20);
  for (const locale of ["en", "uk"]) {
    fs.mkdirSync(path.join(dir, locale), { recursive: true });
    fs.writeFileSync(path.join(dir, locale, "a.json"), JSON.stringify({ p1: text, p2: "short" }));
  }
  const started = process.hrtime.bigint();
  await check({ locales: dir, cwd: dir });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function reportRun() {
  const { dir, paragraphs } = buildCorpus(2000);
  const out = path.join(work, "report.html");
  const build = measure(process.execPath, [BIN, "report", "--locales", dir, "--out", out], 3).wall;
  const bytes = fs.statSync(out).size;
  let load = null;
  if (fs.existsSync("/usr/bin/chromium")) {
    try {
      const { chromium } = require("playwright-core");
      const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
      const times = [];
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage();
        const started = process.hrtime.bigint();
        await page.goto(`file://${out}`, { waitUntil: "load" });
        times.push(Number(process.hrtime.bigint() - started) / 1e9);
        await page.close();
      }
      await browser.close();
      load = median(times);
    } catch (error) {
      console.error(`  report load time not measured: ${error.message}`);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { paragraphs, bytes, build, load };
}

/**
 * The cached re-run alone (`--cache-only`, docs/cache.md): `check --cache --jobs 1 --format json`
 * after one namespace of them all changed, beside `node -e ''`, at 20k paragraphs × 3
 * (`--cache-size=N`), in alternating rounds; CPU (user + system) and wall medians. `--against=DIR`:
 * another build (a checkout with dist/) in the same rounds, with its own cache file. Before each
 * run, the changing file is set to the text that build's cache does not hold, so every run sees one
 * namespace changed.
 */
function cachedRerun() {
  const given = args.find((a) => a.startsWith("--cache-size="));
  const size = given ? Number(given.slice("--cache-size=".length)) : QUICK ? 2000 : 20000;
  const rounds = Number(args.find((a) => a.startsWith("--rounds="))?.slice("--rounds=".length) ?? (QUICK ? 5 : 11));
  const against = args.find((a) => a.startsWith("--against="))?.slice("--against=".length);
  const builds = { this: BIN, ...(against ? { against: path.join(path.resolve(against), "bin", "concord.js") } : {}) };
  const { dir, paragraphs } = buildCorpus(size);
  const namespaces = fs.readdirSync(path.join(dir, "en")).sort();
  const changing = path.join(dir, "uk", namespaces[Math.floor(namespaces.length / 2)]);
  const texts = [fs.readFileSync(changing, "utf8")];
  texts.push(texts[0].replace(/\d/, (d) => String((Number(d) + 1) % 10)));
  const command = (bin, name) => [bin, "check", "--locales", dir, "--format", "json", "--output", path.join(work, `cached-${name}.json`), "--jobs", "1", "--cache", "--cache-location", path.join(work, `cache-${name}`)];
  // Which text each build's cache holds: the run after it sees the other.
  const holds = {};
  for (const [name, bin] of Object.entries(builds)) {
    spawnSync(process.execPath, command(bin, name), { stdio: "ignore" });
    holds[name] = 0;
  }
  const runs = { node: [], ...Object.fromEntries(Object.keys(builds).map((name) => [name, []])) };
  const names = Object.keys(runs);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length];
      if (name === "node") {
        runs.node.push(timed(process.execPath, ["-e", ""]));
        continue;
      }
      holds[name] = 1 - holds[name];
      fs.writeFileSync(changing, texts[holds[name]]);
      runs[name].push(timed(process.execPath, command(builds[name], name)));
    }
  }
  const outputs = Object.keys(builds).map((name) => fs.readFileSync(path.join(work, `cached-${name}.json`), "utf8"));
  fs.rmSync(dir, { recursive: true, force: true });
  const row = (name) => ({ cpu: median(runs[name].map((r) => r.cpu)), wall: median(runs[name].map((r) => r.wall)), peakMB: median(runs[name].map((r) => r.peakMB)) });
  return { paragraphs, namespaces: namespaces.length, rounds, node: row("node"), builds: Object.fromEntries(Object.keys(builds).map((name) => [name, row(name)])), against, sameOutput: outputs.every((text) => text === outputs[0]) };
}

function cachedRerunTable(result) {
  const { node } = result;
  const ms = (t) => `${(t * 1000).toFixed(0)} ms`;
  return [
    `| ${result.paragraphs.toLocaleString("en")} paragraphs × 3 (${result.namespaces} namespaces), ${result.rounds} alternating rounds | CPU | wall | CPU ÷ \`node -e ''\` | wall ÷ \`node -e ''\` (target ≤ 3×) | peak |`,
    "|---|---:|---:|---:|---:|---:|",
    `| node -e '' | ${ms(node.cpu)} | ${ms(node.wall)} | 1.00× | 1.00× | ${megabytes(node.peakMB)} |`,
    ...Object.entries(result.builds).map(([name, t]) => `| --cache re-run, one namespace changed (${name === "this" ? "this build" : result.against}) | ${ms(t.cpu)} | ${ms(t.wall)} | ${(t.cpu / node.cpu).toFixed(2)}× | ${(t.wall / node.wall).toFixed(2)}× | ${megabytes(t.peakMB)} |`),
    ...(result.against ? ["", `Both builds wrote the same JSON report: ${result.sameOutput ? "yes" : "NO"}.`] : []),
  ];
}

/**
 * Cold start (docs/speed.md, "Cold start"): `node -e ''`, `concord --help` and `concord check
 * locales` from the repository (what `npm start` runs: the bundled article and its configuration),
 * in alternating rounds, each spawned directly (no /usr/bin/time around it); medians and their
 * ratios to `node -e ''`. `node scripts/bench.js --cold` runs this section alone.
 */
function coldStart(rounds = QUICK ? 10 : 30) {
  const commands = { node: ["-e", ""], help: [BIN, "--help"], check: [BIN, "check", "locales"] };
  const names = Object.keys(commands);
  const walls = Object.fromEntries(names.map((name) => [name, []]));
  const once = (name) => {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, commands[name], { cwd: ROOT, stdio: "ignore" });
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  for (const name of names) once(name); // warm-up: the files in the page cache
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length];
      walls[name].push(once(name));
    }
  }
  const [node, help, check] = names.map((name) => median(walls[name]));
  return { rounds, node, help, check, helpRatio: help / node, checkRatio: check / node };
}

function coldStartTable(cold) {
  return [
    `| cold start (${cold.rounds} alternating rounds) | median | ratio to \`node -e ''\` | target |`,
    "|---|---:|---:|---:|",
    `| node -e '' | ${(cold.node * 1000).toFixed(0)} ms | 1.00× | |`,
    `| concord --help | ${(cold.help * 1000).toFixed(0)} ms | ${cold.helpRatio.toFixed(2)}× | ≤ 1.3× |`,
    `| concord check locales (the bundled article, as npm start) | ${(cold.check * 1000).toFixed(0)} ms | ${cold.checkRatio.toFixed(2)}× | ≤ 2× |`,
  ];
}

async function main() {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
  console.error(`Concord benchmark — ${machine}`);
  if (args.includes("--cold")) {
    process.stdout.write(`Measured ${new Date().toISOString()} on ${machine}.\n\n${coldStartTable(coldStart()).join("\n")}\n`);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (args.includes("--cache-only")) {
    const text = `Measured ${new Date().toISOString()} on ${machine}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} at the end.\n\n${cachedRerunTable(cachedRerun()).join("\n")}\n`;
    fs.rmSync(work, { recursive: true, force: true });
    process.stdout.write(text);
    return;
  }
  if (args.includes("--memory")) {
    const started = `${new Date().toISOString()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`;
    const table = memoryRuns();
    const text = `Measured on ${machine} from ${started} to ${new Date().toISOString()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}.\n\n${table}`;
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "bench", "memory.md"), text);
    process.stdout.write(text);
    return;
  }
  const whole = sideBySideRuns();
  if (args.includes("--side-by-side")) {
    // The first section alone (bench/side-by-side.md): what a change to the whole check is judged by.
    fs.rmSync(work, { recursive: true, force: true });
    const text = `Measured ${new Date().toISOString()} on ${machine}: medians of alternating rounds (${whole.map((r) => `${r.rounds} at ${r.paragraphs.toLocaleString("en")}`).join(", ")}).\n\n${sideBySideTable(whole).join("\n")}\n`;
    fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "bench", "side-by-side.md"), text);
    process.stdout.write(text);
    return;
  }
  const alignment = alignmentRuns();
  const hostile = hostileRuns();
  const hostileCheck = await hostileCatalog(hostile.check);
  await require("./bench-hostile").main({ quick: QUICK });
  const report = await reportRun();
  const cold = coldStart();
  fs.rmSync(work, { recursive: true, force: true });

  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    `Measured ${date} on ${machine}: medians of alternating rounds (each round runs every command once, in a rotated order; ${whole.map((r) => `${r.rounds} at ${r.paragraphs.toLocaleString("en")}`).join(", ")}).`,
    "",
    ...sideBySideTable(whole),
    hasPeer ? "" : "\ntranslate-toolkit is not installed here (apt-get install translate-toolkit): its columns are n/a.",
    "",
    "| alignment of one namespace, uk (a paragraph dropped near the start) | with the target's text features | alignment alone (features read beforehand) | structural events | uk and ru (ru in step, sibling readings) |",
    "|---:|---:|---:|---:|---:|",
    ...alignment.map((r) => `| ${r.paragraphs.toLocaleString("en")} paragraphs | ${r.seconds.toFixed(3)} s | ${r.alignment.toFixed(3)} s | ${r.events} | ${r.withSibling.toFixed(3)} s |`),
    alignment.length > 1 ? `\nGrowth from ${alignment[alignment.length - 2].paragraphs.toLocaleString("en")} to ${alignment[alignment.length - 1].paragraphs.toLocaleString("en")} paragraphs (10×): ${(alignment[alignment.length - 1].seconds / alignment[alignment.length - 2].seconds).toFixed(1)}× with the text features, ${(alignment[alignment.length - 1].alignment / Math.max(1e-9, alignment[alignment.length - 2].alignment)).toFixed(1)}× for the alignment alone.` : "",
    "",
    "| hostile text (1 MB) | numbers + quotes + scripts, seconds per MB |",
    "|---|---:|",
    ...hostile.rows.map((r) => `| ${r.input} | ${r.secondsPerMB.toFixed(3)} |`),
    `| a whole check of a 1 MB paragraph in en and uk (every rule, alignment) | ${hostileCheck.toFixed(3)} |`,
    "",
    `The HTML report of ${report.paragraphs.toLocaleString("en")} paragraphs × 3 locales: ${(report.bytes / 1024 / 1024).toFixed(2)} MB, written in ${report.build.toFixed(2)} s, ${report.load === null ? "load time not measured (no chromium)" : `loaded in Chromium in ${report.load.toFixed(2)} s`} (one inline script, no per-cell scripts).`,
    "",
    ...coldStartTable(cold),
  ];
  const markdown = `${lines.join("\n")}\n`;
  fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify({ date, machine, whole, alignment, hostile: hostile.rows, hostileCheck, report, cold }, null, 2)}\n`);
  fs.writeFileSync(path.join(ROOT, "bench", "results.md"), markdown);
  process.stdout.write(markdown);
  spawnSync(process.execPath, [path.join(__dirname, "bench-lsp.js"), ...(QUICK ? ["--rounds", "6"] : [])], { stdio: "inherit" }); // 7. the language server's latency: bench/lsp.md
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(work, { recursive: true, force: true });
  process.exitCode = 1;
});
