/**
 * The news rules: fast regular-expression matchers for the time expressions of English news,
 * each resolving its value against the article date. Slashed numeric dates go to chrono and clock
 * times are read in `chronoLayer.ts`; month-name dates are parsed here because chrono loses their
 * values inside longer phrases ("the evening of March 13, 2025") and is too slow for whole articles.
 */
import {
  addDays, dayNumber, easterSunday, formatIsoWeek, formatPartial, formatYmd, isValidYmd, nthWeekdayOfMonth, weekdayOf as weekdayOfYmd,
  type Ymd,
} from './calendar';
import { durationUnitOf, isoDuration, parseQuantity, vagueDuration } from './lexicon';
import { AMBIGUOUS_MONTH_PATTERN, MONTH_ABBREVIATION_PATTERN, MONTH_NUMBERS, MONTH_WORDS, MONTH_WRITTEN_PATTERN } from '../../lang/months';
import { CARDINAL_PATTERN, ORDINAL_PATTERN, ORDINAL_WORDS } from '../../lang/numbers';
import { FREQUENCY_PATTERN, FREQUENCY_PERIODS, FREQUENCY_WORDS } from '../../lang/frequencies';
import { WEEKDAY_NUMBERS, WEEKDAY_PATTERN, WEEKDAY_WORDS } from '../../lang/weekdays';
import {
  fullReference, noReference, resolvePeriod, resolveWeekday, resolveYearless, unresolved, type RelativeUnit, type Resolved,
  type WeekdayModifier,
} from './resolve';
import type { Anchoring, Candidate, Segment, StoryUnit } from './types';

type Emit = (candidate: Candidate) => void;

/** Runs a global regex over the segment, calling `onMatch` with absolute offsets. */
function scan(re: RegExp, segment: Segment, line: string, onMatch: (m: RegExpExecArray, start: number, end: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    onMatch(m, segment.start + m.index, segment.start + m.index + m[0].length);
  }
}

function emitResolved(
  emit: Emit, start: number, end: number, resolved: Resolved, kindIfResolved: Candidate['kind'], priority: number, anchoring?: Anchoring,
): void {
  const candidate: Candidate = {
    start,
    end,
    kind: resolved.value === null ? 'relative' : kindIfResolved,
    value: resolved.value,
    resolution: resolved.resolution,
    priority,
  };
  if (anchoring) candidate.anchoring = anchoring;
  emit(candidate);
}

// ---------------------------------------------------------------------------------------------
// Month-name dates: "March 13, 2025", "March 13th", "13 March 2025", "the 5th of March", "February 2022", "in June".

const MONTH = MONTH_WRITTEN_PATTERN;
const LEADING_WEEKDAY = new RegExp(`^(${WEEKDAY_PATTERN})\\b`, 'i');
/** Three-letter month abbreviations without a period, only where a day number follows: "Jun 13, 2013". */
const MONTH_BEFORE_DAY = `(?:${MONTH}|${MONTH_ABBREVIATION_PATTERN}(?=\\s+\\d))`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/**
 * After a day number the abbreviations need no period either ("10 Nov", "the 10th of Nov"), where no
 * letter follows: a day number before a capitalised month abbreviation is a date.
 */
const MONTH_AFTER_DAY = `(?:${MONTH}|${MONTH_ABBREVIATION_PATTERN}(?![A-Za-z.]))`;
const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d|'\\d\\d)";
const WEEKDAY_PREFIX = `(?:${WEEKDAY_PATTERN},?\\s+(?:the\\s+)?)?`;
const MODIFIER = '(?:(?:early|mid|late)-?\\s*|(?:the\\s+)?(?:start|beginning|end|middle)\\s+of\\s+)?';

const MONTH_DAY_YEAR = new RegExp(
  `\\b${WEEKDAY_PREFIX}(?:(${MONTH_BEFORE_DAY})\\s+(${DAY})(?![\\d:])(?:(?:,\\s*|\\s+)(${YEAR})(?![\\d,]\\d))?` +
    `|(?:the\\s+)?(${DAY})(?:\\s+of)?\\s+(${MONTH_AFTER_DAY})(?:,?\\s+(${YEAR})(?!\\d))?)`,
  'gi',
);
const MONTH_YEAR = new RegExp(`\\b${MODIFIER}(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})(?![\\d,]\\d)`, 'gi');
/** Case-insensitive patterns still need a month written as a name: "March", "MARCH", not "march". */
const MONTH_CASE = /^[A-Z](?:[a-z]+|[A-Z]+)?\.?$/;
const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b${MODIFIER}(${MONTH}),?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'gi');
/** "April of that year", "June of the following year": a month of the year the story is in. */
const MONTH_OF_STORY_YEAR = new RegExp(`\\b${MODIFIER}(${MONTH}),?\\s+of\\s+(that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+year\\b`, 'gi');
const OF_STORY_YEAR = /\bof\s+(?:that|the\s+\w+)\s+year\b/i;
const MONTH_ALONE = new RegExp(`\\b${MODIFIER}(${MONTH})(?![\\w-])`, 'g');

/** Month words that are also common words or first names: as a bare month they need a lead-in. */
const AMBIGUOUS_MONTH = new RegExp(`^${AMBIGUOUS_MONTH_PATTERN}$`);
const MONTH_LEAD_IN = /(?:\b(?:in|since|by|until|till|through|throughout|during|of|from|to|before|after|early|late|mid|last|next|this|between|and|or|each|every|until|for)\s*-?\s*)$/i;

function monthNumber(raw: string): number {
  return MONTH_NUMBERS[raw.toLowerCase().replace(/\.$/, '')] ?? MONTH_NUMBERS[raw.toLowerCase().slice(0, 3)];
}

function yearNumber(raw: string): number {
  if (raw.startsWith("'")) {
    const two = Number(raw.slice(1));
    return two >= 50 ? 1900 + two : 2000 + two;
  }
  return Number(raw);
}

const ISO_DATE = /\b((?:1[5-9]|20)\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(Z)?)?(?![\d:])/g;

/** "Thursday, March 13": the one year near the article date in which that day is that weekday. */
function yearByWeekday(month: number, day: number, weekday: number, segment: Segment): Resolved | null {
  const year = segment.ref.date?.year;
  if (year === undefined) return null;
  const fits = [year - 1, year, year + 1].filter((y) => isValidYmd(y, month, day) && weekdayOfYmd({ year: y, month, day }) === weekday);
  if (fits.length !== 1) return null;
  return { value: formatYmd({ year: fits[0], month, day }), resolution: `month, day and weekday given; the year near ${segment.ref.named} in which they agree` };
}

