/**
 * The HTML report: one self-contained file (inline style and script, no network) with the aligned
 * paragraphs side by side, numbers and quotations highlighted, the text each finding is about marked
 * and linked to the finding, filters, j/k to move between findings, and a print style. Every catalog
 * string is escaped; a Content-Security-Policy allows only the report's own style and script, by hash.
 */
import { createHash } from "../hash";
import { formatProblem } from "../errors";
import { profileFor } from "../engine/profiles";
import { extractNumbers } from "../text/numbers";
import { extractQuotes } from "../text/quotes";
import type { Finding, ReportCell, RunResult } from "../types";
import { htmlSafe } from "../text/escape";
import { reportNamespaces } from "./aligned";
import type { FormatContext } from "./format";

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; margin: 0 1.5rem 3rem; color: #1a1a1a; background: #fff; line-height: 1.45; }
h1 { font-size: 1.5rem; margin: 1.2rem 0 0.4rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #c8c8c8; padding: 0.45rem 0.55rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #eef1f5; position: sticky; top: 0; }
th.key, td.key { width: 6.5rem; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; color: #333; }
.summary td, .summary th { width: auto; }
.num { background: #e4efff; border-radius: 2px; }
.q { background: #fff2cc; }
mark { background: #ffd6d6; color: #000; outline: 2px solid #b00020; border-radius: 2px; }
mark.warning { background: #fff0c2; outline-color: #8a5a00; }
mark.info { background: #e3f2fd; outline-color: #0b5394; }
.gap { color: #6b6b6b; font-style: italic; }
ul.findings { margin: 0.4rem 0 0; padding-left: 1.1rem; font-size: 0.9rem; }
.diff { display: block; margin-top: 0.2rem; color: #1a1a1a; }
del { background: #ffd6d6; text-decoration: line-through; }
ins { background: #d4f5d4; text-decoration: none; }
li.error { color: #8b0000; }
li.warning { color: #6b4400; }
li.info { color: #0b3d70; }
li.current { outline: 3px solid #1a56db; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.8rem; }
.filters { display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; margin: 0.8rem 0; }
.filters label { font-size: 0.9rem; }
.hidden { display: none; }
.help { font-size: 0.85rem; color: #444; }
@media (max-width: 800px) { body { margin: 0 0.5rem; } th.key, td.key { width: 4rem; } }
@media print { .filters, .help { display: none; } thead th { position: static; } tr { break-inside: avoid; } }
`;

const SCRIPT = `
(function () {
  var selects = Array.prototype.slice.call(document.querySelectorAll(".filters select"));
  var items = Array.prototype.slice.call(document.querySelectorAll("li[data-rule]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-row]"));
  function apply() {
    var want = {};
    selects.forEach(function (s) { want[s.name] = s.value; });
    items.forEach(function (li) {
      var show = ["locale", "rule", "severity"].every(function (k) { return !want[k] || li.dataset[k] === want[k]; });
      li.classList.toggle("hidden", !show);
    });
    var filtering = selects.some(function (s) { return s.value; });
    rows.forEach(function (tr) {
      var visible = tr.querySelectorAll("li[data-rule]:not(.hidden)").length > 0;
      tr.classList.toggle("hidden", filtering && !visible);
    });
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  var current = -1;
  document.addEventListener("keydown", function (event) {
    if (event.target && event.target.tagName === "SELECT") return;
    if (event.key !== "j" && event.key !== "k") return;
    var visible = items.filter(function (li) { return !li.classList.contains("hidden") && !li.closest("tr.hidden"); });
    if (!visible.length) return;
    items.forEach(function (li) { li.classList.remove("current"); });
    current = event.key === "j" ? Math.min(current + 1, visible.length - 1) : Math.max(current - 1, 0);
    visible[current].classList.add("current");
    visible[current].scrollIntoView({ block: "center" });
  });
})();
`;

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");

const escapeHtml = htmlSafe;

interface Span {
  start: number;
  end: number;
  open: string;
  close: string;
  priority: number;
}

/** The text with numbers, quotations and finding marks as (escaped) HTML; overlapping spans nest by splitting. */
function highlight(text: string, locale: string, marks: Array<{ finding: Finding; id: number }>): string {
  const spans: Span[] = [];
  let profile;
  try {
    profile = profileFor(locale);
  } catch {
    profile = undefined;
  }
  if (profile) {
    for (const n of extractNumbers(text, profile)) if (!n.weak) spans.push({ start: n.start, end: n.end, open: '<span class="num">', close: "</span>", priority: 1 });
    for (const q of extractQuotes(text, profile).quotations) spans.push({ start: q.open, end: q.close + 1, open: '<span class="q">', close: "</span>", priority: 0 });
  }
  for (const { finding, id } of marks) {
    const range = finding.range ?? { start: 0, end: text.length };
    spans.push({ start: Math.max(0, range.start), end: Math.min(text.length, Math.max(range.end, range.start + 1)), open: `<mark class="${escapeHtml(finding.severity)}" data-f="${id}"><a href="#f${id}">`, close: "</a></mark>", priority: 2 });
  }
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= from && s.end >= to).sort((a, b) => a.priority - b.priority);
    html += covering.map((s) => s.open).join("") + escapeHtml(text.slice(from, to)) + covering.reverse().map((s) => s.close).join("");
  }
  return html;
}

/** A stale paragraph's source change as <del>/<ins>: what the translator has to follow. */
function wordDiffHtml(finding: Finding): string {
  const changes = finding.data.wordDiff as Array<{ text: string; change: string }> | undefined;
  if (!Array.isArray(changes)) return "";
  const parts = changes.map((c) => (c.change === "added" ? `<ins>${escapeHtml(c.text)}</ins>` : c.change === "removed" ? `<del>${escapeHtml(c.text)}</del>` : escapeHtml(c.text)));
  return `<span class="diff">${parts.join("")}</span>`;
}

/** The input problems, and the catalogs they kept from being checked: a report never hides them. */
function problemsHtml(result: RunResult): string {
  if (result.problems.length === 0) return "";
  const items = result.problems.map((p) => `<li class="error">${escapeHtml(formatProblem(p))}${p.unchecked ? ` <strong>(not checked: [${escapeHtml(p.unchecked.locale)}] ${escapeHtml(p.unchecked.namespace)})</strong>` : ""}</li>`);
  return `<section class="problems"><h2>Input problems: ${result.problems.length}</h2><p>These catalogs were not (fully) checked; the findings below leave them out.</p><ul class="findings">${items.join("")}</ul></section>`;
}

export function html(result: RunResult, context: FormatContext): string {
  const findings = result.findings.map((finding, id) => ({ finding, id }));
  const byCell = new Map<string, Array<{ finding: Finding; id: number }>>();
  const cellKey = (namespace: string, locale: string, key: string) => `${namespace}\u0000${locale}\u0000${key}`;
  for (const entry of findings) {
    const { finding } = entry;
    const locale = finding.side === "source" ? result.source : finding.locale;
    const key = finding.side === "source" ? (finding.sourceKey ?? finding.key) : finding.key;
    const list = byCell.get(cellKey(finding.namespace, locale, key)) ?? [];
    list.push(entry);
    byCell.set(cellKey(finding.namespace, locale, key), list);
  }
  const options = (values: string[]) => values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join("");
  const locales = result.targets;
  const rules = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  const counts = rules.map((rule) => `<tr><th scope="row" class="rule">${escapeHtml(rule)}</th>${locales.map((l) => `<td>${result.findings.filter((f) => f.ruleId === rule && f.locale === l).length}</td>`).join("")}</tr>`).join("");

  const cellHtml = (namespace: string, locale: string, cells: ReportCell[] | undefined, merged: boolean) => {
    if (merged) return `<td class="gap">merged into the paragraph above</td>`;
    if (!cells || cells.length === 0) return `<td class="gap">no translation</td>`;
    return `<td>${cells.map((c) => `<div><span class="rule">${escapeHtml(c.key)}</span> ${highlight(c.text, locale, byCell.get(cellKey(namespace, locale, c.key)) ?? [])}</div>`).join("")}</td>`;
  };
  const sections = reportNamespaces(result).map((ns) => {
    const body = ns.rows
      .map((row, index) => {
        const sourceKey = row.source?.key;
        const rowFindings = findings.filter(({ finding }) => finding.namespace === ns.namespace && ((sourceKey !== undefined && finding.sourceKey === sourceKey) || (sourceKey === undefined && !finding.sourceKey && locales.some((l) => row.targets[l]?.some((c) => c.key === finding.key)))));
        const list = rowFindings.length
          ? `<ul class="findings">${rowFindings.map(({ finding, id }) => `<li id="f${id}" class="${escapeHtml(finding.severity)}" data-locale="${escapeHtml(finding.locale)}" data-rule="${escapeHtml(finding.ruleId)}" data-severity="${escapeHtml(finding.severity)}"><strong>${escapeHtml(finding.severity)}</strong> [${escapeHtml(finding.locale)}] <span class="rule">${escapeHtml(finding.ruleId)}</span>: ${escapeHtml(finding.message)}${wordDiffHtml(finding)}</li>`).join("")}</ul>`
          : "";
        const source = row.source ? `<td>${highlight(row.source.text, result.source, byCell.get(cellKey(ns.namespace, result.source, row.source.key)) ?? [])}${list}</td>` : `<td class="gap">not in the source${list}</td>`;
        return `<tr data-row="${index}"><th scope="row" class="key">${escapeHtml(sourceKey ?? "—")}</th>${source}${locales.map((l) => cellHtml(ns.namespace, l, row.targets[l], Boolean(row.merged?.[l]))).join("")}</tr>`;
      })
      .join("\n");
    return `<section><h2>${escapeHtml(ns.namespace)}</h2><table><thead><tr><th scope="col" class="key">key</th><th scope="col">${escapeHtml(result.source)}</th>${locales.map((l) => `<th scope="col">${escapeHtml(l)}</th>`).join("")}</tr></thead><tbody>\n${body}\n</tbody></table></section>`;
  });
  const csp = `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const { errors, warnings, paragraphs } = result.summary;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concord report: ${errors} errors, ${warnings} warnings</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Concord report</h1>
<p>${escapeHtml(result.source)} → ${escapeHtml(locales.join(", "))}: ${paragraphs} source paragraphs, <strong>${errors} errors</strong>, <strong>${warnings} warnings</strong>. Concord ${escapeHtml(context.toolVersion)}.</p>
${rules.length ? `<table class="summary"><thead><tr><th scope="col">rule</th>${locales.map((l) => `<th scope="col">${escapeHtml(l)}</th>`).join("")}</tr></thead><tbody>${counts}</tbody></table>` : "<p>No problems.</p>"}
${problemsHtml(result)}
<div class="filters">
<label>Locale <select name="locale"><option value="">all</option>${options(locales)}</select></label>
<label>Rule <select name="rule"><option value="">all</option>${options(rules)}</select></label>
<label>Severity <select name="severity"><option value="">all</option>${options(["error", "warning", "info"])}</select></label>
<span class="help">j / k: next / previous finding</span>
</div>
</header>
<main>
${sections.join("\n")}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
