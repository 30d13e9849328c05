/**
 * The extension's analysis thread: runs the engine off the extension host's thread, so that
 * analysing (and re-joining) a large corpus never stalls the editor or other extensions.
 * Requests are answered in order; a newer request id in the shared cancel slot abandons older work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveAnalysisRequests } from './analysisService';

if (parentPort) serveAnalysisRequests(parentPort, new Int32Array((workerData as { latestRequest: SharedArrayBuffer }).latestRequest));
