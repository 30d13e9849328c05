/** The days of the week: the one table every stage reads weekday names from. */
import { alternation } from './pattern';

/** Sunday first (0), as `weekdayOf` in extract/dates/calendar.ts counts them. */
const WEEKDAYS: readonly { name: string; abbreviations: readonly string[] }[] = [
  { name: 'Sunday', abbreviations: ['Sun'] },
  { name: 'Monday', abbreviations: ['Mon'] },
  { name: 'Tuesday', abbreviations: ['Tues', 'Tue'] },
  { name: 'Wednesday', abbreviations: ['Wed'] },
  { name: 'Thursday', abbreviations: ['Thurs', 'Thur', 'Thu'] },
  { name: 'Friday', abbreviations: ['Fri'] },
  { name: 'Saturday', abbreviations: ['Sat'] },
];

export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS.map((w) => w.name);

/** Lower-cased full names → 0 (Sunday) … 6 (Saturday). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(WEEKDAY_NAMES.map((w, i) => [w.toLowerCase(), i]));

/** Lower-cased full names. */
export const WEEKDAY_WORDS: readonly string[] = Object.keys(WEEKDAY_NUMBERS);

/** Full names, Monday first as the week is written: `(?:Monday|Tuesday|…|Sunday)`. */
export const WEEKDAY_PATTERN = `(?:${[...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0]].join('|')})`;

/** A name or an abbreviation (no period): `(?:Wednesday|Thursday|…|Thurs|…)`, as datelines write them. */
export const WEEKDAY_WORD_PATTERN = alternation(WEEKDAYS.flatMap((w) => [w.name, ...w.abbreviations]));
