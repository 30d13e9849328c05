/** The months of the year: the one table every stage reads month names from. */
import { alternation, escapeRegExp } from './pattern';

interface MonthEntry {
  name: string;
  /** Abbreviations as written before their period ("Sept" first: it is also written without one). */
  abbreviations: readonly string[];
}

export const MONTHS: readonly MonthEntry[] = [
  { name: 'January', abbreviations: ['Jan'] },
  { name: 'February', abbreviations: ['Feb'] },
  { name: 'March', abbreviations: ['Mar'] },
  { name: 'April', abbreviations: ['Apr'] },
  { name: 'May', abbreviations: [] },
  { name: 'June', abbreviations: ['Jun'] },
  { name: 'July', abbreviations: ['Jul'] },
  { name: 'August', abbreviations: ['Aug'] },
  { name: 'September', abbreviations: ['Sept', 'Sep'] },
  { name: 'October', abbreviations: ['Oct'] },
  { name: 'November', abbreviations: ['Nov'] },
  { name: 'December', abbreviations: ['Dec'] },
];

/** Abbreviations that are words of their own, so their period is optional: "Sept 5". */
const PERIOD_OPTIONAL = new Set(['Sept']);

/** Full names, January first. */
export const MONTH_NAMES: readonly string[] = MONTHS.map((m) => m.name);

/** Lower-cased full names and abbreviations → 1…12. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTHS.flatMap((m, i) => [m.name, ...m.abbreviations].map((w) => [w.toLowerCase(), i + 1])),
);

/** Every lower-cased month word (names and abbreviations). */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTH_NUMBERS);

/** Full month names: `(?:September|February|…)`. */
export const MONTH_NAME_PATTERN = alternation(MONTH_NAMES);

/** A month as dates write it: the full name or an abbreviation with its period ("Jan.", "Sept"). */
export const MONTH_WRITTEN_PATTERN = `(?:${MONTHS.flatMap((m) => [
  m.name,
  ...m.abbreviations.map((a) => escapeRegExp(a) + (PERIOD_OPTIONAL.has(a) ? '\\.?' : '\\.')),
]).join('|')})`;

/** Abbreviations alone, without a period: `(?:Sept|Jan|…)` (for "Jun 13, 2013"). */
export const MONTH_ABBREVIATION_PATTERN = alternation(MONTHS.flatMap((m) => m.abbreviations));

/**
 * Month words that are also common words or first names ("May", "March", "Jan", "Sept"): as a bare
 * month they need a lead-in ("in May"). Written as the date matchers see them, period included.
 */
export const AMBIGUOUS_MONTH_PATTERN = '(?:May|March|April|June|August|Jan\\.|Sept?\\.?)';

/** A name or an abbreviation, without the period: `(?:September|Sept|Sep|…)`. */
export const MONTH_WORD_PATTERN = alternation(MONTHS.flatMap((m) => [m.name, ...m.abbreviations]));
