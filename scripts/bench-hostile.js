#!/usr/bin/env node
/**
 * `npm run bench:hostile` (also part of `npm run bench`): hostile shapes through the real check,
 * CPU time (the median of five checks, each shape in a fresh process) at 100k characters and at
 * 1 MB, and the growth for twice the input (targets: at most 2.3× for 2×, under 1 s per MB). Then
 * whole catalogs through the CLI: CPU time and peak memory.
 *
 *   node scripts/bench-hostile.js [--quick] [--full] [--shapes-only]     (needs `npm run build` first)
 *
 * --full measures the catalogs at the paragraph limit (MAX_PARAGRAPHS, three locales: peak
 * memory must stay under 2 GB). Writes bench/hostile.md.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { median, timed } = require("./measure");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "concord.js");
const MB = 1 << 20;
const MAX_GROWTH = 2.3;
const MAX_SECONDS_PER_MB = 1;
/** Each size is checked this many times and the median kept: one check of 0.1 s moves by half with the machine's load and the collector. */
const RUNS = 5;

/** Repeats `unit` to exactly `n` characters. */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Each shape: the English and Ukrainian paragraph of about `n` characters. */
const SHAPES = {
  "a run of ) before the end": (n) => ({ en: "It ends here, as it should.", uk: `Кінець ${fill(")", n)}x` }),
  "a run of spaces before the end": (n) => ({ en: "It ends here, as it should.", uk: `Кінець${fill(" ", n)}x` }),
  "1, zeros, 1": (n) => ({ en: `1${fill("0", n - 2)}1`, uk: `1${fill("0", n - 2)}1` }),
  "«» in uk against “” in en": (n) => ({ en: fill("“a” ", n), uk: fill("«a» ", n) }),
  "bare «» against “”": (n) => ({ en: fill("“”", n), uk: fill("«»", n) }),
  "« and “ alternating": (n) => ({ en: fill("“a” ", n), uk: fill("«“", n) }),
  "« in a row": (n) => ({ en: "A short paragraph.", uk: fill("«", n) }),
  "digits, then « (10 : 1)": (n) => ({ en: "A short paragraph.", uk: fill("1234567890", Math.round((n * 10) / 11)) + fill("«", Math.round(n / 11)) }),
};

function writeCatalogs(dir, texts) {
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (const [locale, text] of Object.entries(texts)) {
    fs.mkdirSync(path.join(dir, locale), { recursive: true });
    const json = JSON.stringify({ p1: text, p2: "A second, ordinary paragraph." });
    fs.writeFileSync(path.join(dir, locale, "a.json"), json);
    bytes += Buffer.byteLength(json);
  }
  return bytes;
}

/**
 * CPU seconds (user + system, this process: the collector's threads count too) of one whole check
 * of the catalogs in `dir`, the heap collected first so that no earlier check's garbage is billed.
 */
async function cpuOfCheck(check, dir) {
  if (global.gc) global.gc();
  const before = process.cpuUsage();
  await check({ locales: dir, cwd: dir });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}


/**
 * In a child process: one shape at each size, the median of RUNS checks each, as JSON on stdout.
 * The sizes take turns (a round checks each once), so that a burst of load on the shared machine
 * falls on all of them alike instead of inflating one size and so the growth.
 */
