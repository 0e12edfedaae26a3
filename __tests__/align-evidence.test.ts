/**
 * Evidence that tells a short paragraph from its neighbours when the aligner weighs a pair
 * (src/text/align/score.ts, evidence.ts): calendar words as language-neutral terms (src/text/calendar.ts) — a
 * month, a weekday or yesterday/today/tomorrow reads the same in en, uk and ru —, numbers
 * written in words, and whether a paragraph ends as a sentence or as a heading.
 */
import { PairScorer, TermWeights, featuresOf } from "../src/text/align";
import { wholeOf } from "../src/text/align/features";
import { skeleton } from "../src/text/names";
import { extractNumbers } from "../src/text/numbers";
import { extractQuotes } from "../src/text/quotes";
import { calendarTerms } from "../src/text/calendar";
import { profiles } from "../src/text/locales";

const terms = (text: string, locale: keyof typeof profiles) => calendarTerms(text, profiles[locale]).sort();

describe("calendar terms", () => {
  test("the same day and month read alike in en, uk and ru, whatever the case ending", () => {
    const en = terms("He was arrested on Monday night, on Sept. 26, and freed the next Friday.", "en");
    expect(en).toEqual(["§month09", "§weekday1", "§weekday5"]);
    expect(terms("Його заарештували в понеділок увечері, 26 вересня, а звільнили наступної п’ятниці.", "uk")).toEqual(en);
    expect(terms("Его арестовали в понедельник вечером, 26 сентября, а отпустили в следующую пятницу.", "ru")).toEqual(en);
  });

  test("yesterday, today and tomorrow", () => {
    expect(terms("Yesterday they lost; today they rest; tomorrow they play.", "en")).toEqual(["§day-1", "§day0", "§day1"]);
    expect(terms("Учора вони програли, сьогодні відпочивають, завтра грають.", "uk")).toEqual(["§day-1", "§day0", "§day1"]);
    expect(terms("Вчера они проиграли, сегодня отдыхают, завтра играют.", "ru")).toEqual(["§day-1", "§day0", "§day1"]);
  });

  test("with the possessive or a contracted \"is\" ('s, ’s) a day is still a day", () => {
    expect(terms("Tomorrow's a different beast; Monday’s vote stands.", "en")).toEqual(["§day1", "§weekday1"]);
  });

  test("words that only look like calendar words are not counted", () => {
    // "may" the verb, a lower-case "march", "серед" (among), "среди" (among), "середовище", "сред" alone.
    expect(terms("Prices may march higher, as Jan Novak said.", "en")).toEqual([]);
    expect(terms("Серед учасників — представники середовища.", "uk")).toEqual([]);
    expect(terms("Среди участников были представители прессы.", "ru")).toEqual([]);
  });
});

