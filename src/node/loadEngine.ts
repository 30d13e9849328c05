/**
 * Loads the engine (./engine.ts) on first use. In the shipped extension the require below reads
 * dist/engine.js, a bundle of its own (esbuild.mjs maps it): loading the whole engine, with its
 * word tables, costs about 100 ms that activation does not pay. From sources (tests) it is the
 * module itself.
 */
import type * as Engine from './engine';

let engine: typeof Engine | undefined;

export function loadEngine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, not at activation (see above)
  return (engine ??= require('./engine') as typeof Engine);
}
