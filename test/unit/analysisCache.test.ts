import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli';
import { analyzeArticle, analyzeCorpus, type ArticleAnalysis, type ArticleInput, type ArticlePipeline } from '../../src/core';
import { collectArticles } from '../../src/node/articleFiles';
import { AnalysisCache } from '../../src/node/analysisCache';

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
    assert.ok(allFiles(path.join(dir, 'cache')).length === 1);
    const second = await run(pipeline);
    assert.strictEqual(calls(), 1);
    assert.strictEqual(second, first);
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
