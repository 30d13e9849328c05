/**
 * Where the engine runs for the extension: a worker thread when Node's worker_threads are there
 * (the desktop and server extension hosts), in process otherwise. Both give the same results.
 * A worker that dies is restarted (a few times a minute at most; then the analysis moves into
 * the calling thread for good).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusFile, QuoteEchoes, Report } from '../core';
import type { AnalysisRequest, AnalysisResponse, HostArticleAnalysis, WireFile, WireResponse } from './analysisProtocol';
import { joinResult } from './resultParts';
import type { InProcessAnalyzer } from './inProcessAnalyzer';
import { loadEngine } from './loadEngine';

/**
 * What an analyzer answers: for 'done', the analysis of every file that could be analysed, in the
 * order of the files, with the file key of each (`articleKeys[i]` is the key of `articles[i]`); the
 * files that could not be analysed are in `report.failures`.
 */
export type AnalyzerOutcome =
  | { id: number; kind: 'done'; articles: HostArticleAnalysis[]; articleKeys: string[]; report: Report; quoteEchoes: QuoteEchoes; signature: string; durationMs: number }
  | Exclude<AnalysisResponse, { kind: 'error' | 'done' }>;

/** The result the caller holds: its signature, and its analyses by file key. */
export interface HeldResult {
  signature: string;
  articleByKey(key: string): HostArticleAnalysis | undefined;
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

/** The part of a worker_threads Worker the analyzer uses. */
export type WorkerLike = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: WireResponse) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  terminate(): Promise<number>;
};

/** Starts an analysis thread that reads the id of the request still wanted from `latestRequest`. */
export type WorkerSpawner = (latestRequest: SharedArrayBuffer) => WorkerLike;

/** Where the analyzer says what happened to its thread (VS Code's LogOutputChannel fits). */
export interface AnalyzerLog {
  warn(message: string): void;
  error(message: string): void;
}

export interface WorkerAnalyzerOptions {
  log?: AnalyzerLog;
  /** At most this many restarts within `restartWindowMs`; one more death moves the analysis in process. */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** The clock the restarts are counted on (milliseconds). */
  now?: () => number;
  /** Where the thread keeps its persistent analysis cache (node/analysisCache.ts); none when absent. */
  cacheDirectory?: string;
}

interface PendingRequest {
  files: CorpusFile[];
  held: HeldResult | null;
  resolve(response: AnalysisResponse | { id: number; kind: 'moved in process' }): void;
}

/**
 * In a worker thread (dist/analysisWorker.js beside the extension bundle). If the thread dies (an
 * error, running out of memory), it is logged and a new thread is started, which is sent every
 * text (it holds none) and the request that was waiting. A thread that keeps dying (more than
 * `maxRestarts` times in `restartWindowMs`) is given up: the analysis runs in process from then on.
 */
export class WorkerAnalyzer implements CorpusAnalyzer {
  private readonly pending = new Map<number, PendingRequest>();
  private nextId = 1;
  private fallback: InProcessAnalyzer | undefined;
  private disposed = false;
  /** Shared with every thread: the id of the one request still wanted (0: none). */
  private readonly latestRequestBuffer = new SharedArrayBuffer(4);
  private readonly latestRequest = new Int32Array(this.latestRequestBuffer);
  /** The texts the thread holds (those of the last request sent). */
  private sentTexts = new Map<string, string>();
  private worker: WorkerLike;
  /**
   * Counts the threads started. Signatures are prefixed with it: a new thread numbers its analyses
   * from 1 again, and its signatures must never equal those of an earlier thread's results.
   */
  private threadNumber = 0;
  /** When the thread was restarted, within the current window. */
  private restartTimes: number[] = [];
  private readonly log: AnalyzerLog | undefined;
  private readonly maxRestarts: number;
  private readonly restartWindowMs: number;
  private readonly now: () => number;
  private readonly cacheDirectory: string | undefined;

  constructor(
    private readonly spawn: WorkerSpawner,
    options: WorkerAnalyzerOptions = {},
  ) {
    this.log = options.log;
    this.maxRestarts = options.maxRestarts ?? 3;
    this.restartWindowMs = options.restartWindowMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.cacheDirectory = options.cacheDirectory;
    this.worker = this.startThread();
  }

  static create(workerScript: string, options: WorkerAnalyzerOptions = {}): WorkerAnalyzer | undefined {
    if (!fs.existsSync(workerScript)) return undefined;
    try {
      // Required lazily: a host without worker_threads falls back to the in-process analyzer.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would fail the whole bundle's load instead of falling back
      const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
      const spawn: WorkerSpawner = (latestRequest) => {
        const worker = new Worker(workerScript, { workerData: { latestRequest, cacheDirectory: options.cacheDirectory } });
        worker.unref();
        return worker;
      };
      return new WorkerAnalyzer(spawn, options);
    } catch {
      return undefined;
    }
  }

  private signaturePrefix(): string {
    return `thread ${this.threadNumber}\n`;
  }

