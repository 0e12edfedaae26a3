/**
 * Gathers what the pure formatters are given besides the result: the version and links from
 * package.json, each rule's help page (read when asked for), and a reader of catalog files.
 */
import { readFileSync } from "fs";
import path from "path";
import { packageInfo, ruleDocsText, ruleDocsUrl } from "../package-info";
import type { RuleMeta } from "../rules/rule";
import type { FormatContext, RuleDocs } from "./format";

export function formatContext(options: { color: boolean; cwd: string; rules: readonly RuleMeta[]; warningsFail?: boolean }): FormatContext {
  const info = packageInfo();
  const ruleDocs: Record<string, RuleDocs> = {};
  for (const meta of options.rules) {
    const url = ruleDocsUrl(meta.id, info);
    const docs: RuleDocs = { ...(url ? { url } : {}) };
    // The page is read when a formatter asks for it (SARIF does), not for every report.
    let markdown: string | undefined | null = null;
    Object.defineProperty(docs, "markdown", { enumerable: true, get: () => (markdown === null ? (markdown = ruleDocsText(meta.id) || undefined) : markdown) });
    ruleDocs[meta.id] = docs;
  }
  const files = new Map<string, string | undefined>();
  const fileText = (file: string) => {
    if (!files.has(file)) {
      try {
        files.set(file, readFileSync(path.resolve(options.cwd, file), "utf8").replace(/^\uFEFF/, ""));
      } catch {
        files.set(file, undefined);
      }
    }
    return files.get(file);
  };
  return { color: options.color, warningsFail: Boolean(options.warningsFail), toolVersion: info.version, rules: options.rules, ruleDocs, ...(info.homepage ? { homepage: info.homepage } : {}), fileText };
}
