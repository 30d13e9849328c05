/**
 * Resolution of underspecified expressions against the article date, following how news is
 * written: a bare weekday or month in a past-tense clause is the latest one on or before the
 * article date; in a future-tense clause the next one on or after it.
 */
import {
  addDays, addMonths, dayNumber, formatIsoWeek, formatPartial, formatYmd, isFullDate, isValidYmd, weekdayOf,
  type PartialDate, type Ymd,
} from './calendar';
import { WEEKDAY_NAMES } from '../../lang/weekdays';
import type { ReferenceInfo } from './types';
import type { Tense } from './tense';

export interface Resolved {
  value: string | null;
  resolution: string;
}

export const unresolved = (why: string): Resolved => ({ value: null, resolution: why });

export function noReference(ref: ReferenceInfo, needs: 'day' | 'month' | 'year'): Resolved {
  return unresolved(
    ref.date === null
      ? 'relative to the article date, which is unknown'
      : `relative to the article date, known only as ${ref.label}; needs a ${needs}`,
  );
}

export function fullReference(ref: ReferenceInfo): Ymd | null {
  return isFullDate(ref.date) ? ref.date : null;
}

export type WeekdayModifier = 'last' | 'next' | 'this' | 'past' | 'coming' | null;

export function resolveWeekday(weekday: number, modifier: WeekdayModifier, tense: Tense, ref: ReferenceInfo): Resolved {
  const day = fullReference(ref);
  if (!day) return noReference(ref, 'day');
  const today = weekdayOf(day);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  let offset: number;
  let how: string;
  if (modifier === 'last' || modifier === 'past') {
    offset = -(back || 7);
    how = 'weekday before';
  } else if (modifier === 'next' || modifier === 'coming') {
    offset = ahead || 7;
    how = 'weekday after';
  } else if (tense === 'future' || (modifier === 'this' && tense !== 'past')) {
    offset = ahead;
    how = ahead === 0 ? 'same weekday as' : 'weekday after';
  } else {
    // News narrates the past: "on Thursday" in a story of Friday is the day before.
    offset = -back;
    how = back === 0 ? 'same weekday as' : 'weekday before';
  }
  return { value: formatYmd(addDays(day, offset)), resolution: `${how} ${ref.named}` };
}

/** The year of a month (and day) given without one: by tense, else the occurrence nearest the article date. */
export function resolveYearless(month: number, day: number | undefined, tense: Tense, ref: ReferenceInfo, what: string): Resolved {
  if (ref.date === null) return noReference(ref, 'year');
  const refDay = fullReference(ref);
  if (!refDay) {
    const date: PartialDate = day === undefined ? { year: ref.date.year, month } : { year: ref.date.year, month, day };
    if (day !== undefined && !isValidYmd(date.year, month, day)) return unresolved('not a valid calendar date');
    return { value: formatPartial(date), resolution: `${what}; year from ${ref.named}` };
  }
  const refKey = day === undefined ? refDay.year * 12 + refDay.month : dayNumber(refDay);
  const options: { year: number; key: number }[] = [];
  for (const year of [refDay.year - 1, refDay.year, refDay.year + 1]) {
    if (day !== undefined && !isValidYmd(year, month, day)) continue;
    options.push({ year, key: day === undefined ? year * 12 + month : dayNumber({ year, month, day }) });
  }
  if (options.length === 0) return unresolved('not a valid calendar date');
  const nearest = options.reduce((a, b) => (Math.abs(b.key - refKey) < Math.abs(a.key - refKey) ? b : a));
  // Close to the article date the nearest occurrence is almost always meant, whatever the tense
  // ("a June 3 hearing" in mid-May); further away the tense tells last year's from next year's.
  const closeEnough = day === undefined ? 2 : 100;
  let chosen: { year: number; key: number } | undefined;
  let how: string;
  if (Math.abs(nearest.key - refKey) <= closeEnough || tense === 'unknown') {
    chosen = nearest;
    how = 'nearest such date to';
  } else if (tense === 'past') {
    chosen = [...options].reverse().find((o) => o.key <= refKey);
    how = 'latest such date on or before';
  } else {
    chosen = options.find((o) => o.key >= refKey);
    how = 'next such date on or after';
  }
  if (!chosen) {
    chosen = nearest;
    how = 'nearest such date to';
  }
  const value = formatPartial(day === undefined ? { year: chosen.year, month } : { year: chosen.year, month, day });
  return { value, resolution: `${what}; ${how} ${ref.named}` };
}

export type RelativeUnit = 'day' | 'week' | 'month' | 'year' | 'quarter' | 'decade';

/** "this week", "last month", "next year": the period `offset` units from the article date's. */
export function resolvePeriod(unit: RelativeUnit, offset: number, ref: ReferenceInfo, phrase: string): Resolved {
  const date = ref.date;
  if (date === null) return noReference(ref, unit === 'year' || unit === 'decade' ? 'year' : unit === 'day' || unit === 'week' ? 'day' : 'month');
  const suffix = `${phrase} ${ref.named}`;
  switch (unit) {
    case 'day': {
      const day = fullReference(ref);
      if (!day) return noReference(ref, 'day');
      return { value: formatYmd(addDays(day, offset)), resolution: suffix };
    }
    case 'week': {
      const day = fullReference(ref);
      if (!day) return noReference(ref, 'day');
      return { value: formatIsoWeek(addDays(day, offset * 7)), resolution: suffix };
    }
    case 'month':
    case 'quarter': {
      if (date.month === undefined) return noReference(ref, 'month');
      const shifted = addMonths({ year: date.year, month: date.month }, unit === 'quarter' ? offset * 3 : offset);
      // A quarter is reported at the precision ISO dates can carry: its year.
      return { value: unit === 'quarter' ? formatPartial({ year: shifted.year }) : formatPartial(shifted), resolution: suffix };
    }
    case 'year':
      return { value: formatPartial({ year: date.year + offset }), resolution: suffix };
    case 'decade':
      return { value: String(Math.floor((date.year + offset * 10) / 10)), resolution: suffix };
  }
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday];
}