  private startThread(): WorkerLike {
    const worker = this.spawn(this.latestRequestBuffer);
    this.threadNumber++;
    const prefix = this.signaturePrefix();
    // Events of a thread that has been replaced are ignored.
    worker.on('message', (response) => {
      if (worker !== this.worker) return;
      const request = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!request) return;
      if (response.kind !== 'parts') {
        request.resolve(response);
        return;
      }
      // A result comes in parts, read a few milliseconds of them per turn of the event loop (resultParts.ts).
      joinResult(response.parts, {}).then(
        (done) => request.resolve({ ...done, signature: prefix + done.signature }),
        (error: unknown) => request.resolve({ id: response.id, kind: 'error', message: `could not read the analysis thread's answer: ${error instanceof Error ? error.message : String(error)}` }),
      );
    });
    worker.on('error', (error) => {
      if (worker === this.worker && !this.disposed) this.log?.error(`the analysis thread failed: ${error.stack ?? error.message}`);
    });
    // 'exit' follows 'error' too, so the thread is replaced once, here.
    worker.on('exit', (code) => {
      if (worker === this.worker && !this.disposed) this.threadDied(`the analysis thread stopped (exit code ${code})`);
    });
    return worker;
  }

  private threadDied(reason: string): void {
    const now = this.now();
    this.restartTimes = this.restartTimes.filter((time) => now - time < this.restartWindowMs);
    if (this.restartTimes.length < this.maxRestarts) {
      this.restartTimes.push(now);
      this.sentTexts = new Map(); // a new thread holds no texts: the next request sends them all
      try {
        this.worker = this.startThread();
        this.log?.warn(`${reason}; restarted it (${this.restartTimes.length} of at most ${this.maxRestarts} restarts in ${this.restartWindowMs / 1000} s)`);
        this.resendPending();
        return;
      } catch (error) {
        reason = `${reason}, and a new one could not be started: ${error instanceof Error ? error.message : String(error)}`;
      }
    } else reason = `${reason} ${this.maxRestarts + 1} times within ${this.restartWindowMs / 1000} s`;
    this.log?.error(`${reason}; analysing in the extension host's thread from now on`);
    this.fallback = loadEngine().inProcessAnalyzer(this.cacheDirectory, this.log);
    for (const [id, request] of this.pending) request.resolve({ id, kind: 'moved in process' });
    this.pending.clear();
  }

  /** After a restart: the request still wanted goes to the new thread; older ones are answered as cancelled. */
  private resendPending(): void {
    const wanted = Atomics.load(this.latestRequest, 0);
    for (const [id, request] of [...this.pending]) {
      if (id === wanted) this.send(id, request);
      else {
        this.pending.delete(id);
        request.resolve({ id, kind: 'cancelled', stoppedEarly: true });
      }
    }
  }

  private send(id: number, request: PendingRequest): void {
    const wire = request.files.map((file): WireFile => {
      if (this.sentTexts.get(file.key) !== file.text) return file;
      return file.truncatedFrom === undefined ? { key: file.key, path: file.path, id: file.id } : { key: file.key, path: file.path, id: file.id, truncatedFrom: file.truncatedFrom };
    });
    // The thread keeps exactly the texts of the files of the last request it received.
    this.sentTexts = new Map(request.files.map((file) => [file.key, file.text]));
    // A held result from an earlier thread means nothing to this one.
    const prefix = this.signaturePrefix();
    const heldSignature = request.held?.signature.startsWith(prefix) ? request.held.signature.slice(prefix.length) : null;
    const message: AnalysisRequest = { id, files: wire, heldSignature };
    this.worker.postMessage(message);
  }

  async analyze(files: CorpusFile[], cancellation: Cancellation, held: HeldResult | null = null): Promise<AnalyzerOutcome> {
    if (this.fallback) return this.fallback.analyze(files, cancellation, held);
    const id = this.nextId++;
    // The worker abandons any older request as soon as it sees this id, and this one as soon as
    // the caller cancels it (0 is never a request id).
    Atomics.store(this.latestRequest, 0, id);
    const subscription = cancellation.onCancellationRequested(() => Atomics.compareExchange(this.latestRequest, 0, id, 0));
    try {
      const response = await new Promise<AnalysisResponse | { id: number; kind: 'moved in process' }>((resolve) => {
        const request: PendingRequest = { files, held, resolve };
        this.pending.set(id, request);
        this.send(id, request);
      });
      if (response.kind === 'moved in process') return await this.fallback!.analyze(files, cancellation, held);
      if (response.kind === 'error') throw new Error(`Crossread's analysis failed: ${response.message}`);
      if (response.kind !== 'cancelled' && cancellation.isCancellationRequested) return { id, kind: 'cancelled', stoppedEarly: false };
      if (response.kind !== 'done') return response;
      // Fill in the analyses the thread did not send back because the caller holds them.
      const articles = response.articles.map((analysis, i) => analysis ?? held?.articleByKey(response.articleKeys[i]));
      if (articles.some((analysis) => analysis === undefined)) throw new Error('the analysis thread left out an analysis the extension does not hold');
      return { ...response, articles: articles as HostArticleAnalysis[] };
    } finally {
      subscription.dispose();
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const [id, request] of this.pending) request.resolve({ id, kind: 'cancelled', stoppedEarly: true });
    this.pending.clear();
    void this.worker.terminate();
  }
}

/**
 * The extension's analyzer: a worker thread, or in process where there are none. With
 * `cacheDirectory` (the extension's global storage), analyses persist there between sessions.
 */
export function createCorpusAnalyzer(extensionDirectory: string, log?: AnalyzerLog, cacheDirectory?: string): CorpusAnalyzer {
  return WorkerAnalyzer.create(path.join(extensionDirectory, 'dist', 'analysisWorker.js'), { log, cacheDirectory }) ?? loadEngine().inProcessAnalyzer(cacheDirectory, log);
}
