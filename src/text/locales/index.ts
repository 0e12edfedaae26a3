/** The locale profiles Concord ships, and how a locale code (uk-UA, ru_RU) finds its profile. */
import { ConfigError } from "../../errors";
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

export function profileFor(locale: string): LocaleProfile {
  const base = baseLanguage(locale);
  if (base in profiles) return profiles[base as ProfileId];
  throw new ConfigError({
    code: "unknown-locale",
    message: `Concord has no language profile for locale "${locale}"`,
    hint: `use one of ${Object.keys(profiles).join(", ")} (regional variants such as uk-UA are fine)`,
  });
}
