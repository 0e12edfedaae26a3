/** Test helpers: run rules on in-memory catalogs, and make temporary catalog trees on disk. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { parseCatalog } from "../src/catalog/parse";
import { main } from "../src/cli/main";
import { activeRules } from "../src/engine/check";
import { alignNamespace } from "../src/engine/alignment";
import { compareCatalogs, type Side, type SiblingSide } from "../src/engine/compare";
import { createTextView } from "../src/engine/text-view";
import { profileFor } from "../src/engine/profiles";
import type { Catalog, Finding, Paragraph, SeveritySetting } from "../src/types";

export function catalogOf(locale: string, paragraphs: Record<string, string>, namespace = "article"): Catalog {
  const content = `${JSON.stringify(paragraphs, null, 2)}\n`;
  const file = `locales/${locale}/${namespace}.json`;
  const parsed = parseCatalog(content, file);
  if (!parsed.readable) throw new Error(`test catalog does not parse: ${JSON.stringify(parsed.problems)}`);
  return { locale, namespace, file, paragraphs: parsed.paragraphs, content };
}

/** A second target of the namespace: the same source translated into another language. */
export interface SiblingCatalog {
  locale: string;
  paragraphs: Record<string, string>;
}

/** Runs only `ruleId` (at its default severity) over two in-memory catalogs, pairing by key. */
export function runRule(ruleId: string, source: Record<string, string>, target: Record<string, string>, targetLocale: string, sourceLocale = "en", sibling?: SiblingCatalog): Finding[] {
  const overrides: Record<string, SeveritySetting> = {};
  const sourceCatalog = catalogOf(sourceLocale, source);
  const targetCatalog = catalogOf(targetLocale, target);
  const active = activeRules(overrides).filter((entry) => entry.rule.meta.id === ruleId);
  if (active.length === 0) throw new Error(`no rule ${ruleId}`);
  const from = profileFor(sourceLocale);
  const to = profileFor(targetLocale);
  const sourceSide = { catalog: sourceCatalog, profile: from, text: createTextView(sourceCatalog.paragraphs, from) };
  const targetSide = { catalog: targetCatalog, profile: to, text: createTextView(targetCatalog.paragraphs, to) };
  const siblings = sibling ? [siblingSide(sourceSide, sibling)] : undefined;
  return compareCatalogs({ source: sourceSide, target: targetSide, ...alignNamespace(sourceSide, targetSide), ...(siblings ? { siblings } : {}) }, active);
}

function siblingSide(sourceSide: Side, sibling: SiblingCatalog): SiblingSide {
  const catalog = catalogOf(sibling.locale, sibling.paragraphs);
  const profile = profileFor(sibling.locale);
  const side = { catalog, profile, text: createTextView(catalog.paragraphs, profile) };
  const bySource = new Map<Paragraph, Paragraph>();
  for (const pair of alignNamespace(sourceSide, side).pairs) if (pair.source && pair.target) bySource.set(pair.source, pair.target);
  return { profile, text: side.text, bySource };
}

/** The temporary folders this test file made, removed when its tests are done (a full run had left some sixty behind each time). */
const made: string[] = [];
afterAll(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Writes a catalog tree into a new temporary folder and returns its path (removed after the file's tests). */
export function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "concord-test-"));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** Runs the CLI in-process, as the shell would, and collects what it prints. */
export async function runCli(args: string[], cwd: string = process.cwd(), env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env, cwd });
  return { code, stdout, stderr };
}
