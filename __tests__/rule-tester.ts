/**
 * RuleTester, in the spirit of ESLint's: a rule's table of cases, each run through the library's
 * `check` on a catalog tree written to a temporary folder (the path every user's run takes, the
 * alignment included) with every other rule off, and compared with the EXACT list of findings.
 *
 * The tables are data, __tests__/rules/cases/<rule-id>.json. To see what a case reports today, run
 * `CONCORD_SHOW_FINDINGS=1 npx jest __tests__/rules/rule-tables.test.ts -t RULE-ID`; after a rule's
 * behaviour changes on purpose, `CONCORD_UPDATE_TABLES=1` (same command) writes each run case's
 * findings into its table, for review in `git diff` before committing.
 */
import { execFileSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { check } from "../src/engine/check";
import { rules, rulesById } from "../src/rules";
import type { Finding } from "../src/types";
import { tempTree } from "./helpers";

type Texts = Record<string, string>;

/**
 * The bundled sample article (locales/<article>/article.json) with an accident planted, as a
 * translator makes it: keys stay in place and the values move (a drop moves every later value up a
 * key, an insertion or a split down one, the last value taking a new key p15).
 */
export interface PlantedArticle {
  article: "en" | "uk" | "ru";
  /** Values replaced in place, by key (nothing moves). */
  set?: Texts;
  /** These keys' values dropped. */
  drop?: string[];
  /** This key's value joined with the next one's, with a space. */
  join?: string;
  /** This key's value cut in two after its first sentence. */
  split?: string;
  /** These two keys' values exchanged. */
  swap?: [string, string];
  /** A value inserted before this key's: [key, text]. */
  insert?: [string, string];
}

type CatalogText = string | Texts | PlantedArticle;

/** One finding as a table states it: everything a rule decides, nothing the engine derives from it. */
export interface ExpectedFinding {
  messageId: string;
  /** The key the finding stands at (the target's, or the source's when there is no target paragraph). */
  key: string;
  /** The source paragraph's key when it differs from `key`; null when the finding has no source paragraph. */
  sourceKey?: string | null;
  /** Exactly the finding's data (omitted: none). */
  data?: Record<string, unknown>;
  /** The range in the paragraph's text, [start, end) (omitted: the finding marks the whole value). */
  range?: [number, number];
  /** Present when the finding points at the source paragraph (a paragraph without a translation, or the rule says so). */
  side?: "source";
  /** The paragraph's text after applying this finding's fix alone: required exactly when it has a fix. */
  fixed?: string;
  /** Only when the finding weighs less than its rule's default (weaker evidence). */
  severity?: string;
}

export interface RuleCase {
  name: string;
  locale: "uk" | "ru";
  /** The source (en) namespace: one paragraph under key p01, or paragraphs by key in reading order. */
  source: CatalogText;
  /** The translation; null when the target locale has no file for the namespace. */
  target: CatalogText | null;
  /** With --since: the texts both sides had at the base revision (committed to a git repository first). */
  before?: { source: CatalogText; target: CatalogText };
  glossary?: Record<string, Record<string, string>>;
  /** The same source translated into the other target language (ru for a uk case, uk for a ru one): a sibling witness. */
  sibling?: CatalogText;
  /** The exact findings, in the order Concord reports them; [] for a case that must pass. */
  findings: ExpectedFinding[];
}

export type RuleCases = readonly RuleCase[];

export function planted(plan: PlantedArticle): Texts {
  const article = JSON.parse(readFileSync(path.join(__dirname, "..", "locales", plan.article, "article.json"), "utf8")) as Texts;
  const keys = Object.keys(article);
  const values = keys.map((key) => plan.set?.[key] ?? article[key]);
  const at = (key: string) => {
    if (!keys.includes(key)) throw new Error(`the article has no key ${key}`);
    return keys.indexOf(key);
  };
  if (plan.swap) [values[at(plan.swap[0])], values[at(plan.swap[1])]] = [values[at(plan.swap[1])], values[at(plan.swap[0])]];
  if (plan.join) values.splice(at(plan.join), 2, `${values[at(plan.join)]} ${values[at(plan.join) + 1]}`);
  if (plan.split) {
    const [first, ...rest] = values[at(plan.split)].split(/(?<=\.) /);
    values.splice(at(plan.split), 1, first, rest.join(" "));
  }
  if (plan.insert) values.splice(at(plan.insert[0]), 0, plan.insert[1]);
  const dropped = new Set((plan.drop ?? []).map(at));
  const kept = values.filter((_, i) => !dropped.has(i));
  return Object.fromEntries(kept.map((value, i) => [keys[i] ?? `p${15 + i - keys.length}`, value]));
}

const textsOf = (value: CatalogText): Texts => (typeof value === "string" ? { p01: value } : "article" in value ? planted(value as PlantedArticle) : (value as Texts));
const json = (value: CatalogText) => `${JSON.stringify(textsOf(value), null, 2)}\n`;

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd, stdio: "ignore" });
}