function matchMonthDates(segment: Segment, line: string, emit: Emit, families: number): void {
  // Each pattern runs only where what it needs is in the line: the month patterns are the costliest of the stage.
  if (HAS_ISO_DATE.test(line)) scan(ISO_DATE, segment, line, (m, start, end) => {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!isValidYmd(year, month, day)) return;
    const date = formatYmd({ year, month, day });
    if (m[4] !== undefined) {
      emit({ start, end, kind: 'time', value: `${date}T${m[4]}:${m[5]}${m[6] ?? ''}`, resolution: 'explicit date and time', priority: 6, explicitYear: true });
    } else {
      emit({ start, end, kind: 'date', value: date, resolution: 'explicit date', priority: 6, explicitYear: true });
    }
  });
  if (HAS_DIGIT.test(line)) scan(MONTH_DAY_YEAR, segment, line, (m, start, end) => {
    if (!MONTH_CASE.test(m[1] ?? m[5])) return;
    const month = monthNumber(m[1] ?? m[5]);
    const day = parseInt(m[2] ?? m[4], 10);
    const yearRaw = m[3] ?? m[6];
    if (yearRaw !== undefined) {
      const year = yearNumber(yearRaw);
      if (!isValidYmd(year, month, day)) return;
      emit({ start, end, kind: 'date', value: formatYmd({ year, month, day }), resolution: 'explicit date', priority: 5, explicitYear: true });
      return;
    }
    const weekday = LEADING_WEEKDAY.exec(m[0]);
    const byWeekday = weekday ? yearByWeekday(month, day, WEEKDAY_NUMBERS[weekday[1].toLowerCase()], segment) : null;
    if (byWeekday) {
      emit({ start, end, kind: 'date', value: byWeekday.value, resolution: byWeekday.resolution, priority: 5 });
      return;
    }
    const tense = segment.tenseAt(start, end);
    const resolved = resolveYearless(month, day, tense, segment.ref, 'month and day given');
    emitResolved(emit, start, end, resolved, 'date', 5, { kind: 'yearless', month, day, future: tense === 'future' });
  });
  if (families & Family.Year) scan(MONTH_YEAR, segment, line, (m, start, end) => {
    if (!MONTH_CASE.test(m[1])) return;
    const month = monthNumber(m[1]);
    const year = yearNumber(m[2]);
    emit({ start, end, kind: 'date', value: formatPartial({ year, month }), resolution: 'explicit month', priority: 4, explicitYear: true });
  });
  if (families & Family.YearWord) scan(MONTH_OF_RELATIVE_YEAR, segment, line, (m, start, end) => {
    if (!/^[A-Z]/.test(m[1])) return;
    const which = m[2].toLowerCase();
    const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    const year = resolvePeriod('year', offset, segment.ref, `the year ${which === 'this' ? 'of' : which === 'last' ? 'before' : 'after'}`);
    const month = monthNumber(m[1]);
    emitResolved(emit, start, end, year.value === null ? year : { value: `${year.value}-${String(month).padStart(2, '0')}`, resolution: `month of ${year.resolution}` }, 'date', 5);
  });
  if (families & Family.YearWord && OF_STORY_YEAR.test(line)) scan(MONTH_OF_STORY_YEAR, segment, line, (m, start, end) => {
    if (!/^[A-Z]/.test(m[1])) return;
    const which = m[2].toLowerCase();
    const amount = /following|next/.test(which) ? 1 : /previous|preceding/.test(which) ? -1 : 0;
    emit({
      start, end, kind: 'relative', value: null, resolution: `month of the year ${amount === 0 ? 'of' : amount < 0 ? 'before' : 'after'}`, priority: 5,
      anchoring: { kind: 'story-offset', unit: 'year', amount, month: monthNumber(m[1]) },
    });
  });
  scan(MONTH_ALONE, segment, line, (m, start, end) => {
    const name = m[1];
    const after = line.slice(end - segment.start, end - segment.start + 20);
    // "June Carter", "April Fools": a capitalised word after a bare month makes it a name.
    if (/^\s+[A-Z][a-z]/.test(after) || /^'s\b/.test(after)) return;
    if (m[0] === name && AMBIGUOUS_MONTH.test(name)) {
      const before = line.slice(Math.max(0, start - segment.start - 12), start - segment.start);
      if (!MONTH_LEAD_IN.test(before)) return;
    }
    const month = monthNumber(name);
    const tense = segment.tenseAt(start, end);
    const resolved = resolveYearless(month, undefined, tense, segment.ref, 'month given');
    // "last December", "next June" count from the article date whatever the story tells.
    const deictic = /\b(?:last|next|this|coming|past)\s+$/i.test(line.slice(Math.max(0, start - segment.start - 8), start - segment.start));
    emitResolved(emit, start, end, resolved, 'date', 3, deictic ? undefined : { kind: 'yearless', month, future: tense === 'future' });
  });
}

// ---------------------------------------------------------------------------------------------
// Weekdays: "on Thursday", "last Friday", "next Monday", "Thursday night".

const WEEKDAY_RE = new RegExp(
  `\\b(?:(last|next|this|past|coming|early|late|(?<=\\b[Tt]he\\s+)(?:following|previous|preceding))\\s+)?(${WEEKDAY_PATTERN})(?!s\\b)\\b(?:\\s+(morning|afternoon|evening|night))?`,
  'g',
);
/** Named days whose date is not the weekday's: "Black Monday", "Good Friday". */
const NAMED_DAY_BEFORE = /\b(?:Black|Cyber|Good|Holy|Ash|Easter|Palm|Bloody|Super|Maundy|Blue)\s+$/;

function matchWeekdays(segment: Segment, line: string, emit: Emit): void {
  scan(WEEKDAY_RE, segment, line, (m, start, end) => {
    const before = line.slice(Math.max(0, start - segment.start - 10), start - segment.start);
    if (NAMED_DAY_BEFORE.test(before)) {
      const nameStart = start - (before.length - before.search(/[A-Za-z]+\s+$/));
      emit({ start: nameStart, end, kind: 'relative', value: null, resolution: 'a named day; its date is not given', priority: 2 });
      return;
    }
    const rawModifier = m[1]?.toLowerCase();
    const weekday = WEEKDAY_NUMBERS[m[2].toLowerCase()];
    const kind = m[3] ? 'time' : 'date';
    if (rawModifier === 'following' || rawModifier === 'previous' || rawModifier === 'preceding') {
      // "the following Monday" counts from the story's time; with none told yet, from the article date.
      const direction = rawModifier === 'following' ? 1 : -1;
      const s = start - (/the\s+$/i.exec(before)?.[0].length ?? 0);
      const fallback = resolveWeekday(weekday, direction > 0 ? 'next' : 'last', 'unknown', segment.ref);
      emitResolved(emit, s, end, fallback, kind, 4, { kind: 'story-weekday', weekday, direction });
      return;
    }
    const modifier: WeekdayModifier = rawModifier === 'last' || rawModifier === 'next' || rawModifier === 'this' || rawModifier === 'past' || rawModifier === 'coming' ? rawModifier : null;
    const resolved = resolveWeekday(weekday, modifier, segment.tenseAt(start, end), segment.ref);
    emitResolved(emit, start, end, resolved, kind, 4);
  });
}

// ---------------------------------------------------------------------------------------------
// Deictic days and parts of days: "today", "yesterday", "later today", "tonight", "this morning", "last night".

