/**
 * Read-only indexes over a report, built once per analysis so that hovers, decorations and tree
 * views answer by lookup (never by running NLP) and by offset in O(log n).
 */
import type { ClaimMatch, ClaimMention, CorpusEvent, DateMention, DocumentReport, Person, PersonMention, QuoteMention, Report } from '.';
import { partitionPoint } from '../util/search';

export interface ClaimSupport {
  agrees: number;
  contradicts: number;
  updates: number;
  related: number;
  /**
   * Independent other sources that report the same fact (agree, contradict or update): copies of
   * one story count once, and a copy of the claim's own article not at all.
   */
  sources: number;
  /** Other documents that report it but reprint a story already counted (or the claim's own). */
  reprints: number;
}

export interface ReportLookup {
  report: Report;
  documentById: Map<string, DocumentReport>;
  personById: Map<string, Person>;
  claimById: Map<string, ClaimMention>;
  /** Matches of each claim, best first; `other` is the claim on the far side. */
  matchesByClaim: Map<string, { match: ClaimMatch; other: string }[]>;
  eventsByClaim: Map<string, CorpusEvent[]>;
  /** Mentions of each person across documents, in document order. */
  mentionsByPerson: Map<string, { document: string; mention: PersonMention }[]>;
  quotesBySpeaker: Map<string, { document: string; quote: QuoteMention }[]>;
  /** Each document's spans sorted by start, for lookups by offset. */
  spansByDocument: Map<string, DocumentSpans>;
  /** Each syndicated document's group (see `Report.syndication`): copies of one story. */
  groupOfDocument: Map<string, number>;
  /** Each claim of a set of copies (`Report.claimCopies`): the whole set, the first included. */
  copiesOfClaim: Map<string, readonly string[]>;
  /**
   * The claims some other source contradicts: what `contradictedSentences` counts, kept here
   * because the status bar, the badge and the Events view all ask for it after every analysis.
   */
  contradictedClaims: Set<string>;
}

export interface DocumentSpans {
  people: PersonMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  claims: ClaimMention[];
}

const byStart = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || a.end - b.end;

