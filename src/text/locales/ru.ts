/** Russian: «…» with „…“ inside, 1 000,5, тыс./млн/млрд and their case forms. */
import type { LocaleProfile } from "./profile";

const NOUN_ENDINGS = ["", "а", "ы", "ов", "у", "ом", "ам", "ами", "ах", "е"];

export const ru: LocaleProfile = {
  id: "ru",
  name: "Russian",
  script: "Cyrillic",
  quotes: [
    ["\u00AB", "\u00BB"],
    ["\u201E", "\u201C"],
  ],
  decimalSeparator: ",",
  groupSeparators: [" ", "\u00A0", "\u202F"],
  scaleWords: [
    { stem: "тыс", endings: [""], value: 1e3 },
    { stem: "тысяч", endings: ["", "а", "и", "у", "ей", "ью", "ам", "ами", "ах", "е"], value: 1e3 },
    { stem: "млн", endings: [""], value: 1e6 },
    { stem: "миллион", endings: NOUN_ENDINGS, value: 1e6 },
    { stem: "млрд", endings: [""], value: 1e9 },
    { stem: "миллиард", endings: NOUN_ENDINGS, value: 1e9 },
    { stem: "трлн", endings: [""], value: 1e12 },
    { stem: "триллион", endings: NOUN_ENDINGS, value: 1e12 },
  ],
};
