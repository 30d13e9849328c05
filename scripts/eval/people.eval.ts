/**
 * People evaluation (`npx tsx scripts/eval/run.ts people`):
 *  - MEANTIME person-name spans, exact and overlap P/R/F1 inside the annotated sentences, scored as
 *    the corpora README says (pronoun predictions and predictions on annotated non-name person
 *    mentions are neither right nor wrong), with the false positives and negatives listed;
 *  - the seeds against the hand key in test/fixtures/people/seeds-people.json;
 *  - a sample of ECB+ articles with the people found, for checking false positives by eye;
 *  - speed of the people extractor alone and of the whole per-article pipeline.
 * Set PEOPLE_EVAL_QUIET=1 to print only the figures.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core';
import { extractPeople } from '../../src/core/extract/people';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';
import { corporaRoot, corpusAvailable, f1, insideAny, loadMeantime, pct, readArticles, type Span } from './corpora';

const quiet = process.env.PEOPLE_EVAL_QUIET === '1';
const PRONOUNS = /^(?:he|him|his|himself|she|her|hers|herself|they|them|their|i|me|my|we|us|our|you|your)$/i;

interface Scored {
  exact: { tp: number; fp: number; fn: number };
  overlap: { tpPredicted: number; predicted: number; tpGold: number; gold: number };
  falsePositives: string[];
  falseNegatives: string[];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function emptyScore(): Scored {
  return { exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0 }, falsePositives: [], falseNegatives: [] };
}

/** Scores one document's predicted spans against its gold spans. */
function scoreDocument(
  score: Scored,
  label: string,
  text: string,
  predicted: readonly Span[],
  gold: readonly Span[],
  neutral: readonly Span[],
): void {
  const context = (s: Span): string => {
    const left = text.slice(Math.max(0, s.start - 30), s.start).replace(/\s+/g, ' ');
    const right = text.slice(s.end, s.end + 30).replace(/\s+/g, ' ');
    return `${label}: …${left}[${text.slice(s.start, s.end)}]${right}…`;
  };
  const kept = predicted.filter((p) => {
    if (PRONOUNS.test(text.slice(p.start, p.end))) return false;
    if (!gold.some((g) => overlaps(g, p)) && neutral.some((n) => overlaps(n, p))) return false;
    return true;
  });
  for (const p of kept) {
    const exact = gold.some((g) => g.start === p.start && g.end === p.end);
    if (exact) score.exact.tp++;
    else {
      score.exact.fp++;
      score.falsePositives.push(context(p));
    }
    score.overlap.predicted++;
    if (gold.some((g) => overlaps(g, p))) score.overlap.tpPredicted++;
  }
  for (const g of gold) {
    if (!kept.some((p) => p.start === g.start && p.end === g.end)) {
      score.exact.fn++;
      score.falseNegatives.push(context(g));
    }
    score.overlap.gold++;
    if (kept.some((p) => overlaps(g, p))) score.overlap.tpGold++;
  }
}

function printScore(name: string, score: Scored, listTop = 40): { exactF1: number } {
  const p = score.exact.tp / Math.max(1, score.exact.tp + score.exact.fp);
  const r = score.exact.tp / Math.max(1, score.exact.tp + score.exact.fn);
  const op = score.overlap.tpPredicted / Math.max(1, score.overlap.predicted);
  const or = score.overlap.tpGold / Math.max(1, score.overlap.gold);
  console.log(`${name}: exact P ${pct(p)} R ${pct(r)} F1 ${pct(f1(p, r))}  |  overlap P ${pct(op)} R ${pct(or)} F1 ${pct(f1(op, or))}` +
    `  (gold ${score.overlap.gold}, predicted ${score.overlap.predicted})`);
  if (!quiet) {
    if (score.falsePositives.length) console.log(`  false positives (${score.falsePositives.length}):\n    ` + score.falsePositives.slice(0, listTop).join('\n    '));
    if (score.falseNegatives.length) console.log(`  false negatives (${score.falseNegatives.length}):\n    ` + score.falseNegatives.slice(0, listTop).join('\n    '));
  }
  return { exactF1: f1(p, r) };
}

function evaluateMeantime(): void {
  if (!corpusAvailable('meantime')) {
    console.log('meantime: corpus not found under ' + corporaRoot);
    return;
  }
  const { key, analysis } = loadMeantime();
  const score = emptyScore();
  for (const doc of analysis.articles) {
    const gold = key.documents[doc.id];
    if (!gold) continue;
    const inside = (s: Span): boolean => insideAny(s, gold.annotated);
    const goldSpans = gold.people.filter(inside);
    const goldKeys = new Set(gold.people.map((g) => `${g.start}:${g.end}`));
    const neutral = gold.personMentions.filter((m) => inside(m) && !goldKeys.has(`${m.start}:${m.end}`));
    scoreDocument(score, doc.id.slice(0, 40), doc.article.text, doc.people.mentions.filter(inside), goldSpans, neutral);
  }
  printScore('MEANTIME people', score);
}

function evaluateSeeds(): void {
  const fixture = path.join(__dirname, '../../test/fixtures/people/seeds-people.json');
  const seedsDir = path.join(__dirname, '../../seeds');
  if (!fs.existsSync(fixture) || !fs.existsSync(seedsDir)) return;
  const key = JSON.parse(fs.readFileSync(fixture, 'utf8')) as { documents: Record<string, Span[]> };
  const score = emptyScore();
  for (const file of readArticles(seedsDir)) {
    const analysis = analyzeArticle(file);
    const gold = key.documents[analysis.id] ?? [];
    scoreDocument(score, analysis.id.slice(0, 12), file.text, analysis.people.mentions, gold, []);
    if (!quiet) {
      console.log(`  seed ${analysis.id}: ` + analysis.people.persons.map((p) => `${p.name}${p.gender ? ` (${p.gender[0]})` : ''} [${p.roles.join('; ')}]`).join(', '));
    }
  }
  printScore('Seeds hand key', score);
}

