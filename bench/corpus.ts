/**
 * Cross-source speed: 1,000 and 2,000 articles sampled (with repetition, under fresh ids) from the
 * ECB+ and MEANTIME development corpora. Prints, at each size, the per-article pipeline time and,
 * separately, the time of people merging, matching and event building, and of event building alone
 * (the product target: 2,000 real articles in ≤ 5 s on one core), then the growth between sizes
 * (the corpus stage should stay near linear). `npx tsx bench/corpus.ts [count...]`. Figures only:
 * never a timed assertion.
 */
import { analyzeArticle, type ArticleInput } from '../src/core';
import { buildCorpusAnalysis } from '../src/core/corpus';
import { buildClaimUnits } from '../src/core/corpus/claimUnits';
import { buildEvents } from '../src/core/corpus/events';
import { mergeCorpusPeople } from '../src/core/corpus/people';
import { benchPool, sampled } from '../scripts/bench/measure';

interface CorpusFigures {
  perArticle: number;
  crossSource: number;
  events: number;
}

/** Analyses `count` sampled articles and joins them; prints and returns the times. */
function measure(pool: readonly ArticleInput[], count: number): CorpusFigures {
  const inputs = sampled(pool, count);
  let t = process.hrtime.bigint();
  const articles = inputs.map((input, i) => analyzeArticle(input, `bench-${i}`));
  const perArticle = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  const { report } = buildCorpusAnalysis(articles);
  const crossSource = Number(process.hrtime.bigint() - t) / 1e9;
  const claims = report.documents.reduce((n, d) => n + d.claims.length, 0);
  console.log(`${count} articles, ${claims} claims, ${report.people.length} people, ${report.matches.length} matches, ${report.events.length} events`);
  console.log(`  per-article pipeline: ${perArticle.toFixed(2)} s`);
  console.log(`  cross-source (people, matching, events): ${crossSource.toFixed(2)} s`);
  // Event building alone, on the claims the corpus stage maps (people merged first, untimed).
  const { people, idOf } = mergeCorpusPeople(articles);
  const units = buildClaimUnits(articles, idOf);
  let events = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    t = process.hrtime.bigint();
    buildEvents(articles, units, people);
    events = Math.min(events, Number(process.hrtime.bigint() - t) / 1e9);
  }
  console.log(`  event building: ${events.toFixed(2)} s (best of 3)`);
  return { perArticle, crossSource, events };
}

function main(): void {
  const counts = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 2000];
  const pool = benchPool();
  const figures = counts.map((count) => measure(pool, count));
  // Near linear means the time grows about as the article count does (2.0 for twice the articles).
  for (let i = 1; i < counts.length; i++) {
    const ratio = (key: keyof CorpusFigures): string => (figures[i][key] / figures[i - 1][key]).toFixed(2);
    console.log(`growth ${counts[i - 1]} → ${counts[i]} articles (×${(counts[i] / counts[i - 1]).toFixed(1)}): per-article ×${ratio('perArticle')}, cross-source ×${ratio('crossSource')}, event building ×${ratio('events')}`);
  }
}

main();
