/**
 * One source of truth for the configuration: docs/concord.schema.json is what config-schema.ts
 * builds from the rule registry (every rule, every setting), the CLI validates against it with every
 * problem at its line and column, and the configuration file is found, and refused, as documented.
 */
import Ajv from "ajv";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import { loadConfig } from "../src/config";
import { configSchema, settingNames } from "../src/config-schema";
import { rules } from "../src/rules";
import { runCli, tempTree } from "./helpers";

const committed = JSON.parse(readFileSync(path.join(__dirname, "..", "docs", "concord.schema.json"), "utf8"));
const catalogs = { "locales/en/a.json": '{ "p": "One." }', "locales/uk/a.json": '{ "p": "Один." }' };

describe("docs/concord.schema.json", () => {
  test("is the schema config-schema.ts builds (run npm run schema after changing a rule or setting)", () => {
    expect(committed).toEqual(configSchema());
  });

  test("names every rule, in rules and in ignores, with its description and default", () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toHaveLength(rules.length);
    expect(Object.keys(committed.properties.rules.properties)).toEqual(ids);
    expect(committed.properties.ignores.items.properties.rule.enum).toEqual(ids);
    for (const rule of rules) expect(committed.properties.rules.properties[rule.meta.id]).toMatchObject({ description: rule.meta.description, default: rule.meta.defaultSeverity });
  });

  test("names every setting the CLI reads", () => {
    expect(settingNames().sort()).toEqual(["aliases", "baseline", "glossary", "ignores", "layout", "locales", "rules", "source", "targets"]);
  });

  test("accepts the project's own configuration and one that init writes, as an editor would check them", async () => {
    const validate = new Ajv({ strict: false }).compile(committed);
    expect(validate(JSON.parse(readFileSync(path.join(__dirname, "..", "concord.config.json"), "utf8")))).toBe(true);
    const root = tempTree(catalogs);
    await runCli(["init"], root);
    expect(validate(JSON.parse(readFileSync(path.join(root, "concord.config.json"), "utf8")))).toBe(true);
    expect(validate({ rules: { "quote-style": "of" } })).toBe(false);
  });
});

/** Runs `check` in a folder holding the catalogs and these files. */
async function checkWith(extra: Record<string, string>, args: string[] = []) {
  return runCli(["check", ...args], tempTree({ ...catalogs, ...extra }));
}

