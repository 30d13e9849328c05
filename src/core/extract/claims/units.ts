/**
 * Everything the corpus stage needs to know about an article's claims, read once per article so
 * that it is cached with the article (`IncrementalCorpus`) and the corpus join never re-reads text:
 * each claim's features and those of its clauses, the named people in it, the dates its clauses
 * report their events at, and the parts of a clause a background event's label is made from.
 * People are the article's own person keys here; the corpus stage maps them to merged ids.
 * Plain data only: analyses cross threads by structured clone (src/node/analysisProtocol.ts).
 */
import { RELATED_LINE, tellsOfOtherCase } from '../../lang/asides';
import { tokenIndexAt, tokensIn, type ArticleTokens } from '../../lang/tokenizer';
import { partitionPoint } from '../../util/search';
import type { ClaimMention } from '../../report';
import type { DateFinding } from '../dates';
import { parsePartial, weekdayOf } from '../dates/calendar';
import type { PeopleFindings } from '../people';
import type { QuoteFinding } from '../quotes';
import type { Sentence } from '../sentences';
import type { ArticleText, Span } from '../text';
import { datesConflict, termFeatures, type DateParts, type DateRef, type TermFeatures } from './features';
import { isBackgroundDate, leadDate } from './eventDates';
import { completedSegment, labelCandidate, segmentAround, type LabelCandidate, type LabelSource, type PronounAntecedents } from './labels';

/** Body claims after the headline that make an article's lead: what it reports as its news. */
const LEAD_BODY_CLAIMS = 2;


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
   * Whether that date is background (`isBackgroundDate`: not the lead's date, or clearly before the
   * article's); null when undated or when the article has neither date to compare with.
   */
  background: boolean | null;
  /**
   * Label candidates (`labelClause`), for the clauses that can define an event: the headline's, the
   * body lead's when the headline does not read as a label, and the dated ones that can be
   * background. People are local keys. Empty otherwise.
   */
  labels: LabelCandidate[];
}

export interface ArticleClaim {
  claim: ClaimMention;
  /** The claim is the article's headline. */
  headline: boolean;
  /** The claim is the headline or one of the first LEAD_BODY_CLAIMS body claims (asides not counted). */
  lead: boolean;
  /**
   * The claim tells of another happening in passing, in words that say so: a related-story line
   * ("Related: …") or "in an unrelated incident", "came a day after a …" (lang/asides).
   */
  aside: boolean;
  /** People are the article's person keys. */
  features: TermFeatures;
  /** Named person mentions inside the claim, with where a role written before the name starts. */
  personSpans: NamedPersonSpan[];
  /**
   * The parts of the claim that are quoted words (the quote stage's quotations, words without their
   * marks, cut to the claim; a quotation opened in an earlier sentence counts from the claim's
   * start), in order: what stands in them is someone's words, not the reporter's telling.
   */
  quotations: Span[];
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
  quotes: readonly QuoteFinding[];
  tokens: ArticleTokens;
}

/** Spans sorted by start, with their starts, to find the ones inside a range by binary search. */
interface SortedSpans<T extends { start: number; end: number }> {
  items: T[];
  starts: number[];
}

function sortedSpans<T extends { start: number; end: number }>(items: readonly T[]): SortedSpans<T> {
  // The stages mostly give their findings in text order already: a stable sort would keep that order.
  let inOrder = true;
  for (let i = 1; i < items.length && inOrder; i++) inOrder = items[i - 1].start <= items[i].start;
  const sorted = inOrder ? [...items] : [...items].sort((a, b) => a.start - b.start);
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
  quotes: SortedSpans<QuoteFinding>;
  /** The furthest end of the quotes up to each one in `quotes` (quotes may nest): where a backward search can stop. */
  quoteEndsSoFar: number[];
}

/** The parts of `[start, end)` inside quotations, cut to it, in order. */
function quotationsIn(lookups: ArticleLookups, start: number, end: number): Span[] {
  const { items, starts } = lookups.quotes;
  const out: Span[] = [];
  // Quotes that start before the end, read backwards until none before can still reach the start.
  for (let i = partitionPoint(starts, (s) => s < end) - 1; i >= 0 && lookups.quoteEndsSoFar[i] > start; i--) {
    if (items[i].end > start) out.push({ start: Math.max(start, items[i].start), end: Math.min(end, items[i].end) });
  }
  return out.reverse();
}

