/** mixed-script: look-alike letters of the other script inside a word are flagged and marked. */
import { ruleTable } from "../helpers";

ruleTable("mixed-script", [
  { name: "clean Cyrillic", locale: "uk", source: "Trump and NATO", target: "Трамп і НАТО", expect: null },
  { name: "Latin names in Cyrillic prose", locale: "ru", source: "Getty Images", target: "фото: Getty Images, Дональд Трамп", expect: null },
  { name: "a hyphenated mix of two words", locale: "uk", source: "iPhone maker", target: "виробник iPhone-смартфонів", expect: null },
  { name: "Latin p in Трамп", locale: "uk", source: "Trump", target: "Тpамп заявив", expect: "mixed", data: { word: "Тpамп", marked: "Т[p]амп", oddScript: "Latin" } },
  { name: "Latin a and o", locale: "ru", source: "NATO", target: "Нaтo и США", expect: "mixed", data: { marked: "Н[a]т[o]" } },
  { name: "Cyrillic А in NATO", locale: "ru", source: "NATO", target: "NАTO в Европе", expect: "mixed", data: { oddScript: "Cyrillic", wordScript: "Latin" } },
]);
