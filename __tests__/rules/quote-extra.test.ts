/** quote-extra: speech quoted only in the translation is flagged; quoted names are uk/ru house style. */
import { ruleTable } from "../helpers";

ruleTable("quote-extra", [
  { name: "company name in guillemets", locale: "uk", source: "Naftogaz said it would pay.", target: "«Нафтогаз» заявив, що заплатить.", expect: null },
  { name: "operation name in guillemets", locale: "ru", source: "Operation Arctic Resilience began.", target: "Операция «Арктическая стойкость» началась.", expect: null },
  { name: "paired quotation", locale: "uk", source: "“We will come to their rescue,” he said.", target: "«Ми прийдемо їм на допомогу», — сказав він.", expect: null },
  { name: "paired quotation", locale: "ru", source: "“We will come to their rescue,” he said.", target: "«Мы придём им на помощь», — сказал он.", expect: null },
  { name: "reported speech turned into a quotation", locale: "uk", source: "He said that they would come to their rescue.", target: "Він сказав: «Ми прийдемо їм на допомогу».", expect: "extra", data: { quote: "Ми прийдемо їм на допомогу" } },
  { name: "reported speech turned into a quotation", locale: "ru", source: "He said that they would come to their rescue.", target: "Он сказал: «Мы придём им на помощь».", expect: "extra" },
]);