const DEICTIC_DAY_RE = /\b(?:(earlier|later|early|late)\s+)?(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b|\b(this|last)\s+(morning|afternoon|evening|night)\b/gi;

/** "that night", "the next morning", "the previous evening": a part of the day the story last named. */
const DAY_PART_ANAPHOR_RE = /\b(?:(?:that(?:\s+same)?|the\s+same)|the\s+(next|following|previous))\s+(morning|afternoon|evening|night)\b/gi;

function matchDeicticDays(segment: Segment, line: string, emit: Emit): void {
  scan(DAY_PART_ANAPHOR_RE, segment, line, (m, start, end) => {
    const which = m[1]?.toLowerCase();
    const days = which === undefined ? 0 : which === 'previous' ? -1 : 1;
    const part = m[2].toLowerCase();
    const day = days === 0 ? 'the day last mentioned' : `the day ${days < 0 ? 'before' : 'after'} the day last mentioned`;
    emit({ start, end, kind: 'relative', value: null, resolution: `the ${part} of ${day}`, priority: 5, anchoring: { kind: 'day-offset', days, partOfDay: true } });
  });
  scan(DEICTIC_DAY_RE, segment, line, (m, start, end) => {
    const word = (m[2] ?? '').toLowerCase();
    let offset = 0;
    let phrase = 'the day of';
    let isTime = Boolean(m[3]) || word === 'tonight';
    if (word === 'yesterday') {
      offset = -1;
      phrase = 'the day before';
    } else if (word === 'tomorrow') {
      offset = 1;
      phrase = 'the day after';
    } else if (m[4]) {
      isTime = true;
      if (m[4].toLowerCase() === 'last') {
        offset = -1;
        phrase = 'the night before';
      }
    }
    emitResolved(emit, start, end, resolvePeriod('day', offset, segment.ref, phrase), isTime ? 'time' : 'date', 5);
  });
}

// ---------------------------------------------------------------------------------------------
// Periods around the article date: "this week", "last month", "earlier this year", "earlier in the week",
// "the end of last year", "the beginning of the year".

const PERIOD_RE = /\b(?:(?:(earlier|later|early|late)\s+|(?:the\s+)?(?:start|beginning|end|middle|rest|remainder)\s+of\s+)?(this|last|next|past|coming|previous)\s+(week|weekend|month|year|quarter|decade)|(earlier|later)\s+in\s+the\s+(week|month|year)|(?:the\s+)?(?:start|beginning|end|middle|rest|remainder)\s+of\s+the\s+(week|month|year)|(year|month)[-\s]end(?!-))\b/gi;

function matchPeriods(segment: Segment, line: string, emit: Emit): void {
  scan(PERIOD_RE, segment, line, (m, start, end) => {
    const before = line.slice(Math.max(0, start - segment.start - 5), start - segment.start);
    const which = (m[2] ?? '').toLowerCase();
    // "the past week" / "the coming month" measure a stretch of time: the duration matcher takes them.
    if (/\bthe\s+$/i.test(before) && (which === 'past' || which === 'coming' || which === 'previous' || which === 'last' || which === 'next')) return;
    // "year-end", "at month end": the end of the article's year or month, as "the end of the year".
    const unitWord = (m[3] ?? m[5] ?? m[6] ?? m[7]).toLowerCase();
    const unit: RelativeUnit = unitWord === 'weekend' ? 'week' : (unitWord as RelativeUnit);
    let offset = 0;
    if (which === 'last' || which === 'past' || which === 'previous') offset = -1;
    else if (which === 'next' || which === 'coming') offset = 1;
    const phrase = offset === 0 ? `the ${unitWord} of` : offset < 0 ? `the ${unitWord} before` : `the ${unitWord} after`;
    emitResolved(emit, start, end, resolvePeriod(unit, offset, segment.ref, phrase), 'date', 5);
  });
}

// ---------------------------------------------------------------------------------------------
// Durations: "three hours", "30-day", "two and a half years", "the past five trading days";
// "three days ago" is a date; ages ("33-year-old") and reading times ("2 min read") are neither.

const QUANTITY = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${CARDINAL_PATTERN}|single|an?|a\\s+couple\\s+of|a\\s+few|several|few|many|dozens\\s+of|hundreds\\s+of|thousands\\s+of|couple\\s+of)(?:\\s+and\\s+a\\s+half)?`;
const UNIT = '(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';
/** Durations are found from their unit word, then read backwards for the quantity: unit words are rare, so this is fast. */
const DURATION_UNIT_RE = new RegExp(`\\b(${UNIT})\\b(?:-long\\b)?`, 'gi');
const DURATION_PREFIX_RE = new RegExp(
  `\\b(?:(?:about|around|nearly|almost|over|under|more\\s+than|less\\s+than|at\\s+least|up\\s+to|roughly|approximately|just|only|some)\\s+)?` +
    `(?:the\\s+(?:past|last|next|previous|coming|first|following|final|same)\\s+)?` +
    `(?:(half\\s+an?)\\s+|(${QUANTITY})(?:\\s+|-)(?:(?:straight|consecutive|successive|trading|business|working|full|calendar|more|additional|long|short|previous)\\s+)?)?$`,
  'i',
);
const DURATION_LOOKBEHIND = 64;

/** The duration matches of a line, as `[whole, quantity?, quantity?, unit]` with the line offset. */
function durationMatches(line: string): { m: string[]; index: number }[] {
  const out: { m: string[]; index: number }[] = [];
  DURATION_UNIT_RE.lastIndex = 0;
  for (let u = DURATION_UNIT_RE.exec(line); u !== null; u = DURATION_UNIT_RE.exec(line)) {
    const from = Math.max(0, u.index - DURATION_LOOKBEHIND);
    const prefix = line.slice(from, u.index);
    const p = DURATION_PREFIX_RE.exec(prefix);
    const prefixText = p ? p[0] : '';
    out.push({ m: [prefixText + u[0], p?.[1] as string, p?.[2] as string, u[1]], index: u.index - prefixText.length });
  }
  return out;
}
const AGE_AFTER = /^(?:-|\s+)(?:olds?\b|of\s+age\b)/i;
const RELATIVE_AFTER = /^\s+(ago|earlier|later|before|after|prior|from\s+now|since)\b/i;

/** Reading-time furniture ("2 minutes, 13 seconds Read", "5 min read"), even where the line model missed it. */
const READING_TIME_LINE = /^\s*(?:reading time:?\s*)?\d+\s*(?:minutes?|mins?)(?:,?\s*\d+\s*(?:seconds?|secs?))?\s+read\s*$|^\s*\d+\s*(?:seconds?|secs?)\s+read\s*$/i;

function matchDurations(segment: Segment, line: string, emit: Emit): void {
  if (READING_TIME_LINE.test(line)) return;
  for (const { m, index } of durationMatches(line)) {
    const start = segment.start + index;
    const end = start + m[0].length;
    const text = m[0];
    const quantityRaw = m[1] ?? m[2];
    const unit = durationUnitOf(m[3]);
    if (!unit) continue;
    const lower = text.toLowerCase();
    const hasTheLead = /\bthe\s+(?:past|last|next|previous|coming|same)\s/.test(lower);
    const plural = /s$/i.test(m[3]) || /ies$/i.test(m[3]);
    const local = end - segment.start;
    const after = line.slice(local, local + 20);
    if (AGE_AFTER.test(after)) continue;
    if (/^\s*read\b/i.test(after)) continue; // "2 min read": reading-time furniture
    if (quantityRaw === undefined) {
      // A bare unit is a time expression only as "the past week", "for years", "recent years", "decades-long".
      const before = line.slice(Math.max(0, start - segment.start - 12), start - segment.start);
      if (hasTheLead) {
        if (/^the\s+same\s/i.test(lower)) continue;
        // "the previous year": the calendar period before the story's time, read with the story periods.
        if (/^the\s+previous\s+(?:week|month|year)$/i.test(lower)) continue;
        if (plural) {
          emit({ start, end, kind: 'duration', value: vagueDuration(unit), resolution: `an unspecified number of ${unit}s`, priority: 3 });
          continue;
        }
        emit({ start, end, kind: 'duration', value: isoDuration(1, unit), resolution: `a stretch of one ${unit}`, priority: 3 });
        continue;
      }
      // "decades" and "centuries" are always stretches of time; "years" only after "for", "in", "recent"….
      const alwaysTime = unit === 'decade' || unit === 'century';
      if (plural && (alwaysTime || /\b(?:for|in|over|within|recent|past|many|several|the\s+coming)\s+$/i.test(before) || /-long$/i.test(text))) {
        const extended = /\b(?:recent|many|several)\s+$/i.exec(before);
        const s = extended ? start - extended[0].length : start;
        emit({ start: s, end, kind: 'duration', value: vagueDuration(unit), resolution: 'an unspecified number of ' + unit + 's', priority: 2 });
      }
      continue;
    }
    const qLower = quantityRaw.toLowerCase();
    if (unit === 'quarter' && /^(?:a|an)$/.test(qLower)) continue; // "a quarter of the shares"
    if (unit === 'second' && /^(?:a|an)$/.test(qLower)) continue; // "a second term"
    const amount = parseQuantity(quantityRaw.replace(/\s+of$/i, ''));
    const relative = RELATIVE_AFTER.exec(after);
    const relation = relative?.[1].toLowerCase().replace(/\s+/g, ' ');
    if (relative && (relation === 'ago' || relation === 'from now')) {
      const e = end + relative[0].length;
      const direction = relation === 'ago' ? -1 : 1;
      if (amount === null) {
        emit({ start, end: e, kind: 'relative', value: null, resolution: `an unspecified time ${direction < 0 ? 'before' : 'after'} the article date`, priority: 5 });
        continue;
      }
      emitResolved(emit, start, e, offsetResolved(amount * direction, unit, segment), 'date', 5);
      continue;
    }
    const storyOffset = relative ? storyOffsetOf(amount, unit, relative[1], line.slice(local + relative[0].length, local + relative[0].length + 12)) : null;
    if (relative && storyOffset) {
      // "a year earlier", "two days later": counted from the date the story last gave, else the article date.
      const e = end + relative[0].length;
      const span = `${amount} ${unit}${amount === 1 ? '' : 's'} ${storyOffset.kind === 'story-offset' && storyOffset.amount < 0 ? 'before' : 'after'}`;
      emit({ start, end: e, kind: 'relative', value: null, resolution: span, priority: 5, anchoring: storyOffset });
      continue;
    }
    if (relative && /^(?:earlier|later)$/i.test(relative[1])) {
      emit({
        start,
        end: end + relative[0].length,
        kind: 'relative',
        value: null,
        resolution: `${relative[1].toLowerCase()} than an event of the story`,
        priority: 4,
      });
      continue;
    }
    const value = amount === null ? vagueDuration(unit) : isoDuration(amount, unit);
    emit({
      start,
      end,
      kind: 'duration',
      value,
      resolution: amount === null ? `an unspecified number of ${unit}s` : 'a length of time',
      priority: 4,
    });
  }
}

/**
 * "a year earlier", "two days later", "a week before." as an offset from the story's time. "later
 * than planned" compares; "two days after the vote" counts from an event, not from a date: neither is one.
 */
function storyOffsetOf(amount: number | null, unit: NonNullable<ReturnType<typeof durationUnitOf>>, relation: string, after: string): Anchoring | null {
  if (amount === null || !Number.isInteger(amount)) return null;
  const word = relation.toLowerCase();
  if (word === 'earlier' || word === 'later') {
    if (/^\s+than\b/i.test(after)) return null;
  } else if (word === 'before' || word === 'after' || word === 'prior') {
    if (!/^\s*(?:[.,;:)!?]|$)/.test(after)) return null;
  } else {
    return null;
  }
  const sign = word === 'earlier' || word === 'before' || word === 'prior' ? -1 : 1;
  const scaled: Record<string, [StoryUnit, number] | undefined> = {
    day: ['day', 1], week: ['day', 7], fortnight: ['day', 14], month: ['month', 1], quarter: ['month', 3], year: ['year', 1], decade: ['year', 10],
  };
  const found = scaled[unit];
  return found ? { kind: 'story-offset', unit: found[0], amount: sign * amount * found[1] } : null;
}

/** "three days ago" (negative `amount`), "two weeks from now" (positive). */
function offsetResolved(amount: number, unit: NonNullable<ReturnType<typeof durationUnitOf>>, segment: Segment): Resolved {
  const ref = segment.ref;
  if (!Number.isInteger(amount)) return unresolved('a fraction of a unit away from the article date');
  const count = Math.abs(amount);
  const phrase = `${count} ${unit}${count === 1 ? '' : 's'} ${amount < 0 ? 'before' : 'after'}`;
  switch (unit) {
    case 'day':
      return resolvePeriod('day', amount, ref, phrase);
    case 'week':
    case 'fortnight':
      return resolvePeriod('day', amount * (unit === 'week' ? 7 : 14), ref, phrase);
    case 'month':
      return resolvePeriod('month', amount, ref, phrase);
    case 'year':
      return resolvePeriod('year', amount, ref, phrase);
    case 'decade':
      return resolvePeriod('year', amount * 10, ref, phrase);
    default:
      return unresolved('a time of day away from the article date');
  }
}

// ---------------------------------------------------------------------------------------------
// Years, decades, centuries: "in 2014", "early 2009", "mid-2011", "the 1990s", "'80s", "the 20th century".

const SHORT_YEAR_RE = /\b(?:in|since|of|from|until|by)\s+'(\d\d)\b/g;
/** Found from the digits (fast); a modifier before them ("early 2009", "mid-2011") is read backwards. */
const YEAR_RE = /(?<![\d$€£#.,/])\b((?:1[89]|20)\d\d)\b(?![\d%]|[.,/:]\d|-\d|\s*(?:-|–)\s*year)/g;
const YEAR_MODIFIER_BEFORE = /\b(early|mid|late)(?:-|\s+)$/i;
const COUNTED_NOUN_AFTER = /^\s+(?:people|persons|men|women|children|jobs|workers|employees|units|cars|vehicles|homes|houses|troops|soldiers|deaths|cases|votes|points|shares|students|members|times|miles|kilometres|kilometers|km|feet|ft|metres|meters|tons|tonnes|barrels|dollars|euros|pounds|yen|residents|passengers|staff|users|customers|copies|pages|words|items|acres|hectares|degrees|calories|rounds|aircraft|planes|flights|seats|visitors|hours|days|weeks|months|years|tickets|machines|computers|phones|devices|stores|shops|companies|firms|banks|lbs|kg)\b/i;
const QUANTITY_BEFORE = /\b(?:about|around|nearly|almost|some|roughly|approximately|than|least|only|just|another|over|under|top|with|of|to)\s+$/i;
const YEAR_PREPOSITION_BEFORE = /\b(?:in|since|by|until|till|through|during|from|of|before|after|between|and|to|early|late|mid|fiscal|FY|year|the|spring|summer|autumn|fall|winter|season)\s*-?\s*$/i;

function matchYears(segment: Segment, line: string, emit: Emit): void {
  scan(YEAR_RE, segment, line, (m, yearStart, end) => {
    const localYear = yearStart - segment.start;
    if (localYear > 0 && line[localYear - 1] === '-' && !/\bmid-$/i.test(line.slice(Math.max(0, localYear - 4), localYear))) return;
    const modifier = YEAR_MODIFIER_BEFORE.exec(line.slice(Math.max(0, localYear - 8), localYear));
    const start = modifier ? yearStart - modifier[0].length : yearStart;
    const local = start - segment.start;
    const before = line.slice(Math.max(0, local - 16), local);
    const after = line.slice(end - segment.start, end - segment.start + 24);
    if (COUNTED_NOUN_AFTER.test(after)) return;
    if (QUANTITY_BEFORE.test(before) && !YEAR_PREPOSITION_BEFORE.test(before.replace(QUANTITY_BEFORE, ''))) {
      // "of 2008" is a year, "about 2000 people" a count (caught above); "over 2000" alone stays ambiguous: skip.
      if (!/\b(?:of|to)\s+$/i.test(before)) return;
    }
    const year = Number(m[1]);
    emit({ start, end, kind: 'date', value: String(year), resolution: modifier ? `${modifier[1].toLowerCase()} in the year` : 'explicit year', priority: 3, explicitYear: true });
  });
  scan(SHORT_YEAR_RE, segment, line, (m, _start, end) => {
    emit({ start: end - 3, end, kind: 'date', value: String(yearNumber(`'${m[1]}`)), resolution: 'explicit year (two digits)', priority: 3, explicitYear: true });
  });
  scan(DECADE_RE, segment, line, (m, digitsStart, end) => {
    const full = m[2];
    const local = digitsStart - segment.start;
    const before = line.slice(Math.max(0, local - 20), local);
    const lead = DECADE_LEAD_BEFORE.exec(before);
    let decade: string;
    if (full) decade = full.slice(0, 3);
    else {
      // "the 80s", "'80s", "the 70s and 80s"; not "in their 80s" (ages).
      if (!m[1] && !lead && !/\b(?:and|or)\s+$/i.test(before)) return;
      if (/\b(?:their|his|her|its|my|our|your)\s+$/i.test(before)) return;
      decade = `19${m[3][0]}`;
    }
    const start = lead ? digitsStart - lead[0].length : digitsStart;
    emit({ start, end, kind: 'date', value: decade, resolution: 'a decade', priority: 4 });
  });
  scan(CENTURY_RE, segment, line, (m, start, end) => {
    const ordinal = m[1].toLowerCase();
    const n = /^\d+/.test(ordinal) ? parseInt(ordinal, 10) : ORDINAL_WORDS[ordinal];
    if (!n || n > 21) return;
    emit({ start, end, kind: 'date', value: String(n - 1).padStart(2, '0'), resolution: 'a century', priority: 4 });
  });
}

