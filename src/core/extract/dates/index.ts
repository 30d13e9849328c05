/**
 * Dates and times of an article: every time expression with its ISO value at its true precision,
 * resolved against the article's reference date. The news rules live in `dates/matchers.ts`;
 * clock times (by rule) and slashed numeric dates (through chrono) in `chronoLayer.ts`; the
 * reference date is inferred in `dates/reference.ts`. Only lines that can hold a time expression
 * are read, and chrono only sees short windows, so the stage runs at well over 10 MB/s.
 */
import {
  addDays, addMonths, formatIsoWeek, formatPartial, formatTime, formatYmd, isFullDate, isValidYmd, parsePartial, weekdayOf, type PartialDate, type Ymd,
} from './calendar';
import { matchWithChrono } from './chronoLayer';
import { matchNewsRules } from './matchers';
import { postDatesByLine, postReference, referenceInfo } from './reference';
import { readSentence, tenseAt, type SentenceTense } from './tense';
import { resolveYearless } from './resolve';
import { tokenizeArticle, wordLines, type ArticleTokens } from '../../lang/tokenizer';
import type { Anchoring, Candidate, ReferenceInfo, Segment } from './types';
import type { DateMention, ReferenceDate } from '../../report';
import type { Sentence } from '../sentences';
import type { ArticleText, LineKind, Span } from '../text';
import { partitionPoint } from '../../util/search';

export { inferReferenceDate } from './reference';

export interface DateFinding extends DateMention {
  /** How the value was obtained, for hovers: "weekday before the article date 2025-04-25 (header)". */
  resolution: string | null;
}

/** Lines that are read for dates: the headline and dateline are annotated like the body. */
const SCANNED_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['headline', 'dateline', 'body', 'social']);

/** The sentence holding `pos`, else the line: the span whose tense governs an expression. */
function sentenceFinder(sentences: readonly Sentence[], line: Span): (pos: number) => Span {
  return (pos) => {
    const s = sentences[partitionPoint(sentences, (sentence) => sentence.end <= pos)];
    return s && s.start <= pos ? s : line;
  };
}

function collectCandidates(article: ArticleText, words: ArticleTokens, sentences: readonly Sentence[], ref: ReferenceInfo): Candidate[] {
  const candidates: Candidate[] = [];
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const postDates = postDatesByLine(article);
  article.lines.forEach((line, index) => {
    if (line.start < article.bodyStart || !SCANNED_KINDS.has(line.kind)) return;
    // An embedded post's "today" is the day it was posted, not the article's.
    const postDate = postDates.get(index);
    const lineRef = postDate ? postReference(postDate) : ref;
    const sentenceOf = sentenceFinder(sorted, line);
    // Tense markers are read once per sentence, however many expressions it holds.
    const tenseBySentence = new Map<number, SentenceTense>();
    const segment: Segment = {
      start: line.start,
      end: line.end,
      text: article.text,
      ref: lineRef,
      tenseAt: (start, end) => {
        const clause = sentenceOf(start);
        let sentence = tenseBySentence.get(clause.start);
        if (!sentence) {
          sentence = readSentence(words, article.text, clause.start, clause.end, line.kind === 'headline');
          tenseBySentence.set(clause.start, sentence);
        }
        return tenseAt(sentence, start, end);
      },
    };
    const emit = (c: Candidate): void => {
      if (postDate) c.inPost = true;
      candidates.push(c);
    };
    matchNewsRules(segment, emit);
    matchWithChrono(segment, emit);
  });
  return candidates;
}

/**
 * Keeps the longest of overlapping candidates (then the most specific rule), in text order.
 * Candidates are cut into clusters of transitively overlapping spans first, so the choice stays
 * local and the whole pass near-linear however many expressions an article holds.
 */
