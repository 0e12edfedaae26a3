/** wrong-language: Russian in uk and Ukrainian in ru are flagged; quotations and shared words are not. */
import { ruleTable } from "../helpers";

ruleTable("wrong-language", [
  { name: "Ukrainian prose", locale: "uk", source: "Trump stated that his main fear is NATO.", target: "Трамп заявив, що найбільше побоюється, що НАТО не допоможе.", expect: null },
  { name: "Russian prose", locale: "ru", source: "Trump stated that his main fear is NATO.", target: "Трамп заявил, что больше всего опасается, что НАТО не поможет.", expect: null },
  { name: "a Russian quotation inside Ukrainian prose", locale: "uk", source: "He wrote “what is this, the end?” on the wall.", target: "Він написав на стіні «что это, конец?».", expect: null },
  { name: "a short heading", locale: "ru", source: "Danish military exercises", target: "Военные учения Дании", expect: null },
  { name: "a Russian name with ё in Ukrainian", locale: "uk", source: "Alyona Sidorova spoke.", target: "Виступила Альона Сидорова, яка також очолює фонд.", expect: null },
  { name: "Russian pasted into uk", locale: "uk", source: "Trump stated that his main fear is NATO.", target: "Трамп заявил, что больше всего опасается, что НАТО не поможет.", expect: "wrong", data: { found: "Russian", expected: "Ukrainian", foundLocale: "ru" } },
  { name: "Ukrainian pasted into ru", locale: "ru", source: "Trump stated that his main fear is NATO.", target: "Трамп заявив, що найбільше побоюється, що НАТО не допоможе.", expect: "wrong", data: { found: "Ukrainian", expected: "Russian" } },
  { name: "Russian letters in a short uk paragraph", locale: "uk", source: "Danish military exercises", target: "Военные учения Дании", expect: "wrong" },
]);

ruleTable("wrong-language", [
  { name: "an abbreviation that looks like a Russian word", locale: "uk", source: "Max Time (s)", target: "Макс. час (с)", expect: null },
  { name: "уже is Ukrainian too", locale: "uk", source: "Record already assigned", target: "Запис уже призначено", expect: null },
  { name: "та is Russian too", locale: "ru", source: "that woman", target: "та женщина", expect: null },
  { name: "Russian heading with a distinctive word", locale: "uk", source: "When was it built?", target: "Когда построено?", expect: "wrong" },
  { name: "Ukrainian heading with a distinctive word", locale: "ru", source: "When was it built?", target: "Коли збудовано?", expect: "wrong" },
]);
