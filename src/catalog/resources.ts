/**
 * Holds the loaded catalogs in an i18next instance, so that keys resolve exactly as i18next
 * resolves them for readers (flat keys, one namespace at a time).
 */
import i18next, { type i18n } from "i18next";
import type { Catalog, Paragraph } from "../types";

export class CatalogResources {
  private readonly i18n: i18n;
  private readonly byKey = new Map<string, Map<string, Paragraph>>();

  constructor() {
    this.i18n = i18next.createInstance();
    this.i18n.init({ initAsync: false, resources: {}, keySeparator: false, nsSeparator: false, fallbackLng: false });
  }

  add(catalog: Catalog): void {
    // No prototype: a catalog key "__proto__" or "constructor" is a key, never a way into Object.prototype.
    const texts: Record<string, string> = Object.create(null);
    const index = new Map<string, Paragraph>();
    for (const paragraph of catalog.paragraphs) {
      texts[paragraph.key] = paragraph.text;
      index.set(paragraph.key, paragraph);
    }
    this.i18n.addResourceBundle(catalog.locale, catalog.namespace, texts, false, true);
    this.byKey.set(`${catalog.locale}\u0000${catalog.namespace}`, index);
  }

  /** The paragraph a reader of `locale` gets for `key`, if the catalog has one. */
  lookup(locale: string, namespace: string, key: string): Paragraph | undefined {
    if (this.i18n.getResource(locale, namespace, key) === undefined) return undefined;
    return this.byKey.get(`${locale}\u0000${namespace}`)?.get(key);
  }

  /** Frees a namespace once it is checked: memory must not grow with the number of namespaces. */
  remove(catalog: Catalog): void {
    this.i18n.removeResourceBundle(catalog.locale, catalog.namespace);
    this.byKey.delete(`${catalog.locale}\u0000${catalog.namespace}`);
  }
}
