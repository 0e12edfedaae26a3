/** number-mismatch: same values in any locale's notation pass; changed, dropped or added numbers fail. */
import { ruleTable } from "../helpers";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

ruleTable("number-mismatch", [
  { name: "decimal comma", locale: "uk", source: "Inflation rose to 1.5 percent.", target: "Інфляція зросла до 1,5 відсотка.", expect: null },
  { name: "decimal comma", locale: "ru", source: "Inflation rose to 1.5 percent.", target: "Инфляция выросла до 1,5 процента.", expect: null },
  { name: "NBSP grouping", locale: "uk", source: "About 1,250 people came.", target: `Прийшли близько 1${NBSP}250 людей.`, expect: null },
  { name: "narrow NBSP grouping", locale: "ru", source: "About 640,000 people came.", target: `Пришли около 640${NNBSP}000 человек.`, expect: null },
  { name: "space grouping with decimals", locale: "ru", source: "It cost 1,000.5 dollars.", target: "Это стоило 1 000,5 доллара.", expect: null },
  { name: "percent with a space", locale: "uk", source: "Support fell to 12%.", target: `Підтримка впала до 12${NBSP}%.`, expect: null },
  { name: "percent without a space", locale: "ru", source: "Support fell to 12 %.", target: "Поддержка упала до 12%.", expect: null },
  { name: "million as млн", locale: "uk", source: "It costs $2 million.", target: "Це коштує 2 млн доларів.", expect: null },
  { name: "million as млн", locale: "ru", source: "It costs $2 million.", target: "Это стоит 2 млн долларов.", expect: null },
  { name: "billion as млрд with decimal comma", locale: "uk", source: "A $2.5 billion deal.", target: "Угода на 2,5 млрд доларів.", expect: null },
  { name: "billion as full word", locale: "ru", source: "A $2.5 billion deal.", target: "Сделка на 2,5 миллиарда долларов.", expect: null },
  { name: "thousand as тис.", locale: "uk", source: "150,000 troops", target: "150 тис. військових", expect: null },
  { name: "thousand as тысяч", locale: "ru", source: "150,000 troops", target: "150 тысяч военных", expect: null },
  { name: "en dash range", locale: "uk", source: "in 2020-2025", target: "у 2020–2025 роках", expect: null },
  { name: "en dash range", locale: "ru", source: "in 2020–2025", target: "в 2020–2025 годах", expect: null },
  { name: "ordinal suffixes", locale: "uk", source: "her 36th meeting", target: "її 36-та зустріч", expect: null },
  { name: "ordinal suffixes", locale: "ru", source: "her 36th meeting", target: "ее 36-я встреча", expect: null },
  { name: "English grouping left in uk", locale: "uk", source: "1,250 people", target: "1,250 людей", expect: null },
  { name: "minus sign", locale: "ru", source: "It was -5 degrees.", target: "Было −5 градусов.", expect: null },
  { name: "numbers reordered", locale: "uk", source: "150 troops since 1951", target: "З 1951 року 150 військових", expect: null },
  { name: "150 became 15", locale: "uk", source: "about 150 troops", target: "близько 15 військових", expect: "changed", data: { missing: ["150"], extra: ["15"] } },
  { name: "150 became 15", locale: "ru", source: "about 150 troops", target: "около 15 военных", expect: "changed", data: { missing: ["150"], extra: ["15"] } },
  { name: "1951 became 1915", locale: "uk", source: "a 1951 agreement", target: "угода 1915 року", expect: "changed", data: { missing: ["1951"], extra: ["1915"] } },
  { name: "1951 became 1915", locale: "ru", source: "a 1951 agreement", target: "соглашение 1915 года", expect: "changed", data: { missing: ["1951"], extra: ["1915"] } },
  { name: "150 became 1500", locale: "ru", source: "about 150 troops", target: "около 1500 военных", expect: "changed", data: { missing: ["150"], extra: ["1500"] } },
  { name: "number dropped", locale: "uk", source: "150 troops since 1951", target: "військові з 1951 року", expect: "missing", data: { missing: ["150"], extra: [] } },
  { name: "number added", locale: "ru", source: "troops since 1951", target: "150 военных с 1951 года", expect: "extra", data: { missing: [], extra: ["150"] } },
  { name: "million became billion", locale: "uk", source: "$2 million", target: "2 млрд доларів", expect: "changed" },
  { name: "decimal point moved", locale: "ru", source: "1.5 percent", target: "15 процентов", expect: "changed" },
  { name: "a digit typed for a letter", locale: "ru", source: "They were introduced.", target: "Они были 0ведены.", expect: "extra", data: { extra: ["0"] } },
]);
