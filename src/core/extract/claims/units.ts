/**
 * Everything the corpus stage needs to know about an article's claims, read once per article so
 * that it is cached with the article (`IncrementalCorpus`) and the corpus join never re-reads text:
 * each claim's features and those of its clauses, the named people in it, the dates its clauses
 * report their events at, and the parts of a clause a background event's label is made from.
 * People are the article's own person keys here; the corpus stage maps them to merged ids.
 * Plain data only: analyses cross threads by structured clone (src/node/analysisProtocol.ts).
 */
import { tokensIn, type ArticleTokens } from '../../lang/tokenizer';
import { partitionPoint } from '../../util/search';
import type { ClaimMention } from '../../report';
import type { DateFinding } from '../dates';
import { parsePartial, weekdayOf } from '../dates/calendar';
import type { PeopleFindings } from '../people';
import type { Sentence } from '../sentences';
import type { ArticleText } from '../text';
import { datesConflict, termFeatures, type DateParts, type DateRef, type TermFeatures } from './features';
import { completedSegment, segmentAround, type LabelSource } from './labels';

export interface PersonSpan {
  start: number;
  end: number;
  /** The article's person key here; a merged `Person.id` once the corpus stage has mapped it. */
  person: string;
  /** Start of the role written before the name ("Russian President" in "Russian President Vladimir Putin"), else `start`. */
  from: number;
}

/** A named person's mention in a claim, with the name as written and its words (the tokenizer's keys). */
export interface NamedPersonSpan extends PersonSpan {
  text: string;
  words: string[];
}

/** A clause of a claim: the unit events are built from. */
export interface ArticleClause {
  start: number;
  end: number;
  text: string;
  /** Null when the clause is the whole claim: its features are the claim's. */
  features: TermFeatures | null;
  /** Dates that locate what the clause reports, not a reference point ("since February 2022"). */
  eventDates: DateRef[];
  /** The date the clause reports its event at: its most specific event date. */
  date: DateRef | null;
  /**
   * For labelling a background event from the part of the clause around its date (only when the
   * clause has a date): that part trimmed (file offsets; null when under 15 characters), and the
   * part with what its sentence leaves implicit put back (`completedSegment`; people are local keys).
   */
  dateSegment: { start: number; end: number } | null;
  completedSegment: LabelSource | null;
}

export interface ArticleClaim {
  claim: ClaimMention;
  /** The claim is the article's headline. */
  headline: boolean;
  /** People are the article's person keys. */
  features: TermFeatures;
  /** Named person mentions inside the claim, with where a role written before the name starts. */
  personSpans: NamedPersonSpan[];
  clauses: ArticleClause[];
}

/** The article's claims: the extractor's, or its story sentences while the extractor yields none. */
export function claimsOrSentences(id: string, article: ArticleText, sentences: readonly Sentence[], claims: readonly ClaimMention[]): ClaimMention[] {
  if (claims.length > 0) return [...claims];
  const text = article.text;
  const out: ClaimMention[] = [];
  for (const sentence of sentences) {
    if (sentence.lineKind !== 'body' && sentence.lineKind !== 'headline') continue;
    const raw = text.slice(sentence.start, sentence.end);
    // Trim so that `text === fileText.slice(start, end)` holds on the trimmed span.
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!/[A-Za-z]/.test(body)) continue;
    const start = sentence.start + lead;
    out.push({ id: `${id}#${out.length + 1}`, start, end: start + body.length, text: body });
  }
  return out;
}

function isHeadlineClaim(article: ArticleText, claim: ClaimMention): boolean {
  const title = article.title;
  if (title?.span && claim.start < title.span.end && claim.end > title.span.start) return true;
  // Lines are in text order: the last one starting at or before the claim holds it (a search, not a scan per claim).
  const index = partitionPoint(article.lines, (l) => l.start <= claim.start) - 1;
  const line = index >= 0 ? article.lines[index] : undefined;
  return line !== undefined && claim.start < line.end && line.kind === 'headline';
}

interface ArticleParts {
  article: ArticleText;
  people: PeopleFindings;
  dates: readonly DateFinding[];
  tokens: ArticleTokens;
}

/** Spans sorted by start, with their starts, to find the ones inside a range by binary search. */
interface SortedSpans<T extends { start: number; end: number }> {
  items: T[];
  starts: number[];
}

function sortedSpans<T extends { start: number; end: number }>(items: readonly T[]): SortedSpans<T> {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  return { items: sorted, starts: sorted.map((s) => s.start) };
}

/** The spans that lie inside `[start, end)`, in order: found by binary search, so a long article stays linear. */
function inside<T extends { start: number; end: number }>(spans: SortedSpans<T>, start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = partitionPoint(spans.starts, (s) => s < start); i < spans.items.length && spans.starts[i] < end; i++) {
    if (spans.items[i].end <= end) out.push(spans.items[i]);
  }
  return out;
}

/** What feature reading looks up per claim and clause, sorted once per article. */
interface ArticleLookups {
  parts: ArticleParts;
  mentions: SortedSpans<PeopleFindings['mentions'][number]>;
  dates: SortedSpans<DateFinding>;
}

function featuresOf(lookups: ArticleLookups, start: number, end: number): TermFeatures {
  const text = lookups.parts.article.text.slice(start, end);
  const people = inside(lookups.mentions, start, end).map((m) => m.person);
  const dates = inside(lookups.dates, start, end).filter((d) => d.kind === 'date' || d.kind === 'relative' || d.kind === 'time');
  return termFeatures(text, start, people, dates, tokensIn(lookups.parts.tokens, start, end));
}

