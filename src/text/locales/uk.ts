/** Ukrainian: «…» with „…“ inside, 1 000,5, тис./млн/млрд and their case forms. */
import type { LocaleProfile } from "./profile";

const NOUN_ENDINGS = ["", "а", "и", "і", "ів", "у", "ові", "ом", "ам", "ами", "ах"];

export const uk: LocaleProfile = {
  id: "uk",
  name: "Ukrainian",
  script: "Cyrillic",
  quotes: [
    ["\u00AB", "\u00BB"],
    ["\u201E", "\u201C"],
  ],
  decimalSeparator: ",",
  groupSeparators: [" ", "\u00A0", "\u202F"],
  scaleWords: [
    { stem: "тис", endings: [""], value: 1e3 },
    { stem: "тисяч", endings: ["", "а", "і", "у", "ею", "ам", "ами", "ах"], value: 1e3 },
    { stem: "млн", endings: [""], value: 1e6 },
    { stem: "мільйон", endings: NOUN_ENDINGS, value: 1e6 },
    { stem: "млрд", endings: [""], value: 1e9 },
    { stem: "мільярд", endings: NOUN_ENDINGS, value: 1e9 },
    { stem: "трлн", endings: [""], value: 1e12 },
    { stem: "трильйон", endings: NOUN_ENDINGS, value: 1e12 },
  ],
};
