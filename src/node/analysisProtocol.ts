import type { ArticleAnalysis, CorpusFile, QuoteEchoes, Report } from '../core';

/**
 * Messages between the extension and its analysis thread. Both sides avoid copying what the
 * other already has: a file's text is sent only when it changed since it was last sent (the
 * thread keeps the last text of every file), and an analysis comes back only when the extension
 * does not hold that version of it already (`null` in its place).
 */
/**
 * What the extension host keeps of an article's analysis: what its surfaces read (the text, the
 * spans they mark, the sentences and people of its hints and cards). The rest (the claims read for
 * comparison, facts, name readings, quote words) only the corpus stages use, in the analysis
 * thread: not sent, they are about a third less for the host to read and hold (issue 13: at 1,000
 * articles, reading the answer's objects and collecting them held the host most).
 */
export type HostArticleAnalysis = Omit<ArticleAnalysis, (typeof THREAD_ONLY_FIELDS)[number]>;

/** The fields of an analysis the extension host never reads (see `HostArticleAnalysis`). */
export const THREAD_ONLY_FIELDS = ['analyzedClaims', 'facts', 'personNames', 'quoteWords', 'referenceParts', 'toldYear'] as const;

/** The part of `analysis` the extension host keeps. */
export function hostArticle(analysis: ArticleAnalysis): HostArticleAnalysis {
  const kept: Partial<ArticleAnalysis> = { ...analysis };
  for (const field of THREAD_ONLY_FIELDS) delete kept[field];
  return kept as HostArticleAnalysis;
}

export interface WireFile extends Omit<CorpusFile, 'text'> {
  /** Absent when unchanged since the last request that carried it. */
  text?: string;
}

export interface AnalysisRequest {
  id: number;
  files: WireFile[];
  /** The signature of the result the extension holds (see `IncrementalResult.signature`). */
  heldSignature: string | null;
}

export type AnalysisResponse =
  /**
   * `articles[i]` is the analysis of the file `articleKeys[i]`; files that could not be analysed
   * have none and are listed in `report.failures`.
   */
  | { id: number; kind: 'done'; articles: (HostArticleAnalysis | null)[]; articleKeys: string[]; report: Report; quoteEchoes: QuoteEchoes; signature: string; durationMs: number }
  | { id: number; kind: 'unchanged' }
  /** `stoppedEarly`: the work itself was abandoned, not just its result dropped. */
  | { id: number; kind: 'cancelled'; stoppedEarly: boolean }
  | { id: number; kind: 'error'; message: string };

/** What the thread posts: a 'done' answer is sent as its parts (resultParts.ts), every other one as it is. */
export type WireResponse = Exclude<AnalysisResponse, { kind: 'done' }> | { id: number; kind: 'parts'; parts: ArrayBuffer[] };
