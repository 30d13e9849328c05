import * as assert from 'node:assert';
import { PassThrough, Writable } from 'node:stream';
import { analyzeCorpus, type ClaimMatch, type Report } from '../../src/core';
import { boundMatches, MATCH_BOUND } from '../../src/core/corpus/matching/bound';
import type { MatchIndex } from '../../src/core/corpus/matching';
import { EVENT_TERMS, MATCHING_TERMS } from '../../src/core/corpus/termIndex';
import { jsonPieces, writeJsonReport } from '../../src/node/reportStream';
import { generateCorpus } from '../../scripts/bench/generate';

/** A match index as matching builds it: matches and, per claim, the indexes of its matches. */
function indexOf(matches: ClaimMatch[]): MatchIndex {
  const byClaim = new Map<string, number[]>();
  matches.forEach((m, k) => {
    for (const id of [m.a, m.b]) byClaim.set(id, [...(byClaim.get(id) ?? []), k]);
  });
  return { matches, byClaim };
}

describe('bounded matches (corpus/matching/bound)', () => {
  it('keeps every contradiction and update, and a match among the best agreements of either of its claims; counts the rest', () => {
    const matches: ClaimMatch[] = [];
    const ids = Array.from({ length: 40 }, (_, k) => `copy-${String(k).padStart(2, '0')}`);
    // 40 copies that all agree (780 matches), with scores that differ from pair to pair.
    for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) matches.push({ a: ids[x], b: ids[y], relation: 'agrees', score: ((x * 7 + y * 13) % 50) / 100 + 0.5, reason: '' });
    for (let k = 0; k < 30; k++) matches.push({ a: 'copy-00', b: `other-${k}`, relation: 'contradicts', score: 0.4, reason: '' });
    matches.push({ a: 'copy-00', b: 'later', relation: 'updates', score: 0.3, reason: '' });
    const { matches: bounded, omitted } = boundMatches(indexOf(matches));
    const kept = bounded.matches;
    assert.strictEqual(kept.filter((m) => m.relation === 'contradicts').length, 30);
    assert.strictEqual(kept.filter((m) => m.relation === 'updates').length, 1);
    const agreements = kept.filter((m) => m.relation === 'agrees');
    assert.ok(agreements.length < 780 && agreements.length >= MATCH_BOUND.agrees * 20, String(agreements.length));
    const bestOf = (id: string): ClaimMatch[] =>
      matches
        .filter((m) => m.relation === 'agrees' && (m.a === id || m.b === id))
        .sort((x, y) => y.score - x.score || (x.a === id ? x.b : x.a).localeCompare(y.a === id ? y.b : y.a))
        .slice(0, MATCH_BOUND.agrees);
    const best = new Map(ids.map((id) => [id, new Set(bestOf(id))]));
    for (const m of agreements) assert.ok(best.get(m.a)!.has(m) || best.get(m.b)!.has(m));
    for (const id of ids) {
      const own = agreements.filter((m) => m.a === id || m.b === id).length;
      assert.ok(own >= MATCH_BOUND.agrees);
      assert.deepStrictEqual(omitted.find((o) => o.claim === id), { claim: id, agrees: 39 - own, related: 0 });
    }
    // The index by claim points at the kept matches only.
    assert.strictEqual(bounded.byClaim.get('copy-00')!.length, kept.filter((m) => m.a === 'copy-00' || m.b === 'copy-00').length);
    assert.ok(bounded.byClaim.get('copy-00')!.every((k) => kept[k].a === 'copy-00' || kept[k].b === 'copy-00'));
  });

  it('returns a corpus under the bound as it is', () => {
    const index = indexOf([{ a: 'x', b: 'y', relation: 'agrees', score: 0.9, reason: '' }]);
    const { matches, omitted } = boundMatches(index);
    assert.strictEqual(matches, index);
    assert.deepStrictEqual(omitted, []);
  });
});

