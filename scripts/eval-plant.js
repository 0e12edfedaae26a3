#!/usr/bin/env node
/**
 * `npm run eval:plant`: plants one error at a time (seeded) into the NTREX articles — numbers
 * changed, quotations unquoted or cut short, a paragraph replaced by its sibling translation,
 * neighbours swapped, paragraphs dropped, merged, emptied or left in English, Latin look-alikes —
 * and counts, per kind, how often Concord reports something new at the planted key of the planted
 * locale. Also prints what it reports on the clean corpus per 1,000 translated paragraphs.
 *
 *   node scripts/eval-plant.js [--corpus DIR] [--count 40] [--seed 42] [--kinds a,b] [--verbose] [--check]
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { random } = require("./eval-align.js");

const ROOT = path.join(__dirname, "..");
const TARGETS = ["uk", "ru"];
/** Each kind and the rules that name it; recall counts any new finding at the key, "by rule" only these. */
const KINDS = {
  "digit-dropped": ["number-mismatch", "quote-drift"],
  "digits-transposed": ["number-mismatch", "quote-drift"],
  "number-plus-minus-one": ["number-mismatch", "quote-drift"],
  "number-times-ten": ["number-mismatch", "quote-drift"],
  "year-changed": ["number-mismatch", "quote-drift"],
  "million-billion": ["number-mismatch", "quote-drift"],
  "number-deleted": ["number-mismatch", "quote-drift"],
  "quote-unquoted": ["quote-missing"],
  "quote-cut-short": ["quote-drift"],
  "sibling-text": ["wrong-language"],
  "swap-with-sibling": ["shifted-paragraph"],
  "swap-without-sibling": ["shifted-paragraph"],
  "paragraph-dropped": ["missing-paragraph"],
  "paragraphs-merged": ["merged-paragraph"],
  "paragraph-emptied": ["empty-paragraph"],
  "left-in-english": ["untranslated-paragraph"],
  homoglyph: ["mixed-script"],
};
const LOOK_ALIKES = { а: "a", е: "e", о: "o", р: "p", с: "c", х: "x", і: "i", у: "y", А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X" };
const SCALES = [["млрд", "млн"], ["мільярд", "мільйон"], ["миллиард", "миллион"]];

/** Number tokens of a text: digit runs joined by group or decimal separators (1 250, 2,4, 2020). */
function numberTokens(text) {
  return [...text.matchAll(/\d+(?:[ \u00A0\u202F,.]\d+)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], digits: m[0].replace(/\D/g, "") }));
}

const replaceAt = (text, start, end, by) => text.slice(0, start) + by + text.slice(end);
const pickOf = (pick, list) => list[Math.floor(pick() * list.length)];

/** Ways to change one number token; each returns the new token text or undefined when it does not apply. */
const NUMBER_CHANGES = {
  "digit-dropped": (token, pick) => {
    const places = [...token.text].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0 && !(i === 0 && /\D/.test(token.text[1] ?? "")));
    if (token.digits.length < 2 || !places.length) return undefined;
    const at = pickOf(pick, places);
    return replaceAt(token.text, at, at + 1, "");
  },
  "digits-transposed": (token, pick) => {
    const places = [...token.text].map((ch, i) => (/\d/.test(ch) && /\d/.test(token.text[i + 1] ?? "") && ch !== token.text[i + 1] ? i : -1)).filter((i) => i >= 0);
    if (!places.length) return undefined;
    const at = pickOf(pick, places);
    return token.text.slice(0, at) + token.text[at + 1] + token.text[at] + token.text.slice(at + 2);
  },
  "number-plus-minus-one": (token, pick) => {
    if (!/^\d+$/.test(token.text) || isYear(token.text)) return undefined;
    const value = Number(token.text);
    const next = value === 0 || pick() < 0.5 ? value + 1 : value - 1;
    return String(next).padStart(token.text.length, "0");
  },
  "number-times-ten": (token) => (/^[1-9]\d*$/.test(token.text) && !isYear(token.text) ? `${token.text}0` : undefined),
  "year-changed": (token, pick) => (isYear(token.text) ? String(Number(token.text) + pickOf(pick, [-3, -2, -1, 1, 2, 3])) : undefined),
};
const isYear = (text) => /^(1[89]|20)\d\d$/.test(text);

