/**
 * `npm run bench`: runs every benchmark in this folder (each `*.ts` but this one), one after another.
 * Each is bundled with esbuild first, as the CLI and the extension are, so the figures are those of
 * the shipped code (a TypeScript loader adds helpers of its own that would skew them).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const outDir = path.join(__dirname, '..', 'out', 'bench');
// Names choose benchmarks; numbers and --options are passed to each one (`npm run bench -- scale 1000 10000`).
const passed = process.argv.slice(2).filter((a) => /^\d+$/.test(a) || a.startsWith('--'));
const only = process.argv.slice(2).filter((a) => !passed.includes(a));
const benches = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.ts') && f !== path.basename(__filename) && !f.endsWith('.d.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  const outfile = path.join(outDir, file.replace(/\.ts$/, '.js'));
  buildSync({ entryPoints: [path.join(__dirname, file)], outfile, bundle: true, platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', packages: 'external', logLevel: 'warning' });
  // A fresh process per benchmark, so one does not warm or fragment the heap for the next.
  const result = spawnSync(process.execPath, [outfile, ...passed], { stdio: 'inherit', env: { ...process.env, CROSSREAD_BENCH_SOURCE: __dirname } });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
