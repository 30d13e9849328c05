/** Frequency words ("annual", "weekly"): the one table the date rules read them from, with each one's period. */
import { alternation } from './pattern';

/** Lower-cased frequency word → the ISO duration between two occurrences. */
export const FREQUENCY_PERIODS: Readonly<Record<string, string>> = {
  annual: 'P1Y',
  annually: 'P1Y',
  yearly: 'P1Y',
  quarterly: 'P3M',
  monthly: 'P1M',
  weekly: 'P1W',
  biweekly: 'P2W',
};

export const FREQUENCY_WORDS: readonly string[] = Object.keys(FREQUENCY_PERIODS);

/** `(?:annual|annually|…)`, longest first. */
export const FREQUENCY_PATTERN = alternation(FREQUENCY_WORDS);
