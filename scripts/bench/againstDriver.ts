/**
 * The driver of `scripts/bench/againstCommit.ts`: `node driver.js BEFORE_BUNDLE NOW_BUNDLE ROUNDS ARTICLES EDITS`.
 * Each bundle exports `analyzeArticle`, `incremental` and `corpus` of one commit's engine.
 */
import * as path from 'node:path';
import { corporaRoot, readArticles } from '../eval/corpora';
import { editOneWord, median, sampledFiles, threadCpuSeconds } from './measure';

interface Input {
  path: string;
  text: string;
}
interface File extends Input {
  key: string;
  id: string;
}
interface Engine {
  analyzeArticle: (input: Input, id: string) => unknown;
  incremental: { IncrementalCorpus: new () => { update: (files: readonly File[]) => { articles: unknown[] } | undefined } };
  corpus: {
    buildCorpusAnalysis?: (articles: unknown[]) => unknown;
    buildCorpusReport?: (articles: unknown[]) => unknown;
    CorpusJoiner?: new () => { join: (articles: unknown[]) => unknown };
  };
}

/** This thread's CPU seconds: the driver runs on Linux, where `threadCpuSeconds` reads them. */
function cpuSeconds(): number {
  const seconds = threadCpuSeconds();
  if (seconds === null) throw new Error('bench:against needs /proc/thread-self/stat (Linux)');
  return seconds;
}

function main(): void {
  const [beforeBundle, nowBundle, roundsArg, countArg, editsArg] = process.argv.slice(2);
  /* eslint-disable @typescript-eslint/no-require-imports */
  const engines: Record<'before' | 'now', Engine> = { before: require(beforeBundle) as Engine, now: require(nowBundle) as Engine };
  const chrono = require('chrono-node/en') as { parse: (text: string, ref?: Date) => unknown[] };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const seeds = path.join(process.env.CROSSREAD_BENCH_SOURCE ?? path.join(__dirname, '..', '..', 'bench'), '..', 'seeds');
  const articles = [...readArticles(seeds), ...readArticles(path.join(corporaRoot, 'meantime')), ...readArticles(path.join(corporaRoot, 'ecbplus-dev'))];
  const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0) / 1024 / 1024;
  const refDate = new Date('2025-04-25T12:00:00Z');
  const passes: Record<string, (a: Input) => unknown> = {
    before: (a) => engines.before.analyzeArticle(a, 'bench'),
    now: (a) => engines.now.analyzeArticle(a, 'bench'),
    chrono: (a) => chrono.parse(a.text, refDate),
  };
  const names = Object.keys(passes);
  console.log(`against ${process.env.CROSSREAD_AGAINST ?? 'the other commit'}: ${articles.length} articles, ${megabytes.toFixed(2)} MB a pass`);
  for (const name of names) for (const a of articles) passes[name](a);
  const speeds: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const rounds = Number(roundsArg);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length];
      const start = cpuSeconds();
      for (const a of articles) passes[name](a);
      speeds[name].push(megabytes / (cpuSeconds() - start));
    }
    console.log(`  round ${r + 1}: ${names.map((n) => `${n} ${speeds[n][r].toFixed(2)}`).join(', ')} MB/s; now/before ${(speeds.now[r] / speeds.before[r]).toFixed(2)}`);
  }
  const ratios = speeds.now.map((v, r) => v / speeds.before[r]);
  console.log(
    `pipeline, MB/s of main-thread CPU (median of ${rounds} rounds): before ${median(speeds.before).toFixed(2)}, now ${median(speeds.now).toFixed(2)}, chrono-node ${median(speeds.chrono).toFixed(2)}; ` +
      `now/before ${median(ratios).toFixed(2)} (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}), now/chrono ${(median(speeds.now) / median(speeds.chrono)).toFixed(2)}, before/chrono ${(median(speeds.before) / median(speeds.chrono)).toFixed(2)}`,
  );

  // One edit at a time, each engine's corpus brought up to date and joined as that engine's editor does.
  const count = Number(countArg);
  const edits = Number(editsArg);
  const files: File[] = sampledFiles(count);
  const joinOf = (engine: Engine): ((articles: unknown[]) => unknown) => {
    const { corpus } = engine;
    if (corpus.CorpusJoiner) {
      const joiner = new corpus.CorpusJoiner();
      return (a) => joiner.join(a);
    }
    const full = corpus.buildCorpusReport ?? corpus.buildCorpusAnalysis;
    if (!full) throw new Error('no corpus join found in the engine');
    return full;
  };
  const sides = (['before', 'now'] as const).map((name) => {
    const corpus = new engines[name].incremental.IncrementalCorpus();
    const join = joinOf(engines[name]);
    join(corpus.update(files)!.articles);
    return { name, corpus, join, cpu: [] as number[] };
  });
  for (let k = 0; k < edits; k++) {
    const i = Math.floor(((k + 0.5) * count) / edits);
    files[i] = { ...files[i], text: editOneWord(files[i].text) };
    for (let s = 0; s < sides.length; s++) {
      const side = sides[(s + k) % sides.length];
      const start = cpuSeconds();
      side.join(side.corpus.update(files)!.articles);
      side.cpu.push(cpuSeconds() - start);
    }
  }
  const [before, now] = sides;
  console.log(
    `after one edit of ${count} articles (median of ${edits}), update and join, main-thread CPU: before ${median(before.cpu).toFixed(2)} s, now ${median(now.cpu).toFixed(2)} s (now/before ${(median(now.cpu) / median(before.cpu)).toFixed(2)})`,
  );
}

main();