/** The catalog tree of a case, as files under a new temporary folder (a git repository when the case has `before`). */
const otherTarget = (locale: "uk" | "ru") => (locale === "uk" ? "ru" : "uk");

function treeOf(c: RuleCase): string {
  const files = (source: CatalogText, target: CatalogText | null): Texts => ({
    "locales/en/article.json": json(source),
    ...(c.sibling !== undefined ? { [`locales/${otherTarget(c.locale)}/article.json`]: json(c.sibling) } : {}),
    // Without a file for the namespace, the locale still needs one catalog to be a target locale.
    ...(target === null ? { "locales/en/other.json": "{}\n", [`locales/${c.locale}/other.json`]: "{}\n" } : { [`locales/${c.locale}/article.json`]: json(target) }),
  });
  if (!c.before) return tempTree(files(c.source, c.target));
  const root = tempTree(files(c.before.source, c.before.target));
  git(root, "init", "-q", "-b", "main");
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "base");
  for (const [name, content] of Object.entries(files(c.source, c.target))) writeFileSync(path.join(root, name), content);
  return root;
}

/** The paragraph's text after applying the finding's one edit to its catalog file. */
function fixedText(root: string, finding: Finding): string | undefined {
  const fix = (finding as Finding & { fix?: { range: [number, number]; text: string } }).fix;
  if (!fix) return undefined;
  const content = readFileSync(path.join(root, finding.file), "utf8");
  const edited = `${content.slice(0, fix.range[0])}${fix.text}${content.slice(fix.range[1])}`;
  return (JSON.parse(edited) as Texts)[finding.key];
}

/** A finding in the table's notation. */
export function asExpected(root: string, finding: Finding, defaultSeverity?: string): ExpectedFinding {
  const fixed = fixedText(root, finding);
  return {
    messageId: finding.messageId,
    key: finding.key,
    ...(finding.sourceKey !== finding.key ? { sourceKey: finding.sourceKey ?? null } : {}),
    ...(Object.keys(finding.data).length ? { data: finding.data } : {}),
    ...(finding.range ? { range: [finding.range.start, finding.range.end] as [number, number] } : {}),
    ...(finding.side === "source" ? { side: "source" as const } : {}),
    ...(fixed !== undefined ? { fixed } : {}),
    ...(defaultSeverity !== undefined && finding.severity !== defaultSeverity ? { severity: finding.severity } : {}),
  };
}

