/**
 * The test side of controlledWorkerThread.ts: builds the thread, starts analyzers on it, and holds
 * the shared memory through which a test lets an article through or lets the thread crash.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { WorkerAnalyzer, type WorkerAnalyzerOptions } from '../../../src/node/corpusAnalyzer';

/** Put in an article's path to choose what the controlled thread does with it. */
export const MARKER = { gate: '[gate]', throw: '[throw]', crash: '[crash]' } as const;

export const CONTROL_SLOT = {
  /** How many articles have reached the gate. */
  gateEntered: 0,
  /** 0 while the gate is closed. */
  gateOpen: 1,
  /** How many more "[crash]" articles end the thread (each one uses one up). */
  crashesAllowed: 2,
} as const;

export interface ControlledWorkerData {
  latestRequest: SharedArrayBuffer;
  control: SharedArrayBuffer;
}

/** Bundles the controlled thread (and the shipped request loop it runs) into `outfile`. */
export function buildControlledWorker(outfile: string): void {
  buildSync({ entryPoints: [path.join(__dirname, 'controlledWorkerThread.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
}

/** `Atomics.waitAsync` (Node 16+; the project's TypeScript lib predates its typing). */
const waitAsync = (Atomics as unknown as { waitAsync: (array: Int32Array, index: number, value: number) => { value: Promise<string> | string } }).waitAsync;

export class ControlledWorkers {
  private readonly control = new Int32Array(new SharedArrayBuffer(4 * 3));
  /** Every thread started, in order (the last one is the live one). */
  readonly threads: Worker[] = [];

  constructor(private readonly script: string) {}

  /** A WorkerAnalyzer whose threads are controlled ones. */
  analyzer(options: WorkerAnalyzerOptions = {}): WorkerAnalyzer {
    return new WorkerAnalyzer((latestRequest) => {
      const worker = new Worker(this.script, { workerData: { latestRequest, control: this.control.buffer } satisfies ControlledWorkerData });
      this.threads.push(worker);
      return worker;
    }, options);
  }

  /** Resolves once `count` articles in all have reached the gate (the thread then waits there). */
  async gateReached(count = 1): Promise<void> {
    for (;;) {
      const entered = Atomics.load(this.control, CONTROL_SLOT.gateEntered);
      if (entered >= count) return;
      await waitAsync(this.control, CONTROL_SLOT.gateEntered, entered).value;
    }
  }

  openGate(): void {
    Atomics.store(this.control, CONTROL_SLOT.gateOpen, 1);
    Atomics.notify(this.control, CONTROL_SLOT.gateOpen);
  }

  allowCrashes(count: number): void {
    Atomics.store(this.control, CONTROL_SLOT.crashesAllowed, count);
  }
}
