/** plural-forms: uk and ru need one, few, many, other; a lone _one is a name; v3 and mixed groups. */
import { runRule } from "../helpers";

const source = { files_one: "{{count}} file", files_other: "{{count}} files", arrowhead_crowfoot_one: "Crow's foot (one)", title: "Files" };

describe.each([
  ["uk", { one: "{{count}} файл", few: "{{count}} файли", many: "{{count}} файлів", other: "{{count}} файлу" }],
  ["ru", { one: "{{count}} файл", few: "{{count}} файла", many: "{{count}} файлов", other: "{{count}} файла" }],
])("plural-forms (%s)", (locale, forms) => {
  const complete = { files_one: forms.one, files_few: forms.few, files_many: forms.many, files_other: forms.other, arrowhead_crowfoot_one: "Гусяча лапка", title: "Файли" };

  test("passes a complete group, and its extra forms are not extra paragraphs", () => {
    expect(runRule("plural-forms", source, complete, locale)).toEqual([]);
    expect(runRule("extra-paragraph", source, complete, locale)).toEqual([]);
    expect(runRule("missing-paragraph", source, complete, locale)).toEqual([]);
  });

  test("flags a group without _few and _many (i18next would show English)", () => {
    const { files_few: _few, files_many: _many, ...partial } = complete;
    const findings = runRule("plural-forms", source, partial, locale);
    expect(findings.map((f) => [f.messageId, f.key])).toEqual([["missing", "files_one"]]);
    expect(findings[0].data).toMatchObject({ base: "files", missingCategories: ["few", "many"], examples: "2, 0" });
  });

  test("a lone key ending in _one is a name, not a plural", () => {
    const findings = runRule("plural-forms", source, { ...complete, arrowhead_crowfoot_one: "Гусяча лапка" }, locale);
    expect(findings).toEqual([]);
  });

  test("recognises old v3 forms, and flags a group that mixes v3 and v4", () => {
    const v3Source = { files: "{{count}} file", files_plural: "{{count}} files" };
    const v3 = { files_0: forms.one, files_1: forms.few, files_2: forms.many };
    expect(runRule("plural-forms", v3Source, v3, locale)).toEqual([]);
    expect(runRule("plural-forms", v3Source, { files_0: forms.one }, locale).map((f) => f.messageId)).toEqual(["missingV3"]);
    const mixed = runRule("plural-forms", source, { ...complete, files_0: forms.one }, locale);
    expect(mixed.map((f) => f.messageId)).toEqual(["mixed"]);
  });
});

test.each(["uk", "ru"])("shape names ending in _one and _many are no plural group (%s)", (locale) => {
  const shapes = { arrowhead_crowfoot_one: "Crow's foot (one)", arrowhead_crowfoot_many: "Crow's foot (many)" };
  const translated = { arrowhead_crowfoot_one: "Гусяча лапка (одна)", arrowhead_crowfoot_many: "Гусяча лапка (багато)" };
  expect(runRule("plural-forms", shapes, translated, locale)).toEqual([]);
});
