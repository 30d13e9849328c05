import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { analyzeCorpus } from '../../src/core';
import { buildCorpusView } from '../../src/core/corpus';
import { IncrementalCorpus, type CorpusFile } from '../../src/core/incremental';
import { InProcessAnalyzer, NEVER_CANCELLED, WorkerAnalyzer, type Cancellation, type CorpusAnalyzer, type HeldResult } from '../../src/node/corpusAnalyzer';

const seedsDir = path.resolve(__dirname, '../../seeds');
const seeds: CorpusFile[] = fs
  .readdirSync(seedsDir)
  .sort()
  .map((name) => ({ key: `file:///seeds/${name}`, path: `seeds/${name}`, id: name.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(seedsDir, name), 'utf8') }));

describe('incremental corpus analysis', () => {
  it('analyses only what changed, and says when nothing did', () => {
    const corpus = new IncrementalCorpus();
    const first = corpus.update(seeds);
    assert.ok(first);
    const again = corpus.update(seeds);
    assert.strictEqual(again?.signature, first.signature, 'the same corpus has the same signature');
    assert.ok(again.articles.every((a, i) => a === first.articles[i]), 'unchanged articles are reused, not re-analysed');

    const edited = seeds.map((f, i) => (i === 2 ? { ...f, text: f.text.replace('three hours', 'four hours') } : f));
    const afterEdit = corpus.update(edited);
    assert.ok(afterEdit && afterEdit.signature !== first.signature);
    assert.notStrictEqual(afterEdit.articles[2], first.articles[2]);
    assert.strictEqual(afterEdit.articles[0], first.articles[0]);

    const removed = corpus.update(edited.slice(1));
    assert.ok(removed && removed.signature !== afterEdit.signature, 'a removed file changes the corpus');
  });

  it('keeps analyses plain data: structured clones (the worker protocol) join to the same report and quote echoes', () => {
    const articles = new IncrementalCorpus().update(seeds)!.articles;
    const cloned = structuredClone(articles);
    assert.deepStrictEqual(cloned, articles);
    const original = buildCorpusView(articles);
    const fromClones = buildCorpusView(cloned);
    assert.strictEqual(JSON.stringify(fromClones), JSON.stringify(original));
    assert.deepStrictEqual(structuredClone(original.quoteEchoes), original.quoteEchoes);
  });

  it('abandons an update when asked to stop, keeping what it analysed', () => {
    const corpus = new IncrementalCorpus();
    let asked = 0;
    assert.strictEqual(corpus.update(seeds, () => ++asked > 2), undefined);
    assert.strictEqual(corpus.update(seeds)?.articles.length, seeds.length);
  });
});

describe('where the extension runs the engine', function () {
  this.timeout(60_000);
  let workerScript: string;
  let scratch: string;
  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-worker-'));
    workerScript = path.join(scratch, 'analysisWorker.js');
    buildSync({ entryPoints: [path.resolve(__dirname, '../../src/node/analysisWorker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  const expected = analyzeCorpus(seeds.map((f) => ({ path: f.path, text: f.text })));

  for (const [name, make] of [
    ['a worker thread', (): CorpusAnalyzer | undefined => WorkerAnalyzer.create(workerScript)],
    ['the calling thread', (): CorpusAnalyzer | undefined => new InProcessAnalyzer()],
  ] as const) {
    it(`gives the CLI's report in ${name}, and answers 'unchanged' only to a caller holding that result`, async () => {
      const analyzer = make();
      assert.ok(analyzer, 'the analyzer starts');
      try {
        const outcome = await analyzer.analyze(seeds, NEVER_CANCELLED);
        assert.ok(outcome.kind === 'done');
        assert.deepStrictEqual(outcome.report, expected);
        const held: HeldResult = { signature: outcome.signature, articleByKey: (key) => outcome.articles[seeds.findIndex((f) => f.key === key)] };
        assert.strictEqual((await analyzer.analyze(seeds, NEVER_CANCELLED, held)).kind, 'unchanged');
        // A caller that dropped that result (say, cancelled) gets it again rather than "unchanged".
        assert.strictEqual((await analyzer.analyze(seeds, NEVER_CANCELLED, null)).kind, 'done');

        // After an edit, the analyses come back complete (the unchanged ones from what the caller holds).
        const edited = seeds.map((f, i) => (i === 1 ? { ...f, text: f.text.replace('three-hour', 'four-hour') } : f));
        const afterEdit = await analyzer.analyze(edited, NEVER_CANCELLED, held);
        assert.ok(afterEdit.kind === 'done');
        assert.deepStrictEqual(afterEdit.report, analyzeCorpus(edited.map((f) => ({ path: f.path, text: f.text }))));
        assert.strictEqual(afterEdit.articles.length, seeds.length);
        assert.ok(afterEdit.articles[1].article.text.includes('four-hour'));
        assert.strictEqual(afterEdit.articles[0], outcome.articles[0], 'an unchanged analysis is the one the caller holds');
      } finally {
        analyzer.dispose();
      }
    });
  }

  it('lets a newer request overtake an older one in the worker', async () => {
    const analyzer = WorkerAnalyzer.create(workerScript);
    assert.ok(analyzer);
    try {
      const older = analyzer.analyze(seeds, NEVER_CANCELLED);
      const newer = analyzer.analyze(seeds.slice(0, 2), NEVER_CANCELLED);
      const [a, b] = await Promise.all([older, newer]);
      assert.ok(a.kind === 'cancelled' || a.kind === 'done', a.kind);
      assert.strictEqual(b.kind === 'done' ? b.report.documents.length : -1, 2);
    } finally {
      analyzer.dispose();
    }
  });

  it('stops a request in the worker when its caller cancels it', async () => {
    const analyzer = WorkerAnalyzer.create(workerScript);
    assert.ok(analyzer);
    try {
      const listeners: (() => void)[] = [];
      const cancellation: { isCancellationRequested: boolean; cancel(): void } & Pick<Cancellation, 'onCancellationRequested'> = {
        isCancellationRequested: false,
        onCancellationRequested: (listener) => {
          listeners.push(listener);
          return { dispose() {} };
        },
        cancel() {
          this.isCancellationRequested = true;
          for (const listener of listeners) listener();
        },
      };
      // Many distinct articles, so the worker is still busy when the cancellation arrives.
      const many = Array.from({ length: 200 }, (_, i) => ({ ...seeds[i % seeds.length], key: `k${i}`, id: `d${i}`, text: `${seeds[i % seeds.length].text}\nVariant ${i}.` }));
      const outcome = analyzer.analyze(many, cancellation);
      setTimeout(() => cancellation.cancel(), 50);
      const answer = await outcome;
      assert.ok(answer.kind === 'cancelled' && answer.stoppedEarly, `the worker abandoned the work: ${JSON.stringify(answer)}`);
      // The worker is free again: the next request is answered in full.
      assert.strictEqual((await analyzer.analyze(seeds, NEVER_CANCELLED)).kind, 'done');
    } finally {
      analyzer.dispose();
    }
  });

  it('is not created when the worker script is missing', () => {
    assert.strictEqual(WorkerAnalyzer.create(path.join(scratch, 'missing.js')), undefined);
  });
});
