import { AnalysisStopped, analyzeArticle, type ArticleAnalysis, type ArticleInput } from '../extract';
import { assignDocumentIds } from '../util/paths';
import { buildClaimUnits, claimsFor, type ClaimUnit } from './claimUnits';
import { buildEvents, type EventIndex } from './events';
import { matchClaims, type MatchIndex } from './matching';
import type { MatchingReuse } from './matching/memory';
import type { ClaimCopies } from './matching/copies';
import { MatchingMemory } from './matching/memory';
import { speakerNameConflicts } from './matching/quoteSpeakers';
import { localKey, mergeCorpusPeople } from './people';
import { matchQuotes, type QuoteEchoes } from './quotes';
import { REPORT_VERSION, type ArticleFailure, type ClaimCopySet, type DocumentReport, type FactMention, type Report } from '../report';
import type { Fact } from '../extract/facts';
import { findSyndication } from './syndication';

/** What the cross-source engine built, kept for hover cards so they need not recompute. */
export interface CrossSourceIndex {
  claims: ClaimUnit[];
  matches: MatchIndex;
  events: EventIndex;
  quoteEchoes: QuoteEchoes;
}

export interface CorpusAnalysis {
  /** The articles that were analysed (failed ones are in `report.failures` instead). */
  articles: ArticleAnalysis[];
  report: Report;
  crossSource?: CrossSourceIndex;
}

/** The per-article pipeline: `analyzeArticle`, or another one with its signature (tests pass one that fails). */
export type ArticlePipeline = (input: ArticleInput, id: string, shouldStop?: () => boolean) => ArticleAnalysis;

/**
 * Runs the per-article pipeline on one article, turning an exception into a failure, so that one
 * article the engine cannot handle does not take the rest of the corpus down with it.
 */
export function analyzeArticleIsolated(
  input: ArticleInput,
  id: string,
  analyze: ArticlePipeline = analyzeArticle,
  shouldStop?: () => boolean,
): { analysis: ArticleAnalysis; failure?: undefined } | { analysis?: undefined; failure: ArticleFailure } {
  try {
    return { analysis: shouldStop ? analyze(input, id, shouldStop) : analyze(input, id) };
  } catch (error) {
    // Being asked to stop is no failure of the article: the caller abandons the whole update.
    if (error instanceof AnalysisStopped) throw error;
    return { failure: { id, path: input.path, message: error instanceof Error ? error.message : String(error) } };
  }
}

function documentReport(analysis: ArticleAnalysis, personIdOf: ReadonlyMap<string, string>): DocumentReport {
  const { text } = analysis.article;
  const personId = (key: string): string => personIdOf.get(localKey(analysis.id, key)) ?? key;
  return {
    id: analysis.id,
    path: analysis.path,
    title: analysis.title,
    source: analysis.source,
    referenceDate: analysis.referenceDate,
    people: analysis.people.mentions.map((m) => ({ person: personId(m.person), start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
    dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, kind: d.kind })),
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker === null ? null : q.speaker.kind === 'person' ? personId(q.speaker.person) : q.speaker.kind === 'organisation' ? q.speaker.name : q.speaker.text,
      ...(q.speaker && q.attribution ? { speakerSpan: { start: q.attribution.start, end: q.attribution.end } } : {}),
    })),
    // A claim's person speaker is an article-local key until here; other speakers map to themselves.
    claims: claimsFor(analysis).map((c) => (c.attribution ? { ...c, attribution: { ...c.attribution, speaker: personId(c.attribution.speaker) } } : c)),
    ...(analysis.facts.length ? { facts: analysis.facts.map((f) => factMention(f, personId)) } : {}),
    ...(analysis.truncatedFrom !== undefined ? { truncated: { analysedCharacters: text.length, totalCharacters: analysis.truncatedFrom } } : {}),
  };
}

function factMention(f: Fact, personId: (key: string) => string): FactMention {
  const mention: FactMention = { claim: f.claim, slot: f.slot, value: f.value, start: f.span.start, end: f.span.end, text: f.span.text };
  const participant = f.participant?.person != null ? personId(f.participant.person) : f.participant?.description;
  if (participant) mention.participant = participant;
  if (f.counted) mention.counted = f.counted;
  if (f.placeRole) mention.placeRole = f.placeRole;
  if (f.negated) mention.negated = true;
  if (f.hedged) mention.hedged = true;
  return mention;
}

/**
 * The report and the cross-source indexes of already analysed articles. `failures` (articles that
 * could not be analysed) are listed in the report, which has no `failures` field when there are none.
 */
export function buildCorpusAnalysis(
  articles: readonly ArticleAnalysis[],
  failures: readonly ArticleFailure[] = [],
): { report: Report; crossSource: CrossSourceIndex } {
  return joinCorpus(articles, failures);
}

/**
 * Joins a corpus again and again as its articles change (the extension after each edit), with the
 * same result as `buildCorpusAnalysis` of the same articles: claim matching reuses the searches of
 * the last join that the changed articles cannot affect (corpus/matching/memory). The other stages
 * run in full.
 */
