/**
 * Re-join speed after one edit: 1,000 articles (sampled as in bench/corpus.ts) go through
 * `IncrementalCorpus`, then one article at a time has one word of one sentence changed, and the
 * update (re-analysing the edited article) plus the corpus join is timed: a full join
 * (`buildCorpusReport`) and the re-join of a `CorpusJoiner` that keeps the last join's searches,
 * whose report is checked to be the same. The re-join is what the extension does on every
 * keystroke pause. `npx tsx bench/rejoin.ts [count] [edits]`.
 * Figures only: never a timed assertion.
 */
import { buildCorpusReport, CorpusJoiner } from '../src/core/corpus';
import { IncrementalCorpus, type CorpusFile } from '../src/core/incremental';
import { editOneWord, median, sampledFiles } from '../scripts/bench/measure';

function main(): void {
  const count = Number(process.argv[2] ?? 1000);
  const edits = Number(process.argv[3] ?? 9);
  // The same sample as bench/corpus.ts, so the two benches read the same 1,000 articles.
  const files: CorpusFile[] = sampledFiles(count);
  const corpus = new IncrementalCorpus();
  let t = process.hrtime.bigint();
  const first = corpus.update(files)!;
  const analyse = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  buildCorpusReport(first.articles);
  const join = Number(process.hrtime.bigint() - t) / 1e9;
  const joiner = new CorpusJoiner();
  joiner.join(first.articles);
  const updates: number[] = [];
  const joins: number[] = [];
  const rejoins: number[] = [];
  // Main-thread CPU time too: on a shared machine wall time varies with the load.
  const joinCpu: number[] = [];
  const rejoinCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let differing = 0;
  for (let k = 0; k < edits; k++) {
    // Articles spread over the corpus, each edited once.
    const i = Math.floor(((k + 0.5) * count) / edits);
    files[i] = { ...files[i], text: editOneWord(files[i].text) };
    t = process.hrtime.bigint();
    const result = corpus.update(files)!;
    const updated = process.hrtime.bigint();
    let cpu = process.cpuUsage();
    const full = buildCorpusReport(result.articles);
    joinCpu.push(cpuMs(cpu));
    const joined = process.hrtime.bigint();
    cpu = process.cpuUsage();
    const rejoined = joiner.join(result.articles).report;
    rejoinCpu.push(cpuMs(cpu));
    const done = process.hrtime.bigint();
    updates.push(Number(updated - t) / 1e6);
    joins.push(Number(joined - updated) / 1e6);
    rejoins.push(Number(done - joined) / 1e6);
    if (JSON.stringify(rejoined) !== JSON.stringify(full)) differing++;
  }
  const totals = updates.map((u, k) => u + rejoins[k]);
  console.log(`${count} articles: first analysis ${analyse.toFixed(2)} s, first join ${join.toFixed(2)} s`);
  console.log(
    `after one edit (median of ${edits}): update ${median(updates).toFixed(1)} ms + re-join ${median(rejoins).toFixed(1)} ms = ${median(totals).toFixed(1)} ms; a full join ${median(joins).toFixed(1)} ms`,
  );
  console.log(`CPU time (median): re-join ${median(rejoinCpu).toFixed(0)} ms, full join ${median(joinCpu).toFixed(0)} ms`);
  console.log(differing === 0 ? 'every re-join reported what the full join did' : `${differing} re-joins reported something else than the full join`);
}

main();
