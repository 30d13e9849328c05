/** `npm run bench`: runs every benchmark in this folder (each `*.ts` but this one), one after another. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const benches = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.ts') && f !== path.basename(__filename) && !f.endsWith('.d.ts'))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  // A fresh process per benchmark, so one does not warm or fragment the heap for the next.
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
