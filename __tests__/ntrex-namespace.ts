/** NTREX for the aligner's tests: accidents planted into its articles, and one long namespace of all of them in a row. */
import { cpSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { alignNamespace } from "../src/engine/alignment";
import { check } from "../src/engine/check";
import { createTextView } from "../src/engine/text-view";
import { profileFor } from "../src/engine/profiles";
import { catalogOf, tempTree } from "./helpers";

const corpus = path.join(__dirname, "..", "corpora", "ntrex", "locales");
const articles = readdirSync(path.join(corpus, "en")).sort();

/** Every paragraph of the corpus in one language, article after article. */
export const texts = (lng: string): string[] => articles.flatMap((file) => Object.values(JSON.parse(readFileSync(path.join(corpus, lng, file), "utf8")) as Record<string, string>));
export const keyOf = (i: number) => `p${String(i).padStart(5, "0")}`;

/** A side of one namespace holding these values under keys p00000, p00001, … */
export function side(lng: string, values: string[]) {
  const catalog = catalogOf(lng, Object.fromEntries(values.map((v, i) => [keyOf(i), v])), "long");
  const profile = profileFor(lng);
  return { catalog, profile, text: createTextView(catalog.paragraphs, profile) };
}

/** The corpus in one language `copies` times over. */
export function repeated(lng: string, copies: number): string[] {
  const values = texts(lng);
  return Array.from({ length: copies * values.length }, (_, i) => values[i % values.length]);
}

/**
 * The sixth paragraph dropped: every later translation moved up one key, and among thousands of
 * shifted pairs a few same-key pairs translate each other by chance well enough to anchor. Each is
 * read again with its surroundings, so the whole must read as the one drop it is.
 */
export function expectOneDropNearTheStart(locale: string, copies: number): void {
  const en = repeated("en", copies);
  const size = en.length;
  const { pairs, events } = alignNamespace(side("en", en), side(locale, repeated(locale, copies).filter((_, i) => i !== 5)));
  // One source paragraph without a translation (the sixth), and every other paired with the translation one key up.
  expect(pairs.filter((p) => !p.target).map((p) => p.source?.key)).toEqual([keyOf(5)]);
  expect(pairs.filter((p) => !p.source)).toEqual([]);
  const moved = pairs.filter((p) => p.source && p.target && p.source.key !== p.target.key);
  expect(moved.length).toBe(size - 6);
  expect(moved.every((p) => Number(p.source!.key.slice(1)) === Number(p.target!.key.slice(1)) + 1)).toBe(true);
  expect(events.map((e) => e.kind)).toEqual(["shift"]);
}

/**
 * Accidents planted (seed 3) by the script behind `npm run eval:align` into NTREX articles (the
 * first `articles` of them, or all), and how many check located exactly.
 */
export async function plantIntoNtrex(count: number, articles?: number): Promise<{ planted: number; exact: number; cleanStructural: unknown[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evaluate } = require("../scripts/eval-align.js");
  return evaluate({ corpus: articles === undefined ? path.join(corpus, "..") : path.dirname(someOfNtrex(articles)), count, seed: 3, check });
}

/** A copy of the first `count` NTREX articles in en, uk and ru, under a new temporary folder's `locales`. */
export function someOfNtrex(count: number): string {
  const root = path.join(tempTree({}), "locales");
  for (const locale of ["en", "uk", "ru"]) for (const article of articles.slice(0, count)) cpSync(path.join(corpus, locale, article), path.join(root, locale, article));
  return root;
}
