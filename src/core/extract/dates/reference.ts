/**
 * The article's reference date: front matter first, else what the text itself supports — a
 * dateline, explicit full dates, the dates of embedded social posts (the article is on or after
 * the latest), and weekday words used with "today". Never the machine clock: a wrong reference
 * date would silently shift every relative expression of the story.
 */
import * as chrono from 'chrono-node/en';
import type { ReferenceDate } from '../../report';
import type { Sentence } from '../sentences';
import { SOCIAL_SIGNATURE, type ArticleText, type Line } from '../text';
import { addDays, dayNumber, formatYmd, isFullDate, isValidYmd, parsePartial, weekdayOf, type PartialDate, type Ymd } from './calendar';
import { WEEKDAY_NUMBERS, WEEKDAY_PATTERN } from '../../lang/weekdays';
import { matchExplicitCalendar } from './matchers';
import { tenseAround } from './tense';
import { tokenizeArticle, wordLines, type ArticleTokens } from '../../lang/tokenizer';
import type { Candidate, ReferenceInfo, Segment } from './types';

const NO_REFERENCE: ReferenceInfo = { date: null, label: 'unknown', named: 'the article date (unknown)' };

/** How a reference date is named in resolution strings. */
export function referenceInfo(reference: ReferenceDate): ReferenceInfo {
  const date = parsePartial(reference.value);
  if (!date) return NO_REFERENCE;
  const value = reference.value ?? '';
  const label = `${value} (${reference.source === 'header' ? 'header' : 'inferred from the text'})`;
  return { date, label, named: `the article date ${label}` };
}

/** The reference of an embedded post's own words: its signature's date ("today" there is that day). */
export function postReference(date: Ymd): ReferenceInfo {
  const value = formatYmd(date);
  return { date, label: value, named: `the post's date ${value}` };
}

/**
 * The date of the post each social line belongs to, by line index: a post's text lines come
 * before their "— Name (@handle) March 29, 2025" signature.
 */
export function postDatesByLine(article: ArticleText): Map<number, Ymd> {
  const dates = new Map<number, Ymd>();
  let current: Ymd | null = null;
  for (let i = article.lines.length - 1; i >= 0; i--) {
    const line = article.lines[i];
    if (line.kind === 'blank') continue;
    if (line.kind !== 'social') {
      current = null;
      continue;
    }
    if (SOCIAL_SIGNATURE.test(article.text.slice(line.start, line.end))) {
      const date = explicitValues(article, line).map((c) => parsePartial(c.value)).find(isFullDate);
      current = date ?? null;
    }
    if (current) dates.set(i, current);
  }
  return dates;
}

/** Explicit calendar values of one line, read without any reference date. */
function explicitValues(article: ArticleText, line: Line, ref: ReferenceInfo = NO_REFERENCE): Candidate[] {
  const found: Candidate[] = [];
  const segment: Segment = {
    start: line.start,
    end: line.end,
    text: article.text,
    ref,
    tenseAt: () => 'unknown',
  };
  matchExplicitCalendar(segment, (c) => found.push(c));
  return found;
}

/**
 * The date a front matter `date:` value stands for ("2025-04-25", "2025-04", "April 25, 2025"), at
 * the precision written, or null when it is no real date. Exported so that what the extension
 * writes into a header is exactly what this reader reads back.
 */
export function headerDate(value: string): string | null {
  const iso = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (iso) {
    // Every part as written must be real: "2025-02-30" is no day at all, not February 2025.
    const [year, month, day] = [iso[1], iso[2], iso[3]].map((part) => (part === undefined ? undefined : Number(part)));
    if (year === undefined || year < 1) return null;
    if (month !== undefined && (month < 1 || month > 12)) return null;
    if (month !== undefined && day !== undefined && !isValidYmd(year, month, day)) return null;
    const parsed = parsePartial(iso[0].trim());
    return parsed ? formatPartialDate(parsed) : null;
  }
  // "April 25, 2025", "25 April 2025": only when chrono is certain of the whole date.
  // The strict parser only: a casual one would read "yesterday" relative to its placeholder instant.
  const result = chrono.strict.parse(value, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0];
  if (!result) return null;
  const c = result.start;
  if (!c.isCertain('year')) return null;
  const year = c.get('year') ?? 0;
  if (!c.isCertain('month')) return String(year);
  const month = c.get('month') ?? 0;
  if (!c.isCertain('day')) return `${year}-${String(month).padStart(2, '0')}`;
  const day = c.get('day') ?? 0;
  return isValidYmd(year, month, day) ? formatYmd({ year, month, day }) : null;
}

function formatPartialDate(date: PartialDate): string {
  if (isFullDate(date)) return formatYmd(date);
  return date.month === undefined ? String(date.year) : `${date.year}-${String(date.month).padStart(2, '0')}`;
}