export class CorpusJoiner {
  private previousArticles: readonly ArticleAnalysis[] = [];
  private readonly matching = new MatchingMemory();

  /** How many claims the last join searched for, and how many of their searches it reused. */
  get searches(): { representatives: number; reused: number } {
    return this.matching.searches;
  }

  join(articles: readonly ArticleAnalysis[], failures: readonly ArticleFailure[] = []): { report: Report; crossSource: CrossSourceIndex } {
    const sameDocument = articles.map((a, d) => this.previousArticles[d] === a);
    try {
      const joined = joinCorpus(articles, failures, { memory: this.matching, sameDocument });
      this.previousArticles = [...articles];
      return joined;
    } catch (error) {
      // A join that throws leaves nothing half-updated to compare the next one with.
      this.previousArticles = [];
      this.matching.previous = undefined;
      throw error;
    }
  }
}

function joinCorpus(
  articles: readonly ArticleAnalysis[],
  failures: readonly ArticleFailure[],
  reuse?: MatchingReuse,
): { report: Report; crossSource: CrossSourceIndex } {
  const { people, idOf } = mergeCorpusPeople(articles);
  const claims = buildClaimUnits(articles, idOf);
  // Syndication first: copies of an article event are paired once, and the copies of a sentence in reprints
  // of one article are matched once (matching/copies).
  const syndication = findSyndication(claims, articles.map((a) => a.id));
  const groupOfDocument = articles.map((a) => syndication.groupOf.get(a.id) ?? -1);
  // Events next: matching relates and contradicts only claims of one event.
  const events = buildEvents(articles, claims, people, groupOfDocument);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  // Quotes echoed across sources: for hover cards, and one quotation given to two names is a name conflict.
  const quoteEchoes = matchQuotes(articles);
  const speakerConflicts = speakerNameConflicts(articles, claims, idOf, quoteEchoes, events.eventsOfClaim);
  // Each claim keeps its best agreements and related claims up to a bound, every contradiction and update; the rest counted.
  const matches = matchClaims(claims, events.eventsOfClaim, personName, articles.map((a) => a.referenceDate.value), speakerConflicts, groupOfDocument, reuse);
  const { omitted } = matches;
  const report: Report = {
    version: REPORT_VERSION,
    documents: articles.map((a) => documentReport(a, idOf)),
    people,
    matches: matches.matches,
    events: events.events,
  };
  if (failures.length) report.failures = failures.map(({ id, path, message }) => ({ id, path, message }));
  if (syndication.groups.length) report.syndication = syndication.groups;
  if (omitted.length) report.omittedMatches = omitted;
  if (matches.copies) report.claimCopies = claimCopiesOf(claims, matches.copies);
  return { report, crossSource: { claims, matches, events, quoteEchoes } };
}

/** The report's sets of copies (`Report.claimCopies`), in corpus order of their representatives. */
function claimCopiesOf(claims: readonly ClaimUnit[], copies: ClaimCopies): ClaimCopySet[] {
  return [...copies.copiesOf]
    .sort(([x], [y]) => x - y)
    .map(([representative, list]) => ({ claim: claims[representative].claim.id, copies: list.map((i) => claims[i].claim.id) }));
}

/** Builds the report from already analysed articles (the extension reuses cached analyses). */
export function buildCorpusReport(articles: readonly ArticleAnalysis[], failures: readonly ArticleFailure[] = []): Report {
  return buildCorpusAnalysis(articles, failures).report;
}

/** What the extension reads: the report and the quote echoes of its hover cards (plain data, for the worker protocol). */
export function buildCorpusView(articles: readonly ArticleAnalysis[], failures: readonly ArticleFailure[] = []): { report: Report; quoteEchoes: QuoteEchoes } {
  const { report, crossSource } = buildCorpusAnalysis(articles, failures);
  return { report, quoteEchoes: crossSource.quoteEchoes };
}

/**
 * Analyses the given articles as one corpus. An article whose analysis throws is reported in
 * `report.failures` and left out; the others are analysed and joined as usual.
 */
export function analyzeCorpusDetailed(files: readonly ArticleInput[], analyze: ArticlePipeline = analyzeArticle): CorpusAnalysis {
  const ids = assignDocumentIds(files.map((f) => f.path));
  const articles: ArticleAnalysis[] = [];
  const failures: ArticleFailure[] = [];
  files.forEach((file, i) => {
    const outcome = analyzeArticleIsolated(file, ids[i], analyze);
    if (outcome.analysis) articles.push(outcome.analysis);
    else failures.push(outcome.failure);
  });
  const { report, crossSource } = buildCorpusAnalysis(articles, failures);
  return { articles, report, crossSource };
}

/** The engine's entry point: the report of `report-format.md` for the given articles. */
export function analyzeCorpus(files: readonly ArticleInput[], analyze: ArticlePipeline = analyzeArticle): Report {
  return analyzeCorpusDetailed(files, analyze).report;
}
