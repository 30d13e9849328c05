/**
 * Whole-corpus scale: seeded synthetic corpora (scripts/bench/generate.ts: stories reprinted by
 * several outlets, some wire stories by 60) of each size, each analysed in a fresh process, which
 * prints the per-article pipeline time, the corpus stages' time (people, events, matching,
 * syndication, quote echoes), writing the JSON report, and the peak memory of the process
 * (resident set and the largest V8 heap seen); then the growth of time and memory from one size
 * to the next (10× the articles: about 10 is linear). With `--cache`, the per-article pass goes
 * through a cold persistent cache (src/node/analysisCache.ts: analysing and storing every article),
 * then a new cache object on the same folder reads them all back (as on reopening a workspace).
 *
 * `npm run bench -- scale` runs 1,000 articles; `npm run bench -- scale 1000 10000` (or
 * `npx tsx bench/scale.ts 1000 10000`) adds 10,000, which takes a few minutes; add `--cache` for cold against cached.
 * `--per-article` leaves out the corpus stages and the report (with `--cache`: the cache alone,
 * filled and read back, and the memory the analyses hold), which at 10,000 articles take most of
 * the time. Figures only.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis, type ArticleInput, type CorpusFile } from '../src/core';
import { buildCorpusAnalysis } from '../src/core/corpus';
import { writeJsonReport } from '../src/node/reportStream';
import { AnalysisCache } from '../src/node/analysisCache';
import { generateCorpus } from '../scripts/bench/generate';

interface Measured {
  articles: number;
  megabytes: number;
  perArticleSeconds: number;
  corpusSeconds: number;
  writeSeconds: number;
  matches: number;
  peakRssMB: number;
  peakHeapMB: number;
  /** Through the persistent cache: filling it (analysing and writing), then reading it back; the corpus stages apart. */
  coldCacheSeconds?: number;
  cachedSeconds?: number;
  cachedCorpusSeconds?: number;
  cacheMB?: number;
  /** The joined result kept for the next session (`corpusStore`): its writing after the cold pass, and its reading on reopening. */
  keepSeconds?: number;
  storedResultSeconds?: number;
  storedResultMB?: number;
}

/** Samples the V8 heap while synchronous work runs between samples (called at stage boundaries and every 100 articles). */
class HeapPeak {
  peak = 0;
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().heapUsed);
  }
}