const TODAY_WORDS = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi;
const BARE_WEEKDAY = new RegExp(`\\b(?<!(?:last|next|past|coming)\\s)(${WEEKDAY_PATTERN})\\b(?!'s\\s+(?:meeting|talks|game|match|election|vote))`, 'g');

/** The weekday of the article's own day, when a paragraph ties a weekday to "today". */
function weekdayOfToday(article: ArticleText): number | null {
  for (const line of article.lines) {
    if (line.kind !== 'body' && line.kind !== 'headline') continue;
    const text = article.text.slice(line.start, line.end);
    const todays = [...text.matchAll(TODAY_WORDS)].map((m) => m.index ?? 0);
    if (todays.length === 0) continue;
    let best: { weekday: number; distance: number } | null = null;
    for (const m of text.matchAll(BARE_WEEKDAY)) {
      const pos = m.index ?? 0;
      let distance = Infinity;
      for (const t of todays) distance = Math.min(distance, Math.abs(t - pos));
      if (!best || distance < best.distance) best = { weekday: WEEKDAY_NUMBERS[m[1].toLowerCase()], distance };
    }
    if (best) return best.weekday;
  }
  return null;
}

/** A cheap test for a year 1800–2099 somewhere in a line, before the costlier year patterns. */
const MAYBE_YEAR = /(?:1[89]|20)\d\d/;
const YEAR_MENTION = /(?<![\d$€£.,])\b(?:1[89]|20)\d\d\b(?![\d%])/g;

/** Whether a year after `year` appears in a past-tense clause of the story: then `year` is history. */
function narratesLaterYear(article: ArticleText, words: ArticleTokens, story: readonly Line[], year: number): boolean {
  for (const line of story) {
    const text = article.text.slice(line.start, line.end);
    // matchAll copies its pattern on every call: most lines name no year and skip it.
    if (!MAYBE_YEAR.test(text)) continue;
    for (const m of text.matchAll(YEAR_MENTION)) {
      if (Number(m[0]) <= year) continue;
      const start = line.start + (m.index ?? 0);
      if (tenseAround(words, article.text, line.start, line.end, start, start + 4) === 'past') return true;
    }
  }
  return false;
}

/** Day words that place an event relative to the article's own day. */
const RELATIVE_DAY = /\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/gi;

/** The sentence holding `pos` (else its line). */
function sentenceAround(sentences: readonly Sentence[], line: Line, pos: number): { start: number; end: number } {
  return sentences.find((s) => s.start <= pos && pos < s.end) ?? line;
}

/**
 * Whether an explicit full date of the lead dates the story itself rather than its background:
 * - the lead places nothing else relative to the article's day ("sentenced Saturday … for the
 *   crimes he committed on March 11, 2005": the weekday is the story, the date is history), unless
 *   the date opens the first paragraph as an inline dateline ("WASHINGTON, March 14, 2025 — …");
 * - a later year is not narrated in the past tense (an obituary's "born June 5, 1960 … in 2019 he
 *   retired"; "targets for 2030" is no evidence against);
 * - a date in a future-tense clause ("will host the ceremony on February 22, 2009") only counts when
 *   the story also tells of the same days in the past tense ("earlier on March 13"): then it is today.
 */
function datesTheStory(
  article: ArticleText,
  words: ArticleTokens,
  sentences: readonly Sentence[],
  story: readonly Line[],
  line: Line,
  mention: Candidate,
  date: Ymd,
): boolean {
  if (narratesLaterYear(article, words, story, date.year)) return false;
  // An inline dateline opening the first paragraph ("WASHINGTON, March 14, 2025 — …") dates the story.
  const after = article.text.slice(mention.end, mention.end + 4);
  if (mention.start - line.start <= 40 && /^\s*(?:\(|[-—–:])/.test(after)) return true;
  for (const lead of story.slice(0, LEAD_LINES)) {
    for (const m of article.text.slice(lead.start, lead.end).matchAll(RELATIVE_DAY)) {
      const pos = lead.start + (m.index ?? 0);
      if (pos < mention.start || pos >= mention.end) return false;
    }
  }
  const sentence = sentenceAround(sentences, line, mention.start);
  if (tenseAround(words, article.text, sentence.start, sentence.end, mention.start, mention.end) !== 'future') return true;
  const withYear: ReferenceInfo = { date: { year: date.year }, label: String(date.year), named: `the year ${date.year}` };
  const target = dayNumber(date);
  for (const other of story) {
    for (const c of explicitValues(article, other, withYear)) {
      if (c.start === mention.start) continue;
      const value = parsePartial(c.value);
      if (!isFullDate(value) || target - dayNumber(value) < 0 || target - dayNumber(value) > 7) continue;
      const around = sentenceAround(sentences, other, c.start);
      if (tenseAround(words, article.text, around.start, around.end, c.start, c.end) === 'past') return true;
    }
  }
  return false;
}

/** A year the story speaks of as its own: "his fourth visit in 2025", "so far in 2025". */
const CURRENT_YEAR = /\b(?:so\s+far\s+in|earlier\s+in|later\s+in|since\s+the\s+(?:start|beginning)\s+of|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|of|this\s+year,?)\s+)\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+so\s+far\b/g;

