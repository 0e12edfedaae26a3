/** What changed in the source since a git revision, paragraph by paragraph, and which translations followed. */
import { openTree, readNamespaces } from "../catalog/tree";
import { markdownCode } from "../text/escape";
import { showWordDiff, wordDiff, type WordChange } from "../rules/stale-translation";
import type { Catalog } from "../types";

export interface SourceChange {
  namespace: string;
  key: string;
  kind: "changed" | "added" | "removed";
  before?: string;
  after?: string;
  diff?: WordChange[];
  /** Per target locale: whether its paragraph changed too ("followed"), stayed ("stale") or is absent. */
  translations: Record<string, "followed" | "stale" | "absent">;
}

function textsOf(catalog: Catalog | undefined): Map<string, string> {
  return new Map((catalog?.paragraphs ?? []).map((p) => [p.key, p.text]));
}

export async function sourceChanges(options: { locales: string; since: string; layout?: string; source?: string; targets?: string[]; cwd?: string }): Promise<{ source: string; targets: string[]; changes: SourceChange[] }> {
  const tree = await openTree(options);
  const { layout } = tree;
  const changes: SourceChange[] = [];
  for await (const reading of readNamespaces(tree, layout.namespaces, true)) {
    const { namespace, previous } = reading;
    const before = previous?.source ?? new Map<string, string>();
    const after = textsOf(reading.loaded?.source.catalog);
    const targets = new Map(reading.targets.map((t) => [t.locale, { before: previous?.targets.get(t.locale) ?? new Map<string, string>(), after: textsOf(t.catalog) }]));
    const keys = [...new Set([...after.keys(), ...before.keys()])];
    for (const key of keys) {
      const old = before.get(key);
      const fresh = after.get(key);
      if (old === fresh) continue;
      const translations: SourceChange["translations"] = {};
      for (const [locale, target] of targets) {
        const t = target.after.get(key);
        translations[locale] = t === undefined ? "absent" : t !== target.before.get(key) ? "followed" : "stale";
      }
      changes.push({
        namespace,
        key,
        kind: old === undefined ? "added" : fresh === undefined ? "removed" : "changed",
        ...(old !== undefined ? { before: old } : {}),
        ...(fresh !== undefined ? { after: fresh } : {}),
        ...(old !== undefined && fresh !== undefined ? { diff: wordDiff(old, fresh, layout.language(layout.source)) } : {}),
        translations,
      });
    }
  }
  return { source: layout.source, targets: layout.targets, changes };
}

/**
 * `concord diff`'s Markdown: a table of the changed paragraphs. Keys and texts are code spans
 * (markdownCode), so nothing in a catalog renders, links, fetches, mentions or breaks the table.
 */
export function changesAsMarkdown(result: Awaited<ReturnType<typeof sourceChanges>>, since: string): string {
  const code = (text: string) => markdownCode(text, { inTable: true });
  if (result.changes.length === 0) return `No source paragraph changed since ${markdownCode(since)}.\n`;
  const lines = [`### Source changes since ${markdownCode(since)}`, "", `| paragraph | change | ${result.targets.map(code).join(" | ")} |`, `|---|---|${result.targets.map(() => "---").join("|")}|`];
  const mark = { followed: "✅ followed", stale: "⚠️ stale", absent: "— absent" } as const;
  for (const c of result.changes) {
    const shown = c.diff ? showWordDiff(c.diff) : c.kind === "added" ? `{+${c.after}+}` : `[-${c.before}-]`;
    lines.push(`| ${code(`${c.namespace}:${c.key}`)} | ${code(shown.replace(/\s+/g, " "))} | ${result.targets.map((t) => mark[c.translations[t]]).join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}
