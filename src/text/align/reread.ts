/** Reading again, as one, the links around anchors in doubt: an anchor can be a pair that matches by chance. */
import { append } from "../../lists";
import type { Features } from "./features";
import { alignLong } from "./landmarks";
import { shift, totalCost, type Link } from "./links";
import type { LinkScorer } from "./score";

/** How many links either side of an anchor in doubt are aligned again with it. */
const DOUBT_REACH = 32;

/**
 * Aligns again, as one, the links around each anchor in doubt (those at `doubtful`), from a pair
 * DOUBT_REACH links before it to one as far after it, and keeps what costs less: the anchor's
 * reading is one of those the window holds, so the answer is never worse. Windows that overlap
 * are read as one; each link is read again at most once, so the work stays linear.
 */
export function reread(scorer: LinkScorer, source: Features[], target: Features[], links: Link[], doubtful: number[]): Link[] {
  // Where each link's paragraphs begin: the window's paragraphs are the links' between its ends.
  const sourceAt = new Int32Array(links.length + 1);
  const targetAt = new Int32Array(links.length + 1);
  links.forEach((link, k) => {
    sourceAt[k + 1] = sourceAt[k] + link.sources.length;
    targetAt[k + 1] = targetAt[k] + link.targets.length;
  });
  const result: Link[] = [];
  let copied = 0;
  for (let d = 0; d < doubtful.length; ) {
    // The window runs from link `from` up to link `to` (not included), each end at a plain pair or the catalog's end.
    let from = Math.max(copied, doubtful[d] - DOUBT_REACH);
    while (from > copied && links[from - 1].kind !== "1-1") from--;
    let to = Math.min(links.length, doubtful[d] + 1 + DOUBT_REACH);
    for (d++; d < doubtful.length && doubtful[d] < to; d++) to = Math.min(links.length, doubtful[d] + 1 + DOUBT_REACH);
    while (to < links.length && links[to].kind !== "1-1") to++;
    append(result, links.slice(copied, from));
    const windowSource = source.slice(sourceAt[from], sourceAt[to]);
    const windowTarget = target.slice(targetAt[from], targetAt[to]);
    const before = links.slice(from, to);
    const again = alignLong(scorer, windowSource, windowTarget);
    const kept = totalCost(scorer, source, target, before);
    append(result, again.cost < kept ? shift(again.links, sourceAt[from], targetAt[from]) : before);
    copied = to;
  }
  append(result, links.slice(copied));
  return result;
}
