/**
 * The project's development figures with the shared scorers (../shared/eval), exactly as the
 * held-out measurement runs them: the report of each development corpus, then each scorer's
 * summary and main figures. Corpora or scorers that are missing are skipped with a note.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corporaRoot } from './corpora';

const scorers = path.join(corporaRoot, '..', 'eval');
const root = path.join(__dirname, '..', '..');

const RUNS: { scorer: string; report: string; corpus: string; figures: RegExp }[] = [
  { scorer: 'score-realnews.mjs', report: 'gvc-dev.json', corpus: 'gvc-dev', figures: /^(?:events\.pairwise\.f1|events\.incidentsKeptWhole|events\.mergedIncidents|matches\.(?:agreeRecall|contradictionRecall|contradictionPrecision|trapContradictions|falseContradictions|updatesPredicted)):/ },
  { scorer: 'score-ecb.mjs', report: 'ecb', corpus: 'ecbplus-dev', figures: /^(?:events\.pairwise\.f1|matches\.precision|contradictions\.(?:acrossSubtopics|withinSubtopic)):/ },
  { scorer: 'score-people.mjs', report: 'conll-dev.json', corpus: 'conll-dev', figures: /^people\.exact\.(?:precision|recall|f1):/ },
  { scorer: 'score-people.mjs', report: 'meantime.json', corpus: 'meantime', figures: /^people\.exact\.f1:/ },
  { scorer: 'score-dates.mjs', report: 'meantime.json', corpus: 'meantime', figures: /^dates\.(?:recall|valueAccuracy):/ },
  { scorer: 'score-quotes.mjs', report: 'polnear-dev.json', corpus: 'polnear-dev', figures: /^quotes\.(?:recall|precision|speakerAccuracy):/ },
];

export function evaluate(): void {
  if (!fs.existsSync(scorers)) {
    console.log(`skipped: no scorers at ${scorers}`);
    return;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-eval-'));
  const written = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'scripts', 'golden', 'reports.ts'), out], { stdio: 'inherit' });
  if (written.status !== 0) throw new Error('could not write the reports');
  for (const run of RUNS) {
    const report = path.join(out, run.report);
    const corpus = path.join(corporaRoot, run.corpus);
    if (!fs.existsSync(report) || !fs.existsSync(corpus)) {
      console.log(`skipped ${run.scorer} on ${run.corpus}: missing`);
      continue;
    }
    const result = spawnSync(process.execPath, [path.join(scorers, run.scorer), report, corpus], { encoding: 'utf8' });
    const lines = result.stdout.split('\n');
    console.log(`\n${run.corpus} (${run.scorer})`);
    for (const line of lines) if (run.figures.test(line) || line.startsWith('summary:')) console.log(`  ${line}`);
  }
  fs.rmSync(out, { recursive: true, force: true });
}
