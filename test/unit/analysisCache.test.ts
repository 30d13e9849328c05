import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import { main } from '../../src/cli';
import { analyzeArticle, analyzeCorpus, IncrementalCorpus, type ArticleAnalysis, type ArticleInput, type ArticlePipeline } from '../../src/core';
import { collectArticles } from '../../src/node/articleFiles';
import { AnalysisCache } from '../../src/node/analysisCache';
import type { AnalysisRequest } from '../../src/node/analysisProtocol';
import { serveAnalysisRequests } from '../../src/node/analysisService';

const article: ArticleInput = {
  path: 'harbour.txt',
  text: '---\ntitle: Crane topples at Wexley harbour\nsource: Linnet Herald\ndate: 2025-06-12\n---\nA crane toppled onto a cargo ship at Wexley harbour on Wednesday, injuring four dock workers, port officials said.\n"We heard a crack and then it just went over," said Odile Brennan, a crane operator.\n',
};

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
}

describe('persistent analysis cache (node/analysisCache)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The pipeline, counting the articles it really analyses. */
  function counting(): { pipeline: ArticlePipeline; calls: () => number } {
    let calls = 0;
    return { pipeline: (input, id, stop) => (calls++, analyzeArticle(input, id, stop)), calls: () => calls };
  }

  it('reads an analysis back instead of analysing again, also from a new cache object (a new session)', () => {
    const { pipeline, calls } = counting();
    const first = new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', pipeline);
    assert.strictEqual(first.fromCache, false);
    const second = new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', pipeline);
    assert.strictEqual(second.fromCache, true);
    assert.strictEqual(calls(), 1);
    assert.deepStrictEqual(second.analysis, analyzeArticle(article, 'harbour'));
  });

  it('keys by content, id and engine version', () => {
    const { pipeline, calls } = counting();
    new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', pipeline);
    new AnalysisCache(dir, { engine: 'test' }).analyze({ ...article, text: article.text.replace('four', 'five') }, 'harbour', pipeline);
    new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour-2', pipeline);
    new AnalysisCache(dir, { engine: 'test' }).analyze({ ...article, truncatedFrom: 9000 }, 'harbour', pipeline);
    new AnalysisCache(dir, { engine: 'other' }).analyze(article, 'harbour', pipeline);
    assert.strictEqual(calls(), 5);
  });

  it('removes the entries of other engine versions when it writes, and nothing it did not name', () => {
    const layout = path.join(dir, 'crossread-cache-v1');
    new AnalysisCache(dir, { engine: 'aaaaaaaaaaaaaaaa' }).analyze(article, 'harbour');
    fs.mkdirSync(path.join(layout, 'someone-elses'));
    new AnalysisCache(dir, { engine: 'bbbbbbbbbbbbbbbb' }).analyze(article, 'harbour');
    assert.deepStrictEqual(fs.readdirSync(layout).sort(), ['bbbbbbbbbbbbbbbb', 'someone-elses']);
  });

  it('rebuilds an entry that is corrupt (a changed byte, cut short, emptied) and survives the folder being deleted', () => {
    const { pipeline, calls } = counting();
    const expected = analyzeArticle(article, 'harbour');
    new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', pipeline);
    const [entry] = allFiles(dir);
    const damage: ((data: Buffer) => Buffer)[] = [
      (data) => {
        const copy = Buffer.from(data);
        copy[copy.length - 10] ^= 0xff;
        return copy;
      },
      (data) => data.subarray(0, data.length - 100),
      () => Buffer.alloc(0),
      (data) => Buffer.concat([data, Buffer.from('x')]),
    ];
    for (const [n, harm] of damage.entries()) {
      fs.writeFileSync(entry, harm(fs.readFileSync(entry)));
      const cache = new AnalysisCache(dir, { engine: 'test' });
      const result = cache.analyze(article, 'harbour', pipeline);
      assert.strictEqual(result.fromCache, false, `damage ${n}`);
      assert.strictEqual(cache.counts.corrupt, 1);
      assert.deepStrictEqual(result.analysis, expected);
      assert.strictEqual(new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', pipeline).fromCache, true, `rebuilt after damage ${n}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', pipeline).fromCache, false);
    assert.strictEqual(calls(), 2 + damage.length);
  });

  it('analyses without the cache when it cannot be written, and says so once', () => {
    const blocked = path.join(dir, 'file-not-folder');
    fs.writeFileSync(blocked, '');
    const messages: string[] = [];
    const cache = new AnalysisCache(blocked, { engine: 'test', onError: (m) => messages.push(m) });
    for (let k = 0; k < 3; k++) assert.deepStrictEqual(cache.analyze(article, 'harbour').analysis, analyzeArticle(article, 'harbour'));
    assert.strictEqual(messages.length, 1);
  });

  it('is used by the CLI with --cache DIR: the second run reads it and reports the same', async () => {
    const corpus = path.join(dir, 'articles');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'harbour.txt'), article.text);
    const run = async (pipeline: ArticlePipeline): Promise<string> => {
      let out = '';
      const stdout = new Writable({ write: (chunk: Buffer, _e, done) => ((out += chunk.toString()), done()) });
      const stderr = new Writable({ write: (_c, _e, done) => done() });
      assert.strictEqual(await main(['analyze', corpus, '--format', 'json', '--cache', path.join(dir, 'cache')], { stdout, stderr, cwd: dir }, pipeline), 0);
      return out;
    };
    const { pipeline, calls } = counting();
    const first = await run(pipeline);
    // The article's analysis, and the joined result of the run.
    const kept = allFiles(path.join(dir, 'cache'));
    assert.strictEqual(kept.length, 2);
    const corpusEntry = kept.find((f) => path.basename(path.dirname(f)) === 'corpus');
    assert.ok(corpusEntry, kept.join(', '));
    const second = await run(pipeline);
    assert.strictEqual(calls(), 1);
    assert.strictEqual(second, first);
    // A damaged joined result is joined again from the articles' entries, and reports the same.
    fs.writeFileSync(corpusEntry, fs.readFileSync(corpusEntry).subarray(0, 100));
    assert.strictEqual(await run(pipeline), first);
    assert.strictEqual(calls(), 1);
  });

  it('keeps joined results by the content of all their articles, and only the last few', async () => {
    const { articles } = collectArticles([path.join(__dirname, '..', '..', 'seeds')], path.join(__dirname, '..', '..'));
    const files = articles.map((a, i) => ({ ...a, key: a.path, id: `doc-${i}` }));
    const view = { report: analyzeCorpus(articles), quoteEchoes: [] };
    const store = new AnalysisCache(dir, { engine: 'test' }).corpusStore();
    assert.strictEqual(await store.write(files, view), true);
    const again = new AnalysisCache(dir, { engine: 'test' });
    assert.strictEqual(JSON.stringify(again.corpusStore().read(files)), JSON.stringify(view));
    assert.strictEqual(again.counts.corpusHits, 1);
    // Another text, another id, another order, another engine: not this result.
    const edited = files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\nOne more line.` } : f));
    assert.strictEqual(again.corpusStore().read(edited), undefined);
    assert.strictEqual(again.corpusStore().read(files.map((f, i) => (i === 0 ? { ...f, id: 'other' } : f))), undefined);
    assert.strictEqual(again.corpusStore().read([...files].reverse()), undefined);
    assert.strictEqual(new AnalysisCache(dir, { engine: 'other' }).corpusStore().read(files), undefined);
    // Keeping gives up as soon as it is told newer work has come, and writes nothing.
    let looks = 0;
    assert.strictEqual(await store.write(files.slice(1), view, () => looks++ > 0), false);
    assert.ok(looks > 0);
    assert.strictEqual(again.corpusStore().read(files.slice(1)), undefined);
    // A damaged entry is not read, and is deleted.
    const folder = path.join(dir, 'crossread-cache-v1', 'test', 'corpus');
    const [entry] = fs.readdirSync(folder);
    const bytes = fs.readFileSync(path.join(folder, entry));
    bytes[bytes.length - 3] ^= 0xff;
    fs.writeFileSync(path.join(folder, entry), bytes);
    const damaged = new AnalysisCache(dir, { engine: 'test' });
    assert.strictEqual(damaged.corpusStore().read(files), undefined);
    assert.strictEqual(damaged.counts.corrupt, 1);
    assert.deepStrictEqual(fs.readdirSync(folder), []);
    // Four results written: the three last are kept.
    await store.write(files, view);
    for (let n = 1; n <= 3; n++) await store.write(files.slice(n), view);
    assert.strictEqual(fs.readdirSync(folder).length, 3);
    assert.strictEqual(new AnalysisCache(dir, { engine: 'test' }).corpusStore().read(files.slice(3))?.report.version, view.report.version);
  });

  it('gives a reopened workspace the result an earlier session joined, and joins again after an edit', async () => {
    const { articles } = collectArticles([path.join(__dirname, '..', '..', 'seeds')], path.join(__dirname, '..', '..'));
    const files = articles.map((a, i) => ({ ...a, key: `file:///${a.path}`, id: `doc-${i}` }));
    const session = (): IncrementalCorpus => {
      const cache = new AnalysisCache(dir, { engine: 'test' });
      return new IncrementalCorpus(cache.pipeline(), cache.corpusStore());
    };
    const first = session();
    const firstResult = first.update(files)!;
    const joined = first.view(firstResult);
    assert.strictEqual(joined.fromStore, false);
    assert.strictEqual(await first.keep(firstResult, joined), true);

    const reopened = session();
    const read = reopened.view(reopened.update(files)!);
    assert.strictEqual(read.fromStore, true);
    assert.strictEqual(JSON.stringify(read.report), JSON.stringify(joined.report));
    assert.strictEqual(JSON.stringify(read.quoteEchoes), JSON.stringify(joined.quoteEchoes));

    const edited = files.map((f, i) => (i === 1 ? { ...f, text: f.text.replace(/\.\n/, '. The minister declined to comment.\n') } : f));
    const afterEdit = reopened.view(reopened.update(edited)!);
    assert.strictEqual(afterEdit.fromStore, false);
    const fresh = new IncrementalCorpus();
    assert.strictEqual(JSON.stringify(afterEdit.report), JSON.stringify(fresh.view(fresh.update(edited)!).report));
    assert.notStrictEqual(JSON.stringify(afterEdit.report), JSON.stringify(joined.report));
  });

  it('stores analyses in the compact form, and the seeds report read back through it is the same, byte for byte', () => {
    const { articles } = collectArticles([path.join(__dirname, '..', '..', 'seeds')], path.join(__dirname, '..', '..'));
    const expected = JSON.stringify(analyzeCorpus(articles));
    const { pipeline, calls } = counting();
    const cold = new AnalysisCache(dir, { engine: 'test' });
    assert.strictEqual(JSON.stringify(analyzeCorpus(articles, cold.pipeline(pipeline))), expected);
    const warm = new AnalysisCache(dir, { engine: 'test' });
    assert.strictEqual(JSON.stringify(analyzeCorpus(articles, warm.pipeline(pipeline))), expected);
    assert.strictEqual(calls(), articles.length);
    assert.strictEqual(warm.counts.hits, articles.length);
    for (const file of allFiles(dir)) assert.strictEqual(fs.readFileSync(file).subarray(0, 8).toString('latin1'), 'CRAC0002', file);
  });

  it('keeps the general form (v8.serialize) for an analysis holding more than plain data, and reads it back', () => {
    const withMap: ArticlePipeline = (input, id) => ({ ...analyzeArticle(input, id), extra: new Map([['a', 1]]) }) as ArticleAnalysis;
    const first = new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', withMap);
    const [entry] = allFiles(dir);
    assert.strictEqual(fs.readFileSync(entry).subarray(0, 8).toString('latin1'), 'CRAC0001');
    const second = new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', withMap);
    assert.strictEqual(second.fromCache, true);
    assert.deepStrictEqual(second.analysis, first.analysis);
  });

  it('rebuilds a compact entry whose payload was changed and checksummed again (a malformed form is not read)', async () => {
    const crypto = await import('node:crypto');
    const { pipeline, calls } = counting();
    new AnalysisCache(dir, { engine: 'test' }).analyze(article, 'harbour', pipeline);
    const [entry] = allFiles(dir);
    const data = fs.readFileSync(entry);
    // Cut the payload and write a header that checks out for what is left.
    const payload = data.subarray(44, data.length - 7);
    const header = Buffer.from(data.subarray(0, 44));
    header.writeUInt32LE(payload.length, 8);
    crypto.createHash('sha256').update(payload).digest().copy(header, 12);
    fs.writeFileSync(entry, Buffer.concat([header, payload]));
    const cache = new AnalysisCache(dir, { engine: 'test' });
    assert.strictEqual(cache.analyze(article, 'harbour', pipeline).fromCache, false);
    assert.strictEqual(cache.counts.corrupt, 1);
    assert.strictEqual(calls(), 2);
  });
});

