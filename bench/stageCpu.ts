/**
 * CPU time of the per-article stages, each alone, over the seeds, MEANTIME and ECB+ (repeated
 * `--repeat=N` times, default 2): MB/s of process CPU time for each of `--rounds=N` rounds (default
 * 5) and the best. On a shared machine wall time says more about the other jobs than about the
 * code; CPU time, best of several rounds, is what compares before and after a change. The whole
 * pipeline (`analyzeArticle`) runs first, on a heap without the stages' inputs; then each stage on
 * inputs prepared once by the stages before it, timed before its own results are kept.
 *
 * `npx tsx bench/stageCpu.ts [stage …] [--rounds=N] [--repeat=N]`, stages among tokens, people,
 * dates, quotes, attribution, reading, facts, pipeline (all when none is named). Profile one with
 * `node --cpu-prof` on the bundle `npm run bench -- stageCpu` writes to out/bench/. Figures only.
 */
import * as path from 'node:path';
import { analyzeArticle } from '../src/core/extract';
import { attributeClaims } from '../src/core/extract/attribution';
import { extractClaims } from '../src/core/extract/claims';
import { analyzeClaims, claimsOrSentences } from '../src/core/extract/claims/units';
import { extractDates, inferReferenceDate } from '../src/core/extract/dates';
import { extractFacts } from '../src/core/extract/facts';
import { extractPeople } from '../src/core/extract/people';
import { readPersonNames } from '../src/core/extract/people/names';
import { extractQuotes } from '../src/core/extract/quotes';
import { splitSentences } from '../src/core/extract/sentences';
import { parseArticleText } from '../src/core/extract/text';
import { tokenizeArticle, wordLines } from '../src/core/lang/tokenizer';
import { corporaRoot, readArticles } from '../scripts/eval/corpora';

// Bundled into out/bench/ by bench/run.ts, which says where the sources are.
const repoRoot = path.join(process.env.CROSSREAD_BENCH_SOURCE ?? __dirname, '..');

function option(args: readonly string[], name: string, fallback: number): number {
  const given = args.find((a) => a.startsWith(`--${name}=`));
  return given ? Number(given.slice(name.length + 3)) : fallback;
}

function main(): void {
  const args = process.argv.slice(2);
  const named = args.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const rounds = option(args, 'rounds', 5);
  const repeat = option(args, 'repeat', 2);
  const base = [
    ...readArticles(path.join(repoRoot, 'seeds')),
    ...readArticles(path.join(corporaRoot, 'meantime')),
    ...readArticles(path.join(corporaRoot, 'ecbplus-dev')),
  ];
  if (base.length === 0) throw new Error('no articles found');
  const inputs = Array.from({ length: repeat }, () => base).flat();
  const megabytes = inputs.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0) / 1024 / 1024;
  console.log(`${inputs.length} articles (${megabytes.toFixed(2)} MB), ${rounds} rounds, MB/s of CPU time`);

  const wanted = (name: string): boolean => named.length === 0 || named.includes(name);
  /** Times `run` over every article, rounds times, and prints its MB/s of CPU time. */
  const measure = (name: string, run: (i: number) => unknown): void => {
    if (!wanted(name)) return;
    // One untimed pass over the articles compiles the hot paths and fills the word caches.
    for (let i = 0; i < base.length; i++) run(i);
    const rates: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const cpu = process.cpuUsage();
      for (let i = 0; i < inputs.length; i++) run(i);
      const used = process.cpuUsage(cpu);
      rates.push(megabytes / ((used.user + used.system) / 1e6));
    }
    console.log(`  ${name.padEnd(9)} best ${Math.max(...rates).toFixed(2).padStart(6)}  (${rates.map((r) => r.toFixed(2)).join(', ')})`);
  };

  // The whole pipeline first, on a heap without the stages' inputs, as bench/pipeline.ts runs it.
  measure('pipeline', (i) => analyzeArticle(inputs[i], 'bench'));
  if (named.length === 1 && named[0] === 'pipeline') return;
  // Each stage is timed before its own results are kept as the next stages' inputs: V8 allocates
  // the objects of a site whose objects lived long straight in the old generation ("pretenuring"),
  // so a stage timed after all its results were kept (tokens: 4 MB/s) measured mostly the
  // collection of a large heap, not the stage (tokens: 30 MB/s).
  const articles = inputs.map((input) => parseArticleText(input.text));
  const sentences = articles.map((a) => splitSentences(a));
  measure('tokens', (i) => tokenizeArticle(articles[i].text, wordLines(articles[i]), sentences[i]));
  const tokens = articles.map((a, i) => tokenizeArticle(a.text, wordLines(a), sentences[i]));
  measure('people', (i) => extractPeople(articles[i], sentences[i], tokens[i]));
  const people = articles.map((a, i) => extractPeople(a, sentences[i], tokens[i]));
  measure('dates', (i) => extractDates(articles[i], sentences[i], inferReferenceDate(articles[i], sentences[i], tokens[i]), tokens[i]));
  const dates = articles.map((a, i) => extractDates(a, sentences[i], inferReferenceDate(a, sentences[i], tokens[i]), tokens[i]));
  measure('quotes', (i) => extractQuotes(articles[i], sentences[i], people[i]));
  // Claims and their attribution, timed with the quote stage before them: attribution reuses the
  // context the quote stage read (by the article's people findings), as in the pipeline, and a
  // second round on the same context would find its memos already filled.
  measure('attribution', (i) => {
    const found = extractQuotes(articles[i], sentences[i], people[i]);
    return attributeClaims(articles[i], sentences[i], people[i], found, extractClaims(articles[i], sentences[i], 'bench'), tokens[i]);
  });
  const quotes = articles.map((a, i) => extractQuotes(a, sentences[i], people[i]));
  const claims = articles.map((a, i) => claimsOrSentences('bench', a, sentences[i], extractClaims(a, sentences[i], 'bench')));
  measure('reading', (i) => {
    analyzeClaims({ article: articles[i], people: people[i], dates: dates[i], quotes: quotes[i], tokens: tokens[i] }, claims[i]);
    readPersonNames(people[i].persons);
  });
  measure('facts', (i) => extractFacts({ text: articles[i].text, claims: claims[i], mentions: people[i].mentions, dates: dates[i], quotes: quotes[i] }));
}

main();
