/**
 * The corpus stages one by one on a generated corpus (scripts/bench/generate.ts): people, claim
 * units, syndication, events, matching (with the bound on what each claim keeps) and quote echoes,
 * each timed, with the matches kept. The per-article analyses are read from a persistent cache (node/analysisCache.ts)
 * in the folder given with `--cache=DIR` (default: none, so every article is analysed), so the
 * corpus stages can be measured again and again without the per-article pass. Each stage's CPU
 * time is printed beside its wall time: on a shared machine only the CPU time compares.
 *
 * `npx tsx bench/stages.ts 1000 --cache=/tmp/crossread-stages`, or `npm run bench -- stages 1000 --cache=DIR`; add
 * `--heap` for the heap in use after each stage. Figures only.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyzeArticle, type ArticleAnalysis } from '../src/core';
import { buildClaimUnits } from '../src/core/corpus/claimUnits';
import { buildEvents } from '../src/core/corpus/events';
import { matchClaims } from '../src/core/corpus/matching';
import { mergeCorpusPeople } from '../src/core/corpus/people';
import { matchQuotes } from '../src/core/corpus/quotes';
import { findSyndication } from '../src/core/corpus/syndication';
import { AnalysisCache } from '../src/node/analysisCache';
import { generateCorpus } from '../scripts/bench/generate';

/**
 * With `--heap`, the heap still in use after each stage (a full collection first, outside the timed
 * part): what each stage's result holds, which the peak RSS alone does not tell.
 */
let collect: (() => void) | null = null;

function timed<T>(label: string, run: () => T, describe?: (value: T) => string): T {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  // CPU time (this process's, on all its threads) stays comparable on a loaded machine, where wall time does not.
  console.log(`  ${label.padEnd(12)} ${seconds.toFixed(2).padStart(7)} s wall ${((used.user + used.system) / 1e6).toFixed(2).padStart(7)} s CPU${describe ? `  ${describe(value)}` : ''}`);
  if (collect) {
    collect();
    console.log(`  ${''.padEnd(12)} heap in use ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  }
  return value;
}

/**
 * The cache's engine version for this bench: a hash of the engine's sources outside the corpus
 * stages, so that editing a corpus stage keeps the cached per-article analyses and editing the
 * per-article pipeline does not read stale ones. Sources are read from the repository (this file
 * may run bundled, from another folder).
 */
function perArticleEngine(): string {
  const core = path.join(process.env.CROSSREAD_BENCH_SOURCE ?? __dirname, '..', 'src', 'core');
  const hash = crypto.createHash('sha256');
  const files = fs.readdirSync(core, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith(`corpus${path.sep}`)).sort();
  for (const file of files) hash.update(file).update(fs.readFileSync(path.join(core, file)));
  return hash.digest('hex').slice(0, 16);
}

function main(): void {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
  const cacheDirectory = args.find((a) => a.startsWith('--cache='))?.slice('--cache='.length);
  if (args.includes('--heap')) {
    // The collector of a process started without --expose-gc, reached through a fresh context.
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  const cache = cacheDirectory ? new AnalysisCache(cacheDirectory, { engine: perArticleEngine() }) : null;
  const inputs = generateCorpus(count);
  const articles: ArticleAnalysis[] = timed('per-article', () =>
    inputs.map((input) => {
      const id = input.path.replace(/\.txt$/, '');
      return cache ? cache.analyze(input, id).analysis : analyzeArticle(input, id);
    }),
  );
  console.log(`${count} articles`);
  const cpu = process.cpuUsage();
  const { people, idOf } = timed('people', () => mergeCorpusPeople(articles), (p) => `${p.people.length} people`);
  const claims = timed('claim units', () => buildClaimUnits(articles, idOf), (c) => `${c.length} claims`);
  // Syndication before events and matching, as the corpus stage runs them: copies in reprints are compared once.
  const syndication = timed('syndication', () => findSyndication(claims, articles.map((a) => a.id)), (s) => `${s.groups.length} groups`);
  const groupOfDocument = articles.map((a) => syndication.groupOf.get(a.id) ?? -1);
  const events = timed('events', () => buildEvents(articles, claims, people, groupOfDocument), (e) => `${e.events.length} events`);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  // Matching keeps each claim's best matches (the bound) before copies get their representatives'.
  const matched = timed(
    'matching',
    () => matchClaims(claims, events.eventsOfClaim, personName, articles.map((a) => a.referenceDate.value), [], groupOfDocument),
    (m) =>
      `${m.matches.length} matches kept, ${m.omitted.length} claims with omitted matches, ${m.copies ? [...m.copies.copiesOf.values()].reduce((sum, list) => sum + list.length, 0) : 0} claims matched as copies`,
  );
  timed('quote echoes', () => matchQuotes(articles));
  const used = process.cpuUsage(cpu);
  console.log(`  corpus CPU   ${((used.user + used.system) / 1e6).toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; ${matched.matches.length} matches in the report`);
}

main();
