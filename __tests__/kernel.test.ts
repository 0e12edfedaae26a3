/** The kernel is pure (no file system, git or formatters in its imports) and checks a namespace given as data. */
import { readFileSync } from "fs";
import path from "path";
import { activeRules } from "../src/engine/check";
import { checkNamespace, type LoadedNamespace } from "../src/engine/kernel";
import { checkedPairs, reportNamespaces } from "../src/formatters/aligned";
import { catalogOf } from "./helpers";

const SRC = path.join(__dirname, "..", "src");

/** The modules a module loads at run time (type-only imports are erased), resolved to files under src/. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, "utf8");
  const specifiers = [...code.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"|\bimport\("([^"]+)"\)|\brequire\("([^"]+)"\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
  return specifiers.map((spec) => {
    if (!spec.startsWith(".")) return spec;
    const base = path.resolve(path.dirname(file), spec);
    for (const candidate of [`${base}.ts`, path.join(base, "index.ts")]) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // not this one
      }
    }
    throw new Error(`cannot resolve ${spec} from ${file}`);
  });
}

/** Every module reachable from `entry`, with the chain that reaches it. */
function importGraph(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (!file.endsWith(".ts")) continue;
    for (const dependency of importsOf(file)) {
      if (reached.has(dependency)) continue;
      reached.set(dependency, [...reached.get(file)!, dependency]);
      queue.push(dependency);
    }
  }
  return reached;
}

describe("the kernel's imports", () => {
  const graph = importGraph(path.join(SRC, "engine", "kernel.ts"));
  const forbidden = (module: string) =>
    ["fs", "fs/promises", "child_process", "worker_threads"].includes(module.replace(/^node:/, "")) || module.startsWith(path.join(SRC, "formatters")) || module.startsWith(path.join(SRC, "vcs")) || module.startsWith(path.join(SRC, "cli")) || module === path.join(SRC, "catalog", "tree.ts") || module === path.join(SRC, "catalog", "loader.ts");

  test("reach rules, text and alignment", () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining([path.join(SRC, "engine", "alignment.ts"), path.join(SRC, "rules", "index.ts").replace("index.ts", "missing-paragraph.ts")]));
  });

  test("reach no file system, git, worker or formatter module", () => {
    const bad = [...graph.entries()].filter(([module]) => forbidden(module)).map(([, chain]) => chain.map((m) => path.relative(SRC, m)).join(" → "));
    expect(bad).toEqual([]);
  });

  test("the scan sees a forbidden import when there is one", () => {
    const loop = importGraph(path.join(SRC, "engine", "check.ts"));
    expect([...loop.keys()].some(forbidden)).toBe(true);
  });
});

describe("checkNamespace", () => {
  const en = catalogOf("en", { p1: "The bridge opened in 1932.", p2: "It cost 12 million pounds.", p3: "Crowds of 40,000 came.", p4: "The mayor spoke." });
  const uk = catalogOf("uk", { p1: "Міст відкрили 1932 року.", p3: "Натовпи з 40 000 людей прийшли.", p4: "Виступив мер." });
  const loaded: LoadedNamespace = {
    namespace: "article",
    source: { locale: "en", language: "en", catalog: en },
    targets: [
      { locale: "uk", language: "uk", file: "locales/uk/article.json", catalog: uk },
      { locale: "ru", language: "ru", file: "locales/ru/article.json" },
    ],
  };

  test("returns findings and the alignment as plain data", () => {
    const result = checkNamespace(loaded, { active: activeRules(), alignment: true });
    expect(result.findings.find((f) => f.messageId === "missingFile")?.data).toEqual({ locale: "ru", paragraphs: 4, expectedFile: "locales/ru/article.json" });
    expect(result.findings.some((f) => f.ruleId === "missing-paragraph" && f.locale === "uk" && f.sourceKey === "p2")).toBe(true);
    expect(result.alignment?.targets[0].pairs).toEqual([[0, 0], [1, -1], [2, 1], [3, 2]]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test("the same namespace gives the same findings when asked again (no state kept between calls)", () => {
    const first = checkNamespace(loaded, { active: activeRules() });
    expect(checkNamespace(loaded, { active: activeRules() })).toEqual(first);
    expect(first.alignment).toBeUndefined();
  });

  test("the formatters read rows and pairs from the alignment", () => {
    const { alignment } = checkNamespace(loaded, { active: activeRules(), alignment: true });
    const result = { source: "en", targets: ["uk", "ru"], findings: [], problems: [], notices: [], summary: { errors: 0, warnings: 0, infos: 0, files: 2, namespaces: 1, paragraphs: 4 }, alignment: [alignment!] };
    const [ns] = reportNamespaces(result);
    expect(ns.rows.map((row) => [row.source?.key, (row.targets.uk ?? []).map((c) => c.key)])).toEqual([
      ["p1", ["p1"]],
      ["p2", []],
      ["p3", ["p3"]],
      ["p4", ["p4"]],
    ]);
    expect(checkedPairs(result).map((p) => `${p.locale}:${p.key}`)).toEqual(["uk:p1", "uk:p2", "uk:p3", "uk:p4"]);
  });
});

describe("sibling translations as witnesses", () => {
  const bundled = (locale: string) => JSON.parse(readFileSync(path.join(__dirname, "..", "locales", locale, "article.json"), "utf8")) as Record<string, string>;
  /** Two paragraphs of one translation joined into one, the later keys moved up, as a translator merges them. */
  const merged = (texts: Record<string, string>, at: number) => {
    const keys = Object.keys(texts);
    const values = Object.values(texts);
    values.splice(at, 2, `${values[at]} ${values[at + 1]}`);
    return Object.fromEntries(values.map((value, i) => [keys[i], value]));
  };
  const findingsOf = (uk: Record<string, string>, ru: Record<string, string>) =>
    checkNamespace(
      {
        namespace: "article",
        source: { locale: "en", language: "en", catalog: catalogOf("en", bundled("en")) },
        targets: [
          { locale: "uk", language: "uk", file: "locales/uk/article.json", catalog: catalogOf("uk", uk) },
          { locale: "ru", language: "ru", file: "locales/ru/article.json", catalog: catalogOf("ru", ru) },
        ],
      },
      { active: activeRules() },
    ).findings;
  const positions = Array.from({ length: Object.keys(bundled("en")).length - 2 }, (_, i) => i);

  test.each([
    ["uk", "ru"],
    ["ru", "uk"],
  ])("paragraphs merged in %s, anywhere, leave the clean %s's findings as they were", (changed, clean) => {
    const texts = { uk: bundled("uk"), ru: bundled("ru") } as Record<string, Record<string, string>>;
    const cleanFindings = (found: ReturnType<typeof findingsOf>) => found.filter((f) => f.locale === clean).map((f) => [f.ruleId, f.key]);
    const before = cleanFindings(findingsOf(texts.uk, texts.ru));
    for (const at of positions) {
      const planted = { ...texts, [changed]: merged(texts[changed], at) };
      expect([at, cleanFindings(findingsOf(planted.uk, planted.ru))]).toEqual([at, before]);
    }
  });
});
