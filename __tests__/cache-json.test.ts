/**
 * The JSON a cache entry keeps (each group's findings as the report writes them): a re-run copies
 * those bytes into the report, which stays the one a plain run writes, held in memory or spilled,
 * across threads, written to a file or printed; a cache of the previous layout is not read.
 */
import { createHash } from "crypto";
import { readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { deserialize, serialize } from "v8";
import { check } from "../src/engine/check";
import { HeldFindings, heldGroup } from "../src/engine/held";
import { formatContext, formatters, streamingFormatters } from "../src/formatters";
import { findingsJson } from "../src/formatters/json";
import { rules } from "../src/rules";
import type { Finding, RunResult } from "../src/types";
import { runCli, tempTree } from "./helpers";

const ntrex = path.join(__dirname, "..", "corpora", "ntrex", "locales");
const context = formatContext({ color: false, cwd: process.cwd(), rules: rules.map((rule) => rule.meta) });

/** The streamed JSON report of `result` with `held` as its findings, its pieces joined as bytes. */
function streamed(result: RunResult, held: HeldFindings): string {
  const pieces = [...streamingFormatters.json({ ...result, findings: [] }, held.inOrder(), context)];
  return Buffer.concat(pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece))).toString();
}

/** A cache file's parts: where the magic line ends, its header, its index and its blob. */
function cacheParts(bytes: Buffer) {
  const magicEnd = bytes.indexOf(10) + 1;
  const headerEnd = bytes.indexOf(10, magicEnd);
  const header = JSON.parse(bytes.toString("utf8", magicEnd, headerEnd));
  const blob = bytes.subarray(headerEnd + 1 + header.index);
  const index = JSON.parse(bytes.toString("utf8", headerEnd + 1, headerEnd + 1 + header.index)) as Record<string, { groups: number[][] }>;
  return { magicEnd, header, blob, index };
}

function finding(file: string, line: number, message: string): Finding {
  return { ruleId: "number-mismatch", messageId: "m", message, severity: "warning", locale: "uk", namespace: "n", key: `k${line}`, file, line, column: 1, endLine: line, endColumn: 2, data: { n: line } };
}

describe("findings kept with their JSON", () => {
  let result: RunResult;
  beforeAll(async () => {
    result = await check({ locales: ntrex, namespaces: readdirSync(path.join(ntrex, "en")).sort().slice(0, 8).map((file) => file.replace(/\.json$/, "")) });
  });

  /** The result's findings held by file, each group with its JSON. */
  const withJson = (budget?: number) => {
    const held = new HeldFindings(budget === undefined ? {} : { budget });
    const byFile = new Map<string, Finding[]>();
    for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const [file, findings] of byFile) held.addGroup(heldGroup(file, findings, findingsJson(findings)));
    return held;
  };

  test("make the report a plain run writes, in memory, spilled and passed to another thread", () => {
    expect(new Set(result.findings.map((f) => f.file)).size).toBeGreaterThan(2);
    const whole = formatters.json(result, context);
    expect(streamed(result, withJson())).toBe(whole);
    const spilled = withJson(0);
    expect(spilled.spilled).toBe(true);
    expect(streamed(result, spilled)).toBe(whole);
    expect(streamed(result, HeldFindings.fromTransfer(structuredClone(withJson().toTransfer())))).toBe(whole);
    const none = { ...result, findings: [], summary: { ...result.summary, errors: 0, warnings: 0, infos: 0 } };
    expect(streamed(none, new HeldFindings())).toBe(formatters.json(none, context));
  });

  test("are copied as kept; groups the order ranks equal, and plain reading, decode the findings", () => {
    const kept = [finding("locales/uk/a.json", 1, "decoded")];
    const copied = [finding("locales/uk/a.json", 1, "copied")];
    const held = new HeldFindings();
    held.addGroup(heldGroup("locales/uk/a.json", kept, findingsJson(copied)));
    const report = (h: HeldFindings) => JSON.parse(streamed({ ...result, findings: [] }, h)).findings.map((f: Finding) => f.message);
    expect(report(held)).toEqual(["copied"]);
    expect([...held.inOrder()].map((f) => f.message)).toEqual(["decoded"]);
    // "é" composed and decomposed rank equal: their groups are sorted together from their findings.
    const equal = new HeldFindings();
    equal.addGroup(heldGroup("locales/uk/caf\u00e9.json", [finding("locales/uk/caf\u00e9.json", 2, "second")], findingsJson([finding("x", 2, "not used")])));
    equal.addGroup(heldGroup("locales/uk/cafe\u0301.json", [finding("locales/uk/cafe\u0301.json", 1, "first")], findingsJson([finding("x", 1, "not used")])));
    expect(report(equal)).toEqual(["first", "second"]);
  });
});