/** Found from the digits; "the", "early", "mid-" before them are read backwards. */
const DECADE_RE = /(?<![\d$])('?)\b(?:((?:1[5-9]|20)\d0)|([1-9]0))s\b/g;
const DECADE_LEAD_BEFORE = /(?:\bthe\s+(?:(?:early|mid|late)(?:-|\s+))?|\b(?:early|mid|late)(?:-|\s+))$/i;
const CENTURY_RE = new RegExp(`\\b(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_PATTERN})[- ]century\\b`, 'gi');

// ---------------------------------------------------------------------------------------------
// Quarters, seasons and holidays.

const QUARTER_RE = /\b(?:the\s+)?(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter|Q([1-4]))(?:\s+(?:of\s+)?(?:(this|last|next)\s+year|(?:fiscal\s+)?((?:19|20)\d\d)))?\b/gi;
const SEASON_RE = /\b(?:(early|mid|late)-?\s*)?(spring|summer|autumn|winter|fall)(?:\s+of)?\s+((?:19|20)\d\d)\b|\b(this|last|next|early|late|in|the)\s+(spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)|\b(this|last|next)\s+fall\b|\b()(spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)/gi;
/** "Arab Spring", "Winter Olympics", "Summer Palace": a season word inside a name. */
const SEASON_IN_NAME_BEFORE = /[A-Z][a-z]+\s+$/;
const SEASON_IN_NAME_AFTER = /^\s+[A-Z]/;
const HOLIDAY_RE = /\b(Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday))?|Thanksgiving(?:\s+Day)?|Halloween|Valentine's\s+Day)\b(?:,?\s+((?:19|20)\d\d)\b)?/g;