function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    const ranked = cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
    const chosen: Candidate[] = [];
    for (const c of ranked) {
      if (!chosen.some((k) => k.start < c.end && c.start < k.end)) chosen.push(c);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const c of byStart) {
    if (c.start >= clusterEnd && cluster.length > 0) flush();
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length > 0) flush();
  return kept;
}

/** Anchorings whose candidate has no value until the rest of the story is known. */
function isPending(anchoring: Anchoring | undefined): boolean {
  return anchoring !== undefined && anchoring.kind !== 'yearless' && anchoring.kind !== 'story-weekday';
}

function dayOf(c: Candidate): Ymd | null {
  if (c.value === null || c.kind === 'duration') return null;
  const date = parsePartial(c.value);
  return isFullDate(date) ? date : null;
}

/** The day expression inside the time's span ("Friday, March 14, 2025 at 5 pm"), else the nearest one; `days` sorted by start. */
function nearestDay(days: readonly Candidate[], time: Candidate): Candidate | undefined {
  const lo = partitionPoint(days, (day) => day.start < time.start);
  const after = days[lo];
  if (after && after.end <= time.end) return after;
  const before = days[lo - 1];
  if (!before) return after;
  if (!after) return before;
  return Math.abs(after.start - time.start) < Math.abs(time.start - before.start) ? after : before;
}

/** The story's current time: the last dated point told before an expression. */
interface StoryPoint {
  date: PartialDate;
  text: string;
  /** Its year is written in the text ("1998", "Oct. 4, 1998"), not taken from the article date. */
  explicitYear: boolean;
  /** It opens its sentence ("In 1998, …", "On Oct. 4, 1998, …"): it sets the time of a passage, not of one event. */
  framing: boolean;
  /** Index of its sentence. */
  sentence: number;
}

/** A clock hour written without a.m./p.m. next to "night", "evening" or "afternoon" is in the afternoon or evening. */
function hourOfDayPart(hour: number, dayText: string): number {
  if (/\b(?:night|evening|tonight)\b/i.test(dayText) && hour >= 6 && hour <= 11) return hour + 12;
  if (/\bafternoon\b/i.test(dayText) && hour >= 1 && hour <= 6) return hour + 12;
  return hour;
}

/** "a year earlier", "the following week", "since then": `unit`s on from `base`, at the unit's precision. */
function storyOffsetValue(base: PartialDate, anchoring: Extract<Anchoring, { kind: 'story-offset' }>): string | null {
  const { unit, amount } = anchoring;
  switch (unit) {
    case null:
      return formatPartial(base);
    case 'day':
      return isFullDate(base) ? formatYmd(addDays(base, amount)) : null;
    case 'week':
      if (!isFullDate(base)) return null;
      return anchoring.asWeek ? formatIsoWeek(addDays(base, amount * 7)) : formatYmd(addDays(base, amount * 7));
    case 'month':
      return base.month === undefined ? null : formatPartial(addMonths({ year: base.year, month: base.month }, amount));
    case 'year': {
      const year = base.year + amount;
      if (anchoring.month !== undefined) return formatPartial({ year, month: anchoring.month });
      if (anchoring.keep === 'day' && isFullDate(base) && isValidYmd(year, base.month, base.day)) return formatYmd({ year, month: base.month, day: base.day });
      if (anchoring.keep !== undefined && base.month !== undefined) return formatPartial({ year, month: base.month });
      return formatPartial({ year });
    }
  }
}

/** Months (of 12) within which a month resolved against the article date is taken as meant. */
const NEAR_ARTICLE_MONTHS = 2;

/** Whether a month or day `value` lies within a couple of months of the article date. */
function nearArticle(value: string | null, article: PartialDate): boolean {
  const date = parsePartial(value);
  if (!date || date.month === undefined || article.month === undefined) return false;
  return Math.abs(date.year * 12 + date.month - (article.year * 12 + article.month)) <= NEAR_ARTICLE_MONTHS;
}