/** How many story lines (headline included) count as the lead. */
const LEAD_LINES = 3;
const MAX_LEAD_DATES = 12;

const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const URL_DATE = /[/_-]((?:19|20)\d\d)[/_-](0[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/_-](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/i;

/** The publication date many news sites put in their URLs: "/2013/09/18/", "/2005/nov/28/", "-2013-06-10-". */
function urlDate(url: string): string | null {
  const m = URL_DATE.exec(url);
  if (!m) return null;
  const year = Number(m[1]);
  const month = /^\d/.test(m[2]) ? Number(m[2]) : URL_MONTHS.indexOf(m[2].toLowerCase()) + 1;
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? formatYmd({ year, month, day }) : null;
}

export function inferReferenceDate(
  article: ArticleText,
  sentences: readonly Sentence[],
  words: ArticleTokens = tokenizeArticle(article.text, wordLines(article), sentences),
): ReferenceDate {
  const header = article.frontMatter?.fields.date;
  if (!header) return inferWithoutHeaderDate(article, sentences, words);
  const value = headerDate(header);
  if (value) return { value, source: 'header' };
  return { ...inferWithoutHeaderDate(article, sentences, words), refusedHeader: header };
}

function inferWithoutHeaderDate(article: ArticleText, sentences: readonly Sentence[], words: ArticleTokens): ReferenceDate {
  // Still the header: a dated URL given in the front matter says when the page was published.
  const url = article.frontMatter?.fields.url;
  const fromUrl = url ? urlDate(url) : null;
  if (fromUrl) return { value: fromUrl, source: 'header' };

  const story: Line[] = [];
  let dateline: Ymd | null = null;
  let latestPost: Ymd | null = null;
  for (const line of article.lines) {
    if (line.start < article.bodyStart) continue;
    if (line.kind === 'dateline' && !dateline) {
      const full = explicitValues(article, line).map((c) => parsePartial(c.value)).find(isFullDate);
      if (full) dateline = full;
    } else if (line.kind === 'social' && SOCIAL_SIGNATURE.test(article.text.slice(line.start, line.end))) {
      for (const c of explicitValues(article, line)) {
        const date = parsePartial(c.value);
        if (isFullDate(date) && (!latestPost || dayNumber(date) > dayNumber(latestPost))) latestPost = date;
      }
    } else if (line.kind === 'body' || line.kind === 'headline') {
      story.push(line);
    }
  }
  if (dateline) return { value: formatYmd(dateline), source: 'text' };

  // Explicit full dates of the lead (headline and first paragraphs), where news states when its
  // story happens; deeper in, full dates are mostly history.
  let latestFull: Ymd | null = null;
  for (const line of story.slice(0, LEAD_LINES)) {
    // A lead names a handful of dates; a line of hundreds is a table, and checking each would be slow.
    for (const c of explicitValues(article, line).slice(0, MAX_LEAD_DATES)) {
      const date = parsePartial(c.value);
      if (!isFullDate(date) || (latestFull && dayNumber(date) <= dayNumber(latestFull))) continue;
      if (datesTheStory(article, words, sentences, story, line, c, date)) latestFull = date;
    }
  }
  if (latestFull && (!latestPost || dayNumber(latestFull) >= dayNumber(latestPost))) {
    return { value: formatYmd(latestFull), source: 'text' };
  }

  if (latestPost) {
    const weekday = weekdayOfToday(article);
    if (weekday !== null) {
      // The first day with that weekday on or after the latest post.
      const offset = (weekday - weekdayOf(latestPost) + 7) % 7;
      return { value: formatYmd(addDays(latestPost, offset)), source: 'text' };
    }
    return { value: String(latestPost.year), source: 'text' };
  }

  let currentYear: number | null = null;
  for (const line of story) {
    const text = article.text.slice(line.start, line.end);
    if (!MAYBE_YEAR.test(text)) continue;
    for (const m of text.matchAll(CURRENT_YEAR)) {
      const year = Number(m[1] ?? m[2]);
      currentYear = Math.max(currentYear ?? year, year);
    }
  }
  if (currentYear !== null && !narratesLaterYear(article, words, story, currentYear)) return { value: String(currentYear), source: 'text' };
  return { value: null, source: 'none' };
}