function quarterNumber(raw: string): number {
  const lower = raw.toLowerCase();
  if (/^\d/.test(lower)) return parseInt(lower, 10);
  return ORDINAL_WORDS[lower] ?? 4;
}

function holidayDate(name: string, year: number): Ymd | null {
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  if (lower.startsWith('christmas eve')) return { year, month: 12, day: 24 };
  if (lower.startsWith('christmas')) return { year, month: 12, day: 25 };
  if (lower.startsWith("new year's eve")) return { year, month: 12, day: 31 };
  if (lower.startsWith("new year's")) return { year, month: 1, day: 1 };
  if (lower.startsWith('easter monday')) return addDays(easterSunday(year), 1);
  if (lower.startsWith('easter')) return easterSunday(year);
  if (lower.startsWith('thanksgiving')) return nthWeekdayOfMonth(year, 11, 4, 4);
  if (lower.startsWith('halloween')) return { year, month: 10, day: 31 };
  if (lower.startsWith('valentine')) return { year, month: 2, day: 14 };
  return null;
}

function matchQuartersSeasonsHolidays(segment: Segment, line: string, emit: Emit): void {
  scan(QUARTER_RE, segment, line, (m, start, end) => {
    const quarter = m[2] ? Number(m[2]) : quarterNumber(m[1]);
    const ref = segment.ref;
    const label = `quarter ${quarter}`;
    if (m[4]) {
      emit({ start, end, kind: 'date', value: m[4], resolution: `${label} of an explicit year (ISO dates carry no quarters)`, priority: 4, explicitYear: true });
      return;
    }
    if (m[3]) {
      const offset = m[3].toLowerCase() === 'last' ? -1 : m[3].toLowerCase() === 'next' ? 1 : 0;
      emitResolved(emit, start, end, resolvePeriod('year', offset, ref, `${label} in the year of`), 'date', 4);
      return;
    }
    if (/^(?:the\s+)?(?:last|final)[- ]quarter$/i.test(m[0]) || ref.date === null || ref.date.month === undefined) {
      emit({ start, end, kind: 'relative', value: null, resolution: `${label}; its year is not given`, priority: 3 });
      return;
    }
    // A reported quarter is usually the latest one that has ended by the article date (or is running).
    const refQuarter = Math.ceil(ref.date.month / 3);
    const future = segment.tenseAt(start, end) === 'future';
    const year = future ? (quarter >= refQuarter ? ref.date.year : ref.date.year + 1) : quarter <= refQuarter ? ref.date.year : ref.date.year - 1;
    emit({ start, end, kind: 'date', value: String(year), resolution: `${label}, the ${future ? 'next' : 'latest'} one by ${ref.named} (year precision)`, priority: 4 });
  });
  scan(SEASON_RE, segment, line, (m, start, end) => {
    if (m[3]) {
      emit({ start, end, kind: 'date', value: m[3], resolution: `${m[2].toLowerCase()} of an explicit year (year precision)`, priority: 4, explicitYear: true });
      return;
    }
    const localEnd = end - segment.start;
    if (SEASON_IN_NAME_AFTER.test(line.slice(localEnd, localEnd + 3))) return;
    if (m[7] !== undefined) {
      // A bare season word ("spring shows signs of hope"): a time expression without a year.
      const local = start - segment.start;
      if (SEASON_IN_NAME_BEFORE.test(line.slice(Math.max(0, local - 16), local))) return;
      emit({ start, end, kind: 'relative', value: null, resolution: `${m[8].toLowerCase()}; its year is not given`, priority: 1 });
      return;
    }
    const which = (m[4] ?? m[6]).toLowerCase();
    const season = (m[5] ?? 'fall').toLowerCase();
    if (which === 'this' || which === 'last' || which === 'next') {
      const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      emitResolved(emit, start, end, resolvePeriod('year', offset, segment.ref, `${season} in the year of`), 'date', 4);
      return;
    }
    const s = which === 'in' ? start + m[0].toLowerCase().indexOf(season) : start;
    emit({ start: s, end, kind: 'relative', value: null, resolution: `${season}; its year is not given`, priority: 2 });
  });
  scan(HOLIDAY_RE, segment, line, (m, start, end) => {
    const name = m[1];
    if (m[2]) {
      const date = holidayDate(name, Number(m[2]));
      emit({ start, end, kind: 'date', value: date ? formatYmd(date) : m[2], resolution: 'a holiday of an explicit year', priority: 4, explicitYear: true });
      return;
    }
    const refDay = fullReference(segment.ref);
    if (!refDay) {
      const year = segment.ref.date?.year;
      const date = year === undefined ? null : holidayDate(name, year);
      if (date) emit({ start, end, kind: 'date', value: formatYmd(date), resolution: `holiday in the year of ${segment.ref.named}`, priority: 3 });
      else emitResolved(emit, start, end, noReference(segment.ref, 'day'), 'date', 3);
      return;
    }
    const tense = segment.tenseAt(start, end);
    const options = [refDay.year - 1, refDay.year, refDay.year + 1]
      .map((year) => holidayDate(name, year))
      .filter((d): d is Ymd => d !== null);
    const refN = dayNumber(refDay);
    let chosen = tense === 'future' ? options.find((d) => dayNumber(d) >= refN) : tense === 'past' ? [...options].reverse().find((d) => dayNumber(d) <= refN) : undefined;
    chosen ??= options.reduce((a, b) => (Math.abs(dayNumber(b) - refN) < Math.abs(dayNumber(a) - refN) ? b : a));
    emit({ start, end, kind: 'date', value: formatYmd(chosen), resolution: `holiday nearest ${segment.ref.named} in the sentence's tense`, priority: 3 });
  });
}

