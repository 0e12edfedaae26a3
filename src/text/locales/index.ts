/** The locale profiles Concord ships, and how a locale code (uk-UA, ru_RU) finds its profile. */
import { en } from "./en";
import type { LocaleProfile } from "./profile";
import { ru } from "./ru";
import { uk } from "./uk";

export { expandWordForms, type DayWords, type Dimension, type Kinship, type LocaleProfile, type Script, type UnitForms, type WordForms } from "./profile";

export const profiles = { en, uk, ru } as const;
export type ProfileId = keyof typeof profiles;

/** The base language of a locale code: uk-UA, uk_UA and UK all mean uk. */
export function baseLanguage(locale: string): string {
  return locale.split(/[-_]/)[0].toLowerCase();
}

/** The profile of a locale code, or undefined when Concord has none for its language. */
export function findProfile(locale: string): LocaleProfile | undefined {
  const base = baseLanguage(locale);
  return base in profiles ? profiles[base as ProfileId] : undefined;
}
