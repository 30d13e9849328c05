import * as assert from 'node:assert';
import { partitionPoint } from '../../src/core/util/search';

describe('partitionPoint', () => {
  it('finds the first item for which the predicate fails, in every position', () => {
    const sorted = [1, 3, 3, 5, 8];
    assert.strictEqual(partitionPoint(sorted, (x) => x < 0), 0);
    assert.strictEqual(partitionPoint(sorted, (x) => x < 3), 1);
    assert.strictEqual(partitionPoint(sorted, (x) => x <= 3), 3);
    assert.strictEqual(partitionPoint(sorted, (x) => x < 100), 5);
    assert.strictEqual(partitionPoint([], () => true), 0);
  });

  it('agrees with a linear scan on random sorted lists', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 50)).sort((a, b) => a - b);
      const pivot = Math.floor(random() * 55);
      const linear = list.filter((x) => x <= pivot).length;
      assert.strictEqual(partitionPoint(list, (x) => x <= pivot), linear);
    }
  });
});
