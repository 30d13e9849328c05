import { attributeClaims } from './attribution';
import { extractClaims } from './claims';
import { extractFacts, type Fact } from './facts';
import type { DateParts } from './claims/features';
import { analyzeClaims, claimsOrSentences, referenceParts, type ArticleClaim } from './claims/units';
import { extractDates, inferReferenceDate, type DateFinding } from './dates';
import { latestToldYear } from './dates/toldYear';
import { extractPeople, type PeopleFindings } from './people';
import { readPersonNames, type PersonNameReading } from './people/names';
import { extractQuotes, type QuoteFinding } from './quotes';
import type { ClaimMention, ReferenceDate } from '../report';
import { splitSentences, type Sentence } from './sentences';
import { parseArticleText, type ArticleText } from './text';
import { tokenizeArticle, tokensIn, wordLines, type ArticleTokens } from '../lang/tokenizer';
import { documentIdFromPath } from '../util/paths';

/** One article file as given to the engine: its path (as found) and its decoded text. */
export interface ArticleInput {
  path: string;
  text: string;
  /** The length of the whole text when `text` is only its first part (see `limitArticleText`). */
  truncatedFrom?: number;
}

/** Everything the engine knows about one article, before corpus-level merging. */
export interface ArticleAnalysis {
  id: string;
  path: string;
  article: ArticleText;
  title: string | null;
  source: string | null;
  referenceDate: ReferenceDate;
  sentences: Sentence[];
  people: PeopleFindings;
  dates: DateFinding[];
  quotes: QuoteFinding[];
  claims: ClaimMention[];
  /**
   * The claims the corpus stage compares (`claims`, or the story sentences while there are none),
   * read for comparison: features, clauses, named people, event dates (see `analyzeClaims`).
   */
  analyzedClaims: ArticleClaim[];
  /** One per `people.persons`: the name words, slug and roles the corpus stage merges people by. */
  personNames: PersonNameReading[];
  /** The distinct lower-cased words of each quote, for finding the same quote in other sources. */
  quoteWords: string[][];
  /** `referenceDate` as comparable parts, with its weekday. */
  referenceParts: DateParts | null;
  /** With no date of its own, the latest year the article tells as past ("In 2005, he revealed…"): it was written then or later (`latestToldYear`); else null. */
  toldYear: number | null;
  /** What the analysed claims state, slot by slot (participants are the article's person keys). */
  facts: Fact[];
  /** The length of the whole text when only `article.text`, its first part, was analysed. */
  truncatedFrom?: number;
}

/** The distinct words of a quote (the tokenizer's keys), in order of first use. */
function quoteWords(tokens: ArticleTokens, quote: { start: number; end: number }): string[] {
  return [...new Set(tokensIn(tokens, quote.start, quote.end).map((t) => t.key))];
}

/** The outlet: front matter `source`, else the publisher's host name from front matter `url`. */
function outletOf(article: ArticleText): string | null {
  const declared = article.frontMatter?.fields.source;
  if (declared) return declared;
  const url = article.frontMatter?.fields.url;
  if (!url) return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1];
  if (!host) return null;
  // "articles.latimes.com" → "latimes.com": the registrable part names the outlet.
  const parts = host.toLowerCase().replace(/^www\d*\./, '').split('.');
  const keep = parts.length > 2 && parts[parts.length - 2].length <= 3 && parts[parts.length - 1].length === 2 ? 3 : 2;
  return parts.slice(-keep).join('.');
}

/** Thrown by `analyzeArticle` when its caller asks it to stop: the work was abandoned, nothing failed. */
export class AnalysisStopped extends Error {
  constructor() {
    super('the analysis was stopped');
    this.name = 'AnalysisStopped';
  }
}

/**
 * Runs the per-article pipeline on one article. `id` must be unique in the corpus. `shouldStop` is
 * asked between the stages (a long article takes seconds): when it says yes, `AnalysisStopped` is thrown.
 */
export function analyzeArticle(input: ArticleInput, id: string = documentIdFromPath(input.path), shouldStop: () => boolean = () => false): ArticleAnalysis {
  const stage = <T>(work: () => T): T => {
    if (shouldStop()) throw new AnalysisStopped();
    return work();
  };
  const article = parseArticleText(input.text);
  const sentences = splitSentences(article);
  const tokens = tokenizeArticle(article.text, wordLines(article), sentences);
  const referenceDate = stage(() => inferReferenceDate(article, sentences, tokens));
  const people = stage(() => extractPeople(article, sentences, tokens));
  const dates = stage(() => extractDates(article, sentences, referenceDate, tokens));
  const quotes = stage(() => extractQuotes(article, sentences, people));
  const claims = stage(() => attributeClaims(article, sentences, people, quotes, extractClaims(article, sentences, id), tokens));
  const claimList = claimsOrSentences(id, article, sentences, claims);
  const reference = referenceParts(referenceDate.value);
  const analyzedClaims = stage(() => analyzeClaims({ article, people, dates, quotes, tokens }, claimList, reference));
  const facts = stage(() => extractFacts({ text: article.text, claims: claimList, mentions: people.mentions, dates, quotes, tokens }));
  if (shouldStop()) throw new AnalysisStopped();
  return {
    id,
    path: input.path,
    article,
    title: article.title?.text ?? null,
    source: outletOf(article),
    referenceDate,
    sentences,
    people,
    dates,
    quotes,
    claims,
    analyzedClaims,
    personNames: readPersonNames(people.persons),
    quoteWords: quotes.map((q) => quoteWords(tokens, q)),
    referenceParts: reference,
    // Read only for an article with no date of its own: a dated one says when it was written.
    toldYear: reference === null ? latestToldYear(article.text, sentences, tokens, dates) : null,
    facts,
    ...(input.truncatedFrom !== undefined ? { truncatedFrom: input.truncatedFrom } : {}),
  };
}
