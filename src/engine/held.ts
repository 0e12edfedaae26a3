/**
 * A run's findings held compactly until they are written: per catalog file, sorted as a report
 * sorts them and serialized (v8's structured clone, as worker threads pass them), decoded one
 * file at a time when a formatter reads them. A finding as objects costs a few KB; serialized,
 * its bytes.
 */
import { deserialize, serialize } from "v8";
import type { WrittenFindings } from "../formatters/json";
import type { Finding } from "../types";
import { sortFindings } from "./pipeline";
import { SpillFile } from "./spill";

/** Where a group's bytes are: in memory, or ranges of a spill file (its findings, then their JSON when kept). */
type Place = { bytes: Uint8Array; json?: Uint8Array } | { spill: SpillFile; offset: number; length: number; jsonLength?: number };

type Group = {
  /** The file of the group's findings (files the report's order ranks equal share a group). */
  file: string;
  count: number;
} & Place;

/**
 * A group held in memory: what heldGroup makes and the cache keeps per namespace; `json`, when
 * kept, is its findings as the JSON report writes them (formatters/json.ts, findingsJson).
 */
export type HeldGroup = { file: string; count: number; bytes: Uint8Array; json?: Uint8Array };

/** A group as posted to another thread: its bytes, or the spill file's descriptor (shared by the process's threads) and the ranges. */
type TransferredGroup = { file: string; count: number } & ({ bytes: Uint8Array; json?: Uint8Array } | { spill: number; offset: number; length: number; jsonLength?: number });

/**
 * Bytes of findings held in memory before they go to a spill file: those of about 16,000 findings
 * (50k paragraphs × 3 of NTREX). CONCORD_SPILL_BYTES sets another (tests force spilling with a small one).
 */
const DEFAULT_BUDGET = 16 << 20;

function budgetFromEnvironment(): number {
  const given = Number(process.env.CONCORD_SPILL_BYTES);
  return process.env.CONCORD_SPILL_BYTES && Number.isFinite(given) && given >= 0 ? given : DEFAULT_BUDGET;
}

const byFile = (a: Group, b: Group) => a.file.localeCompare(b.file);

/**
 * The bytes in memory of their own size, copied unless they are already: the serializer's buffer may
 * be larger than its content, and a slice of Buffer's shared pool (a short Buffer.from) would keep
 * (and, posted to another thread, clone) the whole pool.
 */
function ownBytes(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes;
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
  // A name met before goes to the group the scan found for it; only a new name is compared (localeCompare is slow).
  const byName = new Map<string, { file: string; findings: Finding[] }>();
  for (const finding of findings) {
    let group = byName.get(finding.file);
    if (!group) {
      group = local.find((g) => g.file.localeCompare(finding.file) === 0);
      if (!group) local.push((group = { file: finding.file, findings: [] }));
      byName.set(finding.file, group);
    }
    group.findings.push(finding);
  }
  return local.map((group) => ({ file: group.file, findings: sortFindings(group.findings) }));
}

/** A group of groupByFile as it is held: serialized, with its findings' JSON when given. */
export function heldGroup(file: string, findings: readonly Finding[], json?: Buffer): HeldGroup {
  return { file, bytes: ownBytes(serialize(findings)), count: findings.length, ...(json ? { json: ownBytes(json) } : {}) };
}

/**
 * The bytes a group counts against the budget: its serialized findings. Its JSON, when kept, rides
 * along uncounted, so a --cache run spills where a plain one does (a cache hit's JSON is a view of
 * the cache's buffer, which stays alive anyway); memory then stays within twice the budget.
 */
const byteLength = (group: Group): number => ("bytes" in group ? group.bytes.length : 0);

/** A group's findings as the JSON report writes them, when it keeps them. */
function jsonOf(group: Group): Uint8Array | undefined {
  if ("bytes" in group) return group.json;
  return group.jsonLength === undefined ? undefined : group.spill.read(group.offset + group.length, group.jsonLength);
}

export class HeldFindings {
  private groups: Group[] = [];
  private total = 0;
  /** Bytes of the groups still in memory. */
  private inMemory = 0;
  /** Every group before this one is in a spill file. */
  private firstInMemory = 0;
  /** The file this instance spills to, made when the budget is first passed. */
  private spill: SpillFile | undefined;
  /** Spill files of joined shards, read back here and closed with this instance. */
  private joined: SpillFile[] = [];
  private readonly budget: number;

  /** `budget`: bytes held in memory before groups go to a temporary file (CONCORD_SPILL_BYTES, else 16 MB). */
  constructor(options: { budget?: number } = {}) {
    this.budget = options.budget ?? budgetFromEnvironment();
  }

