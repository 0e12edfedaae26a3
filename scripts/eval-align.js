#!/usr/bin/env node
/**
 * `npm run eval:align`: plants random structural accidents (seeded) into NTREX articles — a
 * paragraph dropped, two dropped, one added, two merged, one split, two swapped, the same in both
 * targets — and counts how many Concord locates exactly: the structural findings are exactly the
 * expected ones, at the expected keys, and no other finding appears that the clean article lacks.
 * Also counts structural findings on the clean corpus (the goal is 0).
 *
 *   node scripts/eval-align.js [--corpus DIR] [--count 500] [--seed 42] [--check]
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const STRUCTURAL = new Set(["missing-paragraph", "extra-paragraph", "shifted-paragraph", "merged-paragraph", "split-paragraph"]);
const KINDS = ["drop", "drop2", "add", "merge", "split", "swap", "drop-both"];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const range = (keys, from, to) => keys.slice(from, to);

/** Where a paragraph is split: after its first sentence end past the 20th character, if one comes at least 10 characters before its end; otherwise −1. */
function splitPoint(text) {
  return /[.!?]\s+\S/.test(text.slice(20, -10)) ? text.slice(20).search(/[.!?]\s+\S/) + 21 : -1;
}

/** Plants one accident into the values of a target catalog; returns the new catalog and the findings expected. */
function plant(kind, keys, values, pick, foreign) {
  const n = keys.length;
  const expected = [];
  const shift = (sources, targets) => {
    if (sources.length) expected.push(["shifted-paragraph", "shifted", targets[0], sources]);
  };
  let out = [...values];
  let outKeys = [...keys];
  if (kind === "drop" || kind === "drop-both") {
    const d = Math.floor(pick() * (n - 1));
    out.splice(d, 1);
    outKeys = keys.slice(0, n - 1);
    expected.push(["missing-paragraph", "skipped", keys[d]]);
    shift(range(keys, d + 1, n), range(keys, d, n - 1));
  } else if (kind === "drop2") {
    const d1 = Math.floor(pick() * (n - 3));
    const d2 = d1 + 2 + Math.floor(pick() * (n - d1 - 3));
    out = values.filter((_, i) => i !== d1 && i !== d2);
    outKeys = keys.slice(0, n - 2);
    // A dropped key the shortened catalog no longer has is plainly missing, not skipped.
    const dropped = (d) => ["missing-paragraph", d < n - 2 ? "skipped" : "missing", keys[d]];
    expected.push(dropped(d1), dropped(d2));
    shift(range(keys, d1 + 1, d2), range(keys, d1, d2 - 1));
    shift(range(keys, d2 + 1, n), range(keys, d2 - 1, n - 2));
  } else if (kind === "add") {
    const a = Math.floor(pick() * n);
    out.splice(a, 0, foreign);
    outKeys = [...keys, "s_added"];
    expected.push(["extra-paragraph", "inserted", keys[a]]);
    shift(range(keys, a, n), range(outKeys, a + 1, n + 1));
  } else if (kind === "merge") {
    const d = Math.floor(pick() * (n - 1));
    out.splice(d, 2, `${values[d]} ${values[d + 1]}`);
    outKeys = keys.slice(0, n - 1);
    expected.push(["merged-paragraph", "merged", keys[d]]);
    shift(range(keys, d + 2, n), range(keys, d + 1, n - 1));
  } else if (kind === "split") {
    const candidates = values.map((v, i) => (splitPoint(v) >= 0 ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return undefined;
    const d = candidates[Math.floor(pick() * candidates.length)];
    const cut = splitPoint(values[d]);
    out.splice(d, 1, values[d].slice(0, cut).trim(), values[d].slice(cut).trim());
    outKeys = [...keys, "s_added"];
    expected.push(["split-paragraph", "split", keys[d]]);
    shift(range(keys, d + 1, n), range(outKeys, d + 2, n + 1));
  } else if (kind === "swap") {
    const d = Math.floor(pick() * (n - 1));
    [out[d], out[d + 1]] = [out[d + 1], out[d]];
    expected.push(["shifted-paragraph", "swapped", keys[d]]);
  }
  return { catalog: Object.fromEntries(out.map((v, i) => [outKeys[i], v])), expected };
}

/**
 * Content findings by source paragraph. Not counted as a cascade: findings on an inserted
 * paragraph (no source: they are its own), and quote-unbalanced, which a dropped or moved
 * paragraph that held a closing mark really causes.
 */
function contentKeys(findings) {
  return new Set(findings.filter((f) => !STRUCTURAL.has(f.ruleId) && f.ruleId !== "quote-unbalanced" && f.sourceKey).map((f) => `${f.locale}|${f.sourceKey}|${f.ruleId}`));
}

async function evaluate({ corpus, count, seed, check }) {
  const locales = path.join(corpus, "locales");
  const namespaces = fs.readdirSync(path.join(locales, "en")).map((f) => f.replace(/\.json$/, "")).sort();
  const read = (locale, ns) => JSON.parse(fs.readFileSync(path.join(locales, locale, `${ns}.json`), "utf8"));
  const clean = await check({ locales, cwd: corpus });
  const cleanStructural = clean.findings.filter((f) => STRUCTURAL.has(f.ruleId));
  const pick = random(seed);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "concord-align-"));
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { planted: 0, exact: 0 }]));
  const misses = [];
  let planted = 0;
  const started = Date.now();
  while (planted < count) {
    const kind = KINDS[Math.floor(pick() * KINDS.length)];
    const ns = namespaces[Math.floor(pick() * namespaces.length)];
    const en = read("en", ns);
    const keys = Object.keys(en);
    if (keys.length < 6) continue;
    const targets = kind === "drop-both" ? ["uk", "ru"] : [pick() < 0.5 ? "uk" : "ru"];
    const dir = path.join(work, String(planted));
    fs.mkdirSync(path.join(dir, "en"), { recursive: true });
    fs.writeFileSync(path.join(dir, "en", "a.json"), JSON.stringify(en));
    const expected = [];
    let ok = true;
    const seedFor = pick;
    const cleanPairs = [];
    for (const locale of ["uk", "ru"]) {
      const values = Object.values(read(locale, ns));
      fs.mkdirSync(path.join(dir, locale), { recursive: true });
      if (!targets.includes(locale)) {
        fs.writeFileSync(path.join(dir, locale, "a.json"), JSON.stringify(read(locale, ns)));
        continue;
      }
      const other = read(locale, namespaces[(namespaces.indexOf(ns) + 1) % namespaces.length]);
      const foreign = Object.values(other)[Math.floor(seedFor() * Object.keys(other).length)];
      const accident = plant(kind, keys, values, kind === "drop-both" && locale === "ru" ? random(planted + seed) : seedFor, foreign);
      if (!accident) ok = false;
      else {
        fs.writeFileSync(path.join(dir, locale, "a.json"), JSON.stringify(accident.catalog));
        expected.push(...accident.expected.map(([rule, message, key, sources]) => [locale, rule, message, key, sources]));
      }
      cleanPairs.push(locale);
    }
    if (kind === "drop-both") {
      // Both targets must get the same accident: replant ru with the same choices as uk.
      const values = Object.values(read("ru", ns));
      const first = expected.find((e) => e[0] === "uk" && e[1] === "missing-paragraph");
      const d = keys.indexOf(first[3]);
      const out = values.filter((_, i) => i !== d);
      fs.writeFileSync(path.join(dir, "ru", "a.json"), JSON.stringify(Object.fromEntries(out.map((v, i) => [keys[i], v]))));
      for (let k = expected.length - 1; k >= 0; k--) if (expected[k][0] === "ru") expected.splice(k, 1);
      expected.push(...expected.filter((e) => e[0] === "uk").map((e) => ["ru", ...e.slice(1)]));
    }
    if (!ok) {
      fs.rmSync(dir, { recursive: true, force: true });
      continue;
    }
    planted++;
    byKind[kind].planted++;
    const result = await check({ locales: dir, cwd: dir });
    const found = result.findings.filter((f) => STRUCTURAL.has(f.ruleId)).map((f) => [f.locale, f.ruleId, f.messageId, f.key].join("|")).sort();
    const want = expected.map((e) => e.slice(0, 4).join("|")).sort();
    const baseline = contentKeys(clean.findings.filter((f) => f.namespace === ns).map((f) => ({ ...f })));
    const cascade = [...contentKeys(result.findings)].filter((k) => !baseline.has(k));
    const exact = JSON.stringify(found) === JSON.stringify(want) && cascade.length === 0;
    if (exact) byKind[kind].exact++;
    else if (misses.length < 400) misses.push({ kind, ns, want, found, cascade });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(work, { recursive: true, force: true });
  const exact = Object.values(byKind).reduce((sum, k) => sum + k.exact, 0);
  return { planted, exact, byKind, misses, cleanStructural, seconds: (Date.now() - started) / 1000 };
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const corpus = path.resolve(option("--corpus", path.join(ROOT, "corpora", "ntrex")));
  const { check } = require(path.join(ROOT, "dist", "index.js"));
  const report = await evaluate({ corpus, count: Number(option("--count", 500)), seed: Number(option("--seed", 42)), check });
  console.log(`Planted ${report.planted} accidents into NTREX (seed ${option("--seed", 42)}) in ${report.seconds.toFixed(1)} s`);
  console.log("\n| accident | planted | located exactly | share |\n|---|---:|---:|---:|");
  for (const [kind, k] of Object.entries(report.byKind)) console.log(`| ${kind} | ${k.planted} | ${k.exact} | ${((100 * k.exact) / Math.max(1, k.planted)).toFixed(1)} % |`);
  console.log(`| **all** | ${report.planted} | ${report.exact} | ${((100 * report.exact) / report.planted).toFixed(1)} % |`);
  console.log(`\nStructural findings on the clean corpus: ${report.cleanStructural.length} (goal: 0)`);
  for (const f of report.cleanStructural.slice(0, 10)) console.log(`  ${f.locale} ${f.namespace} ${f.key} ${f.ruleId}: ${f.message}`);
  if (args.includes("--verbose")) for (const miss of report.misses) console.log(JSON.stringify(miss));
  if (args.includes("--check") && (report.exact / report.planted < 0.97 || report.cleanStructural.length > 0)) process.exitCode = 1;
}

module.exports = { evaluate, plant, random, splitPoint };
if (require.main === module) main().catch((error) => { console.error(error); process.exitCode = 2; });
