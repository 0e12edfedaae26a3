/**
 * Calendar words — months, weekdays, yesterday, today, tomorrow — as language-neutral terms: "on
 * Monday" and "у понеділок" both hold §weekday1, "in September" and "у вересні" §month09. Like
 * numbers, they survive translation, and in a short paragraph they are often the only word that
 * tells it from its neighbours. The words are locale data (profile.days, numberWords.months).
 */
import type { LocaleProfile } from "./locales";
import { monthOf, normalizeWord, tablesFor } from "./numbers/tables";
import { mayOpen, openingsOf, type Openings } from "./openings";
import { APOSTROPHE, LETTER, wordRuns } from "./word-runs";

/** Runs of letters; a word is a whole run of at most 24 (no calendar word is longer; a run of letters without spaces is no prose) and the dot after it. */
const RUN = /[\p{L}'’ʼ]+/gu;
const MAX_WORD = 24;

interface Forms {
  /** Every form, without a final dot, that any calendar table holds: one look-up passes over most words. */
  all: ReadonlySet<string>;
  /** Their first two units: a word opening otherwise is read no further. */
  openings: Openings;
}

const calendarForms = new WeakMap<LocaleProfile, Forms>();

function formsOf(profile: LocaleProfile): Forms {
  let forms = calendarForms.get(profile);
  if (!forms) {
    const { months, weekdays, relativeDays } = tablesFor(profile);
    const all = new Set([...months.keys(), ...weekdays.keys(), ...relativeDays.keys()].map((form) => form.replace(/\.$/, "")));
    calendarForms.set(profile, (forms = { all, openings: openingsOf(all) }));
  }
  return forms;
}

/** The calendar terms a text holds, each once, as §month01…§month12, §weekday1…§weekday7 and §day-1, §day0, §day1. */
export function calendarTerms(text: string, profile: LocaleProfile): string[] {
  const { weekdays, relativeDays: relative } = tablesFor(profile);
  const { all: forms, openings } = formsOf(profile);
  const terms = new Set<string>();
  const runs = wordRuns(text, LETTER | APOSTROPHE, Infinity, RUN);
  for (let r = 0; r < runs.length; r += 2) {
    const end = runs[r + 1];
    if (!mayOpen(openings, text, runs[r], end)) continue;
    // Counted in code points, as the regex reads a text with surrogate pairs.
    if (end - runs[r] > MAX_WORD && [...text.slice(runs[r], end)].length > MAX_WORD) continue;
    const bare = normalizeWord(text.slice(runs[r], end));
    if (!forms.has(bare)) continue;
    const match = text.charCodeAt(end) === 0x2e ? text.slice(runs[r], end + 1) : text.slice(runs[r], end);
    // The number layer's month reading; "may", first of all a verb, is left out here.
    const month = profile.days.ambiguous.includes(bare) ? undefined : monthOf(match, profile);
    if (month !== undefined) terms.add(`§month${String(month).padStart(2, "0")}`);
    const weekday = weekdays.get(bare);
    if (weekday !== undefined) terms.add(`§weekday${weekday}`);
    const day = relative.get(bare);
    if (day !== undefined) terms.add(`§day${day}`);
  }
  return [...terms];
}
