/**
 * `npx tsx bench/pipeline.ts`: throughput of the per-article pipeline (`analyzeArticle`) on one core
 * over the article text of the seeds, MEANTIME and ECB+: first on text the process has never seen
 * (after warming up on other stories of the same corpora), then on the articles repeated to at least
 * 5 MB, per stage, and against plain chrono-node and compromise on the same articles. Figures are
 * printed, never asserted.
 */
import * as path from 'node:path';
import { analyzeArticle, type ArticleInput } from '../src/core/extract';
import { extractClaims } from '../src/core/extract/claims';
import { analyzeClaims, claimsOrSentences } from '../src/core/extract/claims/units';
import { readPersonNames } from '../src/core/extract/people/names';
import { extractDates, inferReferenceDate } from '../src/core/extract/dates';
import { extractPeople } from '../src/core/extract/people';
import { extractQuotes } from '../src/core/extract/quotes';
import { splitSentences } from '../src/core/extract/sentences';
import { parseArticleText } from '../src/core/extract/text';
import { tokenizeArticle, wordLines } from '../src/core/lang/tokenizer';
import { extractFacts } from '../src/core/extract/facts';
import { corporaRoot, readArticles } from '../scripts/eval/corpora';
import { threadCpuSeconds } from '../scripts/bench/measure';

const TARGET_BYTES = 5 * 1024 * 1024;
// Bundled into out/bench/ by bench/run.ts, which says where the sources are.
const repoRoot = path.join(process.env.CROSSREAD_BENCH_SOURCE ?? __dirname, '..');

function utf8Bytes(inputs: readonly ArticleInput[]): number {
  return inputs.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
}

