/**
 * `npm run bench:against -- COMMIT [rounds]`: the per-article pipeline and the join after one edit of
 * this checkout set beside another commit's (say the one before a restructuring), in one process on
 * one machine. Figures taken on different days or machines cannot be compared (the machine's speed
 * and load set the level); these can.
 *
 * The commit is checked out in a temporary git worktree and its engine bundled with esbuild, as this
 * checkout's is; both use this checkout's node_modules. The driver (`againstDriver.ts`) then reads
 * the seeds, MEANTIME and ECB+ (`CROSSREAD_CORPORA`):
 * - pipeline: a pass of each engine's `analyzeArticle` and of chrono-node over every article, in
 *   rounds whose order rotates, timed in main-thread CPU (what the load changes least);
 * - edit: 1,000 articles sampled as bench/corpus.ts does, then nine edits of one word each, each
 *   engine bringing its corpus up to date (`IncrementalCorpus`) and joining it: the commit's way
 *   (`buildCorpusAnalysis` or `buildCorpusReport`, a full join) and this checkout's (a `CorpusJoiner`
 *   where it has one, as the extension does).
 * An engine's modules are found by name in each commit: `src/core/index.ts` (`analyzeArticle`),
 * `src/core/incremental.ts` and `src/core/corpus(.ts|/index.ts)`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.join(__dirname, '..', '..');
const [commit, rounds = '6', count = '1000', edits = '9'] = process.argv.slice(2);
if (!commit) {
  console.error('usage: npm run bench:against -- COMMIT [rounds] [articles] [edits]');
  process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-against-'));
const checkout = path.join(work, 'checkout');
execFileSync('git', ['worktree', 'add', '--detach', checkout, commit], { cwd: root, stdio: 'ignore' });
try {
  const bundleEngine = (source: string, name: string): string => {
    const entry = path.join(work, `${name}-entry.ts`);
    const corpus = fs.existsSync(path.join(source, 'src/core/corpus.ts')) ? 'src/core/corpus.ts' : 'src/core/corpus/index.ts';
    fs.writeFileSync(
      entry,
      [
        `export { analyzeArticle } from ${JSON.stringify(path.join(source, 'src/core/index.ts'))};`,
        `export * as incremental from ${JSON.stringify(path.join(source, 'src/core/incremental.ts'))};`,
        `export * as corpus from ${JSON.stringify(path.join(source, corpus))};`,
      ].join('\n'),
    );
    const outfile = path.join(work, `${name}.js`);
    buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', packages: 'external', logLevel: 'warning' });
    return outfile;
  };
  const before = bundleEngine(checkout, 'before');
  const now = bundleEngine(root, 'now');
  const driver = path.join(work, 'driver.js');
  buildSync({ entryPoints: [path.join(__dirname, 'againstDriver.ts')], outfile: driver, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning' });
  const result = spawnSync(process.execPath, [driver, before, now, rounds, count, edits], {
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), CROSSREAD_AGAINST: commit, CROSSREAD_BENCH_SOURCE: path.join(root, 'bench') },
  });
  process.exitCode = result.status ?? 1;
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', checkout], { cwd: root, stdio: 'ignore' });
  fs.rmSync(work, { recursive: true, force: true });
}
