/**
 * Loading of the annotated development corpora in `../shared/corpora` (or $CROSSREAD_CORPORA),
 * shared by the evaluation scripts. The engine is run exactly as the CLI runs it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpusDetailed, type CorpusAnalysis } from '../../src/core';

// Beside the checkout (`../shared/corpora`); benchmarks bundled into out/bench/ pass their source folder.
const sourceDir = process.env.CROSSREAD_BENCH_SOURCE ? path.join(process.env.CROSSREAD_BENCH_SOURCE, '../scripts/eval') : __dirname;
export const corporaRoot = path.resolve(process.env.CROSSREAD_CORPORA ?? path.join(sourceDir, '../../../shared/corpora'));

export interface Span {
  start: number;
  end: number;
}

export interface MeantimeKeyDocument {
  file: string;
  topic: string;
  title: string;
  date: string;
  annotated: Span[];
  people: (Span & { text: string; entity: string })[];
  personMentions: (Span & { text: string; syntacticType: string; entity: string })[];
  timexes: (Span & { text: string; type: string; value: string; dct: boolean })[];
}

export interface MeantimeKey {
  documents: Record<string, MeantimeKeyDocument>;
}

export function corpusAvailable(name: string): boolean {
  return fs.existsSync(path.join(corporaRoot, name));
}

/** Reads every `*.txt` under `dir` (recursively, sorted) as engine input; none when `dir` is missing. */
export function readArticles(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  if (!fs.existsSync(dir)) return out;
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.txt')) out.push({ path: p, text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

export function loadMeantime(): { key: MeantimeKey; analysis: CorpusAnalysis } {
  const dir = path.join(corporaRoot, 'meantime');
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'key.json'), 'utf8')) as MeantimeKey;
  return { key, analysis: analyzeCorpusDetailed(readArticles(dir)) };
}

export function insideAny(span: Span, ranges: readonly Span[]): boolean {
  return ranges.some((r) => span.start >= r.start && span.end <= r.end);
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function pct(x: number): string {
  return (100 * x).toFixed(1) + '%';
}
