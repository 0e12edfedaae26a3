/**
 * A run's findings held compactly until they are written: per catalog file, sorted as a report
 * sorts them and serialized (v8's structured clone, as worker threads pass them), decoded one
 * file at a time when a formatter reads them. A finding as objects costs a few KB; serialized,
 * its bytes.
 */
import { deserialize, serialize } from "v8";
import type { Finding } from "../types";
import { sortFindings } from "./pipeline";

export interface HeldGroup {
  /** The file of the group's findings (files the report's order ranks equal share a group). */
  file: string;
  /** Serialized Finding[], already in report order. */
  bytes: Buffer;
  count: number;
}

const byFile = (a: HeldGroup, b: HeldGroup) => a.file.localeCompare(b.file);

/**
 * A copy in memory of its own size: the serializer's buffer may be larger than its content, and a
 * slice of Buffer's shared pool would keep (and, posted to another thread, clone) the whole pool.
 */
function ownBytes(bytes: Buffer): Buffer {
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  return copy;
}

/**
 * One namespace's findings grouped by file, as the report's order ranks files, each group in report
 * order: two names it ranks equal stay one group in their original order, so that sorting the group
 * gives the order a sort of the whole run gives.
 */
export function groupByFile(findings: readonly Finding[]): Array<{ file: string; findings: Finding[] }> {
  const local: Array<{ file: string; findings: Finding[] }> = [];
  for (const finding of findings) {
    let group = local.find((g) => g.file.localeCompare(finding.file) === 0);
    if (!group) local.push((group = { file: finding.file, findings: [] }));
    group.findings.push(finding);
  }
  return local.map((group) => ({ file: group.file, findings: sortFindings(group.findings) }));
}

/** A group of groupByFile as it is held: serialized. */
export function heldGroup(file: string, findings: readonly Finding[]): HeldGroup {
  return { file, bytes: ownBytes(serialize(findings)), count: findings.length };
}

export class HeldFindings {
  private groups: HeldGroup[] = [];
  private total = 0;

  /** Findings held, of every severity. */
  get size(): number {
    return this.total;
  }

  /** Adds one namespace's findings (past ignores and baseline); namespaces in the run's order. */
  add(findings: readonly Finding[]): void {
    for (const group of groupByFile(findings)) this.addGroup(heldGroup(group.file, group.findings));
  }

  /** Adds a group made by heldGroup (the cache keeps a namespace's groups so). */
  addGroup(group: HeldGroup): void {
    this.groups.push(group);
    this.total += group.count;
  }

  /** Joins another run's held findings (a shard's: disjoint namespaces of the same locales). */
  join(other: HeldFindings): void {
    for (const group of other.groups) this.groups.push(group);
    this.total += other.total;
  }

  /**
   * The findings in report order (that of sortFindings over the whole run), decoded a file at a
   * time: groups of files the order ranks equal are joined and sorted again.
   */
  *inOrder(): Generator<Finding> {
    // A stable sort: groups of equal-ranked files stay in the order they were added.
    const groups = [...this.groups].sort(byFile);
    for (let i = 0; i < groups.length; ) {
      let end = i + 1;
      while (end < groups.length && byFile(groups[i], groups[end]) === 0) end++;
      const decoded = groups.slice(i, end).map((group) => deserialize(group.bytes) as Finding[]);
      yield* decoded.length === 1 ? decoded[0] : sortFindings(decoded.flat());
      i = end;
    }
  }

  /** Every finding, in report order, as one list (for the library's RunResult and formatters that need the whole run). */
  all(): Finding[] {
    return [...this.inOrder()];
  }

  /** What a worker thread posts back: the serialized groups, cheap to clone. */
  toTransfer(): { groups: HeldGroup[]; total: number } {
    return { groups: this.groups, total: this.total };
  }

  static fromTransfer(data: { groups: HeldGroup[]; total: number }): HeldFindings {
    const held = new HeldFindings();
    held.groups = data.groups.map((group) => ({ ...group, bytes: Buffer.from(group.bytes.buffer, group.bytes.byteOffset, group.bytes.byteLength) }));
    held.total = data.total;
    return held;
  }
}
