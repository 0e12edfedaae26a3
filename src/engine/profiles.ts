/** The engine's look-up of a locale's profile: a language Concord has no profile for is a configuration error. */
import { ConfigError } from "../errors";
import { findProfile, profiles, type LocaleProfile } from "../text/locales";

export function profileFor(locale: string): LocaleProfile {
  const profile = findProfile(locale);
  if (profile) return profile;
  throw new ConfigError({
    code: "unknown-locale",
    message: `Concord has no language profile for locale "${locale}"`,
    hint: `use one of ${Object.keys(profiles).join(", ")} (regional variants such as uk-UA are fine)`,
  });
}
