/**
 * Bad input, row by row: a clear message naming the file and position where there is one, the
 * other files still checked, exit code 2 where the input was bad — and nothing polluted or crashed.
 */
import { execFileSync } from "child_process";
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import { tempTree, runCli } from "./helpers";

const run = runCli;

const en = '{ "p1": "One 150." }';
/** A second, good namespace: it must still be checked (its planted error found) whatever the bad file. */
const good = { "en/good.json": '{ "p1": "Two 20." }', "uk/good.json": '{ "p1": "Два 2." }' };

interface Row {
  name: string;
  files: Record<string, string | Buffer>;
  setup?: (root: string) => void;
  args?: string[];
  code: number;
  stderr?: RegExp;
  checksOthers?: boolean;
  /** Namespaces that must have findings of their own (the file was read, not skipped). */
  findingsIn?: string[];
  /** How many lines standard error holds, when that is the point of the row. */
  problemLines?: number;
}

const deep = (() => {
  let s = '"x"';
  for (let i = 0; i < 10000; i++) s = `{"k":${s}}`;
  return s;
})();

const rows: Row[] = [
  { name: "a trailing comma", files: { ...good, "en/a.json": en, "uk/a.json": '{ "p1": "Один 150.", }' }, code: 2, stderr: /uk\/a\.json:1:\d+: Invalid JSON: property name expected/, checksOthers: true },
  { name: "an unclosed string", files: { ...good, "en/a.json": en, "uk/a.json": '{ "p1": "Один 150. }' }, code: 2, stderr: /uk\/a\.json:1:\d+: Invalid JSON: unexpected end of string/, checksOthers: true },
  { name: "a missing colon", files: { ...good, "en/a.json": en, "uk/a.json": '{ "p1" "Один" }' }, code: 2, stderr: /uk\/a\.json:1:\d+: Invalid JSON: colon expected/, checksOthers: true },
  { name: "a comment", files: { ...good, "en/a.json": en, "uk/a.json": '{ // note\n "p1": "Один 150." }' }, code: 2, stderr: /uk\/a\.json:1:\d+: Invalid JSON: invalid comment token/, checksOthers: true },
  { name: "a bad escape", files: { ...good, "en/a.json": en, "uk/a.json": '{ "p1": "Один \\q 150." }' }, code: 2, stderr: /uk\/a\.json:1:\d+: Invalid JSON: invalid escape character/, checksOthers: true },
  { name: "a second object after the first", files: { ...good, "en/a.json": en, "uk/a.json": '{ "p1": "Один 150." } { }' }, code: 2, stderr: /uk\/a\.json:1:\d+: Invalid JSON: end of file expected/, checksOthers: true },
  { name: "a BOM", files: { ...good, "en/a.json": en, "uk/a.json": '\uFEFF{ "p1": "Один 150." }' }, code: 1, checksOthers: true },
  { name: "UTF-16", files: { ...good, "en/a.json": en, "uk/a.json": Buffer.from('\uFEFF{ "p1": "Один" }', "utf16le") }, code: 2, stderr: /uk\/a\.json:1:1: The file is UTF-16 — save it as UTF-8/, checksOthers: true },
  { name: "invalid UTF-8 bytes", files: { ...good, "en/a.json": en, "uk/a.json": Buffer.concat([Buffer.from('{ "p1": "'), Buffer.from([0xc3, 0x28]), Buffer.from(' 150" }')]) }, code: 2, stderr: /uk\/a\.json:1:10: Invalid UTF-8 at byte 9/, checksOthers: true },
  { name: "CRLF line ends", files: { ...good, "en/a.json": en, "uk/a.json": '{\r\n  "p1": "Один 15."\r\n}\r\n' }, code: 1, checksOthers: true },
  { name: "a duplicate key", files: { ...good, "en/a.json": en, "uk/a.json": '{ "p1": "Один 150.", "p1": "Ще" }' }, code: 2, stderr: /uk\/a\.json:1:22: Duplicate key "p1"/, checksOthers: true },
  { name: "__proto__, constructor and prototype as keys", files: { ...good, "en/a.json": en, "uk/a.json": '{ "__proto__": { "polluted": "yes" }, "constructor": "x", "prototype": "y", "p1": "Один 150." }' }, code: 1, checksOthers: true },
  { name: "null, a boolean, a number and an array of objects", files: { ...good, "en/a.json": en, "uk/a.json": '{ "p1": null, "p2": true, "p3": 5, "p4": [{ "a": 1 }] }' }, code: 2, stderr: /uk\/a\.json:1:9: The value of "p1" is null, not text/, checksOthers: true },
  { name: "nesting 10,000 levels deep", files: { ...good, "en/a.json": en, "uk/a.json": deep }, code: 2, stderr: /uk\/a\.json: The catalog is nested too deeply to read/, checksOthers: true },
  // Each value is a problem of its own: 200,000 of them once threw "Maximum call stack size exceeded" (push(...list)).
  // A few lines per file, then one counting the rest: not 200,000 lines on standard error.
  { name: "200,000 values that are not text", files: { ...good, "en/a.json": en, "uk/a.json": JSON.stringify(Object.fromEntries(Array.from({ length: 200000 }, (_, i) => [`p${i}`, i]))) }, code: 2, stderr: /uk\/a\.json:1:\d+: The value of "p4" is a number, not text — [^\n]*\nconcord: uk\/a\.json: and 199,995 more problems in this file — fix the ones above first/, checksOthers: true, problemLines: 6 },
  { name: "an empty file", files: { ...good, "en/a.json": en, "uk/a.json": "" }, code: 2, stderr: /uk\/a\.json:1:1: Invalid JSON: value expected/, checksOthers: true },
  { name: "a root that is not an object", files: { ...good, "en/a.json": en, "uk/a.json": '["Один"]' }, code: 2, stderr: /uk\/a\.json:1:1: A catalog must be a JSON object/, checksOthers: true },
  { name: "a single 5 MB paragraph with no spaces", files: { ...good, "en/a.json": en, "uk/a.json": JSON.stringify({ p1: "а".repeat(5 << 20) }) }, code: 1, checksOthers: true },
  { name: "file names with spaces and non-Latin letters", files: { ...good, "en/мої статті/a b.json": en, "uk/мої статті/a b.json": '{ "p1": "Один 15." }' }, code: 1, checksOthers: true },
  { name: "a symlink loop under the locales folder", files: { ...good, "en/a.json": en, "uk/a.json": '{ "p1": "Один 150." }' }, setup: (root) => symlinkSync("../..", path.join(root, "uk", "loop")), code: 1, checksOthers: true },
  { name: "a catalog that is a link to a file inside the locales folder", files: { ...good, "en/a.json": en, ".shared/a.json": '{ "p1": "Один 15." }' }, setup: (root) => symlinkSync(path.join("..", ".shared", "a.json"), path.join(root, "uk", "a.json")), code: 1, checksOthers: true, findingsIn: ["a"] },
  { name: "a catalog that is a link to a file outside the locales folder", files: { ...good, "en/a.json": en }, setup: (root) => symlinkSync(path.join(tempTree({ "secret.json": '{ "p1": "Один 15." }' }), "secret.json"), path.join(root, "uk", "a.json")), code: 2, stderr: /uk\/a\.json: uk\/a\.json is a symbolic link to \S+secret\.json, outside the locales folder — Concord reads only inside --locales/ },
  { name: "a locale folder that is a link outside the locales folder", files: { ...good, "en/a.json": en }, setup: (root) => symlinkSync(path.dirname(path.join(tempTree({ "ru/a.json": '{ "p1": "Один 15." }' }), "ru", "a.json")), path.join(root, "ru")), code: 2, stderr: /ru: ru is a symbolic link to \S+, outside the locales folder/ },
  { name: "a layout that steps out of the locales folder", files: { ...good, "en/a.json": en }, args: ["--layout", "../../outside/{{lng}}.json"], code: 2, stderr: /The layout "\.\.\/\.\.\/outside\/\{\{lng\}\}\.json" reaches outside the locales folder — write it relative to --locales/ },
  { name: "an absolute layout", files: { ...good, "en/a.json": en }, args: ["--layout", "/tmp/{{lng}}/{{ns}}.json"], code: 2, stderr: /The layout "\/tmp\/\{\{lng\}\}\/\{\{ns\}\}\.json" reaches outside the locales folder/ },
  { name: "an unreadable file (a link to nothing)", files: { ...good, "en/a.json": en }, setup: (root) => symlinkSync(path.join(root, "nowhere.json"), path.join(root, "uk", "a.json")), code: 2, stderr: /uk\/a\.json: Cannot read the catalog \(ENOENT\) — check that the file exists and can be read/, checksOthers: true },
  { name: "a 100 MB file", files: { ...good, "en/a.json": en }, setup: (root) => { const fd = openSync(path.join(root, "uk", "a.json"), "w"); ftruncateSync(fd, 100 * 1024 * 1024); closeSync(fd); }, code: 2, stderr: /uk\/a\.json: The catalog is 100 MB, more than the 24 MB Concord reads — split the namespace/, checksOthers: true },
  { name: "a catalog of 100,001 one-letter keys (under the size limit)", files: { ...good, "en/a.json": en, "uk/a.json": JSON.stringify(Object.fromEntries(Array.from({ length: 100001 }, (_, i) => [i.toString(36), "x"]))) }, code: 2, stderr: /uk\/a\.json: The catalog has 100,001 paragraphs, more than the 100,000 Concord reads in one file — split the namespace/, checksOthers: true },
  { name: "a locale 'folder' that is a file", files: { ...good, "en/a.json": en, de: "not a folder" }, args: ["--targets", "uk,de"], code: 2, stderr: /de: The target locale "de" has no catalogs/ },
  { name: "no source locale", files: { "uk/a.json": '{ "p1": "Один" }' }, code: 2, stderr: /The source locale "en" has no catalogs — found uk: pass --source/ },
  { name: "a source with no targets", files: { "en/a.json": en }, code: 2, stderr: /Only the source locale "en" was found: nothing to compare it with/ },
  { name: "a locale folder with a dot (a backup)", files: { ...good, "en/a.json": en, "uk-UA.old/a.json": '{ "p1": "Один" }' }, code: 2, stderr: /uk-UA\.old: "uk-UA\.old" is not a locale name — name locale folders by language tag/ },
  ...["constructor", "toString", "__proto__"].map((name) => ({ name: `a locale folder named ${name}`, files: { ...good, "en/a.json": en, [`${name}/a.json`]: '{ "p1": "Один" }' }, code: 2, stderr: new RegExp(`${name}: "${name}" is not a locale name — `) })),
  { name: "a namespace file whose name holds a newline", files: { ...good, "en/a\nb.json": en, "uk/a\nb.json": en }, code: 2, stderr: /en\/a\\nb\.json: The file name "en\/a\\nb\.json" holds a line break or another control character — rename the file/ },
  { name: "--since with an empty revision", files: good, args: ["--since", ""], code: 2, stderr: /--since is empty — give a git revision/ },
  { name: "a baseline path that is a folder", files: { ...good, "bl/keep": "" }, args: ["--baseline", "bl"], code: 2, stderr: /bl: The baseline path is a folder, not a file — give the baseline file's path/ },
  { name: "a baseline that is null", files: { ...good, "bl.json": "null" }, args: ["--baseline", "bl.json"], code: 2, stderr: /bl\.json:1:1: A baseline must be a JSON object with an "entries" list — record it again/ },
  { name: 'a baseline with "entries": 5', files: { ...good, "bl.json": '{ "entries": 5 }' }, args: ["--baseline", "bl.json"], code: 2, stderr: /bl\.json:1:14: The baseline's "entries" must be a list/ },
  { name: "a baseline that is [null]", files: { ...good, "bl.json": "[null]" }, args: ["--baseline", "bl.json"], code: 2, stderr: /bl\.json:1:1: A baseline must be a JSON object/ },
  { name: "a baseline entry that is null", files: { ...good, "bl.json": '{\n  "version": 1,\n  "entries": [null]\n}' }, args: ["--baseline", "bl.json"], code: 2, stderr: /bl\.json:3:15: Baseline entry 1 is null, not an object/ },
  { name: "a baseline entry without its hash", files: { ...good, "bl.json": '{ "entries": [{ "ruleId": "x", "locale": "uk", "namespace": "a", "key": "p1" }] }' }, args: ["--baseline", "bl.json"], code: 2, stderr: /bl\.json:1:15: Baseline entry 1: "hash" must be text/ },
  { name: "a baseline that is not JSON", files: { ...good, "bl.json": '{ "entries": [ }' }, args: ["--baseline", "bl.json"], code: 2, stderr: /bl\.json:1:16: Invalid JSON: value expected/ },
  { name: "--jobs above the cores", files: good, args: ["--jobs", "999"], code: 1, stderr: /^concord: note: --jobs 999 is more than the \d+ cores here: using \d+ threads\n$/ },
  { name: "an invalid configuration", files: { ...good, "concord.config.json": '{ "rules": { "number-mismatch": 3 } }' }, args: ["--config", "concord.config.json"], code: 2, stderr: /concord\.config\.json:1:\d+: "rules\.number-mismatch": must be one of off, info, warning, error/ },
  { name: "an unknown rule id", files: good, args: ["--rule", "no-such=off"], code: 2, stderr: /unknown rule "no-such"/i },
  { name: "an unknown format", files: good, args: ["--format", "xml"], code: 2, stderr: /Unknown format "xml" — choose from stylish, json, sarif, junit, github, markdown, html, gitlab, rdjsonl/ },
];

describe("bad input", () => {
  test.each(rows.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
    const root = tempTree({});
    for (const [name, content] of Object.entries(row.files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), content);
    }
    row.setup?.(root);
    const { code, stdout, stderr } = await run(["check", "--locales", root, "--format", "json", ...(row.args ?? [])], root);
    expect({ code, stderr: row.stderr ? stderr : "" }).toEqual({ code: row.code, stderr: row.stderr ? expect.stringMatching(row.stderr) : "" });
    expect(stderr).not.toMatch(/\n\s+at /); // one line, never a stack
    if (row.problemLines !== undefined) expect(stderr.trim().split("\n")).toHaveLength(row.problemLines);
    if (row.checksOthers) expect(JSON.parse(stdout).findings.some((f: { namespace: string }) => f.namespace === "good")).toBe(true);
    for (const ns of row.findingsIn ?? []) expect(JSON.parse(stdout).findings.filter((f: { namespace: string; ruleId: string }) => f.namespace === ns).map((f: { ruleId: string }) => f.ruleId)).toContain("number-mismatch");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
});

// git refuses a repository another user owns; as root that is any checkout made by a CI user.
const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
(asRoot ? test : test.skip)("git's dubious ownership is reported as such, with the safe.directory hint", async () => {
  const root = tempTree({ ...good });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore", env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null" } });
  git("init", "-q");
  git("-c", "user.name=t", "-c", "user.email=t@t", "add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x");
  execFileSync("chown", ["-R", "65534:65534", root]);
  const saved = process.env.GIT_CONFIG_GLOBAL;
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  try {
    const { code, stderr } = await run(["check", "--locales", root, "--since", "HEAD"], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/git refuses the repository at "[^"]+": it belongs to another user \("dubious ownership"\) — if you trust it, run: git config --global --add safe\.directory "/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  } finally {
    if (saved === undefined) delete process.env.GIT_CONFIG_GLOBAL;
    else process.env.GIT_CONFIG_GLOBAL = saved;
    execFileSync("chown", ["-R", "0:0", root]);
  }
});
