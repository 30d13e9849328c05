/**
 * Plain calendar arithmetic on proleptic Gregorian days, independent of time zones and of the
 * machine clock: article dates are calendar days, not instants, so `Date` objects are avoided.
 */

export interface Ymd {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** A calendar value at its true precision: a year, a month or a day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 0001-01-01 (day 0); monotonic, so differences are day counts. */
export function dayNumber(date: Ymd): number {
  const y = date.year - 1;
  const leapDays = Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  const leapToday = date.month > 2 && isLeapYear(date.year) ? 1 : 0;
  return y * 365 + leapDays + DAYS_BEFORE_MONTH[date.month - 1] + leapToday + date.day - 1;
}

export function fromDayNumber(n: number): Ymd {
  // Civil-from-days (H. Hinnant), shifted from 0001-01-01 to 0000-03-01 based eras: constant time.
  const z = n + 306; // days since 0000-03-01
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(date) + days);
}

/** Month arithmetic, clamping the day to the target month's length. */
export function addMonths(date: PartialDate, months: number): PartialDate {
  const index = date.year * 12 + ((date.month ?? 1) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (date.month === undefined) return { year };
  if (date.day === undefined) return { year, month };
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday (0001-01-01 was a Monday). */
export function weekdayOf(date: Ymd): number {
  return (dayNumber(date) + 1) % 7;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const isoWeekday = ((weekdayOf(date) + 6) % 7) + 1; // Monday = 1 … Sunday = 7
  const thursday = addDays(date, 4 - isoWeekday);
  const firstOfYear = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatYear(year: number): string {
  return String(year).padStart(4, '0');
}

export function formatPartial(date: PartialDate): string {
  let out = formatYear(date.year);
  if (date.month !== undefined) {
    out += `-${pad2(date.month)}`;
    if (date.day !== undefined) out += `-${pad2(date.day)}`;
  }
  return out;
}

export function formatYmd(date: Ymd): string {
  return formatPartial(date);
}

export function formatIsoWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${formatYear(year)}-W${pad2(week)}`;
}

export function formatTime(date: Ymd, hour: number, minute: number, utc: boolean): string {
  return `${formatYmd(date)}T${pad2(hour)}:${pad2(minute)}${utc ? 'Z' : ''}`;
}

/** Parses "2025", "2025-04" or "2025-04-25" (anything after a full date, like a time, is ignored). */
export function parsePartial(value: string | null | undefined): PartialDate | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { year };
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : { year, month };
}

export function isFullDate(date: PartialDate | null): date is Ymd {
  return date !== null && date.month !== undefined && date.day !== undefined;
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The n-th given weekday of a month (n = 1…5). */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): Ymd {
  const first = { year, month, day: 1 };
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return { year, month, day: 1 + offset + 7 * (n - 1) };
}
