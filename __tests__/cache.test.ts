/**
 * No finding lost: a plain run, a --jobs 2 run and --cache runs (the first, and one answered from
 * the cache) print the same report byte for byte, on NTREX and on NTREX with planted accidents; a
 * re-run re-checks only the namespaces whose files, configuration or version changed.
 */
import { createHash } from "crypto";
import fs, { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "fs";
import path from "path";
import { deserialize, serialize } from "v8";
import { findingsJson } from "../src/formatters/json";
import type { Finding } from "../src/types";
import { runCli, tempTree } from "./helpers";

const NTREX = path.join(__dirname, "..", "corpora", "ntrex", "locales");

/** The NTREX tree copied, with `plant` applied to each locale's values of each article. */
function ntrexTree(plant: (locale: string, article: number, values: Record<string, string>) => Record<string, string> = (_l, _a, v) => v): string {
  const files: Record<string, string> = {};
  readdirSync(path.join(NTREX, "en"))
    .sort()
    .forEach((article, a) => {
      for (const locale of ["en", "uk", "ru"]) {
        const values = JSON.parse(readFileSync(path.join(NTREX, locale, article), "utf8")) as Record<string, string>;
        files[`locales/${locale}/${article}`] = `${JSON.stringify(plant(locale, a, values), null, 2)}\n`;
      }
    });
  return tempTree(files);
}

/** Accidents of every kind the checker reads, each in some articles: a drop, a merge, a swap, a changed number, a lost quote. */
function planted(locale: string, article: number, values: Record<string, string>): Record<string, string> {
  if (locale === "en") return values;
  const keys = Object.keys(values);
  const texts = keys.map((k) => values[k]);
  const at = 1 + (article % Math.max(1, keys.length - 3));
  switch ((article + (locale === "ru" ? 2 : 0)) % 6) {
    case 0:
      texts.splice(at, 1);
      break;
    case 1:
      texts.splice(at, 2, `${texts[at]} ${texts[at + 1]}`);
      break;
    case 2:
      [texts[at], texts[at + 1]] = [texts[at + 1], texts[at]];
      break;
    case 3:
      texts[at] = texts[at].replace(/\d/, (d) => String((Number(d) + 1) % 10));
      break;
    case 4:
      texts[at] = texts[at].replace(/[«»"“”„]/, "");
      break;
  }
  return Object.fromEntries(texts.map((text, i) => [keys[i], text]));
}

const report = async (root: string, ...extra: string[]) => {
  const { code, stdout, stderr } = await runCli(["check", "--locales", "locales", "--format", "json", ...extra], root);
  return { code, stdout, stderr };
};

describe.each([
  ["NTREX", () => ntrexTree()],
  ["NTREX with planted accidents", () => ntrexTree(planted)],
])("%s", (_name, make) => {
  const root = make();

  test("plain, --jobs 2, a first --cache run and a cached re-run print the same findings", async () => {
    const plain = await report(root, "--jobs", "1");
    expect(JSON.parse(plain.stdout).findings.length).toBeGreaterThan(100);
    expect(await report(root, "--jobs", "2")).toEqual(plain);
    expect(await report(root, "--jobs", "1", "--cache")).toEqual(plain);
    expect(await report(root, "--jobs", "1", "--cache")).toEqual(plain);
    expect(await report(root, "--jobs", "2", "--cache")).toEqual(plain);
  }, 180000);
});

/**
 * The cache file as docs/cache.md lays it out: a magic line, a header line (JSON: key, index and blob
 * lengths, sha256 of both), the index (JSON) and the blob of serialized finding groups, each with
 * its findings' JSON as the report writes them.
 */
interface CacheParts {
  header: { key: string; index: number; blob: number; sha256: string };
  index: Record<string, { groups: Array<[string, number, number, number, number, number]>; stamps: unknown[]; [field: string]: unknown }>;
  blob: Buffer;
}

function readCache(file: string): CacheParts {
  const bytes = readFileSync(file);
  const magicEnd = bytes.indexOf(10) + 1;
  const headerEnd = bytes.indexOf(10, magicEnd);
  const header = JSON.parse(bytes.toString("utf8", magicEnd, headerEnd));
  const indexEnd = headerEnd + 1 + header.index;
  return { header, index: JSON.parse(bytes.toString("utf8", headerEnd + 1, indexEnd)), blob: bytes.subarray(indexEnd) };
}

/** Rewrites a cache file after `edit` changed the findings of its groups (or its header), their JSON written again, with a correct checksum. */
function editCache(file: string, edit: (findings: Record<string, Array<{ message: string }>>, parts: CacheParts) => void): void {
  const parts = readCache(file);
  const findings: Record<string, Array<{ message: string }>> = {};
  for (const [namespace, entry] of Object.entries(parts.index)) findings[namespace] = entry.groups.flatMap(([, , at, length]) => deserialize(parts.blob.subarray(at, at + length)));
  edit(findings, parts);
  const blobs: Buffer[] = [];
  let at = 0;
  const place = (bytes: Buffer): [number, number] => {
    blobs.push(bytes);
    at += bytes.length;
    return [at - bytes.length, bytes.length];
  };
  for (const [namespace, entry] of Object.entries(parts.index)) {
    let next = 0;
    entry.groups = entry.groups.map(([file, count]) => {
      const group = findings[namespace].slice(next, (next += count));
      return [file, count, ...place(serialize(group)), ...place(findingsJson(group as unknown as Finding[]))];
    });
  }
  const index = Buffer.from(JSON.stringify(parts.index));
  const blob = Buffer.concat(blobs);
  const header = { ...parts.header, index: index.length, blob: blob.length, sha256: createHash("sha256").update(index).update(blob).digest("hex") };
  writeFileSync(file, Buffer.concat([Buffer.from(`concord-cache 4\n${JSON.stringify(header)}\n`), index, blob]));
}

/** Files changed this recently are read on the next run whatever their stat says (docs/cache.md, "racy"); past this, their stat is trusted. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2100));

describe("--cache", () => {
  const files = (uk: Record<string, string>) => ({
    "locales/en/a.json": JSON.stringify({ p1: "It cost 12 million pounds.", p2: "The mayor spoke." }),
    "locales/uk/a.json": JSON.stringify(uk),
    "locales/en/b.json": JSON.stringify({ p1: "Crowds of 40,000 came." }),
    "locales/uk/b.json": JSON.stringify({ p1: "Прийшли натовпи з 45 000 людей." }),
  });
  const ukA = { p1: "Це коштувало 12 мільйонів фунтів.", p2: "Виступив мер." };
  const cacheFile = (root: string, file = ".concordcache") => path.join(root, file);
  const messages = (stdout: string) => (JSON.parse(stdout).findings as Array<{ namespace: string; message: string }>).map((f) => `${f.namespace}: ${f.message}`);
  /** Marks b's first finding in the cache, to see it come back when b is answered from the cache. */
  const markB = (root: string, file?: string) =>
    editCache(cacheFile(root, file), (findings) => {
      findings.b[0].message = "from the cache";
    });

  test("a re-run re-checks only the namespace whose file changed", async () => {
    const root = tempTree(files(ukA));
    await report(root, "--cache");
    expect(Object.keys(readCache(cacheFile(root)).index).sort()).toEqual(["a", "b"]);
    // What the cache holds is what a re-run prints for an unchanged namespace: mark b's finding to see it come back.
    markB(root);
    writeFileSync(path.join(root, "locales/uk/a.json"), JSON.stringify({ ...ukA, p1: "Це коштувало 13 мільйонів фунтів." }));
    const rerun = await report(root, "--cache");
    expect(messages(rerun.stdout)).toEqual(expect.arrayContaining(["b: from the cache", expect.stringMatching(/^a: .*12/)]));
    const plain = (await report(root)).stdout;
    const fresh = (JSON.parse(plain).findings as Array<{ namespace: string; message: string }>).find((f) => f.namespace === "b")!.message;
    expect(rerun.stdout).toEqual(plain.replace(JSON.stringify(fresh), JSON.stringify("from the cache")));
  });

  test("a catalog that cannot be stat'ed (a link loop) is the input problem a plain run reports, not a crash", async () => {
    const root = tempTree(files(ukA));
    writeFileSync(path.join(root, "locales/en/loop.json"), JSON.stringify({ p1: "Hello." }));
    fs.symlinkSync("loop.json", path.join(root, "locales/uk/loop.json"));
    const plain = await report(root);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^concord: locales\/uk\/loop\.json: Cannot read the catalog \(ELOOP\)/);
    for (const run of [await report(root, "--cache"), await report(root, "--cache"), await report(root, "--cache", "--jobs", "2")]) expect(run).toEqual(plain);
  });

  test("a changed rule setting, glossary or another version's cache re-checks everything", async () => {
    const root = tempTree(files(ukA));
    await report(root, "--cache");
    markB(root);
    expect(messages((await report(root, "--cache", "--rule", "quote-style=off")).stdout)).not.toContain("b: from the cache");
    // That run wrote its own entries; back to the default settings, marked again.
    await report(root, "--cache");
    markB(root);
    expect(messages((await report(root, "--cache")).stdout)).toContain("b: from the cache");
    writeFileSync(path.join(root, "concord.config.json"), JSON.stringify({ glossary: { uk: { mayor: "мер" } } }));
    expect(messages((await report(root, "--cache")).stdout)).not.toContain("b: from the cache");
    // Another Concord or Node version, or other settings, write another key: such a cache is not read.
    markB(root);
    expect(messages((await report(root, "--cache")).stdout)).toContain("b: from the cache");
    editCache(cacheFile(root), (_findings, parts) => {
      parts.header.key = createHash("sha256").update("concord@0.0.0-other").digest("hex");
    });
    expect(messages((await report(root, "--cache")).stdout)).not.toContain("b: from the cache");
  });

  test("--cache-location names the file; a cache that is not one, truncated or altered is ignored and rebuilt", async () => {
    const root = tempTree({ ...files(ukA), "cache.bin": "not a cache" });
    const plain = await report(root);
    const location = ["--cache", "--cache-location", "cache.bin"];
    expect(await report(root, ...location)).toEqual(plain);
    expect(Object.keys(readCache(cacheFile(root, "cache.bin")).index).sort()).toEqual(["a", "b"]);
    expect(await report(root, ...location)).toEqual(plain);
    markB(root, "cache.bin");
    const marked = readFileSync(cacheFile(root, "cache.bin"));
    expect(messages((await report(root, ...location)).stdout)).toContain("b: from the cache");
    const damaged = [
      marked.subarray(0, marked.length - 10),
      marked.subarray(0, 30),
      Buffer.concat([marked, Buffer.from("x")]),
      // One byte of the findings changed: the lengths hold, the checksum does not.
      Buffer.from(marked.map((byte, i) => (i === marked.length - 40 ? byte ^ 1 : byte))),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      writeFileSync(cacheFile(root, "cache.bin"), bytes);
      expect(await report(root, ...location)).toEqual(plain);
      // Rebuilt: a whole cache again, which the next run reads.
      markB(root, "cache.bin");
      expect(messages((await report(root, ...location)).stdout)).toContain("b: from the cache");
    }
  });

  test("a file whose stat is unchanged is not read again; one edited with its size and mtime restored is", async () => {
    const root = tempTree(files(ukA));
    // Whole seconds, so that utimes (which takes seconds as a float) can set an mtime back exactly.
    const past = Math.floor(Date.now() / 1000) - 60;
    for (const file of Object.keys(files(ukA))) utimesSync(path.join(root, file), past, past);
    await settle();
    const plain = await report(root);
    expect(await report(root, "--cache")).toEqual(plain);
    // The run stamped the files it read with their stat: a re-run reads none of them.
    const stamps = Object.values(readCache(cacheFile(root)).index).flatMap((entry) => entry.stamps);
    expect(stamps).toHaveLength(4);
    expect(stamps.every((stamp) => Array.isArray(stamp) && stamp.length === 5)).toBe(true);
    const read = jest.spyOn(fs, "readFileSync");
    const catalogsRead = () => read.mock.calls.map(([file]) => String(file)).filter((file) => file.includes(`${path.sep}locales${path.sep}`));
    try {
      expect(await report(root, "--cache")).toEqual(plain);
      expect(catalogsRead()).toEqual([]);
      // The same size, the same mtime, other bytes: the ctime (which no program sets back) differs, so the file is read and hashed.
      const file = path.join(root, "locales/uk/a.json");
      const before = statSync(file);
      const edited = JSON.stringify({ ...ukA, p1: "Це коштувало 13 мільйонів фунтів." });
      expect(Buffer.byteLength(edited)).toBe(before.size);
      writeFileSync(file, edited);
      utimesSync(file, past, past);
      expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
      read.mockClear();
      const rerun = await report(root, "--cache");
      // Read once each, to hash them and to check them.
      expect(catalogsRead().sort()).toEqual([path.join(root, "locales/en/a.json"), file]);
      expect(rerun).toEqual(await report(root));
      expect(rerun).not.toEqual(plain);
      // With --jobs the cache is asked first whether the namespace holds, then the run checks it: still one read each.
      writeFileSync(file, JSON.stringify({ ...ukA, p1: "Це коштувало 14 мільйонів фунтів." }));
      read.mockClear();
      const parallel = await report(root, "--cache", "--jobs", "2");
      expect(catalogsRead().sort()).toEqual([path.join(root, "locales/en/a.json"), file]);
      expect(parallel).toEqual(await report(root));
    } finally {
      read.mockRestore();
    }
  });

  test("a file changed just before its stat is taken is read again on the next run, then stamped", async () => {
    const root = tempTree(files(ukA));
    await report(root, "--cache");
    // Written a moment ago: within the file system's timestamp step, an edit might not show in the stat.
    expect(Object.values(readCache(cacheFile(root)).index).flatMap((entry) => entry.stamps)).toEqual([null, null, null, null]);
    await settle();
    markB(root);
    // Read and hashed: the same bytes, so the entry holds (the mark comes back) and is stamped now.
    expect(messages((await report(root, "--cache")).stdout)).toContain("b: from the cache");
    expect(Object.values(readCache(cacheFile(root)).index).flatMap((entry) => entry.stamps).every((stamp) => Array.isArray(stamp) && stamp.length === 5)).toBe(true);
  });

  test("ignores, a baseline, --quiet and the alignment's reports come out of a cached run as out of a plain one", async () => {
    const root = tempTree({ ...files({ p1: "Це коштувало 13 мільйонів фунтів «так».", p2: "Виступив мер." }), "concord.config.json": JSON.stringify({ ignores: [{ rule: "number-mismatch", namespace: "b", reason: "the source rounds" }] }) });
    expect(JSON.parse((await report(root)).stdout).findings.length).toBeGreaterThan(0);
    expect((await runCli(["baseline", "--locales", "locales", "-o", "baseline.json"], root)).code).toBe(0);
    writeFileSync(path.join(root, "locales/uk/a.json"), JSON.stringify({ p1: "Це коштувало 14 мільйонів фунтів «так».", p2: "Виступив мер 2 рази." }));
    const run = async (...extra: string[]) => {
      const { code, stdout, stderr } = await runCli(["check", "--locales", "locales", ...extra], root);
      return { code, stdout, stderr };
    };
    for (const extra of [["--format", "json"], ["--format", "json", "--baseline", "baseline.json"], ["--format", "json", "--quiet"], ["--format", "junit"], ["--format", "html"], ["--format", "sarif"], ["--format", "stylish"]]) {
      const plain = await run(...extra);
      expect(plain.stdout.length).toBeGreaterThan(100);
      expect(await run("--cache", ...extra)).toEqual(plain);
      expect(await run("--cache", ...extra)).toEqual(plain);
    }
  });
});
