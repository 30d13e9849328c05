/**
 * Where the engine runs for the extension: a worker thread when Node's worker_threads are there
 * (the desktop and server extension hosts), in process otherwise. Both give the same results.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCorpusView } from '../core/corpus';
import type { QuoteEchoes } from '../core/corpus/quotes';
import type { ArticleAnalysis } from '../core/extract';
import { IncrementalCorpus, type CorpusFile } from '../core/incremental';
import type { Report } from '../core/report';
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol';

/** What an analyzer answers: for 'done', every article's analysis, in the order of the files. */
export type AnalyzerOutcome =
  | { id: number; kind: 'done'; articles: ArticleAnalysis[]; report: Report; quoteEchoes: QuoteEchoes; signature: string; durationMs: number }
  | Exclude<AnalysisResponse, { kind: 'error' | 'done' }>;

/** The result the caller holds: its signature, and its analyses by file key. */
export interface HeldResult {
  signature: string;
  articleByKey(key: string): ArticleAnalysis | undefined;
}

/** The part of VS Code's CancellationToken the analyzers use (they do not import vscode). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** A cancellation that never happens, for callers with nothing to cancel. */
export const NEVER_CANCELLED: Cancellation = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

export interface CorpusAnalyzer {
  /**
   * Analyses `files`; `cancellation` stops the work (and so does a later call). `held` is the
   * result the caller holds: if the result would be the same, the answer is 'unchanged' and the
   * corpus is not joined again.
   */
  analyze(files: CorpusFile[], cancellation: Cancellation, held?: HeldResult | null): Promise<AnalyzerOutcome>;
  dispose(): void;
}

/** In the calling thread, yielding to the event loop between articles. */
export class InProcessAnalyzer implements CorpusAnalyzer {
  private readonly corpus = new IncrementalCorpus();
  private nextId = 1;

  async analyze(files: CorpusFile[], cancellation: Cancellation, held: HeldResult | null = null): Promise<AnalyzerOutcome> {
    const id = this.nextId++;
    const started = Date.now();
    const heldSignature = held?.signature ?? null;
    const isCancelled = (): boolean => cancellation.isCancellationRequested;
    // Article by article with a yield in between, so the editor stays responsive; then the join.
    for (const file of files) {
      if (isCancelled()) return { id, kind: 'cancelled', stoppedEarly: true };
      if (this.corpus.ensure(file)) await new Promise((resolve) => setImmediate(resolve));
    }
    const result = this.corpus.update(files, isCancelled);
    if (!result) return { id, kind: 'cancelled', stoppedEarly: true };
    if (result.signature === heldSignature) return { id, kind: 'unchanged' };
    const { report, quoteEchoes } = buildCorpusView(result.articles);
    return { id, kind: 'done', articles: result.articles, report, quoteEchoes, signature: result.signature, durationMs: Date.now() - started };
  }

  dispose(): void {
    // Nothing to release.
  }
}

type WorkerLike = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: AnalysisResponse) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  terminate(): Promise<number>;
};

/**
 * In a worker thread (dist/analysisWorker.js beside the extension bundle). If the worker dies
 * (an error, running out of memory), the requests it held fail and later ones run in process.
 */
export class WorkerAnalyzer implements CorpusAnalyzer {
  private readonly pending = new Map<number, (outcome: AnalysisResponse) => void>();
  private nextId = 1;
  private fallback: InProcessAnalyzer | undefined;
  /** The texts the thread holds (those of the last request sent). */
  private sentTexts = new Map<string, string>();

  /** `latestRequest` is shared with the worker: it holds the id of the one request still wanted. */
  private constructor(
    private readonly worker: WorkerLike,
    private readonly latestRequest: Int32Array,
  ) {
    worker.on('message', (response) => {
      this.pending.get(response.id)?.(response);
      this.pending.delete(response.id);
    });
    const fail = (message: string): void => {
      this.fallback ??= new InProcessAnalyzer();
      for (const [id, resolve] of this.pending) resolve({ id, kind: 'error', message });
      this.pending.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`the analysis thread stopped (exit code ${code})`));
  }

  static create(workerScript: string): WorkerAnalyzer | undefined {
    if (!fs.existsSync(workerScript)) return undefined;
    try {
      // Required lazily: a host without worker_threads falls back to the in-process analyzer.
      const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
      const latestRequest = new SharedArrayBuffer(4);
      const worker = new Worker(workerScript, { workerData: { latestRequest } });
      worker.unref();
      return new WorkerAnalyzer(worker as unknown as WorkerLike, new Int32Array(latestRequest));
    } catch {
      return undefined;
    }
  }

  async analyze(files: CorpusFile[], cancellation: Cancellation, held: HeldResult | null = null): Promise<AnalyzerOutcome> {
    if (this.fallback) return this.fallback.analyze(files, cancellation, held);
    const id = this.nextId++;
    // The worker abandons any older request as soon as it sees this id, and this one as soon as
    // the caller cancels it (0 is never a request id).
    Atomics.store(this.latestRequest, 0, id);
    const subscription = cancellation.onCancellationRequested(() => Atomics.compareExchange(this.latestRequest, 0, id, 0));
    try {
      const response = await new Promise<AnalysisResponse>((resolve) => {
        this.pending.set(id, resolve);
        const wire = files.map((file) => (this.sentTexts.get(file.key) === file.text ? { key: file.key, path: file.path, id: file.id } : file));
        // The thread keeps exactly the texts of the files of the last request it received.
        this.sentTexts = new Map(files.map((file) => [file.key, file.text]));
        const request: AnalysisRequest = { id, files: wire, heldSignature: held?.signature ?? null };
        this.worker.postMessage(request);
      });
      if (response.kind === 'error') throw new Error(`Crossread's analysis failed: ${response.message}`);
      if (response.kind !== 'cancelled' && cancellation.isCancellationRequested) return { id, kind: 'cancelled', stoppedEarly: false };
      if (response.kind !== 'done') return response;
      // Fill in the analyses the thread did not send back because the caller holds them.
      const articles = response.articles.map((analysis, i) => analysis ?? held?.articleByKey(files[i].key));
      if (articles.some((analysis) => analysis === undefined)) throw new Error('the analysis thread left out an analysis the extension does not hold');
      return { ...response, articles: articles as ArticleAnalysis[] };
    } finally {
      subscription.dispose();
    }
  }

  dispose(): void {
    void this.worker.terminate();
  }
}

export function createCorpusAnalyzer(extensionDirectory: string): CorpusAnalyzer {
  return WorkerAnalyzer.create(path.join(extensionDirectory, 'dist', 'analysisWorker.js')) ?? new InProcessAnalyzer();
}
