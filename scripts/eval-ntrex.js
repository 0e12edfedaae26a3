#!/usr/bin/env node
/**
 * `npm run eval:ntrex`: checks the NTREX corpus (real professional translations) and keeps the
 * review file __tests__/review/ntrex.tsv up to date: every number and quote finding with source and
 * target side by side, and a verdict (real / false-alarm) that a person wrote. Prints findings per
 * 1,000 paragraphs per rule, the verdict counts against the goals, and real errors no longer found.
 *
 *   node scripts/eval-ntrex.js [--corpus DIR] [--check]   (--check: exit 1 when a goal is missed)
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const REVIEW = path.join(ROOT, "__tests__", "review", "ntrex.tsv");
const REVIEWED_RULES = ["number-mismatch", "quote-missing", "quote-extra", "quote-drift", "quote-unbalanced"];
/** Goals of issue 3: false alarms per language. */
const GOALS = { numbers: 5, quotes: 10 };
const COLUMNS = ["verdict", "locale", "namespace", "key", "rule", "messageId", "note", "message", "source", "target"];

const flat = (text) => String(text ?? "").replace(/[\t\r\n]+/g, " ");
const idOf = (row) => [row.locale, row.namespace, row.key, row.rule, row.messageId].join("|");

function readReview(file = REVIEW) {
  if (!fs.existsSync(file)) return [];
  const [header, ...lines] = fs.readFileSync(file, "utf8").split("\n").filter((line) => line && !line.startsWith("#"));
  const names = header.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((cell, i) => [names[i], cell])));
}

/** Runs the checker on the corpus; returns the findings to review, with their texts, and the counts. */
async function evaluate(corpus, check = require(path.join(ROOT, "dist", "index.js")).check) {
  const locales = path.join(corpus, "locales");
  const result = await check({ locales, cwd: corpus });
  const texts = {};
  const textOf = (locale, namespace, key) => {
    const id = `${locale}/${namespace}`;
    texts[id] ??= JSON.parse(fs.readFileSync(path.join(locales, locale, `${namespace}.json`), "utf8"));
    return texts[id][key];
  };
  const perRule = {};
  for (const finding of result.findings) {
    perRule[finding.ruleId] ??= {};
    perRule[finding.ruleId][finding.locale] = (perRule[finding.ruleId][finding.locale] ?? 0) + 1;
  }
  const rows = result.findings
    .filter((finding) => REVIEWED_RULES.includes(finding.ruleId))
    .map((finding) => ({
      locale: finding.locale,
      namespace: finding.namespace,
      key: finding.key,
      rule: finding.ruleId,
      messageId: finding.messageId,
      message: flat(finding.message),
      source: flat(textOf(result.source, finding.namespace, finding.sourceKey ?? finding.key)),
      target: flat(textOf(finding.locale, finding.namespace, finding.key)),
    }));
  return { result, rows, perRule };
}

/** Joins this run's findings with the verdicts already written; findings marked real but gone are "lost". */
function merge(rows, review) {
  const verdicts = new Map(review.map((row) => [idOf(row), row]));
  const merged = rows.map((row) => {
    const earlier = verdicts.get(idOf(row));
    return { verdict: earlier?.verdict || "unreviewed", note: earlier?.note ?? "", ...row };
  });
  const now = new Set(rows.map(idOf));
  const lost = review.filter((row) => row.verdict === "real" && !now.has(idOf(row)));
  return { merged, lost };
}

function tally(merged, targets) {
  const counts = {};
  for (const locale of targets) {
    for (const group of ["numbers", "quotes"]) counts[`${locale} ${group}`] = { real: 0, "false-alarm": 0, unreviewed: 0 };
  }
  for (const row of merged) {
    const group = row.rule === "number-mismatch" ? "numbers" : "quotes";
    counts[`${row.locale} ${group}`][row.verdict] = (counts[`${row.locale} ${group}`][row.verdict] ?? 0) + 1;
  }
  return counts;
}

function writeReview(merged, file = REVIEW) {
  const lines = [
    "# NTREX review: every number and quote finding Concord reports on the NTREX corpus, with a person's verdict.",
    "# verdict: real (a translation error an editor should fix) or false-alarm (the translation is right). Regenerate with npm run eval:ntrex; verdicts are kept.",
    COLUMNS.join("\t"),
    ...merged.map((row) => COLUMNS.map((column) => flat(row[column])).join("\t")),
  ];
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

async function main() {
  const args = process.argv.slice(2);
  const corpusIndex = args.indexOf("--corpus");
  const corpus = path.resolve(corpusIndex >= 0 ? args[corpusIndex + 1] : path.join(ROOT, "corpora", "ntrex"));
  const { result, rows, perRule } = await evaluate(corpus);
  const { merged, lost } = merge(rows, readReview());
  writeReview(merged);
  const paragraphs = result.summary.paragraphs;
  console.log(`NTREX: ${paragraphs} paragraphs in ${result.summary.namespaces} articles, checked against ${result.targets.join(", ")} (${new Date().toISOString().slice(0, 10)})\n`);
  console.log("| rule | " + result.targets.map((t) => `${t} findings | ${t} per 1,000`).join(" | ") + " |");
  console.log("|---|" + result.targets.map(() => "---:|---:").join("|") + "|");
  for (const rule of Object.keys(perRule).sort()) {
    const cells = result.targets.map((t) => `${perRule[rule][t] ?? 0} | ${(((perRule[rule][t] ?? 0) * 1000) / paragraphs).toFixed(1)}`);
    console.log(`| ${rule} | ${cells.join(" | ")} |`);
  }
  const counts = tally(merged, result.targets);
  console.log("\n| locale, checks | real | false alarms | unreviewed | goal (false alarms) |\n|---|---:|---:|---:|---:|");
  let missed = false;
  for (const [name, count] of Object.entries(counts)) {
    const goal = GOALS[name.split(" ")[1]];
    if (count["false-alarm"] > goal || count.unreviewed > 0) missed = true;
    console.log(`| ${name} | ${count.real} | ${count["false-alarm"]} | ${count.unreviewed} | ≤ ${goal} |`);
  }
  for (const row of lost) console.log(`LOST: a real error is no longer reported: ${idOf(row)}`);
  console.log(`\nReview file: ${path.relative(process.cwd(), REVIEW)} (${merged.length} findings)`);
  if (args.includes("--check") && (missed || lost.length)) process.exitCode = 1;
}

module.exports = { evaluate, merge, readReview, tally, GOALS };
if (require.main === module) main().catch((error) => { console.error(error); process.exitCode = 2; });
