/** Number and ordinal words: the one table of spelled-out numbers. */
import { alternation } from './pattern';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Cardinal words → value: "one" … "nineteen", the tens, "hundred" and "dozen". Compounds ("twenty-five") are summed by readers. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(UNITS.map((w, i) => [w, i + 1])),
  ...Object.fromEntries(TEENS.map((w, i) => [w, i + 10])),
  ...Object.fromEntries(TENS.map((w, i) => [w, (i + 2) * 10])),
  hundred: 100,
  dozen: 12,
};

/** How many times: "once", "twice". */
export const MULTIPLICATIVE_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2 };

/** Determiners that count one or two in a quantity phrase ("a day", "a single week", "a couple of days"). */
export const QUANTITY_DETERMINERS: Readonly<Record<string, number>> = { a: 1, an: 1, single: 1, couple: 2 };

/** A spelled-out number up to ninety-nine (or "hundred"): "three", "twenty-five", "forty two". */
export const CARDINAL_PATTERN =
  `(?:${[...UNITS, ...TEENS, ...TENS, 'hundred'].join('|')})` + `(?:[- ](?:${UNITS.join('|')}))?`;

const ORDINAL_LIST = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first',
];

/** Ordinal words → value: "first" … "twenty-first". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries(ORDINAL_LIST.map((w, i) => [w, i + 1]));

/** The ordinal words as one alternation: `(?:twenty-first|…|first)`. */
export const ORDINAL_PATTERN = alternation(ORDINAL_LIST);
