/**
 * An analysis thread for the tests: the shipped request loop with a per-article pipeline the test
 * controls through shared memory, so that cancellation, failures and crashes are tested without
 * racing the thread. Paths (see controlledWorker.ts) choose what happens to an article:
 * "[gate]" blocks until the test opens the gate, "[throw]" throws, "[crash]" ends the thread while
 * the test allows crashes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle, type ArticleInput } from '../../../src/core';
import { IncrementalCorpus } from '../../../src/core/incremental';
import { serveAnalysisRequests } from '../../../src/node/analysisService';
import { CONTROL_SLOT, MARKER, type ControlledWorkerData } from './controlledWorker';

const { latestRequest, control: controlBuffer } = workerData as ControlledWorkerData;
const control = new Int32Array(controlBuffer);

function controlledPipeline(input: ArticleInput, id: string): ReturnType<typeof analyzeArticle> {
  if (input.path.includes(MARKER.gate)) {
    Atomics.add(control, CONTROL_SLOT.gateEntered, 1);
    Atomics.notify(control, CONTROL_SLOT.gateEntered);
    Atomics.wait(control, CONTROL_SLOT.gateOpen, 0);
  }
  if (input.path.includes(MARKER.throw)) throw new Error(`deliberate failure in ${input.path}`);
  if (input.path.includes(MARKER.crash) && Atomics.sub(control, CONTROL_SLOT.crashesAllowed, 1) > 0) process.exit(7);
  return analyzeArticle(input, id);
}

if (parentPort) serveAnalysisRequests(parentPort, new Int32Array(latestRequest), new IncrementalCorpus(controlledPipeline));