/** What `check` reports for the case with only `ruleId` on (at its default severity, or warning when it is off by default). */
export async function findingsOf(ruleId: string, c: RuleCase): Promise<{ findings: ExpectedFinding[]; unfilled: string[] }> {
  const root = treeOf(c);
  const only = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === ruleId ? (rule.meta.defaultSeverity === "off" ? "warning" : rule.meta.defaultSeverity) : "off"] as const));
  const targets = c.sibling !== undefined ? [c.locale, otherTarget(c.locale)] : [c.locale];
  const checked = await check({ locales: "locales", cwd: root, targets, rules: only, ...(c.glossary ? { glossary: c.glossary } : {}), ...(c.before ? { since: "HEAD" } : {}) });
  // The sibling is a witness: its own findings are not the case's.
  const result = { ...checked, findings: checked.findings.filter((finding) => finding.locale === c.locale) };
  if (result.problems.length) throw new Error(`the case's catalogs are not valid input: ${JSON.stringify(result.problems)}`);
  for (const finding of result.findings) if (finding.ruleId !== ruleId) throw new Error(`${finding.ruleId} reported with only ${ruleId} on`);
  const rule = rulesById.get(ruleId)!;
  const unfilled = result.findings.flatMap((finding) => [...(rule.meta.messages[finding.messageId] ?? "").matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((name) => !(name in finding.data)).map((name) => `${finding.messageId}: {{${name}}}`));
  if (result.findings.some((finding) => !(finding.messageId in rule.meta.messages))) unfilled.push("a message id the rule's meta lacks");
  const shownAt = rule.meta.defaultSeverity === "off" ? "warning" : rule.meta.defaultSeverity;
  return { findings: result.findings.map((finding) => asExpected(root, finding, shownAt)), unfilled };
}

/** Splits a table into what meta.test.ts counts: passing and failing cases per locale. */
export function tally(cases: RuleCases): Record<"uk" | "ru", { valid: number; invalid: number }> {
  const count = (locale: "uk" | "ru", failing: boolean) => cases.filter((c) => c.locale === locale && c.findings.length > 0 === failing).length;
  return { uk: { valid: count("uk", false), invalid: count("uk", true) }, ru: { valid: count("ru", false), invalid: count("ru", true) } };
}

/** The folder of the tables, and a rule's table file in it. */
export const casesFolder = path.join(__dirname, "rules", "cases");
export const tableFile = (ruleId: string) => path.join(casesFolder, `${ruleId}.json`);

/** A table as its file holds it: one line per field of a case and per finding. */
export function formatTable(cases: RuleCases): string {
  const line = (value: unknown) => JSON.stringify(value);
  const formatCase = (c: RuleCase) => {
    const { findings, ...fields } = c;
    const head = Object.entries(fields).map(([name, value]) => `    ${line(name)}: ${line(value)},`);
    const listed = findings.length ? `[\n${findings.map((finding) => `      ${line(finding)}`).join(",\n")}\n    ]` : "[]";
    return `  {\n${head.join("\n")}\n    "findings": ${listed}\n  }`;
  };
  return `[\n${cases.map(formatCase).join(",\n")}\n]\n`;
}

export function readTable(ruleId: string): RuleCase[] {
  return JSON.parse(readFileSync(tableFile(ruleId), "utf8")) as RuleCase[];
}

/** One jest test per case of the rule's table: the findings must be exactly the table's, each message filled in. */
export function runRuleTable(ruleId: string): void {
  const cases = readTable(ruleId);
  describe(ruleId, () => {
    afterAll(() => {
      if (process.env.CONCORD_UPDATE_TABLES) writeFileSync(tableFile(ruleId), formatTable(cases));
    });
    test.each(cases.map((c) => [`${c.findings.length ? "flags" : "passes"} [${c.locale}] ${c.name}`, c] as const))("%s", async (_name, c) => {
      const { findings, unfilled } = await findingsOf(ruleId, c);
      if (process.env.CONCORD_SHOW_FINDINGS) process.stdout.write(`${ruleId} [${c.locale}] ${c.name}\n  "findings": ${JSON.stringify(findings)}\n`);
      if (process.env.CONCORD_UPDATE_TABLES) c.findings = findings;
      const expected = c.findings.map((finding) => ({ ...finding, ...(finding.sourceKey === finding.key ? { sourceKey: undefined } : {}) }));
      expect(findings).toEqual(expected.map((finding) => JSON.parse(JSON.stringify(finding))));
      expect(unfilled).toEqual([]);
    });
  });
}
