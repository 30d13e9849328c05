/**
 * The engine in the calling thread: for hosts without worker threads, for a thread that kept
 * dying, and for tests. The extension host loads it only then (it is part of dist/engine.js, see
 * loadEngine.ts); activation never does.
 */
import { analyzeArticle, IncrementalCorpus, type ArticlePipeline, type CorpusFile } from '../core';
import { AnalysisCache } from './analysisCache';
import { nextTurn } from './eventLoop';
import type { AnalyzerLog, AnalyzerOutcome, Cancellation, CorpusAnalyzer, HeldResult } from './corpusAnalyzer';

/** In the calling thread, yielding to the event loop between articles. */
export class InProcessAnalyzer implements CorpusAnalyzer {
  private readonly corpus: IncrementalCorpus;
  private nextId = 1;

  /** `analyze` is the per-article pipeline (tests give one that fails or cancels on purpose). */
  constructor(analyze: ArticlePipeline = analyzeArticle) {
    this.corpus = new IncrementalCorpus(analyze);
  }

  async analyze(files: CorpusFile[], cancellation: Cancellation, held: HeldResult | null = null): Promise<AnalyzerOutcome> {
    const id = this.nextId++;
    const started = Date.now();
    const heldSignature = held?.signature ?? null;
    const isCancelled = (): boolean => cancellation.isCancellationRequested;
    // Article by article with a yield in between, so the editor stays responsive; then the join.
    for (const file of files) {
      if (isCancelled()) return { id, kind: 'cancelled', stoppedEarly: true };
      if (this.corpus.ensure(file)) await nextTurn();
    }
    const result = this.corpus.update(files, isCancelled);
    if (!result) return { id, kind: 'cancelled', stoppedEarly: true };
    if (result.signature === heldSignature) return { id, kind: 'unchanged' };
    const { report, quoteEchoes } = this.corpus.view(result);
    return { id, kind: 'done', articles: result.articles, articleKeys: result.articleKeys, report, quoteEchoes, signature: result.signature, durationMs: Date.now() - started };
  }

  dispose(): void {
    // Nothing to release.
  }
}

/** Analysis on the calling thread, its per-article analyses kept in `cacheDirectory` when there is one. */
export function inProcessAnalyzer(cacheDirectory: string | undefined, log: AnalyzerLog | undefined): InProcessAnalyzer {
  return new InProcessAnalyzer(cacheDirectory ? new AnalysisCache(cacheDirectory, { onError: (message) => log?.error(message) }).pipeline() : analyzeArticle);
}
