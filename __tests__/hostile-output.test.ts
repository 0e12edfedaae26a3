/**
 * Hostile text in, nothing injected out: keys, values, glossary renderings and merged reports that
 * hold terminal escapes, bidi overrides, line breaks, GitHub workflow commands and Markdown/HTML
 * reach every format and standard error escaped — shown, never acted on, never starting a line.
 * The property at the end (FUZZ_RUNS, npm run fuzz) runs the real check and every formatter on
 * generated catalogs; the rows before it are the cases of issue 19, one by one.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { check } from "../src/engine/check";
import { changesAsMarkdown } from "../src/engine/changes";
import { formatProblem } from "../src/errors";
import { formatContext, formatters, type FormatterName } from "../src/formatters";
import { markdownCode, terminalSafe, workflowData, workflowProperty, xmlSafe } from "../src/text/escape";
import { rules } from "../src/rules";
import type { Finding, RunResult } from "../src/types";
import { runCli, tempTree } from "./helpers";

const runs = Math.min(Number(process.env.FUZZ_RUNS ?? 40), 1000);
const schema = path.join(__dirname, "schemas", "junit.xsd");
const context = (color = false) => formatContext({ color, cwd: process.cwd(), rules: rules.map((r) => r.meta) });

/** Raw characters no output may hold: C0 but the line feed (tabs too), DEL, C1, bidi, separators, lone surrogates. */
const RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A line a CI log would act on: a workflow command (the runner trims leading white space first) or a log group. */
const commandLine = (line: string) => /^(::|##\[)/.test(line.trimStart());
/** The commands Concord itself writes: the command, then properties with no raw `,` or `:`, then `::`. */
const OWN_COMMAND = /^::(error|warning|notice) [a-zA-Z]+=[^,:\r\n]*(,[a-zA-Z]+=[^,:\r\n]*)*::[^\r\n]*$/;

const markdownIt = new MarkdownIt({ html: true, linkify: true });
/** Tags our Markdown may render to; anything else (img, a, details, script…) came from the input. */
const ALLOWED_TAGS = new Set(["h3", "p", "table", "thead", "tbody", "tr", "th", "td", "code", "strong"]);

const decode = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** Renders Markdown as GitHub would (HTML allowed, links found in text) and checks nothing but our own markup came out. */
function expectInertMarkdown(markdown: string, mustShow: readonly string[] = []): void {
  const html = markdownIt.render(markdown);
  const foreign = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map(([, tag]) => tag.toLowerCase()).filter((tag) => !ALLOWED_TAGS.has(tag));
  expect(foreign.length ? `<${foreign[0]}> in ${html}` : "only ours").toBe("only ours");
  const outsideCode = html.replace(/<code>[^<]*<\/code>/g, "");
  // GitHub links @names, #numbers and URLs in text, never inside code.
  expect(outsideCode).not.toMatch(/@|:\/\/|www\./);
  // Nothing was cut off by a `|` that ended a table cell: each text shows whole.
  const text = decode(html.replace(/<[^>]+>/g, ""));
  for (const shown of mustShow) expect(text).toContain(terminalSafe(shown).replace(/\s+/g, " ").trim());
}

function expectNoInjection(format: string, output: string): void {
  const raw = RAW.exec(output.replace(/\u001b\[[0-9;]*m/g, ""));
  if (raw) expect(`${format}: raw U+${raw[0].charCodeAt(0).toString(16)} in ${JSON.stringify(output)}`).toBe("no raw control");
  const acting = output.split("\n").filter((line) => (format === "github" ? line !== "" && !OWN_COMMAND.test(line) : commandLine(line)));
  expect(acting.map((line) => `${format}: ${line}`)).toEqual([]);
}

const HOSTILE = {
  warning: "\n::warning file=README.md,line=1::owned",
  mask: "::add-mask::secret",
  stop: "::stop-commands::token",
  osc: "\u001b]0;pwned\u0007",
  clear: "\u001b[2J",
  c1: "\u009b31m",
  del: "a\u007fb",
  bidi: "p\u202Eevil\u202C\u2066x\u2069",
  image: "<img src=https://tracker.example/p.png>",
  markdownImage: "![](https://tracker.example/i.png)",
  mention: "@octocat",
  fence: "```\n</details>",
  pipe: "a|b\\|c",
} as const;

describe("escape functions", () => {
  test.each([
    ["\u001b]0;t\u0007", "\\u001B]0;t\\u0007"],
    ["\u001b[2J", "\\u001B[2J"],
    ["a\nb\r\tc", "a\\nb\\r\\tc"],
    ["\u009b\u0085\u007f", "\\u009B\\u0085\\u007F"],
    ["\u202Ecba\u202C \u2066x\u2069 \u200E\u200F\u061C", "\\u202Ecba\\u202C \\u2066x\\u2069 \\u200E\\u200F\\u061C"],
    ["\u2028\u2029", "\\u2028\\u2029"],
    ["lone \ud800 high", "lone \\uD800 high"],
    ["Ґанок «мир» 150 😀", "Ґанок «мир» 150 😀"],
  ])("terminalSafe(%j) = %j", (input, shown) => {
    expect(terminalSafe(input)).toBe(shown);
  });

  test("workflow command escapes follow GitHub's rules", () => {
    expect(workflowData("100% done\r\n::error::x")).toBe("100%25 done\\r\\n::error::x");
    expect(workflowProperty("a,b:c%")).toBe("a%2Cb%3Ac%25");
  });

  test("XML: markup, line breaks and forbidden controls", () => {
    expect(xmlSafe(`<a href="x">'&'</a>\n\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#10;\\u0001");
  });

  test.each([
    ["plain", "`plain`"],
    ["a `tick`", "`` a `tick` ``"],
    ["`start", "`` `start ``"],
    ["``` fence", "```` ``` fence ````"],
    ["", "` `"],
  ])("markdownCode(%j) = %j", (input, markdown) => {
    expect(markdownCode(input)).toBe(markdown);
  });

  test("in a table cell a | stays in its cell, even after a backslash", () => {
    const row = `| ${markdownCode("a|b\\|c", { inTable: true })} | second |`;
    expect(row).toBe("| `a`\\|`b\\`\\|`c` | second |");
    const html = markdownIt.render(`| one | two |\n|---|---|\n${row}\n`);
    expect(html).toContain("<td><code>a</code>|<code>b\\</code>|<code>c</code></td>\n<td>second</td>");
  });
});

describe("standard error: problem lines", () => {
  const good = { "en/a.json": '{ "p1": "One 150." }\n' };

  test.each([
    ["a duplicate key holding a workflow command", `{\n  "${JSON.stringify(HOSTILE.warning).slice(1, -1)}": "Один 150.",\n  "${JSON.stringify(HOSTILE.warning).slice(1, -1)}": "Ще 150."\n}\n`, "Duplicate key"],
    ["a value that is not text, under ::add-mask::", `{ "${HOSTILE.mask}": 150, "${HOSTILE.stop}": null }\n`, "not text"],
    ["an OSC title and a screen clear in a key", `{ "${JSON.stringify(HOSTILE.osc + HOSTILE.clear).slice(1, -1)}": 1 }\n`, "\\u001B]0;pwned\\u0007\\u001B[2J"],
    ["a bidi override in a key", `{ "${HOSTILE.bidi}": 1 }\n`, "p\\u202Eevil\\u202C\\u2066x\\u2069"],
  ])("%s is shown escaped, on lines of its own", async (_name, catalog, shown) => {
    const root = tempTree({ ...good, "uk/a.json": catalog });
    const { code, stderr, stdout } = await runCli(["check", "--locales", root], root);
    expect(code).toBe(2);
    expect(stderr).toContain(shown);
    for (const output of [stderr, stdout]) expectNoInjection("stderr", output);
    for (const line of stderr.trimEnd().split("\n")) expect(line).toMatch(/^concord: /);
  });

  test("formatProblem takes anything a merged report holds without breaking its line", () => {
    const line = formatProblem({ code: "x", message: "m\n::error::X", hint: "h\u001b[2J", file: "f\r\n::warning::Y", line: "1\n::error::Z" as unknown as number, column: 2 });
    expect(line).toBe("f\\r\\n::warning::Y:1:2: m\\n::error::X — h\\u001B[2J");
  });
});

/** A finding as a merged shard report may carry it: strings where numbers belong, a made-up severity. */
function forgedFinding(): Finding {
  return {
    ruleId: "number-mismatch\n::error::rule",
    messageId: "mismatch",
    message: `Numbers differ ${HOSTILE.warning} ${HOSTILE.image}`,
    severity: "error\n::error::sev" as Finding["severity"],
    locale: "uk",
    namespace: "a",
    key: HOSTILE.mask,
    file: "locales/uk/a.json",
    line: "1\n::error::X" as unknown as number,
    column: 3,
    endLine: "2,title=x" as unknown as number,
    endColumn: 9,
    data: {},
    snippet: { text: `${HOSTILE.stop}\n${HOSTILE.osc}`, start: 0, end: 5 },
  };
}

const forgedResult = (findings: Finding[]): RunResult => ({
  source: "en",
  targets: ["uk"],
  findings,
  problems: [{ code: "bad\n::error::code", message: HOSTILE.warning, hint: HOSTILE.clear, file: `x${HOSTILE.stop}`, line: "3\n::x" as unknown as number }],
  notices: [],
  summary: { errors: 1, warnings: 0, infos: 0, files: 1, namespaces: 1, paragraphs: 1 },
  pairs: [{ locale: "uk", namespace: "a", key: HOSTILE.mask }],
});

describe("every format, on a forged merged report", () => {
  const names = Object.keys(formatters) as FormatterName[];
  test.each(names)("%s: nothing injected", (name) => {
    const elsewhere = { ...forgedFinding(), file: " ::warning::f.json", severity: "constructor" as Finding["severity"] };
    const output = formatters[name](forgedResult([forgedFinding(), elsewhere]), context());
    expectNoInjection(name, output);
    if (name === "markdown") expectInertMarkdown(output, [HOSTILE.mask]);
  });

  test("concord merge of a forged shard report: refused or escaped, never injected", async () => {
    const forged = { version: 1, source: "en", targets: ["uk"], summary: forgedResult([]).summary, findings: [{ ...forgedFinding(), sourceKey: null, snippet: null, sourceExcerpt: null }], problems: forgedResult([]).problems };
    const root = tempTree({ "shard.json": JSON.stringify(forged) });
    for (const format of ["github", "stylish", "markdown", "junit"]) {
      const { code, stdout, stderr } = await runCli(["merge", "shard.json", "--format", format], root);
      expect([1, 2]).toContain(code);
      expectNoInjection(format, stdout);
      expectNoInjection("stderr", stderr);
    }
  });

  test("github: numbers are numbers, the command comes from a closed set", () => {
    const lines = formatters.github(forgedResult([forgedFinding()]), context()).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^::error file=locales\/uk\/a\.json,line=1,col=3,endLine=1,endColumn=9,title=number-mismatch\\n%3A%3Aerror%3A%3Arule \[uk\] %3A%3Aadd-mask%3A%3Asecret::/);
  });

  test("stylish in colour: our escapes only (util.styleText), the input's shown", () => {
    const output = formatters.stylish(forgedResult([forgedFinding()]), context(true));
    expect(output).toContain("\u001b[31m");
    expectNoInjection("stylish", output);
    expect(output).toContain("\\u001B]0;pwned\\u0007");
  });
});

describe("Markdown PR comments", () => {
  test("a catalog full of Markdown and HTML renders none of it, end to end", async () => {
    const keys = [HOSTILE.image, HOSTILE.markdownImage, HOSTILE.mention, HOSTILE.fence, HOSTILE.pipe, "[link](https://x.example) www.x.example #12"];
    const en = Object.fromEntries(keys.map((k, i) => [k, `There were ${100 + i} ${k} troops.`]));
    const uk = Object.fromEntries(keys.map((k, i) => [k, `Там було ${i + 1} ${k} військових.`]));
    const root = tempTree({ "en/a.json": JSON.stringify(en), "uk/a.json": JSON.stringify(uk) });
    const { stdout } = await runCli(["check", "--locales", root, "--format", "markdown"], root);
    expect(stdout).toContain("number-mismatch");
    expectInertMarkdown(stdout, keys);
    expectNoInjection("markdown", stdout);
  });

  test("diff's Markdown keeps a | in a key inside its cell and renders nothing", () => {
    const markdown = changesAsMarkdown({ source: "en", targets: ["uk"], changes: [{ namespace: "a", key: `k|${HOSTILE.mention}`, kind: "added", after: `${HOSTILE.image} ${HOSTILE.fence}`, translations: { uk: "absent" } }] }, "main");
    expectInertMarkdown(markdown, [`a:k|${HOSTILE.mention}`, "— absent"]);
    expectNoInjection("markdown", markdown);
  });
});

describe("a glossary rendering with a line break", () => {
  test("reaches the message escaped in every format", async () => {
    const root = tempTree({ "en/a.json": JSON.stringify({ p1: "Greenland is big." }), "uk/a.json": JSON.stringify({ p1: "Острів великий." }) });
    const result = await check({ locales: root, cwd: root, glossary: { Greenland: { uk: `Гренландія${HOSTILE.warning}` } } });
    expect(result.findings.map((f) => f.ruleId)).toContain("glossary-term");
    for (const name of Object.keys(formatters) as FormatterName[]) expectNoInjection(name, formatters[name](result, context()));
  });
});

/** Strings made of what attacks outputs: controls, line starts, commands, Markdown and HTML, bidi, plus letters. */
const pieces = [...Object.values(HOSTILE), "\n", "\r", "\t", "\u0000", "\u0085", "\u2028", "\ud800", "%", ",", ":", "`", "``", "|", "\\", "*", "_", "<", ">", "&", '"', "'", "#1", "www.e.example", "https://e.example", " ", "a", "б", "5", "150", "##[group]"];
const hostileText = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));

describe("property: no control character or line start from input reaches any output format", () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), "concord-hostile-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("check + every formatter + the problem lines", async () => {
    const junitFiles: string[] = [];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(hostileText, { minLength: 1, maxLength: 4 }), hostileText, fc.boolean(), async (keys, text, broken) => {
        const root = path.join(folder, String(run++));
        const en = Object.fromEntries(keys.map((k, i) => [k, `${text} ${100 + i} Greenland.`]));
        const uk = Object.fromEntries(keys.map((k, i) => [k, `${text} ${i}.`]));
        // A third locale whose catalog is broken by a hostile duplicate key, or a value that is not text.
        const ru = broken ? `{ ${JSON.stringify(keys[0])}: "1", ${JSON.stringify(keys[0])}: "2" }` : `{ ${JSON.stringify(keys[0])}: 5 }`;
        for (const [locale, content] of [["en", JSON.stringify(en)], ["uk", JSON.stringify(uk)], ["ru", ru]]) {
          mkdirSync(path.join(root, locale), { recursive: true });
          writeFileSync(path.join(root, locale, "a.json"), content);
        }
        const result = await check({ locales: root, cwd: root, alignment: true, glossary: { Greenland: { uk: text } } });
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expectNoInjection("stderr", `concord: ${formatProblem(problem)}\n`);
        for (const name of Object.keys(formatters) as FormatterName[]) {
          const output = formatters[name](result, context(name === "stylish" && run % 2 === 0));
          expectNoInjection(name, output);
          if (name === "markdown") expectInertMarkdown(output);
          if (name === "json" || name === "sarif" || name === "gitlab") JSON.parse(output);
          if (name === "rdjsonl") for (const line of output.trimEnd().split("\n")) JSON.parse(line);
          if (name === "json") expect(JSON.parse(output).findings.map((f: { key: string }) => f.key).every((k: string) => keys.includes(k))).toBe(true);
          if (name === "junit") {
            const file = path.join(folder, `junit-${run}.xml`);
            writeFileSync(file, output);
            junitFiles.push(file);
          }
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: runs },
    );
    // Every JUnit report of the run is well-formed XML and valid against the JUnit schema (xmllint exits non-zero otherwise).
    for (let i = 0; i < junitFiles.length; i += 200) execFileSync("xmllint", ["--noout", "--schema", schema, ...junitFiles.slice(i, i + 200)], { stdio: "pipe" });
  }, 600_000);
});
