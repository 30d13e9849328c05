/**
 * What the benchmarks share: the 1,000-article sample of ECB+ and MEANTIME (bench/corpus.ts,
 * bench/rejoin.ts, `npm run bench:against`), the one-word edit, this thread's CPU time and the median.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corporaRoot, readArticles } from '../eval/corpora';

/** The ECB+ and MEANTIME articles the samples are drawn from. */
export function benchPool(): { path: string; text: string }[] {
  return [...readArticles(path.join(corporaRoot, 'ecbplus-dev')), ...readArticles(path.join(corporaRoot, 'meantime'))];
}

/** `count` articles of the pool, with repetition: a fixed stride keeps the sample the same from run to run. */
export function sampled<T>(pool: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, i) => pool[(i * 7919) % pool.length]);
}

/** The sample as files of an editor's corpus: key, path, a fresh id, text. */
export function sampledFiles(count: number): { key: string; path: string; id: string; text: string }[] {
  return sampled(benchPool(), count).map((input, i) => ({ key: `file-${i}`, path: input.path, id: `bench-${i}`, text: input.text }));
}

/** The text with one word of its middle changed: a lower-case word of four letters or more gets an "x" appended. */
export function editOneWord(text: string): string {
  const words = [...text.matchAll(/\b[a-z]{4,}\b/g)];
  if (words.length === 0) return text + ' x';
  const word = words[Math.floor(words.length / 2)];
  const at = word.index + word[0].length;
  return text.slice(0, at) + 'x' + text.slice(at);
}

/**
 * CPU seconds the calling thread has used (Linux `/proc/thread-self/stat`, in 10 ms ticks), or null
 * where there is no such file: the collector's and compiler's helper threads are left out, and the
 * machine's other work changes it least.
 */
export function threadCpuSeconds(): number | null {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    // The fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
