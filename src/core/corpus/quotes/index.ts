/**
 * Quotes echoed across sources, for hover cards: for each quote, the quotes of other articles
 * that share most of its words (the words were read by the article stage, `quoteWords`), with
 * whether the wording is the same and the word-by-word comparison the card shows. Computed with
 * the corpus, so a hover only reads it.
 */
import type { ArticleAnalysis } from '../../extract';
import { contentWords, markWording, type WordingToken } from '../../report/wording';
import { buildPostings, CandidateFinder, documentFrequencies, termKey } from '../termIndex';

/** Share of the smaller quote's words two quotes must have in common to be one quote. */
const MIN_OVERLAP = 0.6;
/** What a hover card shows. */
export const QUOTE_ECHO_LIMIT = 3;

export interface QuoteEcho {
  /** Index of the other article in the corpus (and of its document in the report). */
  document: number;
  /** Index of the quote among that article's quotes. */
  quote: number;
  /** Shared words over the smaller quote's distinct words. */
  overlap: number;
  sameWording: boolean;
  /** The other quote's words marked against this quote's (`markWording`). */
  wording: WordingToken[];
}

/**
 * For each article, for each of its quotes, its closest echoes in other articles (most
 * overlapping first, then in corpus order; at most QUOTE_ECHO_LIMIT). Plain arrays: this crosses
 * threads with the report.
 */
export type QuoteEchoes = QuoteEcho[][][];

export function matchQuotes(articles: readonly ArticleAnalysis[]): QuoteEchoes {
  const owner: { document: number; quote: number }[] = [];
  const wordLists: string[][] = [];
  articles.forEach((analysis, document) =>
    analysis.quoteWords.forEach((words, quote) => {
      owner.push({ document, quote });
      wordLists.push(words.map((w) => termKey('word', w)));
    }),
  );
  const n = wordLists.length;
  // No cap: the overlap counts every shared word, however common.
  const index = buildPostings(wordLists, documentFrequencies(wordLists), Infinity);
  const finder = new CandidateFinder(index, n);
  const echoes: QuoteEchoes = articles.map((a) => a.quotes.map(() => []));
  for (let i = 0; i < n; i++) {
    const size = wordLists[i].length;
    if (size < 2) continue;
    const { document, quote } = owner[i];
    const found: { index: number; overlap: number }[] = [];
    for (const j of finder.find(wordLists[i], -1, (j) => owner[j].document !== document)) {
      const shared = finder.sharedCount(j);
      const overlap = shared / Math.min(size, wordLists[j].length);
      if (overlap >= MIN_OVERLAP && shared >= 2) found.push({ index: j, overlap });
    }
    if (found.length === 0) continue;
    found.sort((a, b) => b.overlap - a.overlap || a.index - b.index);
    const text = articles[document].quotes[quote].text;
    const words = contentWords(articles[document].quoteRuns[quote]);
    echoes[document][quote] = found.slice(0, QUOTE_ECHO_LIMIT).map(({ index, overlap }) => {
      const other = articles[owner[index].document];
      const otherText = other.quotes[owner[index].quote].text;
      return { ...owner[index], overlap, sameWording: otherText === text, wording: markWording(otherText, other.quoteRuns[owner[index].quote], words) };
    });
  }
  return echoes;
}
