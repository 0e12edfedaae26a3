/**
 * mixed-script: a word that mixes scripts with letters that look alike — "Трамп" typed with a
 * Latin "р", "NАТО" with a Cyrillic "А". Invisible to a reader, fatal to search and to spelling
 * checks. The message shows the word with the odd letters in brackets.
 */
import { profiles, type LocaleProfile } from "../text/locales";
import { scriptOf, scriptOfUnit } from "../text/script";
import { APOSTROPHE, LETTER, wordRuns } from "../text/word-runs";
import { defineRule } from "./rule";

// Bounded: an unbounded run over a 5 MB word overflows the regex engine's stack; no word is longer.
const WORD = /[\p{L}'’ʼ]{2,64}/gu;
/** The look-alike letters of the other script, by the script a word is mostly written in. */
function lookAlikesFor(script: "Latin" | "Cyrillic"): string {
  const owner = Object.values(profiles).find((p: LocaleProfile) => p.script === script) as LocaleProfile;
  return owner.signals.lookAlikes;
}

/** Whether text[start, end) may mix Latin and Cyrillic letters: both seen by char code, or a surrogate (read by code point below). */
function mixesScripts(text: string, start: number, end: number): boolean {
  let seen = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    seen |= scriptOfUnit(code);
    if (seen === 3) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: "mixed-script",
    description: "A word mixes Latin and Cyrillic letters that look alike.",
    defaultSeverity: "warning",
    messages: {
      mixed: "The word “{{word}}” mixes scripts: {{odd}} {{are}} {{oddScript}} in a {{wordScript}} word ({{marked}})",
    },
    docs: "docs/rules/mixed-script.md",
    fixable: false,
  },
  check({ target, report }) {
    if (!target) return;
    const text = target.text;
    // The words as WORD matches them (runs of one letter are none); only a word of both scripts is sliced.
    const runs = wordRuns(text, LETTER | APOSTROPHE, 64, WORD);
    for (let r = 0; r < runs.length; r += 2) {
      const start = runs[r];
      if (runs[r + 1] - start < 2 || !mixesScripts(text, start, runs[r + 1])) continue;
      const word = text.slice(start, runs[r + 1]);
      let latin = 0;
      let cyrillic = 0;
      for (const ch of word) {
        const script = scriptOf(ch.charCodeAt(0), ch);
        if (script === 1) latin++;
        else if (script === 2) cyrillic++;
      }
      if (latin === 0 || cyrillic === 0) continue;
      const wordScript = cyrillic >= latin ? "Cyrillic" : "Latin";
      const oddScript = wordScript === "Cyrillic" ? "Latin" : "Cyrillic";
      const oddNumber = oddScript === "Latin" ? 1 : 2;
      const isOdd = (ch: string) => scriptOf(ch.charCodeAt(0), ch) === oddNumber;
      const lookAlikes = lookAlikesFor(wordScript);
      const odd = [...word].filter(isOdd);
      // Only look-alikes are typing accidents; a real mix (iPhoneЯ) is a different matter.
      if (!odd.every((ch) => lookAlikes.includes(ch))) continue;
      const marked = [...word].map((ch) => (isOdd(ch) ? `[${ch}]` : ch)).join("");
      report({
        messageId: "mixed",
        data: { word, odd: odd.map((ch) => `“${ch}”`).join(", "), are: odd.length === 1 ? "is" : "are", oddScript, wordScript, marked },
        range: { start, end: start + word.length },
      });
    }
  },
});
