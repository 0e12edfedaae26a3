/**
 * untranslated-paragraph: the translation is the source text, or prose still in the source's
 * script. Names, acronyms and numbers alone are left as they are in any translation, and a
 * paragraph every translation of the namespace keeps as it is (a French line quoted in an
 * English article) was kept on purpose: information — unless it reads as the source's language.
 */
import { languageEvidences } from "../text/language";
import { excerpt } from "../text/quote-pairing";
import { proseScript } from "../text/script";
import { defineRule } from "./rule";

/** Lower-case words of the source's script it takes to call identical text prose, not a name. */
const MIN_PROSE_WORDS = 2;

/** Function words of the source's language (the, and; і, що) that make a kept paragraph the source's own prose. */
const SOURCE_LANGUAGE_WORDS = 2;

export default defineRule({
  meta: {
    id: "untranslated-paragraph",
    description: "The translation is identical to the source, or is written in the source's script instead of the target's.",
    defaultSeverity: "error",
    messages: {
      identical: "Paragraph {{key}} is identical to the source: it was not translated",
      keptByAll: "Paragraph {{key}} is identical to the source, as in every other translation: kept in the original on purpose?",
      wrongScript: "Paragraph {{key}} is in {{found}} script, not {{expected}}: “{{excerpt}}”",
    },
    docs: "docs/rules/untranslated-paragraph.md",
  },
  check({ source, target, siblings, from, to, sourceText, targetText, report }) {
    if (!source || !target || target.text.trim() === "") return;
    const sourceCounts = sourceText.scripts(source);
    if (target.text.trim() === source.text.trim()) {
      if (sourceCounts.latinProseWords >= MIN_PROSE_WORDS || (from.script === "Cyrillic" && proseScript(sourceCounts) === "Cyrillic" && sourceCounts.words >= 3)) {
        // Two translators who both keep a paragraph as it is did so on purpose, unless it is the
        // source's own language: a catalog copied from the source before translation is not.
        const keptByAll =
          siblings !== undefined &&
          siblings.length > 0 &&
          siblings.every((sibling) => sibling.paragraph.text.trim() === source.text.trim()) &&
          languageEvidences(source.text, [from]).evidence[0].score < SOURCE_LANGUAGE_WORDS;
        if (keptByAll) report({ messageId: "keptByAll", data: { key: target.key }, severity: "info" });
        else report({ messageId: "identical", data: { key: target.key } });
      }
      return;
    }
    if (from.script === to.script) return;
    const found = proseScript(targetText.scripts(target));
    if (found && found !== to.script && found === from.script) {
      report({ messageId: "wrongScript", data: { key: target.key, found, expected: to.script, excerpt: excerpt(target.text) } });
    }
  },
});