/**
 * A results or list line rather than prose: a line ending in a number, a line with three or more
 * numbers or two parentheses, a numbered entry, or a line of names with hardly a lower-case word
 * ("Tom Harlow (Britain) beat …", "K. Ormsby c Trelawn b Quennell 56", "A, B, C,").
 */
function isListLine(line: string): boolean {
  const numbers = (line.match(/\d+/g) ?? []).length;
  const lowerWords = (line.match(/(?<![\w.])[a-z]{3,}\b/g) ?? []).length;
  if (/\d\W*$/.test(line) || (lowerWords < 2 && (line.includes(',') || numbers > 0))) return true;
  return numbers >= 3 || (line.match(/\(/g) ?? []).length >= 2 || /^\s*\d+[.)]?\s/.test(line);
}

/**
 * conll-dev (measurement only): exact spans inside the annotated ranges, overall and split into
 * prose lines and results/list lines, since sports pages and running text fail differently.
 */
function evaluateConll(): void {
  if (!corpusAvailable('conll-dev')) return;
  const dir = path.join(corporaRoot, 'conll-dev');
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'key.json'), 'utf8')) as {
    documents: Record<string, { annotated: Span[]; people: Span[] }>;
  };
  const scores = { prose: emptyScore(), list: emptyScore() };
  for (const file of readArticles(dir)) {
    const analysis = analyzeArticle(file);
    const gold = key.documents[analysis.id];
    if (!gold) continue;
    const inside = (s: Span): boolean => insideAny(s, gold.annotated);
    const lineOf = (s: Span): 'prose' | 'list' => {
      const start = file.text.lastIndexOf('\n', s.start - 1) + 1;
      const end = file.text.indexOf('\n', s.start);
      return isListLine(file.text.slice(start, end < 0 ? file.text.length : end)) ? 'list' : 'prose';
    };
    for (const kind of ['prose', 'list'] as const) {
      const predicted = analysis.people.mentions.filter((m) => inside(m) && lineOf(m) === kind);
      const goldSpans = gold.people.filter((g) => inside(g) && lineOf(g) === kind);
      scoreDocument(scores[kind], analysis.id, file.text, predicted, goldSpans, []);
    }
  }
  const all = emptyScore();
  for (const part of [scores.prose, scores.list]) {
    all.exact.tp += part.exact.tp;
    all.exact.fp += part.exact.fp;
    all.exact.fn += part.exact.fn;
    all.overlap.tpPredicted += part.overlap.tpPredicted;
    all.overlap.predicted += part.overlap.predicted;
    all.overlap.tpGold += part.overlap.tpGold;
    all.overlap.gold += part.overlap.gold;
  }
  // The texts are for measurement only: print the figures, never the misses.
  const print = (name: string, score: Scored): void => {
    printScore(name, { ...score, falsePositives: [], falseNegatives: [] });
  };
  print('conll-dev people', all);
  print('  prose lines', scores.prose);
  print('  results/list lines', scores.list);
}

/** A deterministic sample of ECB+ articles, with the people found, for false positives by eye. */
function sampleEcbPlus(): void {
  if (quiet || !corpusAvailable('ecbplus-dev')) return;
  const files = readArticles(path.join(corporaRoot, 'ecbplus-dev'));
  const sample = files.filter((_file, i) => i % 37 === 0).slice(0, 20);
  console.log(`ECB+ sample (${sample.length} of ${files.length} articles): mentions found`);
  for (const file of sample) {
    const analysis = analyzeArticle(file);
    const names = analysis.people.mentions.map((m) => m.text);
    console.log(`  ${analysis.id}: ${names.join(' · ') || '(none)'}`);
  }
}

function measureSpeed(): void {
  const dirs = ['meantime', 'ecbplus-dev'].filter(corpusAvailable).map((d) => path.join(corporaRoot, d));
  const files = dirs.flatMap(readArticles);
  if (files.length === 0) return;
  const parsed = files.map((f) => {
    const article = parseArticleText(f.text);
    return { article, sentences: splitSentences(article) };
  });
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0);
  // CPU time of this process, not wall time: other work on a shared machine must not count.
  const time = (run: () => void): { wall: number; cpu: number } => {
    run(); // warm-up
    const rounds = 3;
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) run();
    const cpu = process.cpuUsage(cpuStart);
    return { wall: Number(process.hrtime.bigint() - start) / 1e9 / rounds, cpu: (cpu.user + cpu.system) / 1e6 / rounds };
  };
  const peopleTime = time(() => {
    for (const p of parsed) extractPeople(p.article, p.sentences);
  });
  const pipelineTime = time(() => {
    for (const f of files) analyzeArticle(f);
  });
  const mb = bytes / 1e6;
  const rate = (t: { wall: number; cpu: number }): string => `${(mb / t.cpu).toFixed(1)} MB/s CPU (${(mb / t.wall).toFixed(1)} MB/s wall)`;
  console.log(`Speed over ${files.length} articles (${mb.toFixed(2)} MB): people extractor ${rate(peopleTime)}; ` +
    `whole per-article pipeline ${rate(pipelineTime)}`);
}

export function evaluate(): void {
  evaluateMeantime();
  evaluateSeeds();
  evaluateConll();
  sampleEcbPlus();
  measureSpeed();
}