/** Adds a day expression resolved late ("that night") to its sentence's days, keeping them in text order. */
function addDay(daysBySentence: Map<number, Candidate[]>, sentence: Span, c: Candidate): void {
  if (c.end > sentence.end) return;
  const list = daysBySentence.get(sentence.start) ?? [];
  list.splice(partitionPoint(list, (d) => d.start < c.start), 0, c);
  daysBySentence.set(sentence.start, list);
}

/** Whether `date` lies inside `period` (a day inside its month or year, or the same value). */
function within(date: PartialDate, period: PartialDate): boolean {
  if (date.year !== period.year) return false;
  if (period.month === undefined) return true;
  if (date.month !== period.month) return false;
  return period.day === undefined || date.day === period.day;
}

/** 0 for a year, 1 for a month, 2 for a day. */
const precisionOf = (date: PartialDate): number => (date.day !== undefined ? 2 : date.month !== undefined ? 1 : 0);

/** What may come before a date that opens its sentence. */
const FRAMING_LEAD = /^[\s"“‘']*(?:(?:in|on|by|during|since|from|through|at|early|late|later)\s+(?:the\s+)?)?$/i;

/** Whether `[sentenceStart, start)` holds at most a framing lead-in; only a short stretch is read, so the check is constant-time. */
function opensSentence(text: string, sentenceStart: number, start: number): boolean {
  return start - sentenceStart <= 24 && FRAMING_LEAD.test(text.slice(sentenceStart, start));
}

/**
 * Resolves what depends on other expressions, in document order: clock times take their
 * sentence's date (else the article date), "the same day" the day last mentioned, and the
 * expressions counted from the story's current time ("a year earlier", "that month", "since then")
 * the last dated point before them, else the article date.
 */
function applyAnchoring(kept: Candidate[], all: readonly Candidate[], ref: ReferenceInfo, sentences: readonly Sentence[], text: string): void {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const refDay = isFullDate(ref.date) ? ref.date : null;
  // The day-valued expressions of each sentence, gathered once: clock times look there for their date.
  const daysBySentence = new Map<number, Candidate[]>();
  for (const o of all) {
    if (isPending(o.anchoring) || !dayOf(o)) continue;
    const sentence = sentenceFinder(sorted, o)(o.start);
    if (o.end > sentence.end) continue;
    const list = daysBySentence.get(sentence.start);
    if (list) list.push(o);
    else daysBySentence.set(sentence.start, [o]);
  }
  for (const list of daysBySentence.values()) list.sort((a, b) => a.start - b.start);
  const sentenceIndex = (pos: number): number => partitionPoint(sorted, (sentence) => sentence.end <= pos);
  let lastDay: { date: Ymd; text: string } | null = null;
  let story = null as StoryPoint | null;
  // Days first, in document order; clock times after, so that "around 11 p.m. that night" finds the
  // day "that night" resolves to even though the time comes first.
  for (const c of kept) {
    const anchoring = c.anchoring;
    const here = sentenceIndex(c.start);
    // A clock time joined to its day ("9:15 p.m. Oct. 4") names that day: it is the story's time, not the clock.
    let joinedDay: Candidate | undefined;
    if (anchoring?.kind === 'time') {
      const inside = nearestDay(daysBySentence.get(sentenceFinder(sorted, c)(c.start).start) ?? [], c);
      joinedDay = inside && inside.start >= c.start && inside.end <= c.end ? inside : undefined;
      if (!joinedDay) continue;
    } else if (anchoring?.kind === 'day-offset') {
      const base = lastDay?.date ?? refDay;
      if (base) {
        c.value = formatYmd(addDays(base, anchoring.days));
        c.kind = anchoring.partOfDay ? 'time' : 'date';
        const from = lastDay ? `the day last mentioned (${formatYmd(base)}, "${lastDay.text}")` : `${ref.named}`;
        c.resolution = anchoring.days === 0 ? `same day as ${from}` : `${anchoring.days < 0 ? 'day before' : 'day after'} ${from}`;
      }
    } else if (anchoring?.kind === 'story-offset') {
      // "since then" needs a time the story told; so does a time after it ("two days later", "the next
      // week"): counted from the article date it would fall after the article was written. The others
      // fall back to the article date ("a year earlier", "that same month").
      let from: PartialDate | null = story?.date ?? (anchoring.unit === null || anchoring.amount > 0 ? null : ref.date);
      let value = from ? storyOffsetValue(from, anchoring) : null;
      // A story time vaguer than the unit ("2009" for "the previous month") is refined by the article
      // date when that lies inside it.
      if (value === null && story && ref.date && within(ref.date, story.date)) {
        from = ref.date;
        value = storyOffsetValue(ref.date, anchoring);
      }
      if (value !== null) {
        c.value = value;
        c.kind = 'date';
        c.resolution = `${c.resolution} ${story && from === story.date ? `the story's time ${formatPartial(story.date)} ("${story.text}")` : ref.named}`;
      } else {
        c.resolution = `${c.resolution}; the story's time is unknown or too vague`;
      }
    } else if (
      anchoring?.kind === 'yearless' && story?.explicitYear && story.framing && here - story.sentence <= 1 && !anchoring.future &&
      ref.date && story.date.year !== ref.date.year && !nearArticle(c.value, ref.date)
    ) {
      // A passage set in another year by a sentence-opening date ("In 1998, … In September, …"): the month
      // is the one near that time. Elsewhere news names months bare for the article's own year, even right
      // after an older one ("since its launch in 2003 … as of February"), and so does a month near the article date.
      const storyRef: ReferenceInfo = { date: story.date, label: formatPartial(story.date), named: `the story's time ${formatPartial(story.date)} ("${story.text}")` };
      const resolved = resolveYearless(anchoring.month, anchoring.day, 'unknown', storyRef, anchoring.day === undefined ? 'month given' : 'month and day given');
      if (resolved.value !== null) {
        c.value = resolved.value;
        c.resolution = resolved.resolution;
      }
    } else if (anchoring?.kind === 'story-weekday' && story && isFullDate(story.date)) {
      // "the following Monday" is the first one after the story's day, "the previous Friday" the last one before it.
      const storyDay = story.date;
      const back = (weekdayOf(storyDay) - anchoring.weekday + 7) % 7;
      const ahead = (anchoring.weekday - weekdayOf(storyDay) + 7) % 7;
      const offset = anchoring.direction > 0 ? ahead || 7 : -(back || 7);
      c.value = formatYmd(addDays(storyDay, offset));
      c.resolution = `${offset < 0 ? 'weekday before' : 'weekday after'} the story's time ${formatYmd(storyDay)} ("${story.text}")`;
    }
    const day = dayOf(c);
    if (day && isPending(anchoring)) addDay(daysBySentence, sentenceFinder(sorted, c)(c.start), c);
    // A part of a day ("Monday night") names its day too; a clock time does not move the story's day.
    const partOfDay = c.kind === 'time' && /^\d{4}-\d{2}-\d{2}$/.test(c.value ?? '');
    // "The day before, …" glances back: "the next day" after it still counts from the day the story is at.
    const glanceBack = anchoring?.kind === 'day-offset' && anchoring.days < 0;
    if (day && (c.kind !== 'time' || partOfDay) && !c.inPost && !glanceBack) lastDay = { date: day, text: text.slice(c.start, c.end) };
    const pointValue = (joinedDay ?? c).value;
    const point = c.kind === 'duration' || c.inPost || glanceBack || pointValue === null ? null : parsePartial(pointValue);
    // A vaguer restatement of the current time ("that year" after "Oct. 4, 1998") keeps the precise one.
    const previous = story;
    // A point counted from the story's time at a coarser unit ("a year earlier", "that year" after
    // "Oct. 4, 1998") is a glance aside: the story stays at its more precise time.
    const aside = previous !== null && point !== null && anchoring?.kind === 'story-offset' && precisionOf(point) < precisionOf(previous.date);
    if (point && !aside && !(previous && within(previous.date, point))) {
      story = {
        date: point,
        text: text.slice(c.start, c.end),
        // A point counted from an explicit year ("two days later" after "Oct. 4, 1998") is as explicit.
        explicitYear: (joinedDay ?? c).explicitYear === true || (previous !== null && previous.explicitYear && isPending(anchoring)),
        framing: opensSentence(text, sorted[here]?.start ?? c.start, c.start),
        sentence: here,
      };
    }
  }
  for (const c of kept) {
    const anchoring = c.anchoring;
    if (anchoring?.kind !== 'time') continue;
    const clause = sentenceFinder(sorted, c)(c.start);
    const nearest = nearestDay(daysBySentence.get(clause.start) ?? [], c);
    const day = nearest ? dayOf(nearest) : refDay;
    if (day) {
      const hour = anchoring.bare && nearest ? hourOfDayPart(anchoring.hour, text.slice(nearest.start, nearest.end)) : anchoring.hour;
      c.value = formatTime(day, hour, anchoring.minute, anchoring.utc);
      c.resolution = nearest ? `clock time on the date of its sentence (${formatYmd(day)})` : `clock time on ${ref.named}`;
    } else {
      c.resolution = 'clock time; its date is unknown';
    }
  }
}

/** What may separate a date from its clock time in one expression: "March 14, 2025 at 5 pm", "5 pm Friday". */
const DATE_TIME_GAP = /^[\s,]*(?:(?:at\s+)?(?:around|about|approximately|roughly)|at|on|@)?[\s,]*$/i;

/**
 * Joins a clock time and the date right next to it into one expression ("Tuesday, 16 December 2008
 * 13:45"), so the time takes that date and the reader sees one finding.
 */
function joinDatesAndTimes(kept: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i];
    const next = kept[i + 1];
    if (next && isJoinable(c, next, text)) {
      const time = c.anchoring?.kind === 'time' ? c : next;
      out.push({ ...time, start: c.start, end: next.end });
      i++;
    } else {
      out.push(c);
    }
  }
  return out;
}

