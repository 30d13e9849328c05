// An esbuild plugin for the extension's bundle: the engine that src/node/loadEngine.ts requires on
// first use stays out of the bundle and is read from dist/engine.js, its own bundle beside it, so
// that activation does not load the engine's code and word tables. Shared by esbuild.mjs and the
// unit test that checks what activation loads (test/unit/bundle.test.ts).

/** @type {import('esbuild').Plugin} */
export const engineOnFirstUse = {
  name: 'engine-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine$/ }, (args) =>
      /[\\/]src[\\/]node[\\/]loadEngine\.ts$/.test(args.importer) ? { path: './engine.js', external: true } : undefined,
    );
  },
};
