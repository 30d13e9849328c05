/**
 * Clock times and numeric dates through chrono. Chrono is far too slow to run over whole
 * articles, so it only sees short windows around a cheap trigger (a clock time, "p.m.", "noon",
 * a slashed date); only the results that cover a trigger are kept, and only the components chrono
 * is certain of are used: anything it merely implies would be a guess presented as a fact.
 */
import * as chrono from 'chrono-node/en';
import { formatTime, formatYmd, isValidYmd } from './calendar';
import type { Candidate, Segment } from './types';

const TRIGGER = /\b\d{1,2}[:.][0-5]\d\b(?!\s*(?:%|percent))|\b\d{1,2}(?:[:.][0-5]\d)?\s?[ap]\.?m\b\.?|\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/gi;

/** Not a clock time: "3.5 million", "2.45 percent", "1.20 dollars" use the same digits as "3.30 pm". */
const DECIMAL_NOT_TIME = /^\d{1,2}\.\d\d$/;

/** chrono wants an instant; a fixed one keeps results independent of the machine clock. */
const FIXED_INSTANT = new Date(Date.UTC(2000, 0, 1, 12, 0, 0));

const WINDOW_MARGIN = 30;
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
    if (last && start + segment.start <= last.end) {
      last.end = Math.max(last.end, segment.start + end);
      last.triggers.push(trigger);
    } else {
      windows.push({ start: segment.start + start, end: segment.start + end, triggers: [trigger] });
    }
  }
  return windows;
}

export function matchWithChrono(segment: Segment, emit: (candidate: Candidate) => void): void {
  const line = segment.text.slice(segment.start, segment.end);
  if (!/\d[:./]\d|\d\s?[ap]\.?m/i.test(line)) return;
  for (const window of windowsOf(segment, line)) {
    const windowText = segment.text.slice(window.start, window.end);
    // The strict parser (formal patterns only) is several times faster; the casual one reads the rest ("5:30").
    let results = chrono.strict.parse(windowText, { instant: FIXED_INSTANT, timezone: 0 });
    if (results.length < window.triggers.length) results = chrono.parse(windowText, { instant: FIXED_INSTANT, timezone: 0 });
    for (const result of results) {
      let start = window.start + result.index;
      const end = start + result.text.length;
      if (!window.triggers.some((t) => t.start < end && t.end > start)) continue;
      const lead = LEADING_PREPOSITION.exec(result.text);
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
          emit({ start, end, kind: 'time', value: formatTime(date, hour, minute, utc), resolution: 'explicit date and time', priority: 6 });
        } else {
          emit({ start, end, kind: 'time', value: null, resolution: 'clock time', priority: 5, anchoring: { kind: 'time', hour, minute, utc } });
        }
        continue;
      }
      if (hasDay && hasYear) {
        const date = { year: c.get('year') ?? 0, month: c.get('month') ?? 0, day: c.get('day') ?? 0 };
        if (!isValidYmd(date.year, date.month, date.day)) continue;
        emit({ start, end, kind: 'date', value: formatYmd(date), resolution: 'explicit numeric date', priority: 5 });
      }
    }
  }
}