describe('the analysis thread keeps its joined result for the next session (node/analysisService)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes it once no request has come for a while, and never one a newer request replaced', async () => {
    const { port1, port2 } = new MessageChannel();
    const latest = new Int32Array(new SharedArrayBuffer(4));
    const cache = new AnalysisCache(dir, { engine: 'test' });
    serveAnalysisRequests(port1, latest, new IncrementalCorpus(cache.pipeline(), cache.corpusStore()), 300);
    const kept = (): string[] => {
      const folder = path.join(dir, 'crossread-cache-v1', 'test', 'corpus');
      return fs.existsSync(folder) ? fs.readdirSync(folder) : [];
    };
    const ask = (id: number, text: string): Promise<unknown> => {
      Atomics.store(latest, 0, id);
      const answered = new Promise((resolve) => port2.once('message', resolve));
      port2.postMessage({ id, files: [{ key: 'file:///harbour.txt', path: 'harbour.txt', id: 'harbour', text }], heldSignature: null } satisfies AnalysisRequest);
      return answered;
    };
    const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      await ask(1, article.text);
      // An edit arrives before the thread was idle long enough: only the newer result is kept.
      await ask(2, article.text.replace('four', 'five'));
      await wait(600);
      assert.strictEqual(kept().length, 1);
      const store = new AnalysisCache(dir, { engine: 'test' }).corpusStore();
      const file = (text: string) => [{ key: 'file:///harbour.txt', path: 'harbour.txt', id: 'harbour', text }];
      assert.strictEqual(store.read(file(article.text)), undefined);
      assert.ok(store.read(file(article.text.replace('four', 'five'))));
    } finally {
      port1.close();
      port2.close();
    }
  });
});
