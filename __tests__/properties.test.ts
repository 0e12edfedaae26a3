/**
 * Property tests (fast-check) on arbitrary input: the text layer never throws and always
 * terminates; a catalog compared with itself has no findings; NBSP and narrow NBSP group alike;
 * the loader meets any bytes with problems, never an exception. FUZZ_RUNS sets the effort
 * (npm run fuzz runs many more than npm test).
 */
import fc from "fast-check";
import { decodeCatalog } from "../src/catalog/decode";
import { parseCatalog } from "../src/catalog/parse";
import { CatalogError } from "../src/errors";
import { profiles } from "../src/text/locales";
import { compareNumbers, extractNumbers } from "../src/text/numbers";
import { extractPlaceholders } from "../src/text/placeholders";
import { extractQuotes } from "../src/text/quotes";
import { countScripts } from "../src/text/script";
import { countSentences } from "../src/text/sentences";
import { catalogOf, runRule } from "./helpers";
import { rules } from "../src/rules";

const runs = Number(process.env.FUZZ_RUNS ?? 150);
/** Text made of the characters that matter here: digits, separators, marks, apostrophes, both scripts. */
const pieces = ["1", "5", "0", ",", ".", " ", "\u00A0", "\u202F", "-", "–", "%", "$", "«", "»", "„", "“", "”", '"', "'", "’", "ʼ", "(", ")", ":", "?", "!", "—", "a", "П", "і", "ы", "р", "p", "млн", "тис.", "million", "twenty", "п'ять", "p.m.", "XVIII", "століття", "miles", "км", "{{x}}", "<0>", "\n"];
const textLike = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join("")));

describe("the text layer on arbitrary text", () => {
  test("never throws, for every locale", () => {
    fc.assert(
      fc.property(textLike, (text) => {
        for (const profile of Object.values(profiles)) {
          extractNumbers(text, profile);
          extractQuotes(text, profile);
        }
        countScripts(text);
        countSentences(text);
        extractPlaceholders(text);
      }),
      { numRuns: runs },
    );
  });

  test("numbers compared with themselves all match", () => {
    fc.assert(
      fc.property(textLike, (text) => {
        const numbers = extractNumbers(text, profiles.uk);
        const { missing, extra, conversions } = compareNumbers(numbers, numbers);
        return missing.length === 0 && extra.length === 0 && conversions.length === 0;
      }),
      { numRuns: runs },
    );
  });

  test("NBSP or narrow NBSP as the thousands separator reads the same values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1000, max: 99_999_999 }), { minLength: 1, maxLength: 5 }), (values) => {
        const write = (space: string) => values.map((v) => v.toLocaleString("en").replace(/,/g, space)).join(" і ");
        const a = extractNumbers(write("\u00A0"), profiles.uk).map((n) => n.values[0]);
        const b = extractNumbers(write("\u202F"), profiles.uk).map((n) => n.values[0]);
        return JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(a) === JSON.stringify(values);
      }),
      { numRuns: runs },
    );
  });
});

describe("a catalog compared with itself", () => {
  test("has no findings, whatever its texts", () => {
    fc.assert(
      fc.property(fc.array(textLike, { minLength: 1, maxLength: 6 }), (texts) => {
        const paragraphs = Object.fromEntries(texts.map((t, i) => [`p${i}`, t]));
        // Left out: rules that judge a translation on its own (its marks, spaces, script, language,
        // sentences, balance) or that flag identical text by design (untranslated, empty).
        for (const rule of rules) {
          if (!rule.check || ["untranslated-paragraph", "empty-paragraph", "wrong-language", "mixed-script", "whitespace", "end-punctuation", "quote-unbalanced", "quote-style", "sentence-count", "length-ratio"].includes(rule.meta.id)) continue;
          const findings = runRule(rule.meta.id, paragraphs, paragraphs, "uk", "uk");
          if (findings.length) throw new Error(`${rule.meta.id}: ${findings[0].message} in ${JSON.stringify(paragraphs)}`);
        }
      }),
      { numRuns: Math.max(20, Math.floor(runs / 5)) },
    );
  });
});

describe("the loader on arbitrary bytes", () => {
  test("meets any bytes with a CatalogError or problems, never anything else", () => {
    const jsonish = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.json().map((json) => new TextEncoder().encode(json)),
      fc.array(fc.constantFrom("{", "}", "[", "]", '"', ":", ",", "a", "1", "null", "\\", "\\u12", " ", "\n", "\uFEFF", "__proto__"), { maxLength: 60 }).map((parts) => new TextEncoder().encode(parts.join(""))),
    );
    fc.assert(
      fc.property(jsonish, (bytes) => {
        let text: string;
        try {
          text = decodeCatalog(bytes, "fuzz.json");
        } catch (error) {
          if (error instanceof CatalogError) return true;
          throw error;
        }
        const parsed = parseCatalog(text, "fuzz.json");
        if (parsed.readable) catalogOf("uk", Object.fromEntries(parsed.paragraphs.map((p) => [p.key, p.text])));
        return Object.prototype.hasOwnProperty.call(Object.prototype, "polluted") === false;
      }),
      { numRuns: runs },
    );
  });
});
