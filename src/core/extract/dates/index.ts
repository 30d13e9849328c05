/**
 * Dates and times of an article: every time expression with its ISO value at its true precision,
 * resolved against the article's reference date. The news rules live in `dates/matchers.ts`;
 * clock times (by rule) and slashed numeric dates (through chrono) in `chronoLayer.ts`; the
 * reference date is inferred in `dates/reference.ts`. Only lines that can hold a time expression
 * are read, and chrono only sees short windows, so the stage runs at well over 10 MB/s.
 */
import { formatTime, formatYmd, addDays, isFullDate, parsePartial, type Ymd } from './calendar';
import { matchWithChrono } from './chronoLayer';
import { matchNewsRules } from './matchers';
import { postDatesByLine, postReference, referenceInfo } from './reference';
import { readSentence, tenseAt, type SentenceTense } from './tense';
import { tokenizeArticle, wordLines, type ArticleTokens } from '../../lang/tokenizer';
import type { Candidate, ReferenceInfo, Segment } from './types';
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

/**
 * Resolves what depends on other expressions, in document order: clock times take their
 * sentence's date (else the article date), "the same day" the day last mentioned.
 */
function applyAnchoring(kept: Candidate[], all: readonly Candidate[], ref: ReferenceInfo, sentences: readonly Sentence[], text: string): void {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const refDay = isFullDate(ref.date) ? ref.date : null;
  // The day-valued expressions of each sentence, gathered once: clock times look there for their date.
  const daysBySentence = new Map<number, Candidate[]>();
  for (const o of all) {
    if (o.anchoring || !dayOf(o)) continue;
    const sentence = sentenceFinder(sorted, o)(o.start);
    if (o.end > sentence.end) continue;
    const list = daysBySentence.get(sentence.start);
    if (list) list.push(o);
    else daysBySentence.set(sentence.start, [o]);
  }
  for (const list of daysBySentence.values()) list.sort((a, b) => a.start - b.start);
  let lastDay: { date: Ymd; text: string } | null = null;
  for (const c of kept) {
    const anchoring = c.anchoring;
    if (anchoring?.kind === 'time') {
      const clause = sentenceFinder(sorted, c)(c.start);
      const nearest = nearestDay(daysBySentence.get(clause.start) ?? [], c);
      const day = nearest ? dayOf(nearest) : refDay;
      if (day) {
        c.value = formatTime(day, anchoring.hour, anchoring.minute, anchoring.utc);
        c.resolution = nearest ? `clock time on the date of its sentence (${formatYmd(day)})` : `clock time on ${ref.named}`;
      } else {
        c.resolution = 'clock time; its date is unknown';
      }
    } else if (anchoring?.kind === 'day-offset') {
      const base = lastDay?.date ?? refDay;
      if (base) {
        c.value = formatYmd(addDays(base, anchoring.days));
        c.kind = 'date';
        const from = lastDay ? `the day last mentioned (${formatYmd(base)}, "${lastDay.text}")` : `${ref.named}`;
        c.resolution = anchoring.days === 0 ? `same day as ${from}` : `${anchoring.days < 0 ? 'day before' : 'day after'} ${from}`;
      }
    }
    const day = dayOf(c);
    if (day && c.kind !== 'time' && !c.inPost) lastDay = { date: day, text: text.slice(c.start, c.end) };
  }
}

/** What may separate a date from its clock time in one expression: "March 14, 2025 at 5 pm", "5 pm Friday". */
const DATE_TIME_GAP = /^[\s,]*(?:at|on|@)?[\s,]*$/i;

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
  if (date.anchoring || date.kind === 'duration' || date.kind === 'time') return false;
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
