/**
 * --since REF in a real temporary git repository: a base commit, then a PR-like change that edits an
 * English paragraph and breaks a number in Russian. --only-changed reports exactly those.
 */
import { execFileSync } from "child_process";
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import { showWordDiff, wordDiff } from "../src/rules/stale-translation";
import { tempTree, runCli } from "./helpers";

const bundled = path.join(__dirname, "..", "locales");

function git(cwd: string, ...args: string[]) {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
}

const run = runCli;

function edit(root: string, locale: string, change: (c: Record<string, string>) => void) {
  const file = path.join(root, "locales", locale, "article.json");
  const catalog = JSON.parse(readFileSync(file, "utf8"));
  change(catalog);
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
}

function repository(): string {
  const root = tempTree({});
  cpSync(bundled, path.join(root, "locales"), { recursive: true });
  // An old finding, there before the change: quote-style in uk p03.
  edit(root, "uk", (c) => void (c.p03 = c.p03.replace("«", '"').replace("»", '"')));
  git(root, "init", "-q", "-b", "main");
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "base");
  git(root, "tag", "base");
  edit(root, "en", (c) => void (c.p12 = c.p12.replace("stated that the US will remain", "said that the US would stay")));
  edit(root, "ru", (c) => void (c.p11 = c.p11.replace("1951", "1915")));
  return root;
}

describe("--since and --only-changed", () => {
  test("report the stale uk and ru paragraphs and the Russian number, and nothing older", async () => {
    const root = repository();
    const { code, stdout, stderr } = await run(["check", "--since", "base", "--only-changed", "--format", "json"], root);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings as Array<{ locale: string; ruleId: string; key: string; data: Record<string, unknown> }>;
    expect(findings.map((f) => [f.locale, f.ruleId, f.key]).sort()).toEqual([
      ["ru", "number-mismatch", "p11"],
      ["ru", "stale-translation", "p12"],
      ["uk", "stale-translation", "p12"],
    ]);
    const stale = findings.find((f) => f.ruleId === "stale-translation")!;
    expect(stale.data.diff).toBe("Recently, US Treasury Secretary Scott Bessent [-stated-]{+said+} that the US [-will remain-]{+would stay+} in the NATO Alliance.");
  });

  test("--only-changed reads only the namespaces with a changed file", async () => {
    const root = repository();
    // A namespace no one touched since the revision, whose translation is broken JSON: read, it would be exit 2.
    writeFileSync(path.join(root, "locales", "en", "other.json"), JSON.stringify({ p1: "Crowds of 40,000 came." }));
    writeFileSync(path.join(root, "locales", "uk", "other.json"), "{ not json");
    git(root, "add", "locales/en/other.json", "locales/uk/other.json");
    git(root, "commit", "-q", "-m", "other", "--", "locales/en/other.json", "locales/uk/other.json");
    const changed = await run(["check", "--since", "HEAD", "--only-changed", "--format", "json"], root);
    expect([changed.code, changed.stderr]).toEqual([1, ""]);
    expect(JSON.parse(changed.stdout).summary.namespaces).toBe(1);
    expect((await run(["check", "--since", "HEAD", "--format", "json"], root)).code).toBe(2);
    // Through a symbolic link to the repository: git names the files under the real path.
    const linked = `${root}-link`;
    symlinkSync(root, linked);
    try {
      expect((await run(["check", "--since", "HEAD", "--only-changed", "--format", "json"], linked)).stdout).toBe(changed.stdout);
    } finally {
      rmSync(linked);
    }
  });

  test("without --only-changed the old findings stay", async () => {
    const root = repository();
    const findings = JSON.parse((await run(["check", "--since", "base", "--format", "json"], root)).stdout).findings as Array<{ ruleId: string }>;
    expect(findings.map((f) => f.ruleId)).toContain("quote-style");
  });

  test("a revision that is not there is a clear error, exit 2", async () => {
    const root = repository();
    const { code, stderr } = await run(["check", "--since", "no-such-branch"], root);
    expect(code).toBe(2);
    expect(stderr).toContain('The revision "no-such-branch" is not in this repository — check the branch, tag or commit name');
  });
});

test("the word diff keeps Cyrillic words whole", () => {
  expect(showWordDiff(wordDiff("Трамп заявив про 150 військових", "Трамп сказав про 150 солдатів", "uk"))).toBe("Трамп [-заявив-]{+сказав+} про 150 [-військових-]{+солдатів+}");
});

describe("concord diff and concord init", () => {
  test("diff shows the source change as a word diff and which translations followed", async () => {
    const root = repository();
    edit(root, "uk", (c) => void (c.p12 = c.p12.replace("залишаться", "лишаться")));
    const markdown = (await run(["diff", "--since", "base"], root)).stdout;
    // Columns follow the targets: ru, uk.
    expect(markdown).toContain("| `article:p12` | `Recently, US Treasury Secretary Scott Bessent [-stated-]{+said+} that the US [-will remain-]{+would stay+} in the NATO Alliance.` | ⚠️ stale | ✅ followed |");
    const json = JSON.parse((await run(["diff", "--since", "base", "--format", "json"], root)).stdout);
    expect(json.changes).toHaveLength(1);
    expect(json.changes[0]).toMatchObject({ namespace: "article", key: "p12", kind: "changed", translations: { uk: "followed", ru: "stale" } });
  });

  test("init writes a configuration from the folders found, and will not overwrite one", async () => {
    const root = repository();
    const first = await run(["init"], root);
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(root, "concord.config.json"), "utf8"))).toMatchObject({ locales: "locales", layout: "{{lng}}/{{ns}}.json", source: "en", targets: ["ru", "uk"] });
    expect((await run(["check"], root)).code).toBe(1);
    const again = await run(["init"], root);
    expect(again.code).toBe(2);
  });
});