/** The candidates of one kind in one target paragraph: functions that return the planted text. */
function candidatesIn(kind, { text, sourceText, siblingText }) {
  const sourceNumbers = new Set(numberTokens(sourceText).map((t) => t.digits));
  const shared = numberTokens(text).filter((t) => sourceNumbers.has(t.digits));
  if (kind in NUMBER_CHANGES) {
    return shared.map((token) => (pick) => {
      const changed = NUMBER_CHANGES[kind](token, pick);
      if (changed === undefined || sourceNumbers.has(changed.replace(/\D/g, ""))) return undefined;
      return replaceAt(text, token.start, token.end, changed);
    });
  }
  if (kind === "number-deleted") {
    return shared.map((token) => () => {
      const word = /^[\s\u00A0]*[\p{L}%$€£°]+[.,]?/u.exec(text.slice(token.end));
      const end = token.end + (word ? word[0].length : 0);
      return (text.slice(0, token.start) + text.slice(end)).replace(/ {2,}/g, " ").trim();
    });
  }
  if (kind === "million-billion") {
    const found = [];
    for (const [big, small] of SCALES) {
      // The scale words with their case endings, not words made of them (мільйонер, millionaire).
      for (const m of text.matchAll(new RegExp(`(?<!\\p{L})(?:${big}|${small})(?=(?:а|и|і|ів|ов|у|ом|ам|ами|ах|ы|ей)?(?!\\p{L}))`, "gu"))) found.push({ at: m.index, from: m[0], to: m[0] === big ? small : big });
    }
    return /million|billion|\bbn\b|\bm\b/i.test(sourceText) ? found.map((f) => () => replaceAt(text, f.at, f.at + f.from.length, f.to)) : [];
  }
  if (kind === "quote-unquoted" || kind === "quote-cut-short") {
    if (!quotationsOf(sourceText).some((q) => words(q.text) >= 3)) return [];
    const quotes = quotationsOf(text).filter((q) => q.depth === 0 && words(q.text) >= (kind === "quote-unquoted" ? 3 : 8));
    if (kind === "quote-unquoted") return quotes.map((q) => () => text.slice(0, q.open) + q.text + text.slice(q.close + 1));
    return quotes.map((q) => () => {
      const kept = q.text.trim().split(/\s+/);
      return text.slice(0, q.open + 1) + kept.slice(0, Math.ceil(kept.length / 2)).join(" ") + text.slice(q.close);
    });
  }
  if (kind === "sibling-text") return siblingText && siblingText.trim() !== text.trim() && /\p{L}{2}/u.test(siblingText) ? [() => siblingText] : [];
  if (kind === "homoglyph") {
    const letters = [...text.matchAll(/\p{L}{3,}/gu)].flatMap((m) => [...m[0]].map((ch, i) => (LOOK_ALIKES[ch] ? m.index + i : -1)).filter((i) => i >= 0));
    return letters.length ? [(pick) => { const at = pickOf(pick, letters); return replaceAt(text, at, at + 1, LOOK_ALIKES[text[at]]); }] : [];
  }
  return [];
}

let extractQuotes;
const quotationsOf = (text) => extractQuotes(text).quotations;
const words = (text) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * Every place a kind can be planted, in a fixed order: { ns, locale, key, apply(pick) → catalogs }.
 * `catalogs` maps each locale written to its values in key order (en always; a locale left out is absent).
 */
