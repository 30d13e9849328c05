import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { AnalysisStopped, analyzeArticle, analyzeCorpus, buildCorpusView } from '../../src/core';
import { IncrementalCorpus, type CorpusFile } from '../../src/core/incremental';
import { NEVER_CANCELLED, WorkerAnalyzer, type AnalyzerLog, type Cancellation, type CorpusAnalyzer, type HeldResult } from '../../src/node/corpusAnalyzer';
import { InProcessAnalyzer } from '../../src/node/inProcessAnalyzer';
import { buildControlledWorker, ControlledWorkers, MARKER } from './helpers/controlledWorker';

const seedsDir = path.resolve(__dirname, '../../seeds');
const seeds: CorpusFile[] = fs
  .readdirSync(seedsDir)
  .sort()
  .map((name) => ({ key: `file:///seeds/${name}`, path: `seeds/${name}`, id: name.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(seedsDir, name), 'utf8') }));

function recordingLog(): AnalyzerLog & { warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return { warnings, errors, warn: (message) => warnings.push(message), error: (message) => errors.push(message) };
}

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

  it('stops inside an article between its stages when asked, caching neither an analysis nor a failure for it', () => {
    const corpus = new IncrementalCorpus();
    let asked = 0;
    let stoppedInside = false;
    // Asked once per article before it starts, then between its stages: the 4th question falls inside the first article.
    const outcome = corpus.update(seeds, () => {
      asked++;
      if (asked === 4) stoppedInside = true;
      return asked >= 4;
    });
    assert.strictEqual(outcome, undefined);
    assert.ok(stoppedInside);
    const next = corpus.update(seeds);
    assert.ok(next);
    assert.deepStrictEqual(next.failures, [], 'the stopped article is no failure');
    assert.strictEqual(next.articles.length, seeds.length);
    assert.throws(() => analyzeArticle({ path: 'a.txt', text: seeds[0].text }, 'a', () => true), AnalysisStopped);
  });

  it('keeps a failed article out of the analyses, and tries it again only once its text changes', () => {
    let attempts = 0;
    const failingIndex = 2;
    const corpus = new IncrementalCorpus((input, id) => {
      if (input.path === seeds[failingIndex].path && input.text.includes('three hours')) {
        attempts++;
        throw new Error('no hours today');
      }
      return analyzeArticle(input, id);
    });
    assert.ok(seeds[failingIndex].text.includes('three hours'), 'the seed mentions three hours');
    const first = corpus.update(seeds);
    assert.ok(first);
    assert.deepStrictEqual(first.failures, [{ id: seeds[failingIndex].id, path: seeds[failingIndex].path, message: 'no hours today' }]);
    assert.deepStrictEqual(first.articleKeys, seeds.filter((_, i) => i !== failingIndex).map((f) => f.key));
    assert.strictEqual(first.articles.length, seeds.length - 1);
    assert.strictEqual(corpus.update(seeds)?.signature, first.signature);
    assert.strictEqual(attempts, 1, 'the same text is not tried again');
    const fixed = corpus.update(seeds.map((f, i) => (i === failingIndex ? { ...f, text: f.text.replace('three hours', 'four hours') } : f)));
    assert.deepStrictEqual(fixed?.failures, []);
    assert.strictEqual(fixed.articles.length, seeds.length);
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

  /** A caller's cancellation that the test triggers itself. */
  function cancellationSource(): { token: Cancellation; cancel(): void } {
    const listeners: (() => void)[] = [];
    const token = {
      isCancellationRequested: false,
      onCancellationRequested: (listener: () => void) => {
        listeners.push(listener);
        return { dispose() {} };
      },
    };
    return {
      token,
      cancel() {
        token.isCancellationRequested = true;
        for (const listener of listeners) listener();
      },
    };
  }

  /** A copy of a seed whose path carries a marker of the controlled thread. */
  const marked = (marker: string, from: CorpusFile = seeds[0]): CorpusFile => ({ ...from, key: `file:///marked/${marker}`, path: `marked/${marker}story.txt`, id: `${marker}story` });

  describe('with a thread the test holds at a gate', () => {
    let controlledScript: string;
    before(() => {
      controlledScript = path.join(scratch, 'controlledWorker.js');
      buildControlledWorker(controlledScript);
    });

    it('lets a newer request overtake an older one: the older is abandoned between articles', async () => {
      const workers = new ControlledWorkers(controlledScript);
      const analyzer = workers.analyzer();
      try {
        // The gated article comes first: the older request is inside it when the newer one is made.
        const older = analyzer.analyze([marked(MARKER.gate), ...seeds], NEVER_CANCELLED);
        await workers.gateReached();
        const newer = analyzer.analyze(seeds.slice(0, 2), NEVER_CANCELLED);
        workers.openGate();
        const [a, b] = await Promise.all([older, newer]);
        assert.deepStrictEqual(a, { id: 1, kind: 'cancelled', stoppedEarly: true });
        assert.ok(b.kind === 'done', b.kind);
        assert.deepStrictEqual(b.report, analyzeCorpus(seeds.slice(0, 2).map((f) => ({ path: f.path, text: f.text }))));
      } finally {
        analyzer.dispose();
      }
    });

    it('stops a request in the thread when its caller cancels it, and answers the next one in full', async () => {
      const workers = new ControlledWorkers(controlledScript);
      const analyzer = workers.analyzer();
      try {
        const cancellation = cancellationSource();
        const outcome = analyzer.analyze([marked(MARKER.gate), ...seeds], cancellation.token);
        await workers.gateReached();
        cancellation.cancel();
        workers.openGate();
        assert.deepStrictEqual(await outcome, { id: 1, kind: 'cancelled', stoppedEarly: true });
        assert.strictEqual((await analyzer.analyze(seeds, NEVER_CANCELLED)).kind, 'done');
      } finally {
        analyzer.dispose();
      }
    });

    it('reports an article the pipeline throws on as failed, and analyses and joins the others', async () => {
      const workers = new ControlledWorkers(controlledScript);
      const analyzer = workers.analyzer();
      try {
        const failing = marked(MARKER.throw);
        const outcome = await analyzer.analyze([...seeds.slice(0, 2), failing, ...seeds.slice(2)], NEVER_CANCELLED);
        assert.ok(outcome.kind === 'done', outcome.kind);
        assert.deepStrictEqual(outcome.report.failures, [{ id: failing.id, path: failing.path, message: `deliberate failure in ${failing.path}` }]);
        const rest = { ...outcome.report };
        delete rest.failures;
        assert.deepStrictEqual(rest, expected, 'the other articles are reported as without the failed one');
        assert.deepStrictEqual(outcome.articleKeys, seeds.map((f) => f.key));
        assert.strictEqual(outcome.articles.length, seeds.length);
      } finally {
        analyzer.dispose();
      }
    });

    it('restarts a thread that crashes during a request, sends it every text, and answers the request', async () => {
      const workers = new ControlledWorkers(controlledScript);
      const log = recordingLog();
      const analyzer = workers.analyzer({ log });
      try {
        // The first request leaves the texts with the first thread; the second sends only the new file.
        assert.strictEqual((await analyzer.analyze(seeds, NEVER_CANCELLED)).kind, 'done');
        workers.allowCrashes(1);
        const files = [...seeds, marked(MARKER.crash)];
        const outcome = await analyzer.analyze(files, NEVER_CANCELLED);
        assert.ok(outcome.kind === 'done', outcome.kind);
        assert.deepStrictEqual(outcome.report, analyzeCorpus(files.map((f) => ({ path: f.path, text: f.text }))));
        assert.strictEqual(workers.threads.length, 2, 'one new thread');
        assert.match(log.warnings.join('\n'), /stopped \(exit code 7\); restarted it \(1 of at most 3 restarts/);
        assert.deepStrictEqual(log.errors, []);
      } finally {
        analyzer.dispose();
      }
    });

    it('restarts a terminated thread, and does not answer "unchanged" to a result the old thread made', async () => {
      const workers = new ControlledWorkers(controlledScript);
      const log = recordingLog();
      const analyzer = workers.analyzer({ log });
      try {
        const first = await analyzer.analyze(seeds, NEVER_CANCELLED);
        assert.ok(first.kind === 'done');
        const held: HeldResult = { signature: first.signature, articleByKey: (key) => first.articles[first.articleKeys.indexOf(key)] };
        await workers.threads[0].terminate();
        assert.strictEqual(workers.threads.length, 2, 'the thread was replaced when it stopped');
        // The new thread numbers its analyses from 1 again: an edit must still come back as 'done'.
        const edited = seeds.map((f, i) => (i === 1 ? { ...f, text: f.text.replace('three-hour', 'four-hour') } : f));
        const afterEdit = await analyzer.analyze(edited, NEVER_CANCELLED, held);
        assert.ok(afterEdit.kind === 'done', afterEdit.kind);
        assert.deepStrictEqual(afterEdit.report, analyzeCorpus(edited.map((f) => ({ path: f.path, text: f.text }))));
        assert.match(log.warnings.join('\n'), /restarted it/);
      } finally {
        analyzer.dispose();
      }
    });

    it('gives up on a thread that dies more than three times a minute, says so, and analyses in process', async () => {
      const workers = new ControlledWorkers(controlledScript);
      const log = recordingLog();
      let now = 0;
      const analyzer = workers.analyzer({ log, now: () => now });
      try {
        // Deaths at 0, 10 and 20 ms are restarted; one at 60 005 ms too, since the one at 0 has left the minute.
        for (const [death, time] of [0, 10, 20, 60_005].entries()) {
          now = time;
          await workers.threads[death].terminate();
          assert.strictEqual(workers.threads.length, death + 2, `restart after the death at ${time} ms`);
        }
        assert.deepStrictEqual(log.errors, []);
        // At 60 006 ms the restarts at 10, 20 and 60 005 ms are within the minute: this death is one too many.
        now = 60_006;
        await workers.threads[4].terminate();
        assert.strictEqual(workers.threads.length, 5, 'no new thread');
        assert.match(log.errors.join('\n'), /stopped \(exit code \d+\) 4 times within 60 s; analysing in the extension host's thread from now on/);
        const outcome = await analyzer.analyze(seeds, NEVER_CANCELLED);
        assert.ok(outcome.kind === 'done', outcome.kind);
        assert.deepStrictEqual(outcome.report, expected);
      } finally {
        analyzer.dispose();
      }
    });

    it('moves a request waiting on the last thread it gives up on into the calling thread', async () => {
      const workers = new ControlledWorkers(controlledScript);
      const log = recordingLog();
      const analyzer = workers.analyzer({ log, maxRestarts: 0 });
      try {
        workers.allowCrashes(1);
        const files = [marked(MARKER.crash), ...seeds];
        const outcome = await analyzer.analyze(files, NEVER_CANCELLED);
        assert.ok(outcome.kind === 'done', outcome.kind);
        assert.deepStrictEqual(outcome.report, analyzeCorpus(files.map((f) => ({ path: f.path, text: f.text }))));
        assert.strictEqual(workers.threads.length, 1);
        assert.match(log.errors.join('\n'), /analysing in the extension host's thread from now on/);
      } finally {
        analyzer.dispose();
      }
    });
  });

  it('stops a request in the calling thread when its caller cancels it between articles', async () => {
    const cancellation = cancellationSource();
    let analysed = 0;
    // The pipeline cancels while the second article is analysed: the third is never started.
    const analyzer = new InProcessAnalyzer((input, id) => {
      if (++analysed === 2) cancellation.cancel();
      return analyzeArticle(input, id);
    });
    assert.deepStrictEqual(await analyzer.analyze(seeds, cancellation.token), { id: 1, kind: 'cancelled', stoppedEarly: true });
    assert.strictEqual(analysed, 2);
  });

  it('reports an article the pipeline throws on as failed in the calling thread too', async () => {
    const failing = marked(MARKER.throw);
    const analyzer = new InProcessAnalyzer((input, id) => {
      if (input.path === failing.path) throw new Error('deliberate');
      return analyzeArticle(input, id);
    });
    const outcome = await analyzer.analyze([failing, ...seeds], NEVER_CANCELLED);
    assert.ok(outcome.kind === 'done', outcome.kind);
    assert.deepStrictEqual(outcome.report.failures, [{ id: failing.id, path: failing.path, message: 'deliberate' }]);
    assert.deepStrictEqual(outcome.articleKeys, seeds.map((f) => f.key));
  });

  it('is not created when the worker script is missing', () => {
    assert.strictEqual(WorkerAnalyzer.create(path.join(scratch, 'missing.js')), undefined);
  });
});
