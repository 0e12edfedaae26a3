/** Cyrillic letters as consonant classes for name matching, shared by Ukrainian and Russian. */
export const CYRILLIC_CLASSES: Readonly<Record<string, string>> = {
  дж: "j", б: "b", в: "v", г: "g", ґ: "g", д: "d", ж: "z", з: "s", к: "k", л: "l", м: "m", н: "n", п: "p",
  р: "r", с: "s", т: "t", ф: "f", х: "g", ц: "c", ч: "c", ш: "s", щ: "s",
  а: "", е: "", є: "", и: "", і: "", ї: "", й: "", о: "", у: "", ю: "", я: "", ь: "", ъ: "", ы: "", э: "", ё: "", "'": "",
};

/**
 * Ukrainian and Russian spellings folded onto one alphabet (profile.ts, Kinship): the letters the
 * two write differently for one sound (і ї и ы й, є е э ё, ґ г) and the signs dropped, so that
 * аварія ↔ авария, ми ↔ мы and Євросоюз ↔ Евросоюз meet.
 */
export const EAST_SLAVIC_FOLD: Readonly<Record<string, string>> = {
  і: "и", ї: "и", ы: "и", й: "и", є: "е", э: "е", ё: "е", ґ: "г", ь: "", ъ: "", "'": "", "ʼ": "", "’": "",
};