function candidates(kind, corpus) {
  const found = [];
  for (const ns of corpus.namespaces) {
    const en = corpus.read("en", ns);
    const keys = Object.keys(en);
    for (const locale of TARGETS) {
      const sibling = TARGETS.find((t) => t !== locale);
      const values = Object.values(corpus.read(locale, ns));
      if (values.length !== keys.length) continue;
      const siblingValues = Object.values(corpus.read(sibling, ns));
      const put = (changed, omitSibling = false) => ({ en: Object.values(en), [locale]: changed, ...(omitSibling ? {} : { [sibling]: siblingValues }) });
      keys.forEach((key, i) => {
        const text = values[i];
        const structural = (plantedKeys, make, omitSibling) => found.push({ ns, locale, keys: plantedKeys, apply: () => put(make(), omitSibling) });
        if (kind === "swap-with-sibling" || kind === "swap-without-sibling") {
          if (i + 1 < keys.length && text.trim() !== values[i + 1].trim() && text.trim() && values[i + 1].trim()) {
            structural([key, keys[i + 1]], () => values.map((v, j) => (j === i ? values[i + 1] : j === i + 1 ? text : v)), kind === "swap-without-sibling");
          }
        } else if (kind === "paragraph-dropped") {
          if (keys.length >= 4 && i < keys.length - 1) structural([key], () => [...values.slice(0, i), ...values.slice(i + 1), undefined]);
        } else if (kind === "paragraphs-merged") {
          if (i + 1 < keys.length && text.trim() && values[i + 1].trim()) structural([key], () => [...values.slice(0, i), `${text} ${values[i + 1]}`, ...values.slice(i + 2), undefined]);
        } else if (kind === "paragraph-emptied") {
          if (text.trim()) structural([key], () => values.map((v, j) => (j === i ? "" : v)));
        } else if (kind === "left-in-english") {
          if (/\p{L}{3}/u.test(en[key]) && text.trim() !== en[key].trim()) structural([key], () => values.map((v, j) => (j === i ? en[key] : v)));
        } else {
          for (const make of candidatesIn(kind, { text, sourceText: en[key], siblingText: siblingValues[i] })) {
            found.push({ ns, locale, keys: [key], apply: (pick) => { const planted = make(pick); return planted === undefined || planted === text ? undefined : put(values.map((v, j) => (j === i ? planted : v))); } });
          }
        }
      });
    }
  }
  return found;
}

/** Writes the catalogs of one namespace into a folder of its own; `undefined` values (a shortened catalog's tail) are left out. */
function writeTree(dir, keys, catalogs) {
  for (const [locale, values] of Object.entries(catalogs)) {
    fs.mkdirSync(path.join(dir, locale), { recursive: true });
    const entries = values.map((v, i) => [keys[i], v]).filter(([, v]) => v !== undefined);
    fs.writeFileSync(path.join(dir, locale, "a.json"), JSON.stringify(Object.fromEntries(entries)));
  }
}

const findingId = (f) => [f.locale, f.key, f.ruleId, f.message].join("|");