// ---------------------------------------------------------------------------------------------
// Days named through the story: "the same day", "that day", "the previous day", "on the day".

/** "(the Dow) ended the day", "later in the day": the trading day last reported. */
const REPORTED_DAY_RE = /\b(?:(?:(?:the\s+)?(?:start|beginning|end|close)\s+of|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|start(?:s|ed|ing)?|beg(?:in|an|ins|inning)|open(?:s|ed|ing)?|(?:later|earlier)\s+in)\s+(the\s+day)|((?:late|early)\s+in\s+the\s+day))\b/gi;

const ANAPHORIC_DAY_RE = /\b(?:(the\s+same|that(?:\s+same)?)\s+day|the\s+(previous|following|next)\s+day|the\s+day\s+(before|after)(?=\s*[.,;:)]|$)|(?<=\b(?:on|for)\s+)the\s+day(?!\s+(?:of|that|when|before|after|the|a|an|he|she|they|it|we|I|his|her|their|its)\b))\b/gi;

function matchAnaphoricDays(segment: Segment, line: string, emit: Emit): void {
  scan(REPORTED_DAY_RE, segment, line, (m, _start, end) => {
    const phrase = m[1] ?? m[2];
    const s = end - phrase.length;
    emit({ start: s, end, kind: 'relative', value: null, resolution: 'the day last mentioned', priority: 5, anchoring: { kind: 'day-offset', days: 0 } });
  });
  scan(ANAPHORIC_DAY_RE, segment, line, (m, start, end) => {
    if (m[1] || (!m[2] && !m[3])) {
      if (!m[1]) {
        // "(rose 3%) on the day": the day being reported, i.e. the article's own day.
        emitResolved(emit, start, end, resolvePeriod('day', 0, segment.ref, 'the day of'), 'date', 3);
        return;
      }
      emit({ start, end, kind: 'relative', value: null, resolution: 'the day last mentioned', priority: 4, anchoring: { kind: 'day-offset', days: 0 } });
      return;
    }
    const word = (m[2] ?? m[3]).toLowerCase();
    const days = word === 'previous' || word === 'before' ? -1 : 1;
    emit({ start, end, kind: 'relative', value: null, resolution: `the day ${days < 0 ? 'before' : 'after'} the day last mentioned`, priority: 4, anchoring: { kind: 'day-offset', days } });
  });
}

// ---------------------------------------------------------------------------------------------
// Periods and points named through the story: "that year", "the same month", "the following week",
// "the year before.", "since then", "at that time".

