/**
 * What keeps a catalog tree from reaching outside itself or misreading a name: catalog paths and
 * symbolic links stay inside the locales folder, locale names are language tags, file names hold
 * no control characters. Each failure is one ConfigError (exit 2).
 */
import { promises as fs } from "fs";
import path from "path";
import { ConfigError } from "../errors";

type Shown = (...parts: string[]) => string;

function isOutside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** The catalog path, once it is known to lie inside the locales folder. */
export function insideRoot(root: string, file: string, shown: Shown): string {
  // A normalized path that starts with the folder's own is inside it: the common case, without path.relative.
  if (file.length > root.length && file.startsWith(root) && (root.endsWith(path.sep) || file[root.length] === path.sep) && !file.includes("..")) return file;
  if (file === root || isOutside(root, file)) {
    throw new ConfigError({ code: "layout-outside", message: `The catalog path ${file} lies outside the locales folder`, hint: "keep the locale and namespace names free of .. and /", file: shown() });
  }
  return file;
}

/**
 * A symbolic link to a catalog is read only when its real path lies inside the locales folder's
 * (a link planted in a pull request must not put /etc/passwd or a key into a report); a linked
 * folder is never walked into, and one that points outside is refused rather than skipped.
 */
export async function refuseLinksOutside(root: string, links: readonly string[], shown: Shown): Promise<void> {
  if (links.length === 0) return;
  const realRoot = await fs.realpath(root);
  for (const link of new Set(links)) {
    let real: string;
    try {
      real = await fs.realpath(path.join(root, link));
    } catch {
      continue; // a dangling link fails when read, with its own clear error
    }
    if (isOutside(realRoot, real)) {
      throw new ConfigError({ code: "link-outside", message: `${link} is a symbolic link to ${real}, outside the locales folder`, hint: "Concord reads only inside --locales: copy the catalogs in, or point --locales at the folder they are in", file: shown(link) });
    }
  }
}

/**
 * A locale folder (or file) is named by a language tag: two or three letters, then subtags
 * (uk, uk-UA, pt_BR, zh-Hant-TW). Anything else (uk-UA.old, constructor, __proto__) is a backup or
 * a mistake, and i18next would misread it: "." separates its keys.
 */
const LOCALE_NAME = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;

export function checkLocaleName(locale: string, options: { aliases?: Record<string, string> }, shown: Shown): void {
  if (LOCALE_NAME.test(locale) || Object.prototype.hasOwnProperty.call(options.aliases ?? {}, locale)) return;
  throw new ConfigError({
    code: "bad-locale-name",
    message: `${JSON.stringify(locale)} is not a locale name`,
    hint: "name locale folders by language tag (uk, uk-UA, pt_BR) and move backups out of the locales folder, or map the name with an alias",
    file: shown(locale),
  });
}

/** A file name with a line break or another control character is reported, not silently skipped. */
export function refuseControlCharacters(file: string, shown: Shown): void {
  if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(file)) return;
  throw new ConfigError({
    code: "bad-file-name",
    message: `The file name ${JSON.stringify(file)} holds a line break or another control character`,
    hint: "rename the file: i18next and most tools cannot name it",
    file: JSON.stringify(shown(file)).slice(1, -1),
  });
}