describe("a cached re-run's JSON report", () => {
  const files = {
    "locales/en/a.json": JSON.stringify({ p1: "It cost 12 million pounds.", p2: "The mayor said «yes»." }),
    "locales/uk/a.json": JSON.stringify({ p1: "Це коштувало 13 мільйонів фунтів.", p2: "Мер сказав «так»." }),
    "locales/en/b.json": JSON.stringify({ p1: "Crowds of 40,000 came." }),
    "locales/uk/b.json": JSON.stringify({ p1: "Прийшли натовпи з 45 000 людей." }),
    "locales/ru/a.json": JSON.stringify({ p1: "Это стоило 12 миллионов фунтов.", p2: "Мэр сказал «да»." }),
    "locales/ru/b.json": JSON.stringify({ p1: "Пришли толпы в 40 000 человек." }),
  };
  const json = ["check", "--locales", "locales", "--format", "json"];

  /** A tree checked plainly, then once with --cache: the plain run's output and the cache file. */
  const cachedOnce = async () => {
    const root = tempTree(files);
    const plain = await runCli(json, root);
    await runCli([...json, "--cache"], root);
    return { root, plain, cache: path.join(root, ".concordcache") };
  };

  test("written to a file or printed, is the plain run's, also with --jobs 2", async () => {
    const root = tempTree(files);
    const plain = await runCli(json, root);
    expect(JSON.parse(plain.stdout).findings.length).toBeGreaterThan(1);
    for (const extra of [[], [], ["--jobs", "2"]]) {
      expect(await runCli([...json, "--cache", ...extra], root)).toEqual(plain);
      const written = await runCli([...json, "--cache", "--output", "out.json", ...extra], root);
      expect([written.code, readFileSync(path.join(root, "out.json"), "utf8")]).toEqual([plain.code, plain.stdout]);
    }
  });

  test("does not come from a cache of the previous layout (findings without their JSON), which is rewritten", async () => {
    const { root, plain, cache } = await cachedOnce();
    const bytes = readFileSync(cache);
    const { magicEnd, header, blob, index } = cacheParts(bytes);
    expect(bytes.toString("latin1", 0, magicEnd)).toBe("concord-cache 4\n");
    // Layout 3, whole and under the same key: each group its serialized findings alone, a message changed in each.
    const parts: Buffer[] = [];
    let at = 0;
    for (const entry of Object.values(index)) {
      entry.groups = entry.groups.map(([file, count, from, length]) => {
        const findings = (deserialize(blob.subarray(from, from + length)) as Finding[]).map((f) => ({ ...f, message: "from layout 3" }));
        const serialized = serialize(findings);
        parts.push(serialized);
        at += serialized.length;
        return [file, count, at - serialized.length, serialized.length];
      });
    }
    const indexBytes = Buffer.from(JSON.stringify(index));
    const old = { ...header, index: indexBytes.length, blob: at, sha256: createHash("sha256").update(indexBytes).update(Buffer.concat(parts)).digest("hex") };
    writeFileSync(cache, Buffer.concat([Buffer.from(`concord-cache 3\n${JSON.stringify(old)}\n`), indexBytes, ...parts]));
    expect(await runCli([...json, "--cache"], root)).toEqual(plain);
    expect(readFileSync(cache).toString("latin1", 0, magicEnd)).toBe("concord-cache 4\n");
    expect(await runCli([...json, "--cache"], root)).toEqual(plain);
  });

  test("a cache whose JSON holds controls or is empty for its findings is not read, and is rewritten", async () => {
    const { root, plain, cache } = await cachedOnce();
    const good = readFileSync(cache);
    /** The cache with each group's JSON range pointed at `forge(old)`, appended to the blob (checksum right). */
    const forged = (forge: (old: Buffer) => Buffer): Buffer => {
      const { header, blob, index } = cacheParts(good);
      const parts: Buffer[] = [blob];
      let at = blob.length;
      for (const entry of Object.values(index)) {
        entry.groups = entry.groups.map(([file, count, from, length, jsonAt, jsonLength]) => {
          const json = forge(blob.subarray(jsonAt, jsonAt + jsonLength));
          parts.push(json);
          at += json.length;
          return [file, count, from, length, at - json.length, json.length];
        });
      }
      const indexBytes = Buffer.from(JSON.stringify(index));
      const sha256 = createHash("sha256").update(indexBytes).update(Buffer.concat(parts)).digest("hex");
      return Buffer.concat([Buffer.from(`concord-cache 4\n${JSON.stringify({ ...header, index: indexBytes.length, blob: at, sha256 })}\n`), indexBytes, ...parts]);
    };
    const forgeries = [
      (old: Buffer) => Buffer.concat([Buffer.from("\u001b]0;owned\u0007"), old]),
      (old: Buffer) => Buffer.concat([old, Buffer.from("\u202e")]),
      (old: Buffer) => Buffer.concat([old, Buffer.from([0xc2, 0x9b])]),
      (old: Buffer) => Buffer.concat([old, Buffer.from([0xff])]),
      () => Buffer.alloc(0),
    ];
    for (const forge of forgeries) {
      writeFileSync(cache, forged(forge));
      expect(await runCli([...json, "--cache"], root)).toEqual(plain);
      expect(readFileSync(cache)).toEqual(good);
    }
    // Forged JSON that is safe is copied as kept: the forgeries above reached the check.
    writeFileSync(cache, forged((old) => Buffer.from(old.toString().replace(/"line": /g, '"line":  '))));
    const copied = await runCli([...json, "--cache"], root);
    expect(copied.stdout).not.toBe(plain.stdout);
    expect(copied.stdout.replace(/"line":  /g, '"line": ')).toBe(plain.stdout);
  });
  test("a group's JSON rides along without counting against the spill budget", () => {
    const findings = [finding("locales/uk/a.json", 1, "one"), finding("locales/uk/a.json", 2, "two")];
    const group = heldGroup("locales/uk/a.json", findings, findingsJson(findings));
    expect(group.json!.length).toBeGreaterThan(0);
    const atBytes = new HeldFindings({ budget: group.bytes.length });
    atBytes.addGroup(group);
    expect(atBytes.spilled).toBe(false);
    const below = new HeldFindings({ budget: group.bytes.length - 1 });
    below.addGroup(group);
    expect(below.spilled).toBe(true);
    // Spilled, the JSON comes back from the file as kept.
    expect([...below.inOrder().withJson()]).toEqual([group.json]);
    expect([...below.inOrder()]).toEqual(findings);
    below.dispose();
  });
});
