/**
 * Incremental analysis of a changing corpus: each article's analysis is kept with the text and id
 * it was made from, so that after an edit only the edited article is analysed again. Used in the
 * extension (in a worker thread, or in process where workers are not available).
 */
import { AnalysisStopped, analyzeArticle, type ArticleAnalysis } from './extract';
import { analyzeArticleIsolated, CorpusJoiner, type ArticlePipeline } from './corpus';
import type { QuoteEchoes } from './corpus/quotes';
import type { ArticleFailure, Report } from './report';

export interface CorpusFile {
  /** Stable identity of the file across analyses (its URI). */
  key: string;
  path: string;
  /** The document id (unique in the corpus, see `assignDocumentIds`). */
  id: string;
  text: string;
  /** The length of the whole file when `text` is only its first part (see `limitArticleText`). */
  truncatedFrom?: number;
}

export interface IncrementalResult {
  /** The files the result is of, in order (what a `CorpusResultStore` keys a joined result by). */
  files: readonly CorpusFile[];
  /** The analyses of the files that could be analysed, in the order of the files. */
  articles: ArticleAnalysis[];
  /** The file key of each of `articles` (a failed file has no analysis, so these are not all the files). */
  articleKeys: string[];
  /** The files whose analysis threw, in the order of the files. */
  failures: ArticleFailure[];
  /**
   * Identifies this exact set of analyses: equal signatures mean equal results, so a caller that
   * already holds the result for a signature need not receive (or re-join) it again.
   */
  signature: string;
}

/** What the corpus stages make of a set of analyses: the report and the quotations echoed across sources. */
export interface CorpusView {
  report: Report;
  quoteEchoes: QuoteEchoes;
}

/**
 * Keeps joined results between sessions (node/analysisCache.ts), keyed by exactly what they were
 * made from: the files' ids, paths and texts, in order, under one engine version. Reopening a
 * workspace whose articles have not changed then reads the result instead of running the corpus stages.
 */
export interface CorpusResultStore {
  read(files: readonly CorpusFile[]): CorpusView | undefined;
  /**
   * Keeps `view` for `files`; the work may be spread over turns of the event loop, and is given up
   * (false) once `cancelled` says so, so that keeping a large result never holds up newer work.
   */
  write(files: readonly CorpusFile[], view: CorpusView, cancelled?: () => boolean): Promise<boolean>;
}

type CachedOutcome = { analysis: ArticleAnalysis; failure?: undefined } | { analysis?: undefined; failure: ArticleFailure };

export class IncrementalCorpus {
  private readonly cache = new Map<string, { id: string; text: string; truncatedFrom: number | undefined; path: string; outcome: CachedOutcome; version: number }>();
  private nextVersion = 1;
  /** Joins the results one after another, reusing what an edit leaves as it was (`CorpusJoiner`). */
  private readonly joiner = new CorpusJoiner();

  /** Whether `view` has joined a result yet: until then a stored one may stand for the join. */
  private joined = false;

  /**
   * `analyze` is the per-article pipeline (tests give one that fails on purpose); `store` keeps
   * joined results between sessions (none: every session joins its first result).
   */
  constructor(
    private readonly analyze: ArticlePipeline = analyzeArticle,
    private readonly store?: CorpusResultStore,
  ) {}

  /**
   * Analyses one file unless its analysis is cached; true when it had to be analysed. A failure is
   * cached like an analysis: the same text would fail again, so it is retried only once it changes.
   */
  ensure(file: CorpusFile, shouldStop?: () => boolean): boolean {
    const cached = this.cache.get(file.key);
    if (cached && cached.text === file.text && cached.truncatedFrom === file.truncatedFrom && cached.id === file.id && cached.path === file.path) return false;
    const input = file.truncatedFrom === undefined ? { path: file.path, text: file.text } : { path: file.path, text: file.text, truncatedFrom: file.truncatedFrom };
    // `AnalysisStopped` (asked to stop inside the article) passes through: nothing is cached.
    const outcome = analyzeArticleIsolated(input, file.id, this.analyze, shouldStop);
    this.cache.set(file.key, { id: file.id, text: file.text, truncatedFrom: file.truncatedFrom, path: file.path, outcome, version: this.nextVersion++ });
    return true;
  }

  /**
   * Brings the corpus to `files`. `shouldStop` is asked between articles and between the stages of
   * each; when it says yes the update is abandoned (undefined) and what was analysed so far stays
   * cached for the next one.
   */
  update(files: readonly CorpusFile[], shouldStop: () => boolean = () => false): IncrementalResult | undefined {
    for (const file of files) {
      if (shouldStop()) return undefined;
      try {
        this.ensure(file, shouldStop);
      } catch (error) {
        if (error instanceof AnalysisStopped) return undefined;
        throw error;
      }
    }
    const entries = files.map((file) => this.cache.get(file.key)!);
    const live = new Set(files.map((f) => f.key));
    for (const key of this.cache.keys()) if (!live.has(key)) this.cache.delete(key);
    const articles: ArticleAnalysis[] = [];
    const articleKeys: string[] = [];
    const failures: ArticleFailure[] = [];
    entries.forEach((entry, i) => {
      if (entry.outcome.analysis) {
        articles.push(entry.outcome.analysis);
        articleKeys.push(files[i].key);
      } else failures.push(entry.outcome.failure);
    });
    return {
      files,
      articles,
      articleKeys,
      failures,
      signature: files.map((f, i) => `${f.key}@${entries[i].version}`).join('\n'),
    };
  }

  /**
   * The report and quote echoes of an update's result, as `buildCorpusView` gives them: the join
   * reuses the last one's work where the result's changes cannot reach (corpus/matching/memory).
   */
  view(result: IncrementalResult): CorpusView & { fromStore: boolean } {
    // The session's first result may be one an earlier session joined and stored (a workspace
    // reopened). Later ones are joined: each reuses what the join before it left, which a stored
    // result does not give (the join after one is a whole join, as the first would have been).
    if (!this.joined && this.store) {
      const stored = this.store.read(result.files);
      if (stored) return { ...stored, fromStore: true };
    }
    const { report, crossSource } = this.joiner.join(result.articles, result.failures);
    this.joined = true;
    return { report, quoteEchoes: crossSource.quoteEchoes, fromStore: false };
  }

  /** Keeps a joined result for the next session (nothing without a store); see `CorpusResultStore.write`. */
  keep(result: IncrementalResult, view: CorpusView, cancelled?: () => boolean): Promise<boolean> {
    return this.store ? this.store.write(result.files, { report: view.report, quoteEchoes: view.quoteEchoes }, cancelled) : Promise.resolve(false);
  }
}
