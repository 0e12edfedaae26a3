/**
 * The language server end to end through a client no one here wrote: Debian's Neovim, headless,
 * its built-in LSP client started by __tests__/lsp-neovim.lua on a copy of the bundled article.
 * It types an error into the Ukrainian catalog and reads the diagnostic back at the line and
 * column `check` computes, hovers a key and sees the English paragraph, applies the quick fix of a
 * doubled space and sees it gone. CI installs neovim; elsewhere the test says how to.
 */
import { spawnSync } from "child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { check } from "../src/engine/check";
import { tempTree } from "./helpers";

const repo = path.join(__dirname, "..");
const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const available = nvim.status === 0;
if (!available && process.env.CI) throw new Error("CI must install neovim (apt-get install neovim) for the editor tests");
if (!available) console.warn("Neovim tests skipped: apt-get install neovim to run them.");
const built = existsSync(path.join(repo, "dist", "lsp", "server.js"));
if (available && !built) console.warn("Neovim tests skipped: run npm run build first (they start bin/concord.js).");

interface SeenDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  message: string;
  severity: number;
  code: string;
  href?: string;
}

interface Seen {
  error?: string;
  steps: string[];
  initial: SeenDiagnostic[];
  typed: { line: string; diagnostics: SeenDiagnostic[] };
  hover?: string;
  spaced: { line: string; diagnostic: SeenDiagnostic };
  actions: string[];
  fixed: { line: string; remaining: SeenDiagnostic[] };
}

/** What check reports for the catalog as typed, in Neovim's terms: 0-based lines, byte columns. */
async function expectedFinding(root: string, typed: string, ruleId: string) {
  const copy = tempTree({});
  cpSync(path.join(root, "locales"), path.join(copy, "locales"), { recursive: true });
  writeFileSync(path.join(copy, "locales", "uk", "article.json"), typed);
  const result = await check({ locales: "locales", cwd: copy });
  const finding = result.findings.find((f) => f.ruleId === ruleId && f.locale === "uk")!;
  const lines = typed.split("\n");
  const bytes = (line: number, column: number) => Buffer.byteLength(lines[line - 1].slice(0, column - 1));
  return { lnum: finding.line - 1, col: bytes(finding.line, finding.column), end_lnum: finding.endLine - 1, end_col: bytes(finding.endLine, finding.endColumn) };
}

(available && built ? describe : describe.skip)("Neovim's LSP client", () => {
  let root: string;
  let seen: Seen;
  let original: string;

  beforeAll(() => {
    root = tempTree({});
    cpSync(path.join(repo, "locales"), path.join(root, "locales"), { recursive: true });
    original = readFileSync(path.join(root, "locales", "uk", "article.json"), "utf8");
    const out = path.join(root, "seen.json");
    const env = { ...process.env, CONCORD_ROOT: root, CONCORD_OUT: out, CONCORD_NODE: process.execPath, CONCORD_BIN: path.join(repo, "bin", "concord.js") };
    const run = spawnSync("nvim", ["--headless", "--clean", "-n", "-c", `luafile ${path.join(__dirname, "lsp-neovim.lua")}`], { cwd: root, env, encoding: "utf8", timeout: 90_000 });
    if (!existsSync(out)) throw new Error(`nvim wrote nothing (status ${run.status}): ${run.stderr}${run.stdout}`);
    seen = JSON.parse(readFileSync(out, "utf8")) as Seen;
  }, 100_000);

  test("every step ran", () => {
    expect(seen.error).toBeUndefined();
    expect(seen.steps).toEqual(["opened", "typed", "hovered", "fixed"]);
    expect(seen.initial).toEqual([]);
  });

  test("a number typed wrong is an error at the line and column check computes", async () => {
    const typed = original.replace(/("p11": "[^\n]*?)150/, "$1" + "15");
    expect(typed).not.toBe(original);
    expect(seen.typed.line).toBe(typed.split("\n").find((line) => line.includes('"p11"')));
    const at = await expectedFinding(root, typed, "number-mismatch");
    expect(seen.typed.diagnostics).toEqual([
      { ...at, severity: 1, code: "number-mismatch", message: "Numbers differ: the source has 150, the translation has 15 instead", href: expect.stringMatching(/docs\/rules\/number-mismatch\.md$/) },
    ]);
  });

  test("hovering the key shows the English paragraph", () => {
    const english = JSON.parse(readFileSync(path.join(repo, "locales", "en", "article.json"), "utf8")) as Record<string, string>;
    expect(seen.hover).toContain("**en** `p11` (source)");
    expect(seen.hover).toContain(`\`${english.p11}\``);
    expect(seen.hover).toContain("✗ missing `150`");
  });

  test("the quick fix of a doubled space makes the edit concord fix makes, and the diagnostic goes", () => {
    expect(seen.spaced.diagnostic).toMatchObject({ code: "whitespace", message: "Doubled space in the translation" });
    expect(seen.actions).toEqual(expect.arrayContaining([expect.stringMatching(/^Fix: Doubled space/), "Ignore whitespace in p02 (uk) in the configuration"]));
    expect(seen.fixed.line).toBe(original.split("\n").find((line) => line.includes('"p02"')));
    expect(seen.fixed.remaining.map((d) => d.code)).toEqual(["number-mismatch"]);
  });
});
