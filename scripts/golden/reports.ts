/**
 * Writes the engine's JSON report for every corpus the restructuring must keep byte-identical:
 * the seeds, MEANTIME, gvc-dev, conll-dev, polnear-dev and each ECB+ dev topic (`ecb/topic-N.json`).
 *
 *   npx tsx scripts/golden/reports.ts OUT_DIR        # write the reports
 *   diff -r BEFORE_DIR AFTER_DIR                     # compare two runs
 *
 * Reports are written exactly as `crossread analyze --format json` writes them, from the sources
 * (no build needed). Corpora missing from ../shared/corpora are skipped with a note.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectArticles } from '../../src/node/articleFiles';
import { analyzeCorpus } from '../../src/core';

const root = path.join(__dirname, '..', '..');
const corpora = path.resolve(process.env.CROSSREAD_CORPORA ?? path.join(root, '..', 'shared', 'corpora'));

function write(outFile: string, inputs: string[]): void {
  const { articles } = collectArticles(inputs, root);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(analyzeCorpus(articles), null, 2) + '\n');
}

function main(): void {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx scripts/golden/reports.ts OUT_DIR');
    process.exit(2);
  }
  write(path.join(out, 'seeds.json'), [path.join(root, 'seeds')]);
  for (const name of ['meantime', 'gvc-dev', 'conll-dev', 'polnear-dev']) {
    const dir = path.join(corpora, name);
    if (fs.existsSync(dir)) write(path.join(out, `${name}.json`), [dir]);
    else console.error(`skipped ${name}: ${dir} is missing`);
  }
  const ecb = path.join(corpora, 'ecbplus-dev');
  if (fs.existsSync(ecb)) {
    for (const topic of fs.readdirSync(ecb).filter((d) => d.startsWith('topic-')).sort()) {
      write(path.join(out, 'ecb', `${topic}.json`), [path.join(ecb, topic)]);
    }
  }
}

main();