describe("calendar words in the aligner's evidence", () => {
  const feature = (text: string, locale: keyof typeof profiles) => featuresOf("p01", 0, text, extractNumbers(text, profiles[locale]), extractQuotes(text, profiles[locale]), 1, profiles[locale]);
  // A fresh scorer per pair: scorers keep 1-1 costs by position.
  const cost = (source: string, target: string, locale: keyof typeof profiles) => new PairScorer(1.1, 6.8).cost("1-1", [feature(source, "en")], [feature(target, locale)], false);

  for (const [locale, tomorrow, other] of [
    ["uk", "Завтра треба грати на повну.", "Треба вийти й зробити все правильно."],
    ["ru", "Завтра нужно играть на полную.", "Нужно выйти и сделать все правильно."],
  ] as const) {
    test(`${locale}: "tomorrow" pairs a short sentence with its translation, not with its neighbour's`, () => {
      expect(cost("You go full bore tomorrow.", tomorrow, locale)).toBeLessThan(cost("You go full bore tomorrow.", other, locale) - 2);
    });
  }

  for (const [locale, three, all] of [
    ["uk", "Троє з них залишилися в лікарні.", "Усі з них залишилися в лікарні."],
    ["ru", "Трое из них остались в больнице.", "Все из них остались в больнице."],
  ] as const) {
    test(`${locale}: a number in words pairs with its translation; a number word without a counterpart costs nothing`, () => {
      // The same sentence with the number and with "all" in its place: the number is worth a bonus.
      expect(cost("Three of them stayed in hospital.", three, locale)).toBeLessThan(cost("Three of them stayed in hospital.", all, locale) - 0.5);
      // A number word the other side lacks is no evidence against the pair (translators drop "one", "both").
      expect(cost("They stayed in hospital.", three, locale)).toBeCloseTo(cost("They stayed in hospital.", all, locale), 1);
    });
  }

  for (const [locale, heading, sentence] of [
    ["uk", "Каньє Вест: репер змінює своє ім'я на Є", "Репер Каньє Вест змінює своє ім'я на Є."],
    ["ru", "Канье Уэст: рэппер меняет имя на Йе", "Рэппер Канье Уэст меняет имя на Йе."],
  ] as const) {
    test(`${locale}: a heading pairs with a heading, a sentence with a sentence`, () => {
      const title = "Kanye West: Rapper changes his name to Ye";
      const lead = "Rapper Kanye West is changing his name to Ye.";
      expect(cost(title, heading, locale)).toBeLessThan(cost(title, sentence, locale) - 2);
      expect(cost(lead, sentence, locale)).toBeLessThan(cost(lead, heading, locale) - 2);
    });
  }

  for (const [locale, runsOn, closed, first, second] of [
    ["uk", "«Я щиро вірив, що тренерська робота мені пасує більше, ніж гра.", "«Я щиро вірив, що тренерська робота мені пасує більше, ніж гра».", "«Це було роздоріжжя.", "Я вірив у тренерство», — згадує він."],
    ["ru", "«Я искренне верил, что тренерская работа мне подходит больше, чем игра.", "«Я искренне верил, что тренерская работа мне подходит больше, чем игра».", "«Это было распутье.", "Я верил в тренерство», — вспоминает он."],
  ] as const) {
    test(`${locale}: a quotation that runs on into the next paragraph pairs with one that does`, () => {
      // The same words; only where the quotation ends differs (one quotation each: the count cannot tell them).
      const source = '"I genuinely did believe management was the right fit for me, more so than playing.';
      expect(cost(source, runsOn, locale)).toBeLessThan(cost(source, closed, locale) - 0.5);
    });

    test(`${locale}: two paragraphs read as one keep the quotation that runs from the first into the second inside`, () => {
      const whole = feature(`${first} ${second}`, locale);
      expect(wholeOf([feature(first, locale), feature(second, locale)]).quoteShape).toBe(whole.quoteShape);
      // And the parts alone are shaped otherwise: the first runs on, the second runs in.
      expect(wholeOf([feature(first, locale)]).quoteShape).not.toBe(whole.quoteShape);
    });
  }
});

describe("how much a shared name says (TermWeights)", () => {
  const feature = (position: number, text: string, locale: keyof typeof profiles) => featuresOf(`p${position}`, position, text, extractNumbers(text, profiles[locale]), extractQuotes(text, profiles[locale]), 1, profiles[locale]);
  // Greenland is in every paragraph (the article's subject); Pituffik in one.
  const sources = ["Talks on Greenland resume.", "Voters in Greenland decide.", "The base at Pituffik serves Greenland.", "All of Greenland waits."].map((text, i) => feature(i, text, "en"));

  test("a name in every paragraph weighs less than a rare one, each read where its paragraph's terms begin", () => {
    const weights = TermWeights.of(sources);
    const at = weights.offset(2);
    const greenland = sources[2].names.indexOf(skeleton("Greenland"));
    const pituffik = sources[2].names.indexOf(skeleton("Pituffik"));
    expect(greenland).toBeGreaterThanOrEqual(0);
    expect(pituffik).toBeGreaterThanOrEqual(0);
    expect(weights.weight[at + greenland]).toBeCloseTo(Math.log(5 / 4));
    expect(weights.weight[at + pituffik]).toBeCloseTo(Math.log(5 / 1));
    expect(weights.offset(99)).toBe(-1);
  });

  for (const [locale, common, rare] of [
    ["uk", "Ця база служить Гренландії.", "База в Пітуффіку служить острову."],
    ["ru", "Эта база служит Гренландии.", "База в Питуффике служит острову."],
  ] as const) {
    test(`${locale}: the rare name found in a translation is worth more than the common one`, () => {
      const scorer = () => new PairScorer(1.1, 6.8, TermWeights.of(sources));
      const target = (text: string) => feature(2, text, locale);
      // One name kept, the other translated away: keeping the rare one makes the cheaper pair.
      expect(scorer().pair(sources[2], target(rare), false)).toBeLessThan(scorer().pair(sources[2], target(common), false) - 0.5);
    });
  }
});
