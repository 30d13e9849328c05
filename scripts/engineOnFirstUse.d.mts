import type { Plugin } from 'esbuild';

/** See engineOnFirstUse.mjs. */
export declare const engineOnFirstUse: Plugin;
