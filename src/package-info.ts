/**
 * What package.json says about Concord (name, version, where it lives), and the links built from it:
 * a rule's help page is `<repository>/blob/v<version>/docs/rules/<id>.md`, never a hard-coded address.
 */
import { readFileSync } from "fs";
import path from "path";

export interface PackageInfo {
  name: string;
  version: string;
  /** The project's page, e.g. https://github.com/owner/repo#readme (undefined when package.json has none). */
  homepage?: string;
  /** The repository as a web address, without `git+` or `.git` (undefined when unknown). */
  repositoryUrl?: string;
}

/** The package's root: this module sits in src/ (tests) or dist/ (the built package), one level down. */
export const packageRoot = path.join(__dirname, "..");

/** `git+https://host/o/r.git`, `git://host/o/r`, `git@host:o/r.git`, `github:o/r`, `o/r` → `https://host/o/r`. */
export function webUrlOfRepository(repository: unknown): string | undefined {
  const raw = typeof repository === "string" ? repository : typeof repository === "object" && repository !== null ? (repository as { url?: unknown }).url : undefined;
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  let url = raw.trim().replace(/^git\+/, "");
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) url = `https://github.com/${shorthand[1]}`;
  url = url.replace(/^git@([^:]+):/, "https://$1/").replace(/^(?:git|ssh|git\+ssh):\/\/(?:[^@/]+@)?/, "https://");
  if (!/^https?:\/\//.test(url)) return undefined;
  return url.replace(/\.git$/, "").replace(/\/+$/, "");
}

/** The same information from a parsed package.json (exported for tests). */
export function packageInfoOf(manifest: Record<string, unknown>): PackageInfo {
  const homepage = typeof manifest.homepage === "string" && /^https?:\/\//.test(manifest.homepage) ? manifest.homepage : undefined;
  // Without a repository, a homepage on the repository's own site (…/owner/repo#readme) names it too.
  const repositoryUrl = webUrlOfRepository(manifest.repository) ?? (homepage ? webUrlOfRepository(homepage.replace(/#.*$/, "")) : undefined);
  return {
    name: typeof manifest.name === "string" ? manifest.name : "concord",
    version: typeof manifest.version === "string" ? manifest.version : "0.0.0",
    ...(homepage ? { homepage } : repositoryUrl ? { homepage: `${repositoryUrl}#readme` } : {}),
    ...(repositoryUrl ? { repositoryUrl } : {}),
  };
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  cached ??= packageInfoOf(JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as Record<string, unknown>);
  return cached;
}

/** The rule's page at the released version, or undefined when package.json names no repository. */
export function ruleDocsUrl(id: string, info: PackageInfo = packageInfo()): string | undefined {
  return info.repositoryUrl ? `${info.repositoryUrl}/blob/v${info.version}/docs/rules/${encodeURIComponent(id)}.md` : undefined;
}

/** The rule's page itself (docs/rules/<id>.md ships with the package), or undefined when absent. */
export function ruleDocsText(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  try {
    return readFileSync(path.join(packageRoot, "docs", "rules", `${id}.md`), "utf8");
  } catch {
    return undefined;
  }
}
