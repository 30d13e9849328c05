/**
 * The one rule for "sources disagree on the day": when two days given for one action (the fact
 * layer's date slot) are the same day, two days of one happening told differently, or say nothing
 * about each other. Matching compares date facts with it (matching/facts.ts) and the events stage
 * marks an incident's date disagreement with it, so the Events view and the contradictions never
 * tell a reader two different things about the same two days.
 */
import { dayNumber } from '../extract/dates/calendar';
import type { Fact } from '../extract/facts';

/** The day of an action as the fact layer reads it: the calendar day, a night, the weekday its words name. */
export type ActionDay = NonNullable<Fact['date']>;

/** Most days apart two days of one action are still two tellings of one happening. */
const MAX_DAYS_APART = 6;

/** Days between two ISO days (the dates stage's calendar, not the host's time zone rules). */
function daysApart(a: string, b: string): number {
  const day = (iso: string): number => dayNumber({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
  return Math.abs(day(a) - day(b));
}

/**
 * Two days of one action: the same day agrees; one weekday named by both is one day, whatever the
 * two reports' dates made of it; a night and the next day may be one moment ("Tuesday night" and
 * "early Wednesday"), so they say nothing about each other (null); days up to a week apart
 * disagree; days further apart are another happening, or a date resolved against a wrong report
 * date (null).
 */
export function compareActionDays(a: ActionDay, b: ActionDay): 'agrees' | 'contradicts' | null {
  if (a.day === b.day) return 'agrees';
  if (a.weekday !== null && a.weekday === b.weekday) return 'agrees';
  const [first, second] = a.day < b.day ? [a, b] : [b, a];
  const apart = daysApart(first.day, second.day);
  if (first.night && apart === 1) return null;
  return apart <= MAX_DAYS_APART ? 'contradicts' : null;
}