function featuresOf(lookups: ArticleLookups, start: number, end: number): TermFeatures {
  const text = lookups.parts.article.text.slice(start, end);
  const people = inside(lookups.mentions, start, end).map((m) => m.person);
  const dates = inside(lookups.dates, start, end).filter((d) => d.kind === 'date' || d.kind === 'relative' || d.kind === 'time');
  const tokens = lookups.parts.tokens;
  return termFeatures(text, start, people, dates, tokens.tokens, tokenIndexAt(tokens, start), tokenIndexAt(tokens, end));
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

/** What labelling needs of the article: its people's names and the words it writes as names. */
interface LabelContext {
  nameOf: (key: string) => string;
  names: ReadonlySet<string>;
  /** Who an opening "he"/"she" of a label starting at the offset can be (`PronounAntecedents`). */
  antecedentsAt: (offset: number) => PronounAntecedents;
}

/** Characters before a clause in which a pronoun's antecedent is looked for: about two sentences. */
const ANTECEDENT_WINDOW = 400;

/** Person mentions with their genders, read backwards from an offset: the one man or woman named just before it. */
function antecedentFinder(mentions: SortedSpans<PeopleFindings['mentions'][number]>, genderOf: ReadonlyMap<string, string | null>): (offset: number) => PronounAntecedents {
  return (offset) => {
    const found: Record<'male' | 'female', Set<string>> = { male: new Set(), female: new Set() };
    for (let i = partitionPoint(mentions.starts, (s) => s < offset) - 1; i >= 0 && mentions.starts[i] >= offset - ANTECEDENT_WINDOW; i--) {
      const gender = genderOf.get(mentions.items[i].person);
      if (gender === 'male' || gender === 'female') found[gender].add(mentions.items[i].person);
    }
    const one = (s: Set<string>): string | null => (s.size === 1 ? [...s][0] : null);
    return { male: one(found.male), female: one(found.female) };
  };
}

/** The part `[from, to)` of the claim to label, with the named people inside it. */
function labelSource(claim: ClaimMention, personSpans: readonly PersonSpan[], from: number, to: number): LabelSource {
  const people = personSpans.filter((p) => p.start >= from && p.end <= to).map((p) => ({ ...p, from: Math.max(p.from, from) }));
  return { text: claim.text.slice(from - claim.start, to - claim.start), start: from, people };
}

/** One clause; `dates` are its event dates when the caller has read them already. */
function clause(start: number, end: number, text: string, features: TermFeatures, own: TermFeatures | null, dates = eventDates(text, start, features.dates)): ArticleClause {
  return { start, end, text, features: own, eventDates: dates, date: clauseDate(dates), background: null, labels: [] };
}

/** Whether one of the candidates reads as a who-did-what label: three words or more, no weak opening, no hedge. */
function readsAsLabel(labels: readonly LabelCandidate[]): boolean {
  return labels.some((l) => l.words >= 3 && l.quality >= 0 && !l.leansOnSentence);
}

/**
 * Label candidates of a clause that can define an event: a lead clause (the article's news: the
 * whole clause, with its places) or a background one (the part around its date, completed when its
 * sentence leaves the subject or object implicit; else the whole clause; no place).
 */
function labelClause(claim: ArticleClaim, c: ArticleClause, lead: boolean, labelling: LabelContext): LabelCandidate[] {
  const labels: LabelCandidate[] = [];
  const features = c.features ?? claim.features;
  const places = lead ? [...features.locations, ...features.places] : [];
  const antecedents = labelling.antecedentsAt(c.start);
  const candidate = (src: LabelSource, origin: LabelCandidate['origin']): void => {
    labels.push(labelCandidate(src, labelling.nameOf, origin, places, labelling.names, antecedents));
  };
  const { claim: mention, personSpans } = claim;
  // A dated clause that can be background (a lead's too: "…, which began in February 2022") is labelled from the part around its date.
  if (c.date && c.background !== false) {
    const seg = segmentAround(c.text, c.date.start - c.start, c.date.end - c.start);
    // The segment with the subject or object its sentence leaves implicit, read from the whole claim.
    const people = personSpans.map((p) => ({ ...p, from: Math.max(p.from, mention.start) }));
    const offset = c.start - mention.start;
    const completed = completedSegment({ text: mention.text, start: mention.start, people }, offset + seg.start, offset + seg.end);
    const raw = c.text.slice(seg.start, seg.end);
    // As few candidates as read well (labelling is a large part of claim reading): the completed
    // segment says who did what; the segment as it stands when that does not read as a label.
    if (completed) candidate(completed, 'completed');
    if (!readsAsLabel(labels) && raw.trim().length >= 15) {
      candidate(labelSource(mention, personSpans, c.start + seg.start + (raw.length - raw.trimStart().length), c.start + seg.start + raw.trimEnd().length), 'dateSegment');
    }
  }
  // The whole clause: the lead's label, and a background clause's when no part of it reads as a label.
  if (lead || !readsAsLabel(labels)) candidate(labelSource(mention, personSpans, c.start, c.end), 'clause');
  return labels;
}

/** Cuts a claim into clauses at the boundary before each date that cannot be the previous one. */
function clausesOf(lookups: ArticleLookups, claim: ClaimMention, features: TermFeatures): ArticleClause[] {
  const fileText = lookups.parts.article.text;
  const claimDates = eventDates(claim.text, claim.start, features.dates);
  const dates = claimDates.filter((d) => d.month !== null || d.year !== null || d.weekday !== null);
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
  if (cuts.length === 0) return [clause(claim.start, claim.end, claim.text, features, null, claimDates)];
  const bounds = [claim.start, ...cuts, claim.end];
  const out: ArticleClause[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let start = bounds[i];
    let end = bounds[i + 1];
    while (start < end && /[\s,;]/.test(fileText[start])) start++;
    while (end > start && /\s/.test(fileText[end - 1])) end--;
    if (end <= start) continue;
    const own = featuresOf(lookups, start, end);
    out.push(clause(start, end, fileText.slice(start, end), own, own));
  }
  return out;
}

/** Every claim of the article (`claimsOrSentences`) with its features, clauses and named people. */
export function analyzeClaims(parts: ArticleParts, claims: readonly ClaimMention[], reference: DateParts | null = null): ArticleClaim[] {
  const quotes = sortedSpans(parts.quotes);
  const quoteEndsSoFar: number[] = [];
  for (const q of quotes.items) quoteEndsSoFar.push(Math.max(q.end, quoteEndsSoFar[quoteEndsSoFar.length - 1] ?? 0));
  const lookups: ArticleLookups = { parts, mentions: sortedSpans(parts.people.mentions), dates: sortedSpans(parts.dates), quotes, quoteEndsSoFar };
  const nameByKey = new Map(parts.people.persons.map((p) => [p.key, p.name]));
  let body = 0;
  const read = claims.map((claim) => {
    const headline = isHeadlineClaim(parts.article, claim);
    const aside = !headline && (RELATED_LINE.test(claim.text) || tellsOfOtherCase(claim.text));
    const lead = headline || (!aside && body++ < LEAD_BODY_CLAIMS);
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
    return { claim, headline, lead, aside, features, personSpans, quotations: quotationsIn(lookups, claim.start, claim.end), clauses: clausesOf(lookups, claim, features) };
  });
  // Which dated clauses are background: dated elsewhere in time than the lead's news.
  const leadDates: DateRef[] = [];
  for (const r of read) if (r.lead) for (const c of r.clauses) if (c.date) leadDates.push(c.date);
  const lead = leadDate(leadDates, reference);
  for (const r of read) for (const c of r.clauses) if (c.date) c.background = isBackgroundDate(c.date, lead.date, reference);
  // The words the article writes as names, to keep them capitalised when a shouted headline is lowered.
  const names = new Set<string>();
  for (const r of read) {
    if (!r.headline) for (const n of r.features.names) names.add(n);
    for (const p of r.personSpans) for (const w of p.words) names.add(w);
  }
  const genderOf = new Map(parts.people.persons.map((p) => [p.key, p.gender]));
  const labelling: LabelContext = { nameOf: (key) => nameByKey.get(key) ?? key, names, antecedentsAt: antecedentFinder(lookups.mentions, genderOf) };
  // Labelled: the clauses that can define an event (the lead's; the background ones, or every dated one when the article has no date to tell).
  for (const r of read) if (r.headline) for (const c of r.clauses) c.labels = labelClause(r, c, true, labelling);
  // A headline that reads as one ("Lohan checks into rehab") labels the article's news alone: the
  // body's lead is labelled only when the headline does not (labelling is a large part of claim reading).
  const headlineReads = read.some((r) => r.headline && r.clauses.some((c) => readsAsLabel(c.labels)));
  for (const r of read) {
    if (r.headline) continue;
    for (const c of r.clauses) {
      if ((r.lead && !headlineReads) || (c.date !== null && c.background !== false)) c.labels = labelClause(r, c, r.lead && !headlineReads, labelling);
    }
  }
  return read;
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
