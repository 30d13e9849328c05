import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCorpusView, buildReportLookup, contradictedSentences, IncrementalCorpus, lookupSteps, type CorpusFile } from '../../src/core';
import { joinResult, splitResult, type DoneResponse } from '../../src/node/resultParts';
import { MATCH_TABLE_BUFFERS } from '../../src/node/matchTable';
import { runInSlices } from '../../src/node/eventLoop';

const seedsDir = path.resolve(__dirname, '../../seeds');
const seeds: CorpusFile[] = fs
  .readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ key: `file:///seeds/${name}`, path: `seeds/${name}`, id: name.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(seedsDir, name), 'utf8') }));

describe("the analysis thread's answer in parts (node/resultParts)", () => {
  const result = new IncrementalCorpus().update(seeds)!;
  const { report, quoteEchoes } = buildCorpusView(result.articles, result.failures);
  // One analysis the extension already holds is sent as null.
  const response: DoneResponse = { id: 7, kind: 'done', articles: result.articles.map((a, i) => (i === 1 ? null : a)), articleKeys: result.articleKeys, report, quoteEchoes, signature: result.signature, durationMs: 12 };

  it('joins to the answer it was cut from, the report in its own key order', async () => {
    const parts = splitResult(response);
    assert.ok(parts.length > 6, `${parts.length} parts: a head, then the arrays in parts`);
    const joined = await joinResult(parts);
    assert.deepEqual(joined, response);
    assert.equal(JSON.stringify(joined.report), JSON.stringify(report));
  });

  it('gives the event loop a turn between parts read, and each part is a buffer of its own (transferable)', async () => {
    const parts = splitResult(response);
    assert.equal(new Set(parts).size, parts.length);
    let turns = 0;
    // With no time for more than one part per turn, every part of objects is read in a turn of its
    // own (the head and the match table's buffers are not read, only wrapped).
    const joined = await joinResult(parts, {
      budgetMs: 0,
      between: () => {
        turns++;
        return Promise.resolve();
      },
    });
    assert.ok(turns >= parts.length - 1 - MATCH_TABLE_BUFFERS, `${turns} turns for ${parts.length} parts`);
    assert.deepEqual(joined, response);
    // A transferred buffer is detached on the sending side: each part must own its whole buffer.
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(parts, parts);
    port1.close();
    port2.close();
    assert.ok(parts.every((part) => part.byteLength === 0), 'moved, not copied');
  });

  it('are of about the same size whatever the size of their items, and join to the answer', async () => {
    // Items of very different sizes: a thousand small people, then a few hundred large ones (the
    // matches travel as a table, not in parts of objects). (Objects of their own: the serialiser
    // writes an object it has seen as a reference.)
    const small = report.people[0];
    const people = [...Array.from({ length: 3_000 }, () => ({ ...small })), ...Array.from({ length: 300 }, (_, i) => ({ ...small, name: `${i}`.padEnd(20_000, 'x') }))];
    const big: DoneResponse = { ...response, report: { ...report, people } };
    const parts = splitResult(big);
    const sizes = parts.slice(1 + MATCH_TABLE_BUFFERS).map((part) => part.byteLength);
    // 64 KB each, give or take: none over twice that but a lone large item, none of many small ones far over it.
    assert.ok(Math.max(...sizes) <= 2 * 64 * 1024, `largest part ${Math.max(...sizes)} bytes`);
    assert.ok(parts.length > (3_000 * 100 + 300 * 20_000) / (2 * 64 * 1024), `${parts.length} parts`);
    assert.deepEqual(await joinResult(parts), big);
    assert.equal(JSON.stringify((await joinResult(parts)).report), JSON.stringify(big.report));
  });
});

describe('the report lookup built a part at a time (report/lookup)', () => {
  it('equals the lookup built at once, and yields between parts on a large report', async () => {
    const result = new IncrementalCorpus().update(seeds)!;
    const { report } = buildCorpusView(result.articles, result.failures);
    assert.deepEqual(await runInSlices(lookupSteps(report), { budgetMs: 0, between: () => Promise.resolve() }), buildReportLookup(report));
    // The contradicted claims it keeps are those every surface counts.
    assert.deepEqual(buildReportLookup(report).contradictedClaims, contradictedSentences(report));
    assert.ok(contradictedSentences(report).size > 0);
    // Many matches: the build stops now and then for the event loop.
    const large = { ...report, matches: Array.from({ length: 10 }, () => report.matches).flat() };
    let turns = 0;
    // A slice of no time at all: the build gives the turn back at every yield, as the host sees it.
    const stepped = await runInSlices(lookupSteps(large), {
      budgetMs: 0,
      between: () => {
        turns++;
        return Promise.resolve();
      },
    });
    assert.ok(turns >= Math.floor(large.matches.length / 2_000), `${turns} turns for ${large.matches.length} matches`);
    assert.deepEqual(stepped, buildReportLookup(large));
  });
});
