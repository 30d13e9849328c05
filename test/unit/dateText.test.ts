import * as assert from 'node:assert';
import { mostCommonYear } from '../../src/vscode/dateText';

describe('the year of a corpus, for a day written without one', () => {
  it('is the year most articles are dated in, at any precision', () => {
    assert.strictEqual(mostCommonYear(['2024-12-30', '2025-01-02', '2025-01', '2025', null, undefined]), 2025);
    assert.strictEqual(mostCommonYear(['2019-03-01', '2019-03-02', '2025-01-02']), 2019);
  });

  it('takes the later of equally common years, and is undefined without any', () => {
    assert.strictEqual(mostCommonYear(['2023-05-01', '2024-05-01']), 2024);
    assert.strictEqual(mostCommonYear(['2024-05-01', '2023-05-01']), 2024);
    assert.strictEqual(mostCommonYear([null, undefined, '', 'unknown']), undefined);
    assert.strictEqual(mostCommonYear([]), undefined);
  });
});
