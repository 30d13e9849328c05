/** Quantity and duration readers shared by the date matchers; the words themselves live in `lang/`. */
import { CARDINAL_WORDS, QUANTITY_DETERMINERS } from '../../lang/numbers';

const SMALL_NUMBERS: Readonly<Record<string, number>> = { ...CARDINAL_WORDS, ...QUANTITY_DETERMINERS };

/**
 * The number of a quantity phrase ("three", "twenty-five", "1,000", "2.5", "a", "a couple of",
 * "two and a half"); null for vague quantities ("several", "a few", "many").
 */
export function parseQuantity(raw: string): number | null {
  let words = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let half = 0;
  if (/ and a half$/.test(words)) {
    half = 0.5;
    words = words.replace(/ and a half$/, '');
  }
  if (/^half an?$/.test(words)) return 0.5;
  if (/^a couple(?: of)?$/.test(words)) return 2 + half;
  if (/^\d{1,3}(?:,\d{3})+$/.test(words)) return Number(words.replace(/,/g, '')) + half;
  if (/^\d+(?:\.\d+)?$/.test(words)) return Number(words) + half;
  let total = 0;
  for (const part of words.split(/[- ]/)) {
    const n = SMALL_NUMBERS[part];
    if (n === undefined) return null;
    total += n;
  }
  return total + half;
}

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export function durationUnitOf(raw: string): DurationUnit | null {
  const word = raw.toLowerCase();
  if (/^(?:seconds?|secs?)$/.test(word)) return 'second';
  if (/^(?:minutes?|mins?)$/.test(word)) return 'minute';
  if (/^(?:hours?|hrs?)$/.test(word)) return 'hour';
  if (/^(?:days?|nights?)$/.test(word)) return 'day';
  if (/^weeks?$/.test(word)) return 'week';
  if (/^fortnights?$/.test(word)) return 'fortnight';
  if (/^months?$/.test(word)) return 'month';
  if (/^quarters?$/.test(word)) return 'quarter';
  if (/^years?$/.test(word)) return 'year';
  if (/^decades?$/.test(word)) return 'decade';
  if (/^centur(?:y|ies)$/.test(word)) return 'century';
  return null;
}

/**
 * A length of an unknown number of units, as TimeML writes it: "several years" PXY, "minutes" PTXM,
 * "decades" PXDE. The unit is known, so the length is not left without a value.
 */
export function vagueDuration(unit: DurationUnit): string {
  switch (unit) {
    case 'second': return 'PTXS';
    case 'minute': return 'PTXM';
    case 'hour': return 'PTXH';
    case 'day': return 'PXD';
    case 'week':
    case 'fortnight': return 'PXW';
    case 'month':
    case 'quarter': return 'PXM';
    case 'year': return 'PXY';
    case 'decade': return 'PXDE';
    case 'century': return 'PXCE';
  }
}

/** An ISO 8601 duration: "PT3H", "P30D", "P2.5Y". Fortnights, quarters, decades become weeks, months, years. */
export function isoDuration(amount: number, unit: DurationUnit): string {
  const n = (x: number): string => String(Math.round(x * 1000) / 1000);
  switch (unit) {
    case 'second': return `PT${n(amount)}S`;
    case 'minute': return `PT${n(amount)}M`;
    case 'hour': return `PT${n(amount)}H`;
    case 'day': return `P${n(amount)}D`;
    case 'week': return `P${n(amount)}W`;
    case 'fortnight': return `P${n(amount * 2)}W`;
    case 'month': return `P${n(amount)}M`;
    case 'quarter': return `P${n(amount * 3)}M`;
    case 'year': return `P${n(amount)}Y`;
    case 'decade': return `P${n(amount * 10)}Y`;
    case 'century': return `P${n(amount * 100)}Y`;
  }
}

