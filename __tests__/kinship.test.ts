/**
 * Ukrainian and Russian translations witness each other (src/text/align/kinship.ts): two
 * translations of one paragraph share much of their folded trigrams, neighbours little.
 */
import { kinCoverage, kinGrams, unionGrams } from "../src/text/align/kinship";
import { kinCost } from "../src/text/align";
import { profiles } from "../src/text/locales";

const uk = (text: string) => kinGrams(text, profiles.uk.kinship!);
const ru = (text: string) => kinGrams(text, profiles.ru.kinship!);

const UK = [
  "Велосипедист загинув у зіткненні з автомобілем у Лондоні.",
  "Аварія сталася біля перехрестя Бествуд-стріт та Евелін-стріт приблизно о 10:15 ранку.",
];
const RU = [
  "В Лондоне автомобиль столкнулся с велосипедистом, который скончался на месте.",
  "Авария случилась неподалеку от Бествуд-стрит и Эвелин-стрит, примерно в 10:15.",
];

describe("kinship between uk and ru", () => {
  test("both spellings fold onto one alphabet: і/и/ы, є/е/э, ґ/г and the signs", () => {
    expect(Array.from(uk("Євросоюз, ґанок, об'єкт"))).toEqual(Array.from(ru("Евросоюз, ганок, объект")));
    expect(Array.from(uk("аварія"))).toEqual(Array.from(ru("авария")));
    expect(Array.from(uk("ми"))).toEqual(Array.from(ru("мы")));
    expect(Array.from(uk("країна"))).not.toEqual(Array.from(ru("страна")));
  });

  test("a translation covers its sibling far more than the sibling's neighbour does", () => {
    for (const [i, j] of [
      [0, 1],
      [1, 0],
    ]) {
      expect(kinCoverage(uk(UK[i]), ru(RU[i]))).toBeGreaterThan(kinCoverage(uk(UK[i]), ru(RU[j])) + 0.1);
      expect(kinCoverage(ru(RU[i]), uk(UK[i]))).toBeGreaterThan(kinCoverage(ru(RU[i]), uk(UK[j])) + 0.1);
      // As a cost: the sibling pair is cheap (negative), the neighbours dear.
      expect(kinCost(uk(UK[i]), ru(RU[i]))).toBeLessThan(0);
      expect(kinCost(uk(UK[i]), ru(RU[j]))).toBeGreaterThan(0);
    }
  });

  test("numbers count whole, and a merged pair covers both its parts", () => {
    expect(kinCoverage(uk("у 1951 році"), ru("в 1951 году"))).toBeGreaterThan(0);
    expect(kinCoverage(uk("1951"), ru("1915"))).toBe(0);
    expect(kinCoverage(uk("1951"), ru("1951"))).toBe(1);
    const merged = unionGrams([ru(RU[0]), ru(RU[1])]);
    expect(merged.length).toBeGreaterThan(Math.max(ru(RU[0]).length, ru(RU[1]).length));
    expect(kinCoverage(uk(UK[1]), merged)).toBeGreaterThanOrEqual(kinCoverage(uk(UK[1]), ru(RU[1])));
  });
});
