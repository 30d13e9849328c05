/**
 * The part of the engine the extension host needs only now and then: to analyse in its own thread
 * (no worker threads, or a thread that kept dying), to read an article date typed in a command,
 * or to analyse files for another extension. Bundled on its own (dist/engine.js) and loaded on
 * first use through loadEngine.ts, so that activation loads only the light `core/view`.
 */
export { analyzeCorpus, headerDate } from '../core';
export { InProcessAnalyzer, inProcessAnalyzer } from './inProcessAnalyzer';
