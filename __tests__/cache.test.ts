/**
 * No finding lost: a plain run, a --jobs 2 run and --cache runs (the first, and one answered from
 * the cache) print the same report byte for byte, on NTREX and on NTREX with planted accidents; a
 * re-run re-checks only the namespaces whose files, configuration or version changed.
 */
import { readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
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

describe("--cache", () => {
  const files = (uk: Record<string, string>) => ({
    "locales/en/a.json": JSON.stringify({ p1: "It cost 12 million pounds.", p2: "The mayor spoke." }),
    "locales/uk/a.json": JSON.stringify(uk),
    "locales/en/b.json": JSON.stringify({ p1: "Crowds of 40,000 came." }),
    "locales/uk/b.json": JSON.stringify({ p1: "Прийшли натовпи з 45 000 людей." }),
  });
  const cacheOf = (root: string, file = ".concordcache") => JSON.parse(readFileSync(path.join(root, file), "utf8"));
  const messages = (stdout: string) => (JSON.parse(stdout).findings as Array<{ namespace: string; message: string }>).map((f) => `${f.namespace}: ${f.message}`);

  test("a re-run re-checks only the namespace whose file changed", async () => {
    const root = tempTree(files({ p1: "Це коштувало 12 мільйонів фунтів.", p2: "Виступив мер." }));
    await report(root, "--cache");
    const cache = cacheOf(root);
    expect(Object.keys(cache.entries).sort()).toEqual(["a", "b"]);
    // What the cache holds is what a re-run prints for an unchanged namespace: mark b's finding to see it come back.
    cache.entries.b.findings[0].message = "from the cache";
    writeFileSync(path.join(root, ".concordcache"), JSON.stringify(cache));
    writeFileSync(path.join(root, "locales/uk/a.json"), JSON.stringify({ p1: "Це коштувало 13 мільйонів фунтів.", p2: "Виступив мер." }));
    const rerun = await report(root, "--cache");
    expect(messages(rerun.stdout)).toEqual(expect.arrayContaining(["b: from the cache", expect.stringMatching(/^a: .*12/)]));
    const plain = (await report(root)).stdout;
    const fresh = (JSON.parse(plain).findings as Array<{ namespace: string; message: string }>).find((f) => f.namespace === "b")!.message;
    expect(rerun.stdout).toEqual(plain.replace(JSON.stringify(fresh), JSON.stringify("from the cache")));
  });

  test("a changed rule setting or another version re-checks everything", async () => {
    const root = tempTree(files({ p1: "Це коштувало 12 мільйонів фунтів.", p2: "Виступив мер." }));
    await report(root, "--cache");
    const cache = cacheOf(root);
    cache.entries.b.findings[0].message = "from the cache";
    writeFileSync(path.join(root, ".concordcache"), JSON.stringify(cache));
    expect(messages((await report(root, "--cache", "--rule", "quote-style=off")).stdout)).not.toContain("b: from the cache");
    writeFileSync(path.join(root, ".concordcache"), JSON.stringify({ ...cache, tool: "concord@0.0.0-other" }));
    expect(messages((await report(root, "--cache")).stdout)).not.toContain("b: from the cache");
  });

  test("--cache-location names the file; a cache that is not JSON is read as empty", async () => {
    const root = tempTree({ ...files({ p1: "Це коштувало 12 мільйонів фунтів.", p2: "Виступив мер." }), "cache.json": "not json" });
    const plain = await report(root);
    expect(await report(root, "--cache", "--cache-location", "cache.json")).toEqual(plain);
    expect(Object.keys(cacheOf(root, "cache.json").entries).sort()).toEqual(["a", "b"]);
    expect(await report(root, "--cache", "--cache-location", "cache.json")).toEqual(plain);
  });
});
