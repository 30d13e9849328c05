import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core';
import { MalformedTree, decodeTree, encodeTree } from '../../src/node/compactTree';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');

/** Written and read back; the same data, in the same key order. */
function roundTrip<T>(value: T, source = ''): T {
  const encoded = encodeTree(value, source);
  assert.ok(encoded, 'plain data is written');
  const back = decodeTree(encoded) as T;
  assert.deepStrictEqual(back, value);
  assert.strictEqual(JSON.stringify(back), JSON.stringify(value));
  return back;
}

describe('compact form of plain data (node/compactTree)', () => {
  it('reads back every seed article analysis as it was, with the claims shared by the analysed claims still one object', () => {
    const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const analysis = analyzeArticle({ path: `seeds/${file}`, text: fs.readFileSync(path.join(SEEDS, file), 'utf8') });
      const back = roundTrip({ key: file, analysis }, analysis.article.text).analysis;
      analysis.analyzedClaims.forEach((read, n) => {
        const at = analysis.claims.indexOf(read.claim);
        if (at !== -1) assert.strictEqual(back.analyzedClaims[n].claim, back.claims[at], `${file}: claim ${n} is the claims list's object`);
      });
    }
  });

  it('is a fraction of v8.serialize for an analysis', async () => {
    const v8 = await import('node:v8');
    const text = fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!), 'utf8');
    const analysis = analyzeArticle({ path: 'seeds/one.txt', text });
    const compact = encodeTree(analysis, analysis.article.text)!.length;
    assert.ok(compact * 2 < v8.serialize(analysis).length, `${compact} bytes`);
  });

  it('writes numbers of every kind, strings of every script, nesting and shared objects', () => {
    const shared = { a: 1 };
    const sharedList = [shared];
    const back = roundTrip({
      numbers: [0, 1, -1, 127, 128, -128, 2 ** 31, -(2 ** 31) - 1, 2 ** 48, 2 ** 53, Number.MAX_SAFE_INTEGER, -0, 0.5, -1e-300, NaN, Infinity, -Infinity],
      strings: ['', 'plain', 'curly “quotes” and ’', 'Zürich', 'astral 😀 and 𝔘', '\u0000\u2028'],
      flags: [true, false, null],
      nested: { deeper: { deepest: [[], [[]], {}] } },
      first: shared,
      again: shared,
      lists: [sharedList, sharedList],
      '0': 'an integer-like key',
    });
    assert.strictEqual(back.first, back.again);
    assert.strictEqual(back.lists[0], back.lists[1]);
    assert.strictEqual(back.lists[0][0], back.first);
    assert.ok(Object.is(back.numbers[11], -0));
  });

  it('writes a span of the source as a mark and reads it back as that span, whatever the order of start, end and text', () => {
    const source = 'Officials said the bridge reopened on Monday.';
    const value = {
      spans: [
        { start: 0, end: 9, text: 'Officials' },
        { text: 'the bridge', start: 15, end: 25 },
        { start: 26, end: 34, text: 'reopened', echo: 'reopened' },
        // Not the source between its offsets (another text's offsets): kept as written.
        { start: 0, end: 6, text: 'bridge' },
        { start: 3, end: 3, text: '' },
      ],
      whole: source,
    };
    const encoded = encodeTree(value, source)!;
    const span = Buffer.from('the bridge');
    assert.strictEqual(encoded.indexOf(span), encoded.lastIndexOf(span), 'the span is written once, in the source');
    roundTrip(value, source);
  });

  it('does not write what is not plain data (the cache then keeps the general form)', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const protoKey = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    // An array with a hole, as `[1, , 3]` writes it.
    const withHole: number[] = new Array<number>(3);
    withHole[0] = 1;
    withHole[2] = 3;
    class Point {
      x = 1;
    }
    for (const [n, value] of [{ map: new Map() }, { set: new Set([1]) }, { point: new Point() }, { missing: undefined }, withHole, { when: new Date(0) }, { big: 1n }, { f: () => 1 }, cyclic, protoKey, Object.create(null) as object].entries()) {
      assert.strictEqual(encodeTree(value, ''), undefined, `value ${n}`);
    }
  });

  it('does not write a string with a lone surrogate, which UTF-8 cannot hold (it would read back as U+FFFD)', () => {
    assert.strictEqual(encodeTree({ label: 'ab\ud83d' }, ''), undefined);
    roundTrip({ label: 'a whole pair 😀' });
  });

  it('refuses crafted entries quickly: nested arrays declaring more items than the entry holds, a key twice in a shape', () => {
    // The string table: one empty string (count 1, its length 0, 0 bytes of text).
    const table = [1, 0, 0];
    // 4,000 nested arrays each declaring 100 items (tag 6, payload 100: 806 as a varint) in 8 KB.
    const nested = Buffer.from([...table, ...Array.from({ length: 4000 }, () => [0xa6, 0x06]).flat()]);
    assert.throws(() => decodeTree(nested), /arrays longer than the entry/);
    // Strings "" and "k"; an object of a new shape (tag 7, shape 0) with two keys, both "k".
    const twice = Buffer.from([2, 0, 1, 1, 0x6b, 7, 2, 1, 1, 0, 0]);
    assert.throws(() => decodeTree(twice), /a key twice/);
  });

  it('keeps the shapes of {} and {"": …} apart, in one entry and across entries', () => {
    roundTrip({ a: {}, b: { '': 7 }, c: [{}, { '': 1 }] });
    roundTrip({ '': 7 });
    roundTrip([{}, 1]);
    roundTrip({ 'a\u0000b': 1, list: [{ a: 1, b: 2 }] });
  });

  it('refuses an entry cut short, lengthened or with its counts changed, instead of reading something else', () => {
    const text = fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!), 'utf8');
    const analysis = analyzeArticle({ path: 'seeds/one.txt', text });
    const encoded = encodeTree(analysis, analysis.article.text)!;
    for (let cut = 0; cut < encoded.length; cut += Math.max(1, Math.floor(encoded.length / 300))) {
      assert.throws(() => decodeTree(encoded.subarray(0, cut)), `cut at ${cut}`);
    }
    assert.throws(() => decodeTree(Buffer.concat([encoded, Buffer.from([0])])), MalformedTree);
    // The string count made larger than the entry.
    assert.throws(() => decodeTree(Buffer.from([0xff, 0xff, 0x7f])), MalformedTree);
  });
});