describe("validation", () => {
  test("every problem is reported, each at its line and column", async () => {
    const config = '{\n  "locales": 5,\n  "rules": { "quote-style": "of", "no-such": "off" },\n  "colour": true\n}\n';
    const { code, stderr } = await checkWith({ "concord.config.json": config });
    expect(code).toBe(2);
    expect(stderr.trim().split("\n").sort()).toEqual(
      [
        'concord: concord.config.json:2:14: "locales": must be a string (got 5) — write "locales": "…"',
        'concord: concord.config.json:3:29: "rules.quote-style": must be one of off, info, warning, error (got "of") — write "quote-style": "warning"',
        `concord: concord.config.json:3:35: "rules.no-such": unknown rule "no-such" — rules are: ${rules.map((r) => r.meta.id).join(", ")}`,
        `concord: concord.config.json:4:3: "colour": unknown setting "colour" — the settings are ${settingNames().join(", ")}`,
      ].sort(),
    );
  });

  test.each([
    ["an empty glossary rendering", '{ "glossary": { "NATO": { "uk": " " } } }', /concord\.config\.json:1:33: "glossary\.NATO\.uk": must not be empty/],
    ["an ignore naming no rule", '{ "ignores": [{ "rule": "nope", "reason": "x" }] }', /concord\.config\.json:1:25: "ignores\[0\]\.rule": must name a rule \(got "nope"\)/],
    ["an unknown field of an ignore", '{ "ignores": [{ "rule": "quote-style", "reason": "x", "why": 1 }] }', /concord\.config\.json:1:55: "ignores\[0\]\.why": unknown field "why" — an ignore has rule, locale, namespace, key, reason/],
    ["targets not a list", '{ "targets": "uk" }', /concord\.config\.json:1:14: "targets": must be a list \(got "uk"\) — write "targets": \["uk", "ru"\]/],
    ["not an object", "[1, 2]", /concord\.config\.json:1:1: must be an object \(got \[1,2\]\)/],
  ])("%s", async (_name, config, expected) => {
    const { code, stderr } = await checkWith({ "concord.config.json": config });
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
  });

  test("__proto__ and constructor are unknown settings and rules, never Object.prototype's", async () => {
    const root = await checkWith({ "concord.config.json": '{ "__proto__": { "locales": "elsewhere" }, "constructor": 1, "rules": { "constructor": "off", "toString": "off" } }' });
    expect(root.code).toBe(2);
    expect(root.stderr).toMatch(/"__proto__": unknown setting "__proto__"/);
    expect(root.stderr).toMatch(/"constructor": unknown setting "constructor"/);
    expect(root.stderr).toMatch(/"rules\.constructor": unknown rule "constructor"/);
    expect(root.stderr).toMatch(/"rules\.toString": unknown rule "toString"/);
    expect((await runCli(["check", "--rule", "constructor=off"], tempTree(catalogs))).stderr).toMatch(/Unknown rule "constructor"/);
  });

  test("JSON syntax errors name the line and column", async () => {
    const trailing = await checkWith({ "concord.config.json": '{\n  "locales": "locales",\n}\n' });
    expect(trailing).toMatchObject({ code: 2, stderr: "concord: concord.config.json:3:1: Invalid JSON: property name expected — a key in double quotes must come here (is there a trailing comma?)\n" });
    const comment = await checkWith({ ".concordrc.json": '{ // note\n  "locales": "locales" }' });
    expect(comment.stderr).toBe("concord: .concordrc.json:1:3: Invalid JSON: invalid comment token — JSON cannot contain comments; remove it\n");
    expect((await checkWith({ "concord.config.json": '{ "locales": "a" "b" }' })).stderr).not.toMatch(/position/);
  });

  test("a malformed package.json is a clear error at its position", async () => {
    const { code, stderr } = await checkWith({ "package.json": '{\n  "name": "site",\n  "concord": { "locales": "locales" ]\n}\n' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^concord: package\.json:3:37: Invalid JSON: comma expected — put a comma between the two entries\n$/);
  });

  test("package.json's concord key is validated at its own positions", async () => {
    const { stderr } = await checkWith({ "package.json": '{\n  "name": "site",\n  "concord": { "sorce": "en" }\n}\n' });
    expect(stderr).toMatch(/^concord: package\.json:3:16: "sorce": unknown setting "sorce"/);
  });
});

describe("finding the configuration file", () => {
  test("two configuration files in one folder: exit 2 naming both", async () => {
    const two = await checkWith({ "concord.config.json": "{}", ".concordrc.json": "{}" });
    expect(two).toMatchObject({ code: 2, stderr: "concord: concord.config.json: Two configuration files in one folder: concord.config.json and .concordrc.json — keep one of them (or pass --config FILE)\n" });
    const withManifest = await checkWith({ ".concordrc.json": "{}", "package.json": '{ "concord": {} }' });
    expect(withManifest.stderr).toMatch(/Two configuration files in one folder: \.concordrc\.json and package\.json/);
    // A package.json without "concord" is no configuration, and --config chooses between two.
    expect((await checkWith({ ".concordrc.json": "{}", "package.json": '{ "name": "x" }' })).code).toBe(0);
    expect((await checkWith({ "concord.config.json": "{}", ".concordrc.json": "{}" }, ["-c", ".concordrc.json"])).code).toBe(0);
  });

  test("a dangling link or a folder in the configuration's place is an error, not the defaults", async () => {
    const root = tempTree(catalogs);
    symlinkSync(path.join(root, "gone.json"), path.join(root, "concord.config.json"));
    expect(await runCli(["check"], root)).toMatchObject({ code: 2, stderr: "concord: concord.config.json: The configuration file is a link to nothing (ENOENT) — point the link at the configuration, or remove it\n" });
    expect((await runCli(["check", "-c", "concord.config.json"], root)).stderr).toMatch(/link to nothing/);
    const folder = tempTree(catalogs);
    mkdirSync(path.join(folder, ".concordrc.json"));
    expect(await runCli(["check"], folder)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^concord: \.concordrc\.json: The configuration path is a folder, not a file — /) });
    expect((await runCli(["check", "-c", "locales"], folder)).stderr).toMatch(/^concord: locales: The configuration path is a folder, not a file/);
  });

  test("locales and baseline resolve against the configuration file's folder", async () => {
    const root = tempTree({ "site/text/en/a.json": '{ "p": "There were 150." }', "site/text/uk/a.json": '{ "p": "Було 15." }', "site/concord.config.json": '{ "locales": "text" }' });
    const { code, stdout } = await runCli(["check", "-c", "site/concord.config.json", "-f", "json"], root);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { file: string }) => f.file)).toEqual(["site/text/uk/a.json"]);
    expect(loadConfig(root, "site/concord.config.json").config.locales).toBe(path.join("site", "text"));
    writeFileSync(path.join(root, "site", "concord.config.json"), '{ "locales": "text", "baseline": "known.json" }');
    expect((await runCli(["baseline", "-c", "site/concord.config.json", "-o", "site/known.json"], root)).code).toBe(0);
    expect((await runCli(["check", "-c", "site/concord.config.json"], root)).code).toBe(0);
  });
});
