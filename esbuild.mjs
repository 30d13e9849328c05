// Bundles the extension, the CLI and the in-host integration tests.
//   node esbuild.mjs               development build (source maps)
//   node esbuild.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { engineOnFirstUse } from './scripts/engineOnFirstUse.mjs';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node has \p{…} in regular expressions; without this esbuild writes each such literal as
  // `new RegExp(…)`, which a pattern inside a function then builds again on every call.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // `vscode` is provided by the extension host at run time.
  external: ['vscode'],
  define: { CROSSREAD_VERSION: JSON.stringify(pkg.version) },
};

// scripts/notices.ts bundles the same entry points to list their third-party packages; keep it in step.
const builds = [
  // Activation loads only this bundle; the engine is dist/engine.js, loaded on first use (src/node/loadEngine.ts).
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [engineOnFirstUse] },
  { ...common, entryPoints: ['src/node/engine.ts'], outfile: 'dist/engine.js' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
  // The extension's analysis thread (see src/node/corpusAnalyzer.ts).
  { ...common, entryPoints: ['src/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
];

// The in-host suite is never shipped: it is built only for development builds.
if (!production && fs.existsSync('test/integration')) {
  const entries = fs
    .readdirSync('test/integration')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join('test/integration', f));
  // mocha stays external: it must be the one instance whose globals the runner sets up.
  builds.push({ ...common, entryPoints: entries, outdir: 'out/integration', external: ['vscode', 'mocha'] });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[esbuild] watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`[esbuild] built ${builds.length} bundles${production ? ' (production)' : ''}`);
}
