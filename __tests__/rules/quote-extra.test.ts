/** quote-extra: speech quoted only in the translation is flagged; quoted names are uk/ru house style. */
import { ruleTable } from "../helpers";

ruleTable("quote-extra", [
  { name: "company name in guillemets", locale: "uk", source: "Naftogaz said it would pay.", target: "«Нафтогаз» заявив, що заплатить.", expect: null },
  { name: "operation name in guillemets", locale: "ru", source: "Operation Arctic Resilience began.", target: "Операция «Арктическая стойкость» началась.", expect: null },
  { name: "paired quotation", locale: "uk", source: "“We will come to their rescue,” he said.", target: "«Ми прийдемо їм на допомогу», — сказав він.", expect: null },
  { name: "paired quotation", locale: "ru", source: "“We will come to their rescue,” he said.", target: "«Мы придём им на помощь», — сказал он.", expect: null },
  { name: "a film title of five words", locale: "uk", source: "Johnny English Strikes Again review", target: "Огляд фільму «Агент Джонні Інгліш: Нова місія»", expect: null },
  { name: "reported speech turned into a quotation", locale: "uk", source: "He said that they would surely come to their rescue tomorrow.", target: "Він сказав: «Ми обов’язково прийдемо їм на допомогу завтра».", expect: "extra", data: { quote: "Ми обов’язково прийдемо їм на допомогу завтра" } },
  { name: "reported speech turned into a quotation", locale: "ru", source: "He said that they would surely come to their rescue tomorrow.", target: "Он сказал: «Мы обязательно придём им на помощь завтра».", expect: "extra" },
]);