async function measureShape(name, sizes) {
  const { check } = require(path.join(ROOT, "dist", "index.js"));
  const dirs = sizes.map(() => fs.mkdtempSync(path.join(os.tmpdir(), "concord-hostile-")));
  try {
    writeCatalogs(dirs[0], SHAPES["« in a row"](1000));
    await cpuOfCheck(check, dirs[0]); // warm the code paths once
    const bytes = sizes.map((size, i) => writeCatalogs(dirs[i], SHAPES[name](size)));
    const runs = sizes.map(() => []);
    for (let round = 0; round < RUNS; round++) {
      for (let i = 0; i < sizes.length; i++) runs[i].push(await cpuOfCheck(check, dirs[i]));
    }
    return { seconds: Object.fromEntries(sizes.map((size, i) => [size, median(runs[i])])), bytes: bytes[bytes.length - 1] };
  } finally {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each shape in a fresh process: in one process the heap left by the shapes before (and the
 * collector's work over it) grows with the input and inflated the later shapes' growth.
 */
function shapeInChild(name, sizes) {
  const args = ["--expose-gc", __filename, "--measure-shape", name, `--sizes=${sizes.join(",")}`];
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 16 * MB });
  if (result.status !== 0) throw new Error(`${name}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

async function shapeRuns(quick) {
  const sizes = quick ? [100_000, 200_000] : [100_000, 200_000, MB / 2, MB];
  const rows = [];
  for (const name of Object.keys(SHAPES)) {
    const { seconds, bytes } = shapeInChild(name, sizes);
    const big = sizes[sizes.length - 1];
    const row = {
      shape: name,
      at100k: seconds[100_000],
      growth100k: seconds[200_000] / Math.max(seconds[100_000], 1e-3),
      at1MB: quick ? null : seconds[MB],
      growth1MB: quick ? null : seconds[MB] / Math.max(seconds[MB / 2], 1e-3),
      perMillion: seconds[big] / (big / MB),
      perMB: seconds[big] / (bytes / MB),
      fileMB: bytes / MB,
    };
    // Below 50 ms the ratio is timer noise, not growth.
    const growthOk = (at, growth) => at === null || at < 0.05 || growth <= MAX_GROWTH;
    row.ok = growthOk(row.at100k, row.growth100k) && growthOk(row.at1MB, row.growth1MB) && row.perMB < MAX_SECONDS_PER_MB;
    rows.push(row);
    console.error(`  ${name}: ${sizes.map((s) => `${(s / 1000).toFixed(0)}k ${seconds[s].toFixed(3)} s`).join(", ")}`);
  }
  return rows;
}

/** A whole catalog through the CLI: CPU seconds and peak memory (scripts/measure.js). */
function cliRun(dir) {
  const { cpu, peakMB, status } = timed(process.execPath, ["--max-old-space-size=4096", BIN, "check", "--locales", dir, "--format", "json", "--output", path.join(dir, "out.json"), "--jobs", "1"]);
  return { cpu, peakMB, status };
}

/** Catalogs of `count` keys in en, uk and ru: short hostile paragraphs, and one-letter keys (the memory shape). */
const CATALOGS = {
  "short hostile paragraphs": (count) => {
    const values = ["«Кінець))))))", "1000000001 «»«»", "слово     x", "„так“ — «ні»", "«««««««"];
    const target = Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, values[i % values.length]]));
    return { en: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, "A plain sentence."])), uk: target, ru: target };
  },
  "one-letter keys": (count) => {
    const catalog = Object.fromEntries(Array.from({ length: count }, (_, i) => [i.toString(36), "x"]));
    return { en: catalog, uk: catalog, ru: catalog };
  },
};

function catalogRuns(quick, full) {
  const { MAX_PARAGRAPHS } = require(path.join(ROOT, "dist", "catalog", "loader.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "concord-hostile-cli-"));
  const rows = [];
  try {
    for (const [name, build] of Object.entries(CATALOGS)) {
      // Half the paragraph limit and the limit itself (--full), or a tenth and a fifth (--quick).
      const sizes = quick ? [MAX_PARAGRAPHS / 10, MAX_PARAGRAPHS / 5] : full ? [MAX_PARAGRAPHS / 2, MAX_PARAGRAPHS] : [MAX_PARAGRAPHS / 4, MAX_PARAGRAPHS / 2];
      const runs = [];
      for (const size of sizes) {
        const catalogs = build(size);
        fs.rmSync(dir, { recursive: true, force: true });
        let bytes = 0;
        for (const [locale, catalog] of Object.entries(catalogs)) {
          fs.mkdirSync(path.join(dir, locale), { recursive: true });
          const json = JSON.stringify(catalog);
          fs.writeFileSync(path.join(dir, locale, "a.json"), json);
          bytes += Buffer.byteLength(json);
        }
        const run = cliRun(dir);
        runs.push({ size, bytes, ...run, keys: size });
        console.error(`  ${name}, ${size} keys × 3 locales (${(bytes / MB).toFixed(1)} MB): ${run.cpu.toFixed(2)} s CPU, ${run.peakMB === null ? "?" : Math.round(run.peakMB)} MB peak (exit ${run.status})`);
      }
      const [small, large] = runs;
      rows.push({ catalog: name, runs, growth: large.cpu / Math.max(small.cpu, 1e-3), perMB: large.cpu / (large.bytes / MB) });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

const seconds = (value) => (value === null ? "—" : `${value.toFixed(3)} s`);
const ratio = (value) => (value === null ? "—" : `${value.toFixed(2)}×`);

function table(shapes, catalogs) {
  const lines = [
    `Hostile shapes through the real check (CPU time, the median of ${RUNS} checks, en and uk; targets ≤ ${MAX_GROWTH}× for 2× and < ${MAX_SECONDS_PER_MB} s per MB of catalog files, en and uk together, at the largest size).`,
    "",
    "| shape | 100k chars | growth 100k → 200k | 2^20 chars | growth 2^19 → 2^20 | files at 2^20 chars | s per MB of files | s per 2^20 chars | within target |",
    "|---|---:|---:|---:|---:|---:|---:|---:|:---:|",
    ...shapes.map((r) => `| ${r.shape} | ${seconds(r.at100k)} | ${ratio(r.growth100k)} | ${seconds(r.at1MB)} | ${ratio(r.growth1MB)} | ${r.fileMB.toFixed(1)} MB | ${r.perMB.toFixed(3)} | ${r.perMillion.toFixed(3)} | ${r.ok ? "yes" : "**no**"} |`),
    "",
    "| catalog through the CLI (en, uk, ru) | files | keys per locale | CPU | peak memory | growth for 2× | s per MB |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...catalogs.flatMap((c) =>
      c.runs.map((r, i) => `| ${c.catalog} | ${(r.bytes / MB).toFixed(1)} MB | ${r.keys.toLocaleString("en")} | ${r.cpu.toFixed(2)} s | ${r.peakMB === null ? "n/a" : `${Math.round(r.peakMB)} MB`} | ${i === 1 ? ratio(c.growth) : ""} | ${i === 1 ? c.perMB.toFixed(2) : ""} |`),
    ),
  ];
  return `${lines.join("\n")}\n`;
}

async function main({ quick = false, full = false, shapesOnly = false } = {}) {
  console.error("Hostile shapes:");
  const shapes = await shapeRuns(quick);
  if (!shapesOnly) console.error("Hostile catalogs through the CLI:");
  const catalogs = shapesOnly ? [] : catalogRuns(quick, full);
  const file = path.join(ROOT, "bench", "hostile.md");
  let markdown = table(shapes, catalogs);
  // --shapes-only re-measures the shapes alone: the catalog rows already written stay, as measured then.
  const CATALOGS = "| catalog through the CLI";
  const before = shapesOnly && fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (before.includes(CATALOGS)) markdown = markdown.slice(0, markdown.indexOf(CATALOGS)) + before.slice(before.indexOf(CATALOGS));
  fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  fs.writeFileSync(file, markdown);
  process.stdout.write(markdown);
  return { shapes, catalogs, ok: shapes.every((r) => r.ok) };
}

module.exports = { main, SHAPES };

if (require.main === module && process.argv.includes("--measure-shape")) {
  const args = process.argv.slice(2);
  const name = args[args.indexOf("--measure-shape") + 1];
  const sizes = args.find((arg) => arg.startsWith("--sizes=")).slice("--sizes=".length).split(",").map(Number);
  measureShape(name, sizes).then((result) => process.stdout.write(JSON.stringify(result)));
} else if (require.main === module) {
  const args = process.argv.slice(2);
  main({ quick: args.includes("--quick"), full: args.includes("--full"), shapesOnly: args.includes("--shapes-only") }).then(
    (result) => {
      if (!result.ok) process.exitCode = 1;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