const STORY_PERIOD_RE = /\b(?:(that(?:\s+same)?|the\s+same)\s+(week|month|year)|the\s+(following|next|previous|preceding|prior)\s+(week|month|year)|the\s+(week|month|year)\s+(before|after)(?=\s*(?:[.,;:)!?]|$)))(?![\w-])/gi;
/**
 * "then" is temporal after a preposition ("since then", "by then", "back then"); alone it mostly
 * orders events ("and then"). "at the time" is the story's time too, unless a clause or an "of"
 * says which time ("at the time of the crash", "at the time he was arrested").
 */
const STORY_THEN_RE = /\b(?:(?:since|until|till|by|before|from|at)\s+(then(?![-\w])|that\s+time\b)|back\s+(then)(?![-\w])|at\s+(the\s+time)\b(?!\s+(?:of|when|that|which|in|for|he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|those)\b))/gi;
/** "over the next year", "in the next month": a stretch of time ahead, which the duration rules read. */
const STRETCH_BEFORE = /\b(?:over|in|during|within|for|throughout|through|into|across)\s+$/i;

/** "the same month a year earlier", "the same period last year": the story's period, years back. */
const SAME_PERIOD_BACK_RE = new RegExp(
  `\\bthe\\s+same\\s+(day|week|month|quarter|period|time)\\s+(?:of\\s+)?(?:(?:last|the\\s+previous|the\\s+prior)\\s+year|(an?|${CARDINAL_PATTERN}|\\d+)\\s+years?\\s+(?:ago|earlier|before))\\b`,
  'gi',
);

/** "the year-earlier quarter", "year-ago sales": the period a year before the one reported. */
const YEAR_EARLIER_RE = /\byear-(?:earlier|ago)\b/gi;

