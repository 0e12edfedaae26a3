/** untranslated-paragraph: English left in a Cyrillic target fails; names, acronyms and numbers pass. */
import { ruleTable } from "../helpers";

ruleTable("untranslated-paragraph", [
  { name: "a name alone", locale: "uk", source: "Donald Trump", target: "Donald Trump", expect: null },
  { name: "an acronym and a number", locale: "ru", source: "NATO 2025", target: "NATO 2025", expect: null },
  { name: "an English title inside Cyrillic prose", locale: "uk", source: "The Boston Globe reports that she spoke.", target: "The Boston Globe повідомляє, що вона виступила на зборах виборців.", expect: null },
  { name: "translated", locale: "ru", source: "Danish military exercises", target: "Военные учения Дании", expect: null },
  { name: "identical to the source", locale: "uk", source: "At the same time, Trump emphasized the costs.", target: "At the same time, Trump emphasized the costs.", expect: "identical" },
  { name: "identical to the source", locale: "ru", source: "Danish military exercises", target: "Danish military exercises", expect: "identical" },
  { name: "another English text left in", locale: "uk", source: "At the same time, Trump emphasized the costs.", target: "However, the US has not ruled out a military scenario.", expect: "wrongScript", data: { found: "Latin", expected: "Cyrillic" } },
  { name: "another English text left in", locale: "ru", source: "At the same time, Trump emphasized the costs.", target: "However, the US has not ruled out a military scenario.", expect: "wrongScript" },
]);

ruleTable("untranslated-paragraph", [
  { name: "placeholders are not English prose", locale: "uk", source: "{{count}} {{memos}} in {{date}}", target: "{{count}} {{memos}} в {{date}}", expect: null },
  { name: "an example URL left as it is", locale: "ru", source: "https://example.com/postreceive", target: "https://example.com/postreceive", expect: null },
  { name: "English prose around placeholders", locale: "uk", source: "{{count}} memos were updated on {{date}}", target: "{{count}} memos were updated on {{date}}", expect: "identical" },
  { name: "English prose around placeholders", locale: "ru", source: "{{count}} memos were updated on {{date}}", target: "{{count}} memos were changed on {{date}} again", expect: "wrongScript" },
]);
