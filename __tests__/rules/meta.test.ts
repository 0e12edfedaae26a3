/** Every rule has a docs page and a test file, and the registry lists rules sorted by id. */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { rules } from "../../src/rules";

const root = path.join(__dirname, "..", "..");
const testsRoot = path.join(__dirname, "..");
const testFiles = readdirSync(testsRoot, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts") || file.endsWith(".tsv"))
  .map((file) => readFileSync(path.join(testsRoot, file), "utf8"));

describe("rule registry", () => {
  test("rules are sorted by id and ids are unique", () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });
  test.each(rules.map((rule) => [rule.meta.id, rule] as const))("%s has its file, docs page and tests", (id, rule) => {
    expect(existsSync(path.join(root, "src", "rules", `${id}.ts`))).toBe(true);
    expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
    const docs = readFileSync(path.join(root, rule.meta.docs), "utf8");
    expect(docs).toContain(`# ${id}`);
    expect(testFiles.some((text) => text.includes(`"${id}"`))).toBe(true);
    for (const template of Object.values(rule.meta.messages)) expect(template.length).toBeGreaterThan(10);
  });
});