describe('near-duplicates through frequent terms (corpus/termIndex)', () => {
  it('matches a sentence reprinted by 60 sources, past the cap of terms in 50 claims', () => {
    const files = Array.from({ length: 60 }, (_, i) => ({
      path: `outlet-${i}.txt`,
      text: `Firefighters from Hollin Vale pulled Ansel Marrowby from the flooded tannery on Quillon Street after nine hours.\nOutlet number ${i} ran the story on page ${i + 2} with a photograph of ${['a crane', 'the river', 'the tannery', 'a boat'][i % 4]}.\n`,
    }));
    const report: Report = analyzeCorpus(files);
    const first = report.documents[0].claims[0];
    assert.match(first.text, /Firefighters/);
    const own = report.matches.filter((m) => m.a === first.id || m.b === first.id);
    assert.ok(own.length >= 10, `only ${own.length} matches`);
    assert.ok(own.every((m) => m.relation === 'agrees' && m.score >= 0.8));
    // Every copy has agreements of its own, none left with "only this source reports this".
    for (const doc of report.documents) {
      const claim = doc.claims.find((c) => c.text.startsWith('Firefighters'))!;
      assert.ok(report.matches.some((m) => m.a === claim.id || m.b === claim.id), doc.id);
    }
  });
});

describe('term caps (corpus/termIndex)', () => {
  it('grow with a small corpus and stop at 500, so that the pairs each item reads stay bounded', () => {
    // Below the bound each cap is its share of the corpus, as before the bound was set.
    assert.strictEqual(EVENT_TERMS.cap(400), 30);
    assert.strictEqual(EVENT_TERMS.cap(8000), 400);
    assert.strictEqual(EVENT_TERMS.storyCap(2000), 200);
    assert.strictEqual(MATCHING_TERMS.cap(10000), 200);
    for (const n of [10000, 40000, 1e6]) {
      assert.strictEqual(EVENT_TERMS.cap(n), 500);
      assert.strictEqual(EVENT_TERMS.storyCap(n), 500);
      assert.strictEqual(MATCHING_TERMS.cap(n * 3), 500);
    }
  });
});

describe('streamed JSON report (node/reportStream)', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, in pieces', async () => {
    const report = analyzeCorpus(generateCorpus(40, 7).map((a) => ({ path: a.path, text: a.text })));
    const odd = { a: [1, undefined, { b: undefined, c: [] }], d: {}, e: 'x\n"\u2028', f: [[{ g: [1, [2, { h: null }]] }]], n: NaN };
    for (const value of [report, odd, [], 'text', null]) {
      assert.strictEqual([...jsonPieces(value)].join(''), JSON.stringify(value, null, 2));
    }
    const out = new PassThrough({ highWaterMark: 1024 });
    let written = '';
    out.on('data', (chunk: Buffer) => (written += chunk.toString()));
    await writeJsonReport(report, out);
    out.end();
    await new Promise((resolve) => out.on('end', resolve));
    assert.strictEqual(written, JSON.stringify(report, null, 2) + '\n');
  });

  it('leaves no listener behind after many waits for a slow stream to drain (they once piled up, one per wait)', async () => {
    const slow = new Writable({ highWaterMark: 1024, write: (_chunk, _encoding, done) => setImmediate(done) });
    await writeJsonReport({ items: Array.from({ length: 2000 }, (_, i) => ({ i, text: 'x'.repeat(200) })) }, slow);
    assert.deepStrictEqual([slow.listenerCount('drain'), slow.listenerCount('error')], [0, 0]);
  });
});

describe('scale corpus generator (scripts/bench/generate)', () => {
  it('gives the same corpus for the same seed, reprints included', () => {
    const a = generateCorpus(120, 3);
    const b = generateCorpus(120, 3);
    assert.deepStrictEqual(a, b);
    assert.notDeepStrictEqual(generateCorpus(120, 4), a);
    const bodies = a.map((x) => x.text.slice(x.text.indexOf('---\n', 4)));
    assert.ok(new Set(bodies).size < bodies.length, 'some article is a verbatim reprint');
  });
});
