/** Words and patterns of English time expressions, shared by the date matchers. */

export const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** 0 = Sunday, as in `weekdayOf`. */
export const WEEKDAY_NUMBERS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const SMALL_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, a: 1, an: 1, single: 1, dozen: 12, couple: 2,
};

export const NUMBER_WORD_PATTERN =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)' +
  '(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';

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

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, final: 4, last: 4,
};
