/**
 * Clock times and numeric dates. Chrono is far too slow to run over whole articles, so it only
 * sees short windows around a slashed numeric date ("11/30/09 05:40 PM", "on 7/8/07") that the
 * rule for their common shapes does not read, where its reading of date orders, ranges and zones
 * is worth the cost; plain clock times are read by rule (and joined to an adjacent date by `extractDates`).
 * Only chrono results that cover a trigger are kept, and only the components chrono is certain of
 * are used: anything it merely implies would be a guess presented as a fact.
 */
import * as chrono from 'chrono-node/en';
import { formatTime, formatYmd, isValidYmd } from './calendar';
import type { Candidate, Segment } from './types';
import { MONTH_WORD_PATTERN } from '../../lang/months';
import { WEEKDAY_WORD_PATTERN } from '../../lang/weekdays';

const TRIGGER = /\b\d{1,2}[:.][0-5]\d\b(?!\s*(?:%|percent))|\b\d{1,2}(?:[:.][0-5]\d)?\s?[ap]\.?m\b\.?|\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/gi;

/** Not a clock time: "3.5 million", "2.45 percent", "1.20 dollars" use the same digits as "3.30 pm". */
const DECIMAL_NOT_TIME = /^\d{1,2}\.\d\d$/;

/** chrono wants an instant; a fixed one keeps results independent of the machine clock. */
const FIXED_INSTANT = new Date(Date.UTC(2000, 0, 1, 12, 0, 0));

const WINDOW_MARGIN = 30;
const MAX_WINDOW = 240;
const LEADING_PREPOSITION = /^(?:at|on|in|from|by|around|about|until|till|to|since|before|after)\s+/i;

interface Window {
  start: number;
  end: number;
  triggers: { start: number; end: number }[];
}

function windowsOf(segment: Segment, line: string): Window[] {
  const windows: Window[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(line); m !== null; m = TRIGGER.exec(line)) {
    if (DECIMAL_NOT_TIME.test(m[0])) continue;
    let start = Math.max(0, m.index - WINDOW_MARGIN);
    let end = Math.min(line.length, m.index + m[0].length + WINDOW_MARGIN);
    // Snap to word boundaries so chrono never sees half a word.
    while (start > 0 && /\S/.test(line[start - 1])) start--;
    while (end < line.length && /\S/.test(line[end])) end++;
    const trigger = { start: segment.start + m.index, end: segment.start + m.index + m[0].length };
    const last = windows[windows.length - 1];
    // Windows near each other are merged, but never beyond a few expressions' length: chrono must
    // not end up reading a whole run of text (a table of dates and times would be one window).
    if (last && start + segment.start <= last.end && segment.start + end - last.start <= MAX_WINDOW) {
      last.end = Math.max(last.end, segment.start + end);
      last.triggers.push(trigger);
    } else {
      windows.push({ start: segment.start + start, end: segment.start + end, triggers: [trigger] });
    }
  }
  return windows;
}

/** A window chrono must read: one with a numeric date ("11/30/09 05:40 PM", "on 7/8/07"). */
const NEEDS_CHRONO = /\d\/\d{1,2}\/\d/;

/** The hour on a 24-hour clock: "12 a.m." is 0, "3 p.m." is 15; null for an hour no 12-hour clock shows ("14 p.m."). */
function hour24(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase() === 'p';
  return hour === 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
}

/** A plain clock time: "12:31 PM", "5:46 p.m.", "16:08 UTC", "10am". */
const CLOCK = /\b([01]?\d|2[0-3])(?:([:.])([0-5]\d))?\s?(?:([ap])(?:\.\s?m\.|m\b))?(?:\s*\(?(UTC|GMT)\b(\s*[+\-−]\s*\d{1,2}(?::?\d\d)?)?\)?)?/gi;

/**
 * Plain clock times are read by rule: chrono would parse them the same way, several times slower,
 * and the pipeline must stay fast. Windows with a date in them go to chrono.
 */
