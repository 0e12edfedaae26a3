/**
 * Whether the two sides are paragraphs in reading order, which content can align, or strings that
 * only their keys pair (a UI catalog sorted another way); and keys that moved elsewhere in a file.
 */
import type { Features } from "./features";
import type { Link } from "./links";

/** Below this share of neighbouring keys in the source's order, the key order is no reading order. */
const MIN_ORDER_AGREEMENT = 0.9;
/**
 * Paragraph catalogs number their keys (p01, p02, h01; s01, s02): a translator who skips one
 * fills the next under the wrong number. Semantic keys (auth.sign-in, about.media) cannot shift
 * that way, so their strings are paired by key alone; below this share of numbered keys, they are.
 */
const MIN_NUMBERED_KEYS = 0.5;
/** How far past the last key found the next one is looked for before a map of all keys is made (a drop or two apart). */
const ORDER_LOOKAHEAD = 3;

/**
 * The share of the target's neighbouring keys that stand in the source's order. A catalog of
 * paragraphs keeps it near 1; a UI catalog sorted another way does not.
 */
function orderAgreement(source: Features[], target: Features[]): number {
  // Where each target key stands in the source: looked for just after the last one found (where a
  // catalog in order has it), and in a map of all keys only when not there.
  let sourceIndex: Map<string, number> | undefined;
  const find = (key: string, after: number): number | undefined => {
    for (let i = after + 1; i < source.length && i <= after + ORDER_LOOKAHEAD; i++) if (source[i].key === key) return i;
    sourceIndex ??= new Map(source.map((f, i) => [f.key, i]));
    return sourceIndex.get(key);
  };
  let previous = -1;
  let pairs = 0;
  let inOrder = 0;
  for (const f of target) {
    const i = find(f.key, previous);
    if (i === undefined) continue;
    if (previous >= 0) {
      pairs++;
      if (i > previous) inOrder++;
    }
    previous = i;
  }
  return pairs === 0 ? 1 : inOrder / pairs;
}

function numberedShare(source: Features[]): number {
  return source.length === 0 ? 0 : source.filter((f) => /\d$/.test(f.key)).length / source.length;
}

/** Whether the two sides are paragraphs in reading order, which content can align; if not, keys pair them. */
export function inReadingOrder(source: Features[], target: Features[]): boolean {
  return numberedShare(source) >= MIN_NUMBERED_KEYS && orderAgreement(source, target) >= MIN_ORDER_AGREEMENT;
}

/**
 * A paragraph left as dropped while the target paragraph with its key is left as added was not
 * dropped: its key moved elsewhere in the file (UI catalogs are sorted every which way). Such
 * pairs are joined again by their key.
 */
export function rejoinMovedKeys(links: Link[], source: Features[], target: Features[]): Link[] {
  const added = new Map<string, Link>();
  for (const link of links) if (link.kind === "0-1") added.set(target[link.targets[0]].key, link);
  if (added.size === 0) return links;
  const joined = new Set<Link>();
  const result: Link[] = [];
  for (const link of links) {
    if (link.kind === "1-0") {
      const partner = added.get(source[link.sources[0]].key);
      if (partner && !joined.has(partner)) {
        joined.add(partner);
        result.push({ kind: "1-1", sources: link.sources, targets: partner.targets });
        continue;
      }
    }
    result.push(link);
  }
  return result.filter((link) => !joined.has(link));
}