  /** Findings held, of every severity. */
  get size(): number {
    return this.total;
  }

  /** Whether some groups went to a temporary file. */
  get spilled(): boolean {
    return this.spill !== undefined || this.joined.length > 0;
  }

  /** Adds one namespace's findings (past ignores and baseline); namespaces in the run's order. */
  add(findings: readonly Finding[]): void {
    for (const group of groupByFile(findings)) this.addGroup(heldGroup(group.file, group.findings));
  }

  /** Adds a group made by heldGroup (the cache keeps a namespace's groups so); past the budget, the groups in memory go to the spill file. */
  addGroup(group: HeldGroup): void {
    this.groups.push(group);
    this.total += group.count;
    this.inMemory += byteLength(group);
    if (this.inMemory > this.budget) this.spillGroups();
  }

  /** Writes the groups held in memory to the spill file, in the order they came, and keeps their ranges. */
  private spillGroups(): void {
    const spill = (this.spill ??= SpillFile.create());
    for (let i = this.firstInMemory; i < this.groups.length; i++) {
      const group = this.groups[i];
      if (!("bytes" in group)) continue;
      const offset = spill.append(group.bytes);
      if (group.json) spill.append(group.json);
      this.groups[i] = { file: group.file, count: group.count, spill, offset, length: group.bytes.length, ...(group.json ? { jsonLength: group.json.length } : {}) };
    }
    this.firstInMemory = this.groups.length;
    this.inMemory = 0;
  }

  /** Joins another run's held findings (a shard's: disjoint namespaces of the same locales). */
  join(other: HeldFindings): void {
    for (const group of other.groups) this.groups.push(group);
    this.total += other.total;
    this.inMemory += other.inMemory;
    for (const spill of [...(other.spill ? [other.spill] : []), ...other.joined]) this.joined.push(spill);
    if (this.inMemory > this.budget) this.spillGroups();
  }

  /**
   * The findings in report order (that of sortFindings over the whole run), decoded a file at a
   * time: groups of files the order ranks equal are joined and sorted again. Read with withJson(),
   * a group alone at its rank that keeps its JSON comes as those bytes instead.
   */
  inOrder(): WrittenFindings {
    return { [Symbol.iterator]: () => this.walk(false) as Iterator<Finding>, withJson: () => this.walk(true) };
  }

  private *walk(withJson: boolean): Generator<Finding | Uint8Array> {
    // A stable sort: groups of equal-ranked files stay in the order they were added.
    const groups = [...this.groups].sort(byFile);
    for (let i = 0; i < groups.length; ) {
      let end = i + 1;
      while (end < groups.length && byFile(groups[i], groups[end]) === 0) end++;
      const json = withJson && end === i + 1 ? jsonOf(groups[i]) : undefined;
      if (json) yield json;
      else {
        const decoded = groups.slice(i, end).map((group) => deserialize("bytes" in group ? group.bytes : group.spill.read(group.offset, group.length)) as Finding[]);
        yield* decoded.length === 1 ? decoded[0] : sortFindings(decoded.flat());
      }
      i = end;
    }
  }

  /** Every finding, in report order, as one list (for the library's RunResult and formatters that need the whole run). */
  all(): Finding[] {
    return [...this.inOrder()];
  }

  /** Frees the spill files now (the system frees them at exit anyway); the findings cannot be read after. */
  dispose(): void {
    for (const spill of [...(this.spill ? [this.spill] : []), ...this.joined]) spill.close();
    this.spill = undefined;
    this.joined = [];
    this.groups = [];
    this.total = 0;
    this.inMemory = 0;
    this.firstInMemory = 0;
  }

  /** What a worker thread posts back: the groups' bytes, or where in its spill file they are (the receiver owns the file then). */
  toTransfer(): { groups: TransferredGroup[]; total: number } {
    const groups = this.groups.map((group): TransferredGroup =>
      "bytes" in group ? group : { file: group.file, count: group.count, spill: group.spill.descriptor, offset: group.offset, length: group.length, ...(group.jsonLength !== undefined ? { jsonLength: group.jsonLength } : {}) },
    );
    return { groups, total: this.total };
  }

  static fromTransfer(data: { groups: TransferredGroup[]; total: number }): HeldFindings {
    const held = new HeldFindings();
    const files = new Map<number, SpillFile>();
    held.groups = data.groups.map((group): Group => {
      if ("bytes" in group) {
        held.inMemory += byteLength(group);
        return group;
      }
      let spill = files.get(group.spill);
      if (!spill) files.set(group.spill, (spill = SpillFile.adopt(group.spill)));
      return { ...group, spill };
    });
    held.joined = [...files.values()];
    held.total = data.total;
    return held;
  }
}