function matchPlainClockTimes(segment: Segment, window: Window, emit: (candidate: Candidate) => void): void {
  const text = segment.text.slice(window.start, window.end);
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m !== null; m = CLOCK.exec(text)) {
    const [whole, hourRaw, separator, minuteRaw, meridiem, zone, zoneOffset] = m;
    // A clock time has minutes after a colon, or a.m./p.m.: "3.5 million" and "at 5" are not times.
    if (!(separator === ':' && minuteRaw) && !meridiem) continue;
    const hour = hour24(Number(hourRaw), meridiem);
    if (hour === null) continue;
    const start = window.start + m.index;
    const end = start + whole.trimEnd().length;
    // "GMT +8" is not UTC: keep such a time local rather than mislabel it.
    const offsetFollows = zoneOffset !== undefined || /^\s*[+\-−]\s*\d/.test(segment.text.slice(end, end + 6));
    if (!window.triggers.some((t) => t.start < end && t.end > start)) continue;
    emit({
      start, end, kind: 'time', value: null, resolution: 'clock time', priority: 5,
      anchoring: { kind: 'time', hour, minute: minuteRaw ? Number(minuteRaw) : 0, utc: zone !== undefined && !offsetFollows, bare: !meridiem && !zone },
    });
  }
}

/** A slashed date, month first as in US news ("4/11/2007", "7/8/07"), and a clock time written right after it. */
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b(?:(,?\s+(?:at\s+)?)(\d{1,2}):([0-5]\d)(?::[0-5]\d)?(?:\s?([AaPp])(?:\.[Mm]\.|[Mm]\b))?(?:\s+(GMT|UTC|[ECMP][SD]?T)\b)?)?/g;
/** A weekday or month word just before the date, which chrono would take into it. */
const NAME_BEFORE = new RegExp(`(?:${WEEKDAY_WORD_PATTERN}|${MONTH_WORD_PATTERN})\\.?,?\\s*$`, 'i');
/**
 * What may follow a slashed date read by rule: the end, punctuation, a lower-case word, or a new
 * sentence. A range ("- 7/9/07", "to 5 pm"), an offset ("GMT+8"), another number or a name is left to chrono.
 */
