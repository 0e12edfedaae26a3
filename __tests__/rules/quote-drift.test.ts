/** quote-drift: a paired quotation cut short, padded, or with other numbers. */
import { ruleTable } from "../helpers";

const LONG_EN = "The big fear I have with NATO is we spend tremendous amounts of money with NATO, and I know we'll come to their rescue";
const LONG_UK = "Найбільше щодо НАТО я побоююся того, що ми витрачаємо на НАТО величезні гроші, і я знаю, що ми прийдемо їм на допомогу";
const LONG_RU = "Больше всего в отношении НАТО я опасаюсь того, что мы тратим на НАТО огромные деньги, и я знаю, что мы придём им на помощь";

ruleTable("quote-drift", [
  { name: "faithful quotation", locale: "uk", source: `“${LONG_EN},” the president said.`, target: `«${LONG_UK}», — сказав президент.`, expect: null },
  { name: "faithful quotation", locale: "ru", source: `“${LONG_EN},” the president said.`, target: `«${LONG_RU}», — сказал президент.`, expect: null },
  { name: "punctuation moved outside the marks", locale: "uk", source: "“No, we will not go there,” he said.", target: "«Ні, ми туди не підемо», — сказав він.", expect: null },
  { name: "same numbers inside", locale: "ru", source: "“We sent 150 troops in 1951,” he said.", target: "«Мы отправили 150 военных в 1951 году», — сказал он.", expect: null },
  { name: "quotation cut short", locale: "uk", source: `“${LONG_EN},” the president said, and then he talked about the debates for a long while.`, target: "«Найбільше я боюся НАТО», — сказав президент, а потім він довго говорив про дебати, які відбулися минулого тижня у Вашингтоні.", expect: "truncated" },
  { name: "quotation cut short", locale: "ru", source: `“${LONG_EN},” the president said, and then he talked about the debates for a long while.`, target: "«Больше всего я боюсь НАТО», — сказал президент, а потом он долго говорил о дебатах, которые прошли на прошлой неделе в Вашингтоне.", expect: "truncated" },
  { name: "other numbers inside", locale: "uk", source: "“We sent 150 troops,” he said.", target: "«Ми відправили 15 військових», — сказав він.", expect: "numbers", data: { missing: "150", extra: "15" } },
  { name: "other numbers inside", locale: "ru", source: "“We sent 150 troops,” he said.", target: "«Мы отправили 15 военных», — сказал он.", expect: "numbers" },
]);