function matchStoryPeriods(segment: Segment, line: string, emit: Emit): void {
  scan(YEAR_EARLIER_RE, segment, line, (_m, start, end) => {
    emit({ start, end, kind: 'relative', value: null, resolution: 'the year before', priority: 5, anchoring: { kind: 'story-offset', unit: 'year', amount: -1 } });
  });
  if (/\bthe\s+same\s/i.test(line)) scan(SAME_PERIOD_BACK_RE, segment, line, (m, start, end) => {
    const years = m[2] === undefined ? 1 : parseQuantity(m[2]);
    if (years === null || !Number.isInteger(years)) return;
    const unit = m[1].toLowerCase();
    // The period keeps the story's own precision up to its unit: a day stays a day, a month or quarter a month.
    const precision = unit === 'day' ? 'day' : unit === 'week' ? 'day' : 'month';
    emit({
      start, end, kind: 'relative', value: null, resolution: `the same ${unit}, ${years} year${years === 1 ? '' : 's'} before`, priority: 6,
      anchoring: { kind: 'story-offset', unit: 'year', amount: -years, keep: precision },
    });
  });
  scan(STORY_PERIOD_RE, segment, line, (m, start, end) => {
    const unit = (m[2] ?? m[4] ?? m[5]).toLowerCase() as StoryUnit;
    const which = (m[3] ?? m[6] ?? '').toLowerCase();
    // "The next week it recovered" moves the story on; "over the next week" is a length of time.
    if (which === 'next' && STRETCH_BEFORE.test(line.slice(Math.max(0, start - segment.start - 12), start - segment.start))) return;
    const amount = which === '' ? 0 : which === 'following' || which === 'next' || which === 'after' ? 1 : -1;
    const how = amount === 0 ? `the same ${unit} as` : `the ${unit} ${amount < 0 ? 'before' : 'after'}`;
    emit({
      start, end, kind: 'relative', value: null, resolution: how, priority: 5,
      anchoring: { kind: 'story-offset', unit, amount, asWeek: unit === 'week' },
    });
  });
  scan(STORY_THEN_RE, segment, line, (m, _start, end) => {
    const phrase = m[1] ?? m[2] ?? m[3];
    emit({
      start: end - phrase.length, end, kind: 'relative', value: null, resolution: 'the same time as', priority: 3,
      anchoring: { kind: 'story-offset', unit: null, amount: 0 },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Frequencies ("annual", "weekly"), runs of periods ("a second consecutive day", "the fourth week
// in a row") and weekends.

const FREQUENCY_RE = new RegExp(`\\b(${FREQUENCY_PATTERN})\\b`, 'g');
const RUN_RE = /\b(?:(?:a|the|its|their)\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(day|week|month|year|session)(?:\s+in\s+a\s+row)?\b/gi;
const WEEKEND_RE = /\b(?:(this|last|next|past|coming)|(?<=\b(?:over|during|on|at|through|for)\s+)the)\s+weekend\b/gi;

function matchFrequenciesAndRuns(segment: Segment, line: string, emit: Emit): void {
  scan(FREQUENCY_RE, segment, line, (m, start, end) => {
    const word = m[1].toLowerCase();
    emit({ start, end, kind: 'duration', value: FREQUENCY_PERIODS[word] ?? null, resolution: `a frequency (${word}): its period, not a point in time`, priority: 1 });
  });
  scan(RUN_RE, segment, line, (m, start, end) => {
    // "the fourth week in a row" (or with "consecutive") is the current period of a streak.
    if (!/consecutive|straight|successive|in\s+a\s+row/i.test(m[0])) return;
    const unit = m[2].toLowerCase();
    const period: RelativeUnit = unit === 'session' ? 'day' : (unit as RelativeUnit);
    emitResolved(emit, start, end, resolvePeriod(period, 0, segment.ref, `the ${unit} of`), 'date', 4);
  });
  scan(WEEKEND_RE, segment, line, (m, start, end) => {
    const refDay = fullReference(segment.ref);
    if (!refDay) {
      emitResolved(emit, start, end, noReference(segment.ref, 'day'), 'date', 4);
      return;
    }
    const which = (m[1] ?? '').toLowerCase();
    // The weekend's Saturday: the last one for past tense or "last", else the next one.
    const weekday = weekdayOfYmd(refDay);
    const back = (weekday - 6 + 7) % 7;
    const ahead = (6 - weekday + 7) % 7;
    const future = which === 'next' || which === 'coming' || (which !== 'last' && which !== 'past' && segment.tenseAt(start, end) === 'future');
    const offset = future ? ahead : -(back === 0 && (which === 'last' || which === 'past') ? 7 : back);
    emitResolved(emit, start, end, { value: formatIsoWeek(addDays(refDay, offset)), resolution: `the ${future ? 'next' : 'latest'} weekend by ${segment.ref.named} (its ISO week)` }, 'date', 4);
  });
}

// ---------------------------------------------------------------------------------------------
// Vague references to the present, past and future: kept as time expressions without a value.

const VAGUE_RE = /\b(?:currently|recently|current|recent|over\s+the\s+(?:years|decades)|(?:in\s+)?recent\s+(?:years|months|weeks|days|times|history)|(?:until|by|for|as\s+of|up\s+to|till|even|right)\s+now|from\s+now\s+on|nowadays|these\s+days|at\s+present|at\s+the\s+moment|for\s+the\s+time\s+being|(?:in\s+)?the\s+(?:near|distant|foreseeable)\s+future|in\s+the\s+(?:future|past)|the\s+(?:short|long|near)\s+term)\b/gi;

function matchVague(segment: Segment, line: string, emit: Emit): void {
  scan(VAGUE_RE, segment, line, (m, start, end) => {
    const text = m[0].toLowerCase();
    const sense = /past|recent/.test(text) ? 'the past' : /future|term|from now/.test(text) ? 'the future' : 'the present';
    // "in recent years", "over the decades": a stretch of an unknown number of those units up to now.
    const stretch = /^(?:over\s+the|(?:in\s+)?recent)\s+(years|decades|months|weeks|days)$/.exec(text);
    const unit = stretch ? durationUnitOf(stretch[1]) : null;
    if (unit) {
      emit({ start, end, kind: 'duration', value: vagueDuration(unit), resolution: `an unspecified number of ${unit}s up to ${segment.ref.named}`, priority: 1 });
      return;
    }
    emit({ start, end, kind: 'relative', value: null, resolution: `a vague reference to ${sense}`, priority: 1 });
  });
}

// ---------------------------------------------------------------------------------------------
// Clock times chrono's strict parser does not read: "0800 UTC", "noon", "midnight".

const CLOCK_WORD_RE = /\b([01]\d|2[0-3])([0-5]\d)\s?(?:UTC|GMT)\b|\b(noon|midnight)\b/gi;

function matchClockWords(segment: Segment, line: string, emit: Emit): void {
  scan(CLOCK_WORD_RE, segment, line, (m, start, end) => {
    const word = m[3]?.toLowerCase();
    const hour = word === 'noon' ? 12 : word === 'midnight' ? 0 : Number(m[1]);
    const minute = word ? 0 : Number(m[2]);
    emit({
      start, end, kind: 'time', value: null, resolution: 'clock time', priority: 4,
      anchoring: { kind: 'time', hour, minute, utc: !word },
    });
  });
}

const HAS_ISO_DATE = /\d{4}-\d\d-\d\d/;
const HAS_DIGIT = /\d/;

const enum Family {
  Weekday = 1,
  Deictic = 2,
  Period = 4,
  Duration = 8,
  SeasonQuarterHoliday = 16,
  AnaphoricDay = 32,
  Vague = 64,
  ClockWord = 128,
  FrequencyOrRun = 256,
  Month = 512,
  Year = 1024,
  StoryPeriod = 2048,
  /** The word "year" itself, which "June of that year" and "March of last year" need. */
  YearWord = 4096,
}

/** The rule families each word can feed; words are looked up whole, in lower case. */
const WORD_FAMILIES = new Map<string, number>();
function addWords(family: number, ...words: string[]): void {
  for (const word of words) WORD_FAMILIES.set(word, (WORD_FAMILIES.get(word) ?? 0) | family);
}
addWords(Family.Weekday, ...WEEKDAY_WORDS);
addWords(Family.Duration | Family.AnaphoricDay | Family.FrequencyOrRun, 'day', 'days');
addWords(Family.Deictic, 'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night');
addWords(Family.Duration, 'night', 'nights', 'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'fortnight', 'fortnights', 'long');
addWords(Family.Duration | Family.Year, 'century', 'centuries');
addWords(Family.Period | Family.Duration, 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'decades', 'quarter', 'quarters');
addWords(Family.SeasonQuarterHoliday, 'year', 'quarter', 'spring', 'summer', 'autumn', 'winter', 'fall', 'q1', 'q2', 'q3', 'q4', 'christmas', 'easter', 'thanksgiving', 'halloween', 'valentine');
addWords(Family.Vague, 'current', 'currently', 'recent', 'recently', 'now', 'nowadays', 'days', 'present', 'moment', 'being', 'future', 'past', 'term', 'years', 'decades');
addWords(Family.ClockWord, 'utc', 'gmt', 'noon', 'midnight');
addWords(Family.FrequencyOrRun, ...FREQUENCY_WORDS, 'week', 'month', 'year', 'session', 'weekend');
addWords(Family.Month, ...MONTH_WORDS);
addWords(Family.StoryPeriod, 'week', 'month', 'year', 'then', 'time');
addWords(Family.YearWord, 'year');

/**
 * The keywords as one pattern of whole words, plus numbers. One alternation of literal words runs
 * about three times faster than splitting the line into words and looking each one up, and
 * matching without case is faster than lower-casing the line first.
 */
const KEYWORD_RE = new RegExp(
  `\\b(?:${[...WORD_FAMILIES.keys()].sort((a, b) => b.length - a.length).join('|')})\\b|\\d+`,
  'gi',
);

/** Which rule families a line can feed, from one pass over its keywords and numbers. */
function familiesOf(line: string): number {
  let families = 0;
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(line); m !== null; m = KEYWORD_RE.exec(line)) {
    const word = m[0];
    const code = word.charCodeAt(0);
    if (code <= 57) {
      // Numbers: a 4-digit year (15xx-20xx), a decade ("80s") or a short year ("'82").
      const apostrophe = m.index > 0 && (line[m.index - 1] === "'" || line[m.index - 1] === '’');
      if ((word.length === 4 && (word[0] === '1' ? word[1] >= '5' : word[0] === '2' && word[1] === '0')) || (word.length === 2 && (word[1] === '0' || apostrophe))) {
        families |= Family.Year;
      }
      continue;
    }
    families |= WORD_FAMILIES.get(word.toLowerCase()) ?? 0;
  }
  return families;
}

/** Only the explicit calendar rules (month-name and ISO dates, years): what the reference-date inference reads. */
export function matchExplicitCalendar(segment: Segment, emit: Emit): void {
  const line = segment.text.slice(segment.start, segment.end);
  const families = familiesOf(line);
  if (families & Family.Month || (families & Family.Year && HAS_ISO_DATE.test(line))) matchMonthDates(segment, line, emit, families);
  if (families & Family.Year) matchYears(segment, line, emit);
}

/** Runs every news rule over one line of the article; cheap guards skip rules that cannot match. */
export function matchNewsRules(segment: Segment, emit: Emit): void {
  const line = segment.text.slice(segment.start, segment.end);
  const families = familiesOf(line);
  if (families & Family.Month || (families & Family.Year && HAS_ISO_DATE.test(line))) matchMonthDates(segment, line, emit, families);
  if (families & Family.Weekday) matchWeekdays(segment, line, emit);
  if (families & Family.Deictic) matchDeicticDays(segment, line, emit);
  if (families & Family.Period) matchPeriods(segment, line, emit);
  if (families & Family.Duration) matchDurations(segment, line, emit);
  if (families & Family.Year) matchYears(segment, line, emit);
  if (families & Family.SeasonQuarterHoliday) matchQuartersSeasonsHolidays(segment, line, emit);
  if (families & Family.AnaphoricDay) matchAnaphoricDays(segment, line, emit);
  if (families & Family.Vague) matchVague(segment, line, emit);
  if (families & Family.FrequencyOrRun) matchFrequenciesAndRuns(segment, line, emit);
  if (families & Family.ClockWord) matchClockWords(segment, line, emit);
  if (families & Family.StoryPeriod) matchStoryPeriods(segment, line, emit);
}