/** Dates that locate what the clause reports, not a reference point ("since February 2022"). */
export function eventDates(text: string, offset: number, dates: readonly DateRef[]): DateRef[] {
  return dates.filter((d) => {
    const before = text.slice(Math.max(0, d.start - offset - 60), d.start - offset);
    return !/\b(?:since|until|till|before|after|ahead of|by)\b[^,;.()]*$/i.test(before);
  });
}

function informative(d: DateParts): boolean {
  return d.year !== null || d.month !== null || d.weekday !== null || d.relativeDay !== undefined;
}

/** The most specific of a clause's informative event dates. */
function clauseDate(dates: readonly DateRef[]): DateRef | null {
  const informativeDates = dates.filter(informative);
  if (informativeDates.length === 0) return null;
  const rank = (d: DateParts): number => (d.day !== null ? 4 : 0) + (d.month !== null ? 2 : 0) + (d.year !== null ? 1 : 0) + (d.weekday !== null ? 1 : 0);
  let best = informativeDates[0];
  for (const d of informativeDates) if (rank(d) > rank(best)) best = d;
  return best;
}

function clause(claim: ClaimMention, personSpans: readonly PersonSpan[], start: number, end: number, text: string, features: TermFeatures, own: TermFeatures | null): ArticleClause {
  const dates = eventDates(text, start, features.dates);
  const date = clauseDate(dates);
  let dateSegment: ArticleClause['dateSegment'] = null;
  let completed: LabelSource | null = null;
  if (date) {
    const seg = segmentAround(text, date.start - start, date.end - start);
    const raw = text.slice(seg.start, seg.end);
    if (raw.trim().length >= 15) dateSegment = { start: start + seg.start + (raw.length - raw.trimStart().length), end: start + seg.start + raw.trimEnd().length };
    // The segment with the subject or object its sentence leaves implicit, read from the whole claim.
    const people = personSpans.map((p) => ({ ...p, from: Math.max(p.from, claim.start) }));
    const offset = start - claim.start;
    completed = completedSegment({ text: claim.text, start: claim.start, people }, offset + seg.start, offset + seg.end);
  }
  return { start, end, text, features: own, eventDates: dates, date, dateSegment, completedSegment: completed };
}

/** Cuts a claim into clauses at the boundary before each date that cannot be the previous one. */
function clausesOf(lookups: ArticleLookups, claim: ClaimMention, features: TermFeatures, personSpans: readonly PersonSpan[]): ArticleClause[] {
  const fileText = lookups.parts.article.text;
  const dates = eventDates(claim.text, claim.start, features.dates).filter((d) => d.month !== null || d.year !== null || d.weekday !== null);
  const cuts: number[] = [];
  for (let i = 1; i < dates.length; i++) {
    if (!datesConflict(dates[i - 1], dates[i])) continue;
    // The boundary: the last clause break (comma, semicolon, "then", "and") between the two dates.
    const between = fileText.slice(dates[i - 1].end, dates[i].start);
    const re = /,|;|\bthen\b|\band\b|\bwhile\b|\bwhereas\b/g;
    let last = -1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(between)) !== null) last = m.index;
    if (last >= 0) cuts.push(dates[i - 1].end + last);
  }
  if (cuts.length === 0) return [clause(claim, personSpans, claim.start, claim.end, claim.text, features, null)];
  const bounds = [claim.start, ...cuts, claim.end];
  const out: ArticleClause[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let start = bounds[i];
    let end = bounds[i + 1];
    while (start < end && /[\s,;]/.test(fileText[start])) start++;
    while (end > start && /\s/.test(fileText[end - 1])) end--;
    if (end <= start) continue;
    const own = featuresOf(lookups, start, end);
    out.push(clause(claim, personSpans, start, end, fileText.slice(start, end), own, own));
  }
  return out;
}

/** Every claim of the article (`claimsOrSentences`) with its features, clauses and named people. */
export function analyzeClaims(parts: ArticleParts, claims: readonly ClaimMention[]): ArticleClaim[] {
  const lookups: ArticleLookups = { parts, mentions: sortedSpans(parts.people.mentions), dates: sortedSpans(parts.dates) };
  return claims.map((claim) => {
    const features = featuresOf(lookups, claim.start, claim.end);
    const personSpans = inside(lookups.mentions, claim.start, claim.end)
      .filter((m) => /^[A-Z]/.test(m.text))
      .map((m) => ({
        start: m.start,
        end: m.end,
        person: m.person,
        from: m.role && m.role.end <= m.start && m.role.start >= claim.start ? Math.min(m.role.start, m.start) : m.start,
        text: m.text,
        words: tokensIn(lookups.parts.tokens, m.start, m.end).map((t) => t.key),
      }));
    return { claim, headline: isHeadlineClaim(parts.article, claim), features, personSpans, clauses: clausesOf(lookups, claim, features, personSpans) };
  });
}

/** The article's date as comparable parts, its weekday from the calendar (null when it has none). */
export function referenceParts(value: string | null): DateParts | null {
  const date = parsePartial(value);
  if (!date) return null;
  const month = date.month ?? null;
  const day = date.day ?? null;
  const weekday = date.month !== undefined && date.day !== undefined ? weekdayOf({ year: date.year, month: date.month, day: date.day }) : null;
  return { year: date.year, month, day, weekday };
}
