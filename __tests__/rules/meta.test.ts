/** Every rule has its file, docs page and table of exact findings, and the registry lists rules sorted by id. */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { rules } from "../../src/rules";
import { casesFolder, readTable, tableFile, tally } from "../rule-tester";

const root = path.join(__dirname, "..", "..");

describe("rule registry", () => {
  test("rules are sorted by id and ids are unique", () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });
  test("every table belongs to a rule", () => {
    const ids = rules.map((rule) => `${rule.meta.id}.json`).sort();
    expect(readdirSync(casesFolder).sort()).toEqual(ids);
  });
  test.each(rules.map((rule) => [rule.meta.id, rule] as const))("%s has its file, docs page and table", (id, rule) => {
    expect(existsSync(path.join(root, "src", "rules", `${id}.ts`))).toBe(true);
    expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
    const docs = readFileSync(path.join(root, rule.meta.docs), "utf8");
    expect(docs).toContain(`# ${id}`);
    for (const template of Object.values(rule.meta.messages)) expect(template.length).toBeGreaterThan(10);
    expect(existsSync(tableFile(id))).toBe(true);
    const counts = tally(readTable(id));
    for (const locale of ["uk", "ru"] as const) {
      expect(counts[locale].valid).toBeGreaterThanOrEqual(1);
      expect(counts[locale].invalid).toBeGreaterThanOrEqual(1);
    }
  });
  test.each(rules.map((rule) => [rule.meta.id, rule] as const))("%s: each of its messages is reported by a case in uk and in ru", (id, rule) => {
    const cases = readTable(id);
    const reported = (locale: string) => [...new Set(cases.filter((c) => c.locale === locale).flatMap((c) => c.findings.map((finding) => finding.messageId)))].sort();
    const messageIds = Object.keys(rule.meta.messages).sort();
    expect(reported("uk")).toEqual(messageIds);
    expect(reported("ru")).toEqual(messageIds);
  });
});