async function measure(count: number, withCache: boolean, perArticleOnly: boolean): Promise<Measured> {
  const inputs = generateCorpus(count);
  const megabytes = inputs.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const heap = new HeapPeak();
  let t = process.hrtime.bigint();
  const seconds = (): number => Number(process.hrtime.bigint() - t) / 1e9;
  // With --cache, the cold pass is this one: each article analysed and stored.
  const cacheDir = withCache ? fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-scale-cache-')) : null;
  const cold = cacheDir ? new AnalysisCache(cacheDir, { engine: 'bench' }) : null;
  const articles: ArticleAnalysis[] = inputs.map((input, i) => {
    if (i % 100 === 0) heap.sample();
    const id = input.path.replace(/\.txt$/, '');
    return cold ? cold.analyze(input, id).analysis : analyzeArticle(input, id);
  });
  const perArticleSeconds = seconds();
  heap.sample();
  // Progress on stderr (shown as it comes): a run stopped early still gives the stages it finished.
  const progress = (stage: string): void => void process.stderr.write(`  ${count} articles: ${stage}, peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
  progress(`per-article pipeline ${perArticleSeconds.toFixed(2)} s`);
  let corpusSeconds = 0;
  let writeSeconds = 0;
  let keepSeconds: number | undefined;
  let matches = 0;
  if (!perArticleOnly) {
    t = process.hrtime.bigint();
    // Only the report and the quote echoes are kept: the rest of the corpus stages' index (matching's
    // structures) is as large again, and holding it through the writes below passed the heap's limit at 10,000.
    const { report, quoteEchoes } = ((built) => ({ report: built.report, quoteEchoes: built.crossSource.quoteEchoes }))(buildCorpusAnalysis(articles));
    corpusSeconds = seconds();
    matches = report.matches.length;
    heap.sample();
    progress(`corpus stages ${corpusSeconds.toFixed(2)} s (${matches} matches)`);
    if (cold) {
      // What the analysis thread does once idle: keep the joined result for the next session.
      t = process.hrtime.bigint();
      await cold.corpusStore().write(filesOf(inputs), { report, quoteEchoes });
      keepSeconds = seconds();
      heap.sample();
    }
    t = process.hrtime.bigint();
    const devNull = fs.createWriteStream(os.devNull);
    await writeJsonReport(report, devNull);
    await new Promise<void>((resolve) => devNull.end(resolve));
    writeSeconds = seconds();
    heap.sample();
  }
  const measured: Measured = {
    articles: count,
    megabytes,
    perArticleSeconds,
    corpusSeconds,
    writeSeconds,
    matches,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    peakHeapMB: heap.peak / 1e6,
  };
  if (cacheDir) {
    try {
      measured.coldCacheSeconds = perArticleSeconds;
      // Let the cold pass's analyses go: a reopened workspace holds only what it reads back (and a heap
      // twice as full would slow every collection while reading).
      articles.length = 0;
      // Reopening: a new cache object on the same folder reads every analysis back; then the corpus stages.
      const cache = new AnalysisCache(cacheDir, { engine: 'bench' });
      t = process.hrtime.bigint();
      const analysed = inputs.map((input) => cache.analyze(input, input.path.replace(/\.txt$/, '')).analysis);
      measured.cachedSeconds = seconds();
      heap.sample();
      if (!perArticleOnly) {
        // The joined result the cold pass kept, read back (what a reopened workspace shows); then, for
        // comparison, the corpus stages run again as they would without it.
        t = process.hrtime.bigint();
        const stored = cache.corpusStore().read(filesOf(inputs));
        measured.storedResultSeconds = seconds();
        if (!stored) throw new Error('the joined result kept by the cold pass was not read back');
        measured.keepSeconds = keepSeconds;
        const corpusFolder = path.join(cache.folder, 'corpus');
        measured.storedResultMB = fs.readdirSync(corpusFolder).reduce((n, f) => n + fs.statSync(path.join(corpusFolder, f)).size, 0) / 1e6;
        t = process.hrtime.bigint();
        buildCorpusAnalysis(analysed);
        measured.cachedCorpusSeconds = seconds();
      }
      const files = fs.readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(cacheDir, f)).filter((f) => fs.statSync(f).isFile());
      measured.cacheMB = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 1e6;
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  return measured;
}

/** The corpus files of the generated inputs, as the analysis thread and the CLI key joined results by them. */
function filesOf(inputs: readonly ArticleInput[]): CorpusFile[] {
  return inputs.map((input) => ({ ...input, key: input.path, id: input.path.replace(/\.txt$/, '') }));
}

function ratio(a: number, b: number): string {
  return b > 0 ? (a / b).toFixed(1) : '-';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const child = args.indexOf('--child');
  if (child !== -1) {
    const measured = await measure(Number(args[child + 1]), args.includes('--cache'), args.includes('--per-article'));
    process.stdout.write(`RESULT ${JSON.stringify(measured)}\n`);
    return;
  }
  const options = args.filter((a) => a === '--cache' || a === '--per-article');
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  if (sizes.length === 0) sizes.push(1000);
  const results: Measured[] = [];
  for (const size of sizes) {
    // A fresh process per size: the peak resident set is the process's, and one size must not warm the next.
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1], '--child', String(size), ...options], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) {
      console.log(`${size} articles: failed (${run.status ?? run.signal})`);
      continue;
    }
    const m = JSON.parse(line.slice('RESULT '.length)) as Measured;
    results.push(m);
    const total = m.perArticleSeconds + m.corpusSeconds;
    console.log(
      `${m.articles} articles (${m.megabytes.toFixed(1)} MB): full analysis ${total.toFixed(2)} s (per-article ${m.perArticleSeconds.toFixed(2)} s, corpus ${m.corpusSeconds.toFixed(2)} s), ` +
        `JSON report written in ${m.writeSeconds.toFixed(2)} s, ${m.matches} matches, peak RSS ${m.peakRssMB.toFixed(0)} MB, peak heap ${m.peakHeapMB.toFixed(0)} MB` +
        (m.cachedSeconds !== undefined
          ? `; the per-article pass above filled the cache (${m.cacheMB!.toFixed(0)} MB); reopened: ${m.cachedSeconds.toFixed(2)} s to read every analysis back` +
            (m.storedResultSeconds !== undefined
              ? `, the joined result kept after the first pass (${m.storedResultMB!.toFixed(0)} MB, written in ${m.keepSeconds!.toFixed(2)} s) read back in ${m.storedResultSeconds.toFixed(2)} s` +
                ` (reopened in ${(m.cachedSeconds + m.storedResultSeconds).toFixed(2)} s; the corpus stages run again instead: ${m.cachedCorpusSeconds!.toFixed(2)} s)`
              : '')
          : ''),
    );
  }
  for (let k = 1; k < results.length; k++) {
    const [a, b] = [results[k - 1], results[k]];
    console.log(
      `growth ${a.articles} → ${b.articles} (×${ratio(b.articles, a.articles)} articles): time ×${ratio(b.perArticleSeconds + b.corpusSeconds, a.perArticleSeconds + a.corpusSeconds)} ` +
        `(per-article ×${ratio(b.perArticleSeconds, a.perArticleSeconds)}, corpus ×${ratio(b.corpusSeconds, a.corpusSeconds)}), matches ×${ratio(b.matches, a.matches)}, peak RSS ×${ratio(b.peakRssMB, a.peakRssMB)}`,
    );
  }
}

void main();