export function documentOfClaim(claimId: string): string {
  return claimId.slice(0, claimId.lastIndexOf('#'));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildReportLookup(report: Report): ReportLookup {
  const steps = lookupSteps(report);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Documents, matches, match lists or events handled between two yields of `lookupSteps`: a
 * fraction of a millisecond of work, so a caller can stop within a few milliseconds.
 */
const LOOKUP_STEP = 250;

/** Builds the lookup, yielding after every `LOOKUP_STEP` items of work. */
export function* lookupSteps(report: Report): Generator<void, ReportLookup> {
  let done = 0;
  const lookup: ReportLookup = {
    report,
    documentById: new Map(report.documents.map((d) => [d.id, d])),
    personById: new Map(report.people.map((p) => [p.id, p])),
    claimById: new Map(),
    matchesByClaim: new Map(),
    eventsByClaim: new Map(),
    mentionsByPerson: new Map(),
    quotesBySpeaker: new Map(),
    spansByDocument: new Map(),
    groupOfDocument: new Map(),
    copiesOfClaim: new Map(),
    contradictedClaims: new Set(),
  };
  for (const set of report.claimCopies ?? []) {
    const members = [set.claim, ...set.copies];
    for (const claim of members) lookup.copiesOfClaim.set(claim, members);
    if ((done += members.length) >= LOOKUP_STEP) {
      done = 0;
      yield;
    }
  }
  (report.syndication ?? []).forEach((group, index) => {
    for (const document of group.documents) lookup.groupOfDocument.set(document, index);
  });
  for (const doc of report.documents) {
    lookup.spansByDocument.set(doc.id, {
      people: [...doc.people].sort(byStart),
      dates: [...doc.dates].sort(byStart),
      quotes: [...doc.quotes].sort(byStart),
      claims: [...doc.claims].sort(byStart),
    });
    for (const claim of doc.claims) lookup.claimById.set(claim.id, claim);
    for (const mention of doc.people) push(lookup.mentionsByPerson, mention.person, { document: doc.id, mention });
    for (const quote of doc.quotes) if (quote.speaker) push(lookup.quotesBySpeaker, quote.speaker, { document: doc.id, quote });
    // A document holds dozens of claims and spans: it counts for twenty items of work.
    if ((done += 20) >= LOOKUP_STEP) {
      done = 0;
      yield;
    }
  }
  for (const match of report.matches) {
    push(lookup.matchesByClaim, match.a, { match, other: match.b });
    push(lookup.matchesByClaim, match.b, { match, other: match.a });
    if (match.relation === 'contradicts') lookup.contradictedClaims.add(match.a).add(match.b);
    if (++done >= LOOKUP_STEP) {
      done = 0;
      yield;
    }
  }
  const rank = { contradicts: 0, updates: 1, agrees: 2, related: 3 } as const;
  for (const list of lookup.matchesByClaim.values()) {
    list.sort((x, y) => rank[x.match.relation] - rank[y.match.relation] || y.match.score - x.match.score);
    if ((done += list.length) >= LOOKUP_STEP) {
      done = 0;
      yield;
    }
  }
  for (const event of report.events) {
    for (const mention of event.mentions) {
      const list = lookup.eventsByClaim.get(mention.claim);
      if (!list?.includes(event)) push(lookup.eventsByClaim, mention.claim, event);
    }
    if ((done += event.mentions.length) >= LOOKUP_STEP) {
      done = 0;
      yield;
    }
  }
  return lookup;
}

/** The independent source a document belongs to: its syndication group, or itself when it is in none (a reprint is not a second source). */
export function independentSourceOf(lookup: ReportLookup, documentId: string): string {
  const group = lookup.groupOfDocument.get(documentId);
  return group === undefined ? `d:${documentId}` : `g:${group}`;
}

const corpusSourceCounts = new WeakMap<ReportLookup, number>();

/** How many independent sources `documents` come from (copies of one story count once); the whole corpus's by default, counted once per lookup. */
export function independentSourceCount(lookup: ReportLookup, documents?: Iterable<string>): number {
  if (documents) return new Set([...documents].map((d) => independentSourceOf(lookup, d))).size;
  let count = corpusSourceCounts.get(lookup);
  if (count === undefined) {
    count = independentSourceCount(lookup, lookup.report.documents.map((d) => d.id));
    corpusSourceCounts.set(lookup, count);
  }
  return count;
}

export function claimSupport(lookup: ReportLookup, claimId: string): ClaimSupport {
  const support: ClaimSupport = { agrees: 0, contradicts: 0, updates: 0, related: 0, sources: 0, reprints: 0 };
  const sourceOf = (document: string): string => independentSourceOf(lookup, document);
  const own = sourceOf(documentOfClaim(claimId));
  const sources = new Set<string>();
  const reporting = new Set<string>();
  for (const { match, other } of lookup.matchesByClaim.get(claimId) ?? []) {
    support[match.relation]++;
    if (match.relation === 'related') continue;
    const document = documentOfClaim(other);
    reporting.add(document);
    if (sourceOf(document) !== own) sources.add(sourceOf(document));
  }
  // The other copies of the sentence in reprints of its article agree with it; `matches` lists only the first's agreement with each.
  for (const copy of lookup.copiesOfClaim.get(claimId) ?? []) {
    const document = documentOfClaim(copy);
    if (copy === claimId || reporting.has(document)) continue;
    support.agrees++;
    reporting.add(document);
  }
  support.sources = sources.size;
  support.reprints = reporting.size - sources.size;
  return support;
}

/** The item whose span contains `offset` (end inclusive, so a cursor after a word still finds it), in a list sorted by start. */
export function spanAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  const candidate = partitionPoint(items, (item) => item.start <= offset) - 1;
  // Spans may nest (a quote inside a claim list is separate, but dates can overlap people): scan back a little.
  for (let i = candidate; i >= 0 && i >= candidate - 8; i--) {
    if (items[i].start <= offset && offset <= items[i].end) return items[i];
  }
  return undefined;
}

export type SpanKind = 'person' | 'date' | 'quote' | 'claim';

export interface SpansAt {
  person?: PersonMention;
  date?: DateMention;
  quote?: QuoteMention;
  claim?: ClaimMention;
}

/** Everything of one document at an offset, for hovers and commands to choose from. */
export function spansAt(lookup: ReportLookup, documentId: string, offset: number): SpansAt {
  const spans = lookup.spansByDocument.get(documentId);
  if (!spans) return {};
  return {
    person: spanAt(spans.people, offset),
    date: spanAt(spans.dates, offset),
    quote: spanAt(spans.quotes, offset),
    claim: spanAt(spans.claims, offset),
  };
}
