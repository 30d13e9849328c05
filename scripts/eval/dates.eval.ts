/**
 * Dates: scores `documents[].dates` on MEANTIME (see ../shared/corpora/README.md) and lists what the
 * engine finds in the seed articles, for eyeballing. Also measures the per-article pipeline's speed.
 *
 *   npx tsx scripts/eval/run.ts dates            figures
 *   DATES_EVAL_VERBOSE=1 npx tsx …               plus every miss, false alarm and wrong value
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core';
import { extractDates, inferReferenceDate } from '../../src/core/extract/dates';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';
import { corporaRoot, corpusAvailable, f1, insideAny, loadMeantime, pct, readArticles, type Span } from './corpora';

const verbose = process.env.DATES_EVAL_VERBOSE === '1';

/** A calendar value that can be scored: a year, month, day or time; not X-filled, *_REF, quarters, seasons or weeks. */
const CALENDAR_VALUE = /^\d{3,4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z?)?)?)?$/;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The predicted value cut to the gold's precision must equal the gold value. */
export function valueMatches(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  return predicted.slice(0, gold.length) === gold;
}

function scoreMeantime(): void {
  if (!corpusAvailable('meantime')) {
    console.log('MEANTIME corpus not found: skipped');
    return;
  }
  const { key, analysis } = loadMeantime();
  const byId = new Map(analysis.report.documents.map((d) => [d.id, d]));
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let correctPredictions = 0;
  let valued = 0;
  let valueRight = 0;
  let referenceRight = 0;
  let referenceTotal = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const wrongValues: string[] = [];
  for (const [id, doc] of Object.entries(key.documents)) {
    const report = byId.get(id);
    if (!report) continue;
    if (doc.date) {
      referenceTotal++;
      if (report.referenceDate.value === doc.date) referenceRight++;
    }
    const predictions = report.dates.filter((d) => insideAny(d, doc.annotated));
    const timexes = doc.timexes.filter((t) => insideAny(t, doc.annotated));
    gold += timexes.length;
    for (const t of timexes) {
      const hits = predictions.filter((p) => overlaps(p, t));
      if (hits.length > 0) found++;
      else misses.push(`${id}: "${t.text}" ${t.type} ${t.value}`);
      if ((t.type === 'DATE' || t.type === 'TIME') && CALENDAR_VALUE.test(t.value)) {
        valued++;
        // The prediction that best covers the gold span answers for it.
        const best = hits.sort((a, b) => Math.min(b.end, t.end) - Math.max(b.start, t.start) - (Math.min(a.end, t.end) - Math.max(a.start, t.start)))[0];
        if (best && valueMatches(best.value, t.value)) valueRight++;
        else wrongValues.push(`${id}: "${t.text}" gold ${t.value}, got ${best ? `"${best.text}" ${best.value}` : 'nothing'} (ref ${report.referenceDate.value})`);
      }
    }
    predicted += predictions.length;
    for (const p of predictions) {
      if (timexes.some((t) => overlaps(p, t))) correctPredictions++;
      else falseAlarms.push(`${id}: "${p.text}" ${p.kind} ${p.value}`);
    }
  }
  const recall = found / gold;
  const precision = correctPredictions / predicted;
  console.log(`MEANTIME timexes (overlap, annotated ranges): recall ${pct(recall)} (${found}/${gold}), precision ${pct(precision)} (${correctPredictions}/${predicted}), F1 ${pct(f1(precision, recall))}`);
  console.log(`MEANTIME calendar values exactly right: ${pct(valueRight / valued)} (${valueRight}/${valued})`);
  console.log(`MEANTIME reference dates equal to the key's date: ${referenceRight}/${referenceTotal}`);
  if (verbose) {
    console.log('\nmissed:\n  ' + misses.join('\n  '));
    console.log('\nfalse alarms:\n  ' + falseAlarms.join('\n  '));
    console.log('\nwrong values:\n  ' + wrongValues.join('\n  '));
  }
}

function listSeeds(): void {
  const dir = path.resolve(__dirname, '../../seeds');
  if (!fs.existsSync(dir)) return;
  console.log('\nSeeds (every date found, for eyeballing):');
  for (const input of readArticles(dir)) {
    const analysis = analyzeArticle(input);
    console.log(`\n  ${analysis.id}: reference ${analysis.referenceDate.value ?? 'null'} (${analysis.referenceDate.source})`);
    for (const d of analysis.dates) {
      console.log(`    ${JSON.stringify(d.text).padEnd(34)} ${d.kind.padEnd(8)} ${String(d.value).padEnd(12)} ${d.resolution ?? ''}`);
    }
  }
}

/**
 * Throughput over MEANTIME + seeds + ECB+ text: the whole per-article pipeline, and the dates
 * stage alone (reference date + extraction on already parsed articles). Best of three runs, by
 * wall clock and by this process's CPU time (other work on a shared machine inflates the former).
 */
function measureSpeed(): void {
  const inputs: { path: string; text: string }[] = [];
  for (const name of ['meantime', 'ecbplus-dev']) {
    if (corpusAvailable(name)) inputs.push(...readArticles(path.join(corporaRoot, name)));
  }
  const seeds = path.resolve(__dirname, '../../seeds');
  if (fs.existsSync(seeds)) inputs.push(...readArticles(seeds));
  const megabytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0) / 1e6;
  const parsed = inputs.map((i) => {
    const article = parseArticleText(i.text);
    return { article, sentences: splitSentences(article) };
  });
  const best = (run: () => void): { wall: number; cpu: number } => {
    run(); // warm up the JIT
    let wall = Infinity;
    let cpu = Infinity;
    for (let round = 0; round < 3; round++) {
      const cpuStart = process.cpuUsage();
      const wallStart = process.hrtime.bigint();
      run();
      wall = Math.min(wall, Number(process.hrtime.bigint() - wallStart) / 1e9);
      const used = process.cpuUsage(cpuStart);
      cpu = Math.min(cpu, (used.user + used.system) / 1e6);
    }
    return { wall, cpu };
  };
  const pipeline = best(() => {
    for (const input of inputs) analyzeArticle(input);
  });
  const dates = best(() => {
    for (const { article, sentences } of parsed) extractDates(article, sentences, inferReferenceDate(article, sentences));
  });
  const rate = (seconds: number): string => `${(megabytes / seconds).toFixed(2)} MB/s`;
  console.log(`\nSpeed over ${inputs.length} articles, ${megabytes.toFixed(2)} MB (best of 3):`);
  console.log(`  whole per-article pipeline: ${rate(pipeline.wall)} wall, ${rate(pipeline.cpu)} CPU`);
  console.log(`  dates stage alone:          ${rate(dates.wall)} wall, ${rate(dates.cpu)} CPU`);
}

export function evaluate(): void {
  scoreMeantime();
  listSeeds();
  measureSpeed();
}
