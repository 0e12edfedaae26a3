#!/usr/bin/env node
/**
 * Alignment of one long namespace: all NTREX articles in a row (twice: about 4,000 paragraphs),
 * with --accidents random drops, additions, merges, splits and swaps planted into the translation
 * (seeded, at least four paragraphs apart). Prints how many source paragraphs the aligner paired
 * otherwise than planted, and how many translations it took for added (or missed as added).
 * eval:align plants one accident per article; this is the case of a long catalog with many.
 *
 *   node scripts/eval-align-long.js [--locale uk] [--accidents 40] [--seed 1] [--repeat 2]
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const NTREX = path.join(ROOT, "corpora", "ntrex", "locales");
const { alignParagraphs } = require(path.join(ROOT, "dist", "text", "align", "align.js"));
const { PairScorer } = require(path.join(ROOT, "dist", "text", "align", "score.js"));
const { featuresOfSide } = require(path.join(ROOT, "dist", "engine", "alignment.js"));
const { createTextView } = require(path.join(ROOT, "dist", "engine", "text-view.js"));
const { parseCatalog } = require(path.join(ROOT, "dist", "catalog", "parse.js"));
const { profileFor } = require(path.join(ROOT, "dist", "engine", "profiles.js"));
const { random, splitPoint } = require("./eval-align.js");

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const locale = option("locale", "uk");
const accidents = Number(option("accidents", 40));
const repeat = Number(option("repeat", 2));
const seed = Number(option("seed", 1));
const pick = random(seed);

// Paragraph pairs with text on both sides, article after article.
const en = [];
const translated = [];
for (const file of fs.readdirSync(path.join(NTREX, "en")).sort()) {
  const source = Object.values(JSON.parse(fs.readFileSync(path.join(NTREX, "en", file), "utf8")));
  const target = Object.values(JSON.parse(fs.readFileSync(path.join(NTREX, locale, file), "utf8")));
  source.forEach((text, i) => {
    if (text.trim() && target[i]?.trim()) {
      en.push(text);
      translated.push(target[i]);
    }
  });
}
const side = (lng, values) => {
  const content = JSON.stringify(Object.fromEntries(values.map((v, i) => [`p${String(i).padStart(6, "0")}`, v])));
  const { paragraphs } = parseCatalog(content, "long.json");
  const profile = profileFor(lng);
  return { catalog: { locale: lng, namespace: "long", file: "long.json", paragraphs, content }, profile, text: createTextView(paragraphs, profile) };
};

// Each target item: its text and the source paragraphs it translates.
const source = [];
const items = [];
for (let r = 0; r < repeat; r++) {
  en.forEach((text, i) => {
    source.push(text);
    items.push({ text: translated[i], sources: [source.length - 1] });
  });
}
const kinds = ["drop", "add", "merge", "split", "swap"];
const planted = Object.fromEntries(kinds.map((k) => [k, 0]));
const taken = new Set();
for (let a = 0; a < accidents; ) {
  const kind = kinds[Math.floor(pick() * kinds.length)];
  const p = 5 + Math.floor(pick() * (items.length - 10));
  if ([-3, -2, -1, 0, 1, 2, 3].some((d) => taken.has(p + d))) continue;
  if (kind === "split") {
    const text = items[p].text;
    const cut = splitPoint(text);
    if (cut < 0) continue;
    items.splice(p, 1, { text: text.slice(0, cut).trim(), sources: items[p].sources }, { text: text.slice(cut).trim(), sources: items[p].sources });
  } else if (kind === "drop") items.splice(p, 1);
  else if (kind === "add") items.splice(p, 0, { text: translated[Math.floor(pick() * translated.length)], sources: [] });
  else if (kind === "merge") items.splice(p, 2, { text: `${items[p].text} ${items[p + 1].text}`, sources: [...items[p].sources, ...items[p + 1].sources] });
  else [items[p], items[p + 1]] = [items[p + 1], items[p]];
  taken.add(p);
  planted[kind]++;
  a++;
}

const sourceFeatures = featuresOfSide(side("en", source));
const targetFeatures = featuresOfSide(side(locale, items.map((item) => item.text)));
const index = new Map(targetFeatures.map((f, j) => [f.key, j]));
const started = Date.now();
const links = alignParagraphs(PairScorer.learn(sourceFeatures, targetFeatures), sourceFeatures, targetFeatures, (key) => index.get(key));
const seconds = (Date.now() - started) / 1000;

const truth = source.map(() => []);
items.forEach((item, j) => item.sources.forEach((i) => truth[i].push(j)));
const found = source.map(() => []);
for (const link of links) for (const i of link.sources) found[i].push(...link.targets);
const wrong = source.filter((_, i) => [...truth[i]].sort((a, b) => a - b).join() !== [...found[i]].sort((a, b) => a - b).join()).length;
const added = new Set(items.flatMap((item, j) => (item.sources.length ? [] : [j])));
const readAsAdded = new Set(links.filter((link) => link.kind === "0-1").map((link) => link.targets[0]));
const addedWrong = [...added].filter((j) => !readAsAdded.has(j)).length + [...readAsAdded].filter((j) => !added.has(j)).length;
console.log(`${locale}: ${source.length} source paragraphs, ${accidents} accidents (${kinds.map((k) => `${planted[k]} ${k}`).join(", ")}), seed ${seed}`);
console.log(`source paragraphs paired otherwise than planted: ${wrong} (${((100 * wrong) / source.length).toFixed(1)} %); additions missed or invented: ${addedWrong}; aligned in ${seconds.toFixed(2)} s`);