function isJoinable(a: Candidate, b: Candidate, text: string): boolean {
  const aTime = a.anchoring?.kind === 'time';
  const bTime = b.anchoring?.kind === 'time';
  if (aTime === bTime) return false;
  const date = aTime ? b : a;
  if (isPending(date.anchoring) || date.kind === 'duration') return false;
  // A part of a day ("last night", "Monday evening") is a day the clock time can join; a time with a value is not.
  if (date.kind === 'time' && !/^\d{4}-\d{2}-\d{2}$/.test(date.value ?? '')) return false;
  return /^\d{4}-\d{2}-\d{2}$/.test(date.value ?? '') || (date.value === null && date.kind === 'relative')
    ? DATE_TIME_GAP.test(text.slice(a.end, b.start)) && !text.slice(a.end, b.start).includes('\n')
    : false;
}

/** Every time expression of the article with its value resolved against the reference date. */
export function extractDates(
  article: ArticleText,
  sentences: readonly Sentence[],
  reference: ReferenceDate,
  words: ArticleTokens = tokenizeArticle(article.text, wordLines(article), sentences),
): DateFinding[] {
  const ref = referenceInfo(reference);
  const all = collectCandidates(article, words, sentences, ref);
  const kept = joinDatesAndTimes(resolveOverlaps(all), article.text);
  applyAnchoring(kept, all, ref, sentences, article.text);
  return kept.map((c) => ({
    start: c.start,
    end: c.end,
    text: article.text.slice(c.start, c.end),
    value: c.value,
    kind: c.kind,
    resolution: c.resolution,
  }));
}
