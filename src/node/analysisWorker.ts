/**
 * The extension's analysis thread: runs the engine off the extension host's thread, so that
 * analysing (and re-joining) a large corpus never stalls the editor or other extensions.
 * Requests are answered in order; a newer request id in the shared cancel slot abandons older work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IncrementalCorpus } from '../core';
import { AnalysisCache } from './analysisCache';
import { serveAnalysisRequests } from './analysisService';

const data = workerData as { latestRequest: SharedArrayBuffer; cacheDirectory?: string };
// With a cache folder (the extension's global storage), analyses persist between sessions; its errors go to the extension's log through stderr.
const cache = data.cacheDirectory ? new AnalysisCache(data.cacheDirectory, { onError: (message) => console.error(`crossread: ${message}`) }) : null;
if (parentPort) serveAnalysisRequests(parentPort, new Int32Array(data.latestRequest), new IncrementalCorpus(cache ? cache.pipeline() : undefined, cache?.corpusStore()));
