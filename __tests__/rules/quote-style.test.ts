/** quote-style: «…» and „…“ pass in uk/ru; “…” and "…" fail. */
import { fixTable } from "../fix-cases";
import { ruleTable } from "../helpers";

ruleTable("quote-style", [
  { name: "guillemets", locale: "uk", source: "“We will come,” he said.", target: "«Ми прийдемо», — сказав він.", expect: null },
  { name: "guillemets", locale: "ru", source: "“We will come,” he said.", target: "«Мы придём», — сказал он.", expect: null },
  { name: "low quotes inside guillemets", locale: "uk", source: "“He called it ‘a false choice’ today,” she said.", target: "«Він назвав це „хибним вибором“ сьогодні», — сказала вона.", expect: null },
  { name: "low quotes inside guillemets", locale: "ru", source: "“He called it ‘a false choice’ today,” she said.", target: "«Он назвал это „ложным выбором“ сегодня», — сказала она.", expect: null },
  { name: "apostrophes are letters", locale: "uk", source: "Five of them met.", target: "П'ять із них з’їхалися в Прем’єр-ліги офіс.", expect: null },
  { name: "straight quotes", locale: "uk", source: "“We will come,” he said.", target: '"Ми прийдемо", — сказав він.', expect: "style", data: { expected: "«…»", mark: '"' } },
  { name: "straight quotes", locale: "ru", source: "“We will come,” he said.", target: '"Мы придём", — сказал он.', expect: "style", data: { expected: "«…»" } },
  { name: "English curly quotes", locale: "uk", source: "“We will come,” he said.", target: "“Ми прийдемо”, — сказав він.", expect: "style", data: { mark: "“" } },
  { name: "English curly quotes", locale: "ru", source: "“We will come,” he said.", target: "“Мы придём”, — сказал он.", expect: "style" },
]);

fixTable("quote-style");
