/**
 * When an article's news happened, from its lead: the article stage reads it to tell which dated
 * clauses are background (dated elsewhere in time), and the corpus stage dates the article's main
 * event with it. Pure comparisons of date parts: no text is read here.
 */
import { datesConflict, type DateParts } from './features';

/** Merges two compatible date descriptions into the more specific one. */
export function combineDates(a: DateParts | null, b: DateParts | null): DateParts | null {
  if (!a) return b;
  if (!b) return a;
  const out: DateParts = {
    year: a.year ?? b.year,
    month: a.month ?? b.month,
    day: a.day ?? b.day,
    weekday: a.weekday ?? b.weekday,
  };
  const rel = a.relativeDay ?? b.relativeDay;
  if (rel !== undefined) out.relativeDay = rel;
  return out;
}

/** Whether `d` lies clearly before the article's date: the story's background, not its news. */
function beforeReference(d: DateParts, reference: DateParts): boolean {
  if (d.year !== null && reference.year !== null) {
    if (d.year !== reference.year) return d.year < reference.year;
    if (d.month !== null && reference.month !== null) return d.month < reference.month - 1 || d.month > reference.month;
    return false;
  }
  if (d.year === null && d.month !== null && reference.month !== null) {
    const gap = (reference.month - d.month + 12) % 12;
    return gap > 1;
  }
  return false;
}

/**
 * The lead's date: the first date of the lead's clauses that is not clearly in the past, made more
 * specific by the ones that agree with it; whether one of those states its year.
 */
export function leadDate(leadDates: readonly (DateParts & { yearStated: boolean })[], reference: DateParts | null): { date: DateParts | null; yearStated: boolean } {
  let date: DateParts | null = null;
  let yearStated = false;
  for (const d of leadDates) {
    // A bare year in the lead ("her first stint in rehab in 2001") is background, not the news's date.
    if ((d.month === null && d.weekday === null && d.relativeDay === undefined) || (reference && beforeReference(d, reference))) continue;
    if (!date) date = d;
    else if (!datesConflict(date, d)) date = combineDates(date, d);
    else continue;
    if (d.yearStated) yearStated = true;
  }
  return { date, yearStated };
}

/**
 * Whether a clause dated `d` reports background: its date cannot be the lead's, or, without a lead
 * date, lies clearly before the article's. Null when the article gives neither to compare with.
 */
export function isBackgroundDate(d: DateParts, lead: DateParts | null, reference: DateParts | null): boolean | null {
  if (lead) return datesConflict(d, lead);
  if (reference) return beforeReference(d, reference);
  return null;
}
