/**
 * The analysis thread's request loop, apart from the thread's entry point (`analysisWorker.ts`) so
 * that a thread can serve requests with another per-article pipeline (the tests use one that they
 * can hold still or make fail, to test cancellation and failures without racing the thread).
 */
import type { MessagePort } from 'node:worker_threads';
import { IncrementalCorpus, type CorpusFile } from '../core';
import { hostArticle, type AnalysisRequest, type AnalysisResponse, type WireResponse } from './analysisProtocol';
import { splitResult } from './resultParts';

/** How long the thread waits, with nothing else to do, before it keeps a joined result for the next session. */
const KEEP_AFTER_IDLE_MS = 2000;

/**
 * Answers the requests arriving on `port` in order. `latestRequest` (shared with the extension)
 * holds the id of the one request still wanted: a request whose id is no longer there is abandoned
 * between articles. A joined result is kept for the next session (when `corpus` has a store) once
 * no request has come for `keepAfterIdleMs`.
 */
export function serveAnalysisRequests(port: MessagePort, latestRequest: Int32Array, corpus: IncrementalCorpus = new IncrementalCorpus(), keepAfterIdleMs = KEEP_AFTER_IDLE_MS): void {
  /** The last text received for each file: requests send only texts that changed. */
  const texts = new Map<string, string>();
  /**
   * The joined result waiting to be kept for the next session (`IncrementalCorpus.keep`): written
   * once the thread has had nothing to do for a moment, so that writing a large result never delays
   * the answer to an edit; a newer result replaces it.
   */
  let keeping: ReturnType<typeof setTimeout> | undefined;
  /** Requests received: a keeping under way gives up once another one arrives. */
  let received = 0;

  port.on('message', (request: AnalysisRequest) => {
    clearTimeout(keeping);
    const seen = ++received;
    const stale = (): boolean => Atomics.load(latestRequest, 0) !== request.id;
    let response: AnalysisResponse;
    try {
      const started = Date.now();
      // Record every text on receipt (even if the request is then abandoned): the sender counts on it.
      const files: CorpusFile[] = request.files.map((file) => {
        if (file.text !== undefined) texts.set(file.key, file.text);
        const text = texts.get(file.key);
        if (text === undefined) throw new Error(`no text for ${file.key}`);
        return file.truncatedFrom === undefined ? { key: file.key, path: file.path, id: file.id, text } : { key: file.key, path: file.path, id: file.id, text, truncatedFrom: file.truncatedFrom };
      });
      const live = new Set(files.map((f) => f.key));
      for (const key of texts.keys()) if (!live.has(key)) texts.delete(key);

      const result = corpus.update(files, stale);
      if (!result || stale()) response = { id: request.id, kind: 'cancelled', stoppedEarly: !result };
      else if (result.signature === request.heldSignature) response = { id: request.id, kind: 'unchanged' };
      else {
        const { report, quoteEchoes, fromStore } = corpus.view(result);
        if (!fromStore) {
          keeping = setTimeout(() => void corpus.keep(result, { report, quoteEchoes }, () => received !== seen), keepAfterIdleMs);
          keeping.unref?.();
        }
        // Analyses the extension already holds (same file, same version) are not sent back.
        const held = new Set(request.heldSignature?.split('\n') ?? []);
        const entryOf = new Map(result.signature.split('\n').map((entry) => [entry.slice(0, entry.lastIndexOf('@')), entry]));
        const articles = result.articles.map((analysis, i) => (held.has(entryOf.get(result.articleKeys[i]) ?? '') ? null : hostArticle(analysis)));
        response = {
          id: request.id,
          kind: 'done',
          articles,
          articleKeys: result.articleKeys,
          report,
          quoteEchoes,
          signature: result.signature,
          durationMs: Date.now() - started,
        };
      }
    } catch (error) {
      response = { id: request.id, kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    if (response.kind === 'done') {
      // In parts the extension host reads one turn at a time, moved rather than copied (resultParts.ts).
      const parts = splitResult(response);
      port.postMessage({ id: response.id, kind: 'parts', parts } satisfies WireResponse, parts);
    } else port.postMessage(response satisfies WireResponse);
  });
}
