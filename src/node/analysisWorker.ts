/**
 * The extension's analysis thread: runs the engine off the extension host's thread, so that
 * analysing (and re-joining) a large corpus never stalls the editor or other extensions.
 * Requests are answered in order; a newer request id in the shared cancel slot abandons older work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCorpusReport } from '../core/corpus';
import { IncrementalCorpus } from '../core/incremental';
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol';

const latestRequest = new Int32Array((workerData as { latestRequest: SharedArrayBuffer }).latestRequest);
const corpus = new IncrementalCorpus();

parentPort?.on('message', (request: AnalysisRequest) => {
  const stale = (): boolean => Atomics.load(latestRequest, 0) !== request.id;
  let response: AnalysisResponse;
  try {
    const started = Date.now();
    const result = corpus.update(request.files, stale);
    if (!result || stale()) response = { id: request.id, kind: 'cancelled', stoppedEarly: !result };
    else if (result.signature === request.heldSignature) response = { id: request.id, kind: 'unchanged' };
    else {
      const report = buildCorpusReport(result.articles);
      response = { id: request.id, kind: 'done', articles: result.articles, report, signature: result.signature, durationMs: Date.now() - started };
    }
  } catch (error) {
    response = { id: request.id, kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(response);
});
