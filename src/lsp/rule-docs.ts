/**
 * A rule's docs link for the editor, built from package.json as CONTRACTS.md point 1 says
 * (`<repository>/blob/v<version>/docs/rules/<id>.md`); the bundled page when there is no repository.
 * Stands in for src/package-info.ts's `ruleDocsUrl` until the branches are merged.
 */
import { readFileSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";

const PACKAGE_ROOT = path.join(__dirname, "..", "..");

let repository: { url?: string; version: string } | undefined;

function manifest(): { url?: string; version: string } {
  if (!repository) {
    const parsed = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string; repository?: string | { url?: string } };
    const raw = typeof parsed.repository === "string" ? parsed.repository : parsed.repository?.url;
    const url = raw?.replace(/^git\+/, "").replace(/\.git$/, "");
    repository = { version: parsed.version, ...(url && /^https:\/\//.test(url) ? { url } : {}) };
  }
  return repository;
}

export function ruleDocsUrl(id: string): string {
  const { url, version } = manifest();
  return url ? `${url}/blob/v${version}/docs/rules/${id}.md` : pathToFileURL(path.join(PACKAGE_ROOT, "docs", "rules", `${id}.md`)).href;
}