const PLAIN_AFTER = /^(?:[\s,;:)"”’'|]*(?:[a-z]|$)|[.!?]["”’')]*(?:\s+[A-Z]|$))/;
const RANGE_WORD_AFTER = /^\s+(?:to|until|till|through|thru|and|or)\b/i;

/**
 * The common shapes of a slashed date, read as chrono's strict parser reads them ("4/11/2007 1:26 PM"
 * is 2007-04-11T13:26, a two-digit year up to 50 is in this century) without its cost. Returns
 * null — the window goes to chrono — unless every trigger of the window is one of those shapes.
 */
function readSlashedDates(segment: Segment, window: Window): Candidate[] | null {
  const text = segment.text.slice(window.start, window.end);
  const found: Candidate[] = [];
  SLASHED_DATE.lastIndex = 0;
  for (let m = SLASHED_DATE.exec(text); m !== null; m = SLASHED_DATE.exec(text)) {
    const [whole, monthRaw, dayRaw, yearRaw, , hourRaw, minuteRaw, meridiem, zone] = m;
    const before = text.slice(0, m.index);
    if (before !== '' && !/[\s(]$/.test(before)) return null;
    if (NAME_BEFORE.test(before)) return null;
    const after = text.slice(m.index + whole.length);
    if (!PLAIN_AFTER.test(after) || RANGE_WORD_AFTER.test(after)) return null;
    const month = Number(monthRaw);
    const day = Number(dayRaw);
    const twoDigits = Number(yearRaw);
    const year = yearRaw.length === 4 ? twoDigits : twoDigits > 50 ? 1900 + twoDigits : 2000 + twoDigits;
    // A day-first date ("13/8/2007") or an impossible one: chrono's own reading decides.
    if (month < 1 || month > 12 || !isValidYmd(year, month, day)) return null;
    const start = window.start + m.index;
    const end = start + whole.length;
    const date = { year, month, day };
    if (hourRaw === undefined) {
      found.push({ start, end, kind: 'date', value: formatYmd(date), resolution: 'explicit numeric date', priority: 5, explicitYear: true });
      continue;
    }
    const hour = hour24(Number(hourRaw), meridiem);
    if (hour === null || hour > 23) return null;
    // A US zone ("ET", "PDT") keeps the time local, as chrono's non-zero offset does; GMT and UTC mark it.
    const utc = zone === 'GMT' || zone === 'UTC';
    found.push({ start, end, kind: 'time', value: formatTime(date, hour, Number(minuteRaw), utc), resolution: 'explicit date and time', priority: 6, explicitYear: true });
  }
  const covered = window.triggers.every((t) => found.some((c) => c.start <= t.start && t.end <= c.end));
  return covered ? found : null;
}

export function matchWithChrono(segment: Segment, emit: (candidate: Candidate) => void): void {
  const line = segment.text.slice(segment.start, segment.end);
  if (!/\d[:./]\d|\d\s?[ap]\.?m/i.test(line)) return;
  for (const window of windowsOf(segment, line)) {
    const windowText = segment.text.slice(window.start, window.end);
    if (!NEEDS_CHRONO.test(windowText)) {
      matchPlainClockTimes(segment, window, emit);
      continue;
    }
    const byRule = readSlashedDates(segment, window);
    if (byRule) {
      for (const c of byRule) emit(c);
      continue;
    }
    // The strict parser (formal patterns only) is several times faster; the casual one reads the rest ("5:30").
    let results = chrono.strict.parse(windowText, { instant: FIXED_INSTANT, timezone: 0 });
    const covers = (t: { start: number; end: number }): boolean =>
      results.some((r) => window.start + r.index < t.end && window.start + r.index + r.text.length > t.start);
    if (!window.triggers.every(covers)) results = chrono.parse(windowText, { instant: FIXED_INSTANT, timezone: 0 });
    for (const result of results) {
      let start = window.start + result.index;
      // chrono sometimes takes trailing punctuation or an unbalanced parenthesis into its text.
      let text = result.text.replace(/[\s,;:]+$/, '');
      if (text.endsWith(')') && !text.includes('(')) text = text.slice(0, -1).trimEnd();
      const end = start + text.length;
      if (!window.triggers.some((t) => t.start < end && t.end > start)) continue;
      const lead = LEADING_PREPOSITION.exec(text);
      if (lead) start += lead[0].length;
      const c = result.start;
      const hasDay = c.isCertain('day') && c.isCertain('month');
      const hasYear = c.isCertain('year');
      if (c.isCertain('hour')) {
        const hour = c.get('hour') ?? 0;
        const minute = c.get('minute') ?? 0;
        const utc = c.isCertain('timezoneOffset') && c.get('timezoneOffset') === 0;
        if (hasDay && hasYear) {
          const date = { year: c.get('year') ?? 0, month: c.get('month') ?? 0, day: c.get('day') ?? 0 };
          if (!isValidYmd(date.year, date.month, date.day)) continue;
          emit({ start, end, kind: 'time', value: formatTime(date, hour, minute, utc), resolution: 'explicit date and time', priority: 6, explicitYear: true });
        } else {
          emit({ start, end, kind: 'time', value: null, resolution: 'clock time', priority: 5, anchoring: { kind: 'time', hour, minute, utc } });
        }
        continue;
      }
      if (hasDay && hasYear) {
        const date = { year: c.get('year') ?? 0, month: c.get('month') ?? 0, day: c.get('day') ?? 0 };
        if (!isValidYmd(date.year, date.month, date.day)) continue;
        emit({ start, end, kind: 'date', value: formatYmd(date), resolution: 'explicit numeric date', priority: 5, explicitYear: true });
      }
    }
  }
}
