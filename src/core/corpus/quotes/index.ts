/**
 * Quotes echoed across sources, for hover cards: for each quote, the quotes of other articles
 * that share most of its words (the words were read by the article stage, `quoteWords`), with
 * whether the wording is the same, which is what the card shows. Computed with the corpus, so a
 * hover only reads it. (A word-by-word comparison of the two quotes, once kept for every echo, is
 * no longer shown by any view; `compareWording` gives it for one pair when one needs it.)
 */
import type { ArticleAnalysis } from '../../extract';
import { STOP_WORDS } from '../../lang/stopWords';

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
}

/**
 * For each article, for each of its quotes, its closest echoes in other articles (most
 * overlapping first, then in corpus order; at most QUOTE_ECHO_LIMIT). Plain arrays: this crosses
 * threads with the report.
 */
export type QuoteEchoes = QuoteEcho[][][];

export function matchQuotes(articles: readonly ArticleAnalysis[]): QuoteEchoes {
  const owner: { document: number; quote: number }[] = [];
  // Words as numbers: a quote reads up to MAX_READ others, each compared word by word, so the
  // comparison reads arrays, not string sets.
  const idOf = new Map<string, number>();
  const wordOfId: string[] = [];
  const wordLists: Int32Array[] = [];
  articles.forEach((analysis, document) =>
    analysis.quoteWords.forEach((words, quote) => {
      owner.push({ document, quote });
      wordLists.push(
        Int32Array.from(words, (w) => {
          let id = idOf.get(w);
          if (id === undefined) {
            idOf.set(w, (id = wordOfId.length));
            wordOfId.push(w);
          }
          return id;
        }),
      );
    }),
  );
  const n = wordLists.length;
  // Document frequency and postings (ascending quote order) of each word; no cap: the overlap counts
  // every shared word, however common.
  const df = new Int32Array(wordOfId.length);
  for (const list of wordLists) for (const id of list) df[id]++;
  const postings: number[][] = Array.from(wordOfId, () => []);
  wordLists.forEach((list, i) => {
    for (const id of list) postings[id].push(i);
  });
  const found: { index: number; overlap: number }[][] = wordLists.map(() => []);
  const seen = new Int32Array(n);
  // The words of the quote being searched: marked with its number + 1.
  const inQuote = new Int32Array(wordOfId.length);
  // Each pair is found once, from its smaller quote (the earlier one when the sizes are equal): the
  // overlap is over the smaller quote's words, so a pair that shares enough of them shares one of the
  // smaller quote's rarest (its size − needed + 1) words, and only those words' postings are read.
  for (let i = 0; i < n; i++) {
    const own = wordLists[i];
    const size = own.length;
    const needed = sharedNeeded(size);
    // A one-word quote ("closer", a scare-quoted word) is the same quote as another source's quotation
    // of that word, alone or in a longer quote; a function word quoted alone is not matched.
    if (size === 0 || needed > size || (size === 1 && STOP_WORDS.has(wordOfId[own[0]]))) continue;
    // Rarest first, ties by the word (as its term key orders them).
    const rarest = Array.from(own)
      .sort((a, b) => df[a] - df[b] || (wordOfId[a] < wordOfId[b] ? -1 : wordOfId[a] > wordOfId[b] ? 1 : 0))
      .slice(0, size - needed + 1);
    for (const w of own) inQuote[w] = i + 1;
    // A quote whose rarest words are in very many others (a slogan, a wire story reprinted
    // everywhere) keeps the echoes among the first MAX_READ it reads: a card shows three, and the
    // corpus stays linear.
    let read = 0;
    for (const term of rarest) {
      for (const j of postings[term]) {
        if (++read > MAX_READ) break;
        if (seen[j] === i + 1) continue;
        seen[j] = i + 1;
        const others = wordLists[j];
        const other = others.length;
        if (other < size || (other === size && j <= i) || owner[j].document === owner[i].document) continue;
        let shared = 0;
        for (let k = 0; k < other; k++) if (inQuote[others[k]] === i + 1) shared++;
        if (shared < needed) continue;
        const overlap = shared / Math.min(size, other);
        offer(found[i], { index: j, overlap });
        // A longer quote is not told of one of its words quoted alone: its echoes are quotations of it.
        if (size > 1 || other === 1) offer(found[j], { index: i, overlap });
      }
      if (read > MAX_READ) break;
    }
  }
  const echoes: QuoteEchoes = articles.map((a) => a.quotes.map(() => []));
  for (let i = 0; i < n; i++) {
    if (found[i].length === 0) continue;
    const { document, quote } = owner[i];
    const text = articles[document].quotes[quote].text;
    echoes[document][quote] = found[i].map(({ index, overlap }) => {
      const otherText = articles[owner[index].document].quotes[owner[index].quote].text;
      return { ...owner[index], overlap, sameWording: otherText === text };
    });
  }
  return echoes;
}

/**
 * Keeps `best` the QUOTE_ECHO_LIMIT closest echoes, most overlapping first, then in corpus order: a
 * quote carried by thousands of sources keeps three, not thousands to sort.
 */
function offer(best: { index: number; overlap: number }[], candidate: { index: number; overlap: number }): void {
  let at = best.length;
  while (at > 0 && (best[at - 1].overlap < candidate.overlap || (best[at - 1].overlap === candidate.overlap && best[at - 1].index > candidate.index))) at--;
  if (at >= QUOTE_ECHO_LIMIT) return;
  best.splice(at, 0, candidate);
  if (best.length > QUOTE_ECHO_LIMIT) best.pop();
}

/**
 * Postings read per quote at most (see `matchQuotes`). Each read compares the other quote's words,
 * so this bounds a quote's cost; a quote whose rarest words are in a thousand others is a stock
 * phrase, and the three echoes a card shows are among the first thousand it reads.
 */
const MAX_READ = 1000;

/**
 * The fewest shared words that make a quote of `size` distinct words one with another at least as
 * long: its one word, else two, and MIN_OVERLAP of it.
 */
function sharedNeeded(size: number): number {
  if (size === 1) return 1;
  let needed = 2;
  while (needed / size < MIN_OVERLAP) needed++;
  return needed;
}