/** Runs `work` over all inputs and returns the seconds taken (after a warm-up pass on the first `warmUp` inputs). */
function time(inputs: readonly ArticleInput[], work: (input: ArticleInput) => unknown, warmUp = 50): number {
  for (const input of inputs.slice(0, warmUp)) work(input);
  const start = process.hrtime.bigint();
  for (const input of inputs) work(input);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function mbPerSecond(bytes: number, seconds: number): string {
  return (bytes / 1024 / 1024 / seconds).toFixed(2);
}

function main(): void {
  const base = [
    ...readArticles(path.join(repoRoot, 'seeds')),
    ...readArticles(path.join(corporaRoot, 'meantime')),
    ...readArticles(path.join(corporaRoot, 'ecbplus-dev')),
  ];
  if (base.length === 0) throw new Error('no articles found');
  const inputs: ArticleInput[] = [];
  while (utf8Bytes(inputs) < TARGET_BYTES) inputs.push(...base);
  const bytes = utf8Bytes(inputs);
  console.log(`${base.length} articles repeated to ${inputs.length} (${(bytes / 1024 / 1024).toFixed(2)} MB), one core`);

  // First seen, as when a folder is opened: the stages remember what they read of each word (its
  // lexicon flags, stem, claim reading), so passes over the same articles again get faster than
  // new text is read. The stories (folders) are split in two: the compiler warms up on one half,
  // three passes, and the other half is timed once, its words new to the process but for those
  // the two halves share, as any two stories do.
  const { warmUp, unseen } = splitByStory(base);
  for (let pass = 0; pass < 3; pass++) time(warmUp, (input) => analyzeArticle(input, 'bench'), 0);
  const unseenBytes = utf8Bytes(unseen);
  const firstSeenCpu = threadCpuSeconds();
  const firstSeenSeconds = time(unseen, (input) => analyzeArticle(input, 'bench'), 0);
  const seenAgainCpu = threadCpuSeconds();
  const seenAgainSeconds = time(unseen, (input) => analyzeArticle(input, 'bench'), 0);
  const doneCpu = threadCpuSeconds();
  // The main thread's CPU time, where the system gives it: on a busy machine wall time measures the other jobs as well.
  const cpuFigure = (from: number | null, to: number | null): string => (from !== null && to !== null && to > from ? `, ${mbPerSecond(unseenBytes, to - from)} MB/s of main-thread CPU time` : '');
  console.log(
    `pipeline (analyzeArticle), first seen: ${mbPerSecond(unseenBytes, firstSeenSeconds)} MB/s${cpuFigure(firstSeenCpu, seenAgainCpu)} (${unseen.length} articles of ${storyCount(unseen)} stories, ${(unseenBytes / 1024 / 1024).toFixed(2)} MB, one pass after warming up on the ${storyCount(warmUp)} others); ` +
      `the same articles again: ${mbPerSecond(unseenBytes, seenAgainSeconds)} MB/s${cpuFigure(seenAgainCpu, doneCpu)}`,
  );

  // Steady state, as in a long editor session or a large CLI run over reprinted text: one untimed
  // pass compiles the hot paths, then the best of three passes is reported (the machine may be busy).
  time(base, (input) => analyzeArticle(input, 'bench'));
  const passes = [0, 1, 2].map(() => time(inputs, (input) => analyzeArticle(input, 'bench')));
  const pipelineSeconds = Math.min(...passes);
  console.log(
    `pipeline (analyzeArticle), repeated articles: ${mbPerSecond(bytes, pipelineSeconds)} MB/s (best of 3; passes ${passes.map((s) => mbPerSecond(bytes, s)).join(', ')} MB/s)`,
  );

  // Per stage: each stage timed alone on inputs prepared by the stages before it.
  const articles = inputs.map((input) => parseArticleText(input.text));
  const textSeconds = time(inputs, (input) => parseArticleText(input.text));
  const sentenceLists = articles.map((article) => splitSentences(article));
  const sentenceSeconds = timeIndexed(articles, (a) => splitSentences(a));
  const tokenLists = articles.map((article, i) => tokenizeArticle(article.text, wordLines(article), sentenceLists[i]));
  const tokenSeconds = timeIndexed(articles, (a, i) => tokenizeArticle(a.text, wordLines(a), sentenceLists[i]));
  const peopleLists = articles.map((article, i) => extractPeople(article, sentenceLists[i], tokenLists[i]));
  const peopleSeconds = timeIndexed(articles, (a, i) => extractPeople(a, sentenceLists[i], tokenLists[i]));
  const datesSeconds = timeIndexed(articles, (a, i) => extractDates(a, sentenceLists[i], inferReferenceDate(a, sentenceLists[i], tokenLists[i]), tokenLists[i]));
  const quotesSeconds = timeIndexed(articles, (a, i) => extractQuotes(a, sentenceLists[i], peopleLists[i]));
  const quoteLists = articles.map((a, i) => extractQuotes(a, sentenceLists[i], peopleLists[i]));
  const claimsSeconds = timeIndexed(articles, (a, i) => extractClaims(a, sentenceLists[i], 'bench'));
  // What the corpus stage compares, read per article: claim features and clauses, people's names.
  const dateLists = articles.map((a, i) => extractDates(a, sentenceLists[i], inferReferenceDate(a, sentenceLists[i], tokenLists[i]), tokenLists[i]));
  const claimLists = articles.map((a, i) => claimsOrSentences('bench', a, sentenceLists[i], extractClaims(a, sentenceLists[i], 'bench')));
  const readingSeconds = timeIndexed(articles, (a, i) => {
    analyzeClaims({ article: a, people: peopleLists[i], dates: dateLists[i], quotes: quoteLists[i], tokens: tokenLists[i] }, claimLists[i]);
    readPersonNames(peopleLists[i].persons);
  });
  const factsSeconds = timeIndexed(articles, (a, i) => extractFacts({ text: a.text, claims: claimLists[i], mentions: peopleLists[i].mentions, dates: dateLists[i], quotes: quoteLists[i] }));
  for (const [stage, seconds] of [
    ['text model', textSeconds],
    ['sentences', sentenceSeconds],
    ['tokens', tokenSeconds],
    ['people', peopleSeconds],
    ['dates', datesSeconds],
    ['quotes', quotesSeconds],
    ['claims', claimsSeconds],
    ['claim reading', readingSeconds],
    ['facts', factsSeconds],
  ] as const) {
    console.log(`  stage ${stage.padEnd(13)} ${mbPerSecond(bytes, seconds).padStart(9)} MB/s`);
  }

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const chrono = require('chrono-node/en') as { parse: (text: string, ref?: Date) => unknown[] };
  const refDate = new Date('2025-04-25T12:00:00Z');
  const chronoSeconds = time(inputs, (input) => chrono.parse(input.text, refDate));
  console.log(`chrono-node parse: ${mbPerSecond(bytes, chronoSeconds)} MB/s; pipeline is ${(chronoSeconds / pipelineSeconds).toFixed(2)}× chrono's speed`);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => { people: () => { out: (f: string) => unknown } };
  const compromiseInputs = inputs.slice(0, Math.max(50, Math.ceil(inputs.length / 4)));
  const compromiseBytes = utf8Bytes(compromiseInputs);
  const compromiseSeconds = time(compromiseInputs, (input) => nlp(input.text).people().out('array'));
  const compromiseRate = compromiseBytes / compromiseSeconds;
  console.log(
    `compromise people(): ${mbPerSecond(compromiseBytes, compromiseSeconds)} MB/s (on ${(compromiseBytes / 1024 / 1024).toFixed(2)} MB); ` +
      `pipeline is ${(bytes / pipelineSeconds / compromiseRate).toFixed(2)}× compromise's speed`,
  );
}

/** The folder an article is in: one story (an ECB+ topic, a MEANTIME corpus, the seeds). */
function storyOf(input: ArticleInput): string {
  return path.dirname(input.path);
}

/** The articles of every other story (folders in sorted order) to warm up on, and the rest. */
function splitByStory(inputs: readonly ArticleInput[]): { warmUp: ArticleInput[]; unseen: ArticleInput[] } {
  const stories = [...new Set(inputs.map(storyOf))].sort();
  const warmStories = new Set(stories.filter((_, i) => i % 2 === 0));
  return { warmUp: inputs.filter((a) => warmStories.has(storyOf(a))), unseen: inputs.filter((a) => !warmStories.has(storyOf(a))) };
}

function storyCount(inputs: readonly ArticleInput[]): number {
  return new Set(inputs.map(storyOf)).size;
}

function timeIndexed<T>(items: readonly T[], work: (item: T, index: number) => unknown): number {
  for (let i = 0; i < Math.min(50, items.length); i++) work(items[i], i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < items.length; i++) work(items[i], i);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

main();
