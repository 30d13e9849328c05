// Calendar values as a reader writes them ("Thu 24 Apr 2025"), for hints and hover cards. No
// vscode import: the unit tests read it directly.

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayText(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * An ISO calendar value of the report ("2025", "2025-04", "2025-04-24", "2025-04-24T12:31",
 * "2025-W13") in words: "2025", "Apr 2025", "Thu 24 Apr 2025", "Thu 24 Apr 2025, 12:31",
 * "week of Mon 24 Mar 2025" (never a week number). Anything else is returned as it is.
 */
export function readableDate(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
  if (day) return dayText(Number(day[1]), Number(day[2]), Number(day[3])) + (day[4] ? `, ${day[4]}` : '');
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week 1 holds the year's first Thursday; its Monday is at most 3 days before 4 January.
    const fourth = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(fourth.getTime() - ((fourth.getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000);
    return `week of ${dayText(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate())}`;
  }
  return value;
}

const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  TM: ['minute', 'minutes'],
  S: ['second', 'seconds'],
  DE: ['decade', 'decades'],
  CE: ['century', 'centuries'],
};

/** An ISO duration of the report in words: "PT3H" → "3 hours", "PXM" → "some months"; else as it is. */
export function readableDuration(value: string): string {
  const match = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE)$/.exec(value);
  if (!match) return value;
  const unit = DURATION_UNITS[match[1] === 'T' && match[3] === 'M' ? 'TM' : match[3]];
  if (!unit) return value;
  if (match[2] === 'X') return `some ${unit[1]}`;
  return `${match[2]} ${match[2] === '1' ? unit[0] : unit[1]}`;
}

/**
 * Whether the text leaves the calendar value open: "March 13, 2025" or "February 2022" say it
 * (their year is written), "Thursday", "Today" or "March 13" do not.
 */
export function dateLeftOpen(text: string, value: string): boolean {
  return !text.includes(value.slice(0, 4));
}

/**
 * What a date the text leaves open was counted from, in words, read from the engine's resolution
 * ("day after the day last mentioned (2025-03-12, "Wednesday")" → `counted from “Wednesday”`):
 * the article's date only when the engine used it, since "the next day" or "that month" may count
 * from another day of the story. Undefined when the resolution names no starting point.
 */
export function countedFrom(resolution: string | null | undefined): string | undefined {
  if (!resolution) return undefined;
  const fromText = /the day last mentioned \([^,]*, "([^"]*)"\)|the story's time \S+ \("([^"]*)"\)/.exec(resolution);
  if (fromText) return `counted from “${fromText[1] ?? fromText[2]}”`;
  const fromReference = /the (article|post)(?: date|'s date) (\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(resolution);
  if (fromReference) return `counted from the ${fromReference[1]}’s date, ${readableDate(fromReference[2])}`;
  const fromYear = /\bthe year (\d{4})\b/.exec(resolution);
  if (fromYear) return `counted from the year ${fromYear[1]}`;
  return undefined;
}

/**
 * The year most of the given calendar values ("2025-04-24", "2025-04", "2025") fall in, the latest
 * of equally common ones; undefined when none has a year. For an undated article of a corpus, the
 * year a day written without one ("April 25") most likely means: the story's, not the clock's.
 */
export function mostCommonYear(values: Iterable<string | null | undefined>): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) {
    const year = /^(\d{4})(?:-|$)/.exec(value ?? '')?.[1];
    if (year) counts.set(Number(year), (counts.get(Number(year)) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) {
    const bestCount = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) best = year;
  }
  return best;
}
