import { attributeClaims } from './attribution';
import { extractClaims } from './claims';
import { extractDates, inferReferenceDate, type DateFinding } from './dates';
import { extractPeople, type PeopleFindings } from './people';
import { extractQuotes, type QuoteFinding } from './quotes';
import type { ClaimMention, ReferenceDate } from '../report';
import { splitSentences, type Sentence } from './sentences';
import { parseArticleText, type ArticleText } from './text';
import { tokenizeArticle, wordLines } from '../lang/tokenizer';

/** One article file as given to the engine: its path (as found) and its decoded text. */
export interface ArticleInput {
  path: string;
  text: string;
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
}

/** The document id: the file name without its extension. */
export function documentIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
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

/** Runs the per-article pipeline on one article. `id` must be unique in the corpus. */
export function analyzeArticle(input: ArticleInput, id: string = documentIdFromPath(input.path)): ArticleAnalysis {
  const article = parseArticleText(input.text);
  const sentences = splitSentences(article);
  const tokens = tokenizeArticle(article.text, wordLines(article), sentences);
  const referenceDate = inferReferenceDate(article, sentences, tokens);
  const people = extractPeople(article, sentences, tokens);
  const dates = extractDates(article, sentences, referenceDate, tokens);
  const quotes = extractQuotes(article, sentences, people);
  const claims = attributeClaims(article, sentences, people, quotes, extractClaims(article, sentences, id), tokens);
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
  };
}
