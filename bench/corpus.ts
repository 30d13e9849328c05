/**
 * Cross-source speed: 1,000 articles sampled (with repetition, under fresh ids) from the ECB+ and
 * MEANTIME development corpora. Prints the per-article pipeline time and, separately, the time of
 * people merging, matching and event building, and of event building alone (the product target:
 * 2,000 real articles in ≤ 5 s on one core). `npx tsx bench/corpus.ts [count]`. Figures only: never
 * a timed assertion.
 */
import * as path from 'node:path';
import { analyzeArticle } from '../src/core';
import { buildCorpusAnalysis } from '../src/core/corpus';
import { buildClaimUnits } from '../src/core/corpus/claimUnits';
import { buildEvents } from '../src/core/corpus/events';
import { mergeCorpusPeople } from '../src/core/corpus/people';
import { corporaRoot, readArticles } from '../scripts/eval/corpora';

function main(): void {
  const count = Number(process.argv[2] ?? 1000);
  const pool = [...readArticles(path.join(corporaRoot, 'ecbplus-dev')), ...readArticles(path.join(corporaRoot, 'meantime'))];
  // A fixed stride keeps the sample the same from run to run.
  const inputs = Array.from({ length: count }, (_, i) => pool[(i * 7919) % pool.length]);
  let t = process.hrtime.bigint();
  const articles = inputs.map((input, i) => analyzeArticle(input, `bench-${i}`));
  const perArticle = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  const { report } = buildCorpusAnalysis(articles);
  const crossSource = Number(process.hrtime.bigint() - t) / 1e9;
  const claims = report.documents.reduce((n, d) => n + d.claims.length, 0);
  console.log(`${count} articles, ${claims} claims, ${report.people.length} people, ${report.matches.length} matches, ${report.events.length} events`);
  console.log(`per-article pipeline: ${perArticle.toFixed(2)} s`);
  console.log(`cross-source (people, matching, events): ${crossSource.toFixed(2)} s`);
  // Event building alone, on the claims the corpus stage maps (people merged first, untimed).
  const { people, idOf } = mergeCorpusPeople(articles);
  const units = buildClaimUnits(articles, idOf);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    t = process.hrtime.bigint();
    buildEvents(articles, units, people);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  console.log(`event building: ${best.toFixed(2)} s (best of 3)`);
}

main();