function shuffle(list, pick) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(pick() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function evaluate({ corpusDir, count, seed, kinds, check }) {
  const locales = path.join(corpusDir, "locales");
  const namespaces = fs.readdirSync(path.join(locales, "en")).map((f) => f.replace(/\.json$/, "")).sort();
  const cache = new Map();
  const read = (locale, ns) => {
    const id = `${locale}/${ns}`;
    if (!cache.has(id)) cache.set(id, JSON.parse(fs.readFileSync(path.join(locales, locale, `${ns}.json`), "utf8")));
    return cache.get(id);
  };
  const corpus = { namespaces, read };
  const clean = await check({ locales, cwd: corpusDir });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "concord-plant-"));
  const baselines = new Map();
  let runs = 0;
  const run = async (keys, catalogs) => {
    const dir = path.join(work, String(runs++));
    writeTree(dir, keys, catalogs);
    const result = await check({ locales: dir, cwd: dir });
    fs.rmSync(dir, { recursive: true, force: true });
    return result.findings;
  };
  /** The findings of the clean namespace with the same locales written (a namespace without its sibling aligns alone). */
  const baseline = async (ns, written) => {
    const id = `${ns}|${written.join(",")}`;
    if (!baselines.has(id)) {
      const keys = Object.keys(read("en", ns));
      baselines.set(id, new Set((await run(keys, Object.fromEntries(written.map((l) => [l, Object.values(read(l, ns))])))).map(findingId)));
    }
    return baselines.get(id);
  };
  const byKind = {};
  const misses = [];
  const started = Date.now();
  for (const kind of kinds) {
    // Seeded per kind by its place in KINDS, so a run of some kinds draws what the full run draws.
    const pick = random(seed + Object.keys(KINDS).indexOf(kind) * 7919);
    const pool = shuffle(candidates(kind, corpus), pick);
    const tally = (byKind[kind] = { planted: 0, found: 0, byRule: 0, elsewhere: 0 });
    for (const candidate of pool) {
      if (tally.planted >= count) break;
      const catalogs = candidate.apply(pick);
      if (!catalogs) continue;
      tally.planted++;
      const keys = Object.keys(read("en", candidate.ns));
      const before = await baseline(candidate.ns, Object.keys(catalogs));
      const fresh = (await run(keys, catalogs)).filter((f) => !before.has(findingId(f)));
      const atKey = fresh.filter((f) => f.locale === candidate.locale && (candidate.keys.includes(f.key) || candidate.keys.includes(f.sourceKey)));
      if (atKey.length) tally.found++;
      if (atKey.some((f) => KINDS[kind].includes(f.ruleId))) tally.byRule++;
      if (fresh.some((f) => f.locale !== candidate.locale)) tally.elsewhere++;
      if (!atKey.length && misses.length < 2000) {
        misses.push({ kind, ns: candidate.ns, locale: candidate.locale, keys: candidate.keys, planted: catalogs[candidate.locale][keys.indexOf(candidate.keys[0])], fresh: fresh.map((f) => `${f.locale} ${f.key} ${f.ruleId}/${f.messageId}`) });
      }
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
  const translated = clean.summary.paragraphs * clean.targets.length;
  return { byKind, misses, clean: clean.findings, translated, seconds: (Date.now() - started) / 1000 };
}

/** Clean findings per 1,000 translated paragraphs, by rule and severity. */
function cleanRates(findings, translated) {
  const perRule = {};
  for (const f of findings) {
    perRule[f.ruleId] ??= { error: 0, warning: 0, info: 0 };
    perRule[f.ruleId][f.severity]++;
  }
  const per1000 = (n) => (n * 1000) / translated;
  const total = { error: 0, warning: 0 };
  for (const [rule, counts] of Object.entries(perRule)) {
    if (rule === "quote-style") continue;
    total.error += counts.error;
    total.warning += counts.warning;
  }
  return { perRule, per1000, total };
}

function print(report, seed) {
  const percent = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  console.log(`Planted single errors into NTREX (seed ${seed}) in ${report.seconds.toFixed(1)} s\n`);
  console.log("| planted error | planted | found at its key | share | by its rule | new findings in the other locale |\n|---|---:|---:|---:|---:|---:|");
  let planted = 0;
  let found = 0;
  for (const [kind, k] of Object.entries(report.byKind)) {
    planted += k.planted;
    found += k.found;
    console.log(`| ${kind} | ${k.planted} | ${k.found} | ${percent(k.found, k.planted)} | ${percent(k.byRule, k.planted)} | ${k.elsewhere} |`);
  }
  console.log(`| **all** | ${planted} | ${found} | ${percent(found, planted)} | | |`);
  const { perRule, per1000, total } = cleanRates(report.clean, report.translated);
  console.log(`\nClean corpus: ${report.translated} translated paragraphs; findings per 1,000\n\n| rule | errors | warnings |\n|---|---:|---:|`);
  for (const rule of Object.keys(perRule).sort()) {
    const counts = perRule[rule];
    console.log(`| ${rule}${rule === "quote-style" ? " (apart)" : ""} | ${per1000(counts.error).toFixed(1)} | ${per1000(counts.warning).toFixed(1)} |`);
  }
  console.log(`| **all but quote-style** | ${per1000(total.error).toFixed(1)} | ${per1000(total.warning).toFixed(1)} |`);
  return { planted, found, errors: per1000(total.error), warnings: per1000(total.warning) };
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const corpusDir = path.resolve(option("--corpus", path.join(ROOT, "corpora", "ntrex")));
  const library = require(path.join(ROOT, "dist", "index.js"));
  extractQuotes = library.extractQuotes;
  const seed = Number(option("--seed", 42));
  const kinds = option("--kinds", Object.keys(KINDS).join(",")).split(",");
  for (const kind of kinds) if (!(kind in KINDS)) throw new Error(`unknown kind ${kind}: use ${Object.keys(KINDS).join(", ")}`);
  const report = await evaluate({ corpusDir, count: Number(option("--count", 40)), seed, kinds, check: library.check });
  const totals = print(report, seed);
  if (args.includes("--verbose")) for (const miss of report.misses) console.log(JSON.stringify(miss));
  const weakest = Math.min(...Object.values(report.byKind).map((k) => k.found / Math.max(1, k.planted)));
  if (args.includes("--check") && (weakest < 0.95 || totals.errors > 8 || totals.warnings > 20)) process.exitCode = 1;
}

module.exports = { evaluate, candidates, numberTokens, cleanRates, KINDS };
if (require.main === module) main().catch((error) => { console.error(error); process.exitCode = 2; });
