/**
 * The extension's analysis thread: runs the engine off the extension host's thread, so that
 * analysing (and re-joining) a large corpus never stalls the editor or other extensions.
 * Requests are answered in order; a newer request id in the shared cancel slot abandons older work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCorpusView } from '../core/corpus';
import { IncrementalCorpus, type CorpusFile } from '../core/incremental';
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol';

const latestRequest = new Int32Array((workerData as { latestRequest: SharedArrayBuffer }).latestRequest);
const corpus = new IncrementalCorpus();
/** The last text received for each file: requests send only texts that changed. */
const texts = new Map<string, string>();

parentPort?.on('message', (request: AnalysisRequest) => {
  const stale = (): boolean => Atomics.load(latestRequest, 0) !== request.id;
  let response: AnalysisResponse;
  try {
    const started = Date.now();
    // Record every text on receipt (even if the request is then abandoned): the sender counts on it.
    const files: CorpusFile[] = request.files.map((file) => {
      if (file.text !== undefined) texts.set(file.key, file.text);
      const text = texts.get(file.key);
      if (text === undefined) throw new Error(`no text for ${file.key}`);
      return { key: file.key, path: file.path, id: file.id, text };
    });
    const live = new Set(files.map((f) => f.key));
    for (const key of texts.keys()) if (!live.has(key)) texts.delete(key);

    const result = corpus.update(files, stale);
    if (!result || stale()) response = { id: request.id, kind: 'cancelled', stoppedEarly: !result };
    else if (result.signature === request.heldSignature) response = { id: request.id, kind: 'unchanged' };
    else {
      const { report, quoteEchoes } = buildCorpusView(result.articles);
      // Analyses the extension already holds (same file, same version) are not sent back.
      const held = new Set(request.heldSignature?.split('\n') ?? []);
      const entries = result.signature.split('\n');
      const articles = result.articles.map((analysis, i) => (held.has(entries[i]) ? null : analysis));
      response = { id: request.id, kind: 'done', articles, report, quoteEchoes, signature: result.signature, durationMs: Date.now() - started };
    }
  } catch (error) {
    response = { id: request.id, kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(response);
});
