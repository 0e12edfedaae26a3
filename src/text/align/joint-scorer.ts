/**
 * Two sibling translations aligned as one (they share their keys and say the same by kinship):
 * each link costs the mean of what it costs in each, so that two independent translations of
 * the same accident give twice the evidence of one.
 */
import type { Features } from "./features";
import type { LinkKind, LinkScorer, PairScorer } from "./score";

export class JointScorer implements LinkScorer {
  constructor(
    readonly first: PairScorer,
    readonly second: PairScorer,
  ) {}

  cost(kind: LinkKind, sources: Features[], targets: Features[], keyBonus = true): number {
    if (kind === "1-1") return this.pair(sources[0], targets[0], keyBonus);
    const own = this.first.cost(kind, sources, targets, keyBonus);
    if (!targets.every((f) => f.partner)) return own;
    return (own + this.second.cost(kind, sources, targets.map((f) => f.partner as Features), keyBonus)) / 2;
  }

  pair(source: Features, target: Features, keyBonus = true): number {
    const own = this.first.pair(source, target, keyBonus);
    return target.partner ? (own + this.second.pair(source, target.partner, keyBonus)) / 2 : own;
  }
}
