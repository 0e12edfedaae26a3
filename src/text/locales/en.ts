/** English: “…” with ‘…’ inside, 1,000.5, thousand/million/billion. */
import type { LocaleProfile } from "./profile";

export const en: LocaleProfile = {
  id: "en",
  name: "English",
  script: "Latin",
  quotes: [
    ["\u201C", "\u201D"],
    ["\u2018", "\u2019"],
  ],
  decimalSeparator: ".",
  groupSeparators: [","],
  scaleWords: [
    { stem: "thousand", endings: ["", "s"], value: 1e3 },
    { stem: "million", endings: ["", "s"], value: 1e6 },
    { stem: "mln", endings: [""], value: 1e6 },
    { stem: "billion", endings: ["", "s"], value: 1e9 },
    { stem: "bn", endings: [""], value: 1e9 },
    { stem: "trillion", endings: ["", "s"], value: 1e12 },
    { stem: "tn", endings: [""], value: 1e12 },
  ],
};
