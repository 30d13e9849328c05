import { analyzeArticle, documentIdFromPath, type ArticleAnalysis, type ArticleInput } from '../extract';
import { buildClaimUnits, claimsFor, type ClaimUnit } from './claimUnits';
import { buildEvents, type EventIndex } from './events';
import { matchClaims, type MatchIndex } from './matching';
import { localKey, mergeCorpusPeople } from './people';
import { matchQuotes, type QuoteEchoes } from './quotes';
import { REPORT_VERSION, type DocumentReport, type Report } from '../report';

/** What the cross-source engine built, kept for hover cards so they need not recompute. */
export interface CrossSourceIndex {
  claims: ClaimUnit[];
  matches: MatchIndex;
  events: EventIndex;
  quoteEchoes: QuoteEchoes;
}

export interface CorpusAnalysis {
  articles: ArticleAnalysis[];
  report: Report;
  crossSource?: CrossSourceIndex;
}

/**
 * Gives every article a unique id: its file name without extension, and where two files share
 * a name, the later ones get "-2", "-3"… in input order, so ids stay stable for a given input.
 */
export function assignDocumentIds(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((path) => {
    const base = documentIdFromPath(path);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
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
      speaker: q.speaker === null ? null : q.speaker.kind === 'person' ? personId(q.speaker.person) : q.speaker.name,
    })),
    claims: claimsFor(analysis),
  };
}

/** The report and the cross-source indexes of already analysed articles. */
export function buildCorpusAnalysis(articles: readonly ArticleAnalysis[]): { report: Report; crossSource: CrossSourceIndex } {
  const { people, idOf } = mergeCorpusPeople(articles);
  const claims = buildClaimUnits(articles, idOf);
  // Events first: matching relates and contradicts only claims of one event.
  const events = buildEvents(articles, claims, people);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const matches = matchClaims(claims, events.eventsOfClaim, personName);
  const report: Report = {
    version: REPORT_VERSION,
    documents: articles.map((a) => documentReport(a, idOf)),
    people,
    matches: matches.matches,
    events: events.events,
  };
  const quoteEchoes = matchQuotes(articles);
  return { report, crossSource: { claims, matches, events, quoteEchoes } };
}

/** Builds the report from already analysed articles (the extension reuses cached analyses). */
export function buildCorpusReport(articles: readonly ArticleAnalysis[]): Report {
  return buildCorpusAnalysis(articles).report;
}

/** What the extension reads: the report and the quote echoes of its hover cards (plain data, for the worker protocol). */
export function buildCorpusView(articles: readonly ArticleAnalysis[]): { report: Report; quoteEchoes: QuoteEchoes } {
  const { report, crossSource } = buildCorpusAnalysis(articles);
  return { report, quoteEchoes: crossSource.quoteEchoes };
}

/** Analyses the given articles as one corpus. */
export function analyzeCorpusDetailed(files: readonly ArticleInput[]): CorpusAnalysis {
  const ids = assignDocumentIds(files.map((f) => f.path));
  const articles = files.map((file, i) => analyzeArticle(file, ids[i]));
  const { report, crossSource } = buildCorpusAnalysis(articles);
  return { articles, report, crossSource };
}

/** The engine's entry point: the report of `report-format.md` for the given articles. */
export function analyzeCorpus(files: readonly ArticleInput[]): Report {
  return analyzeCorpusDetailed(files).report;
}
