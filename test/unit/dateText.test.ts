import * as assert from 'node:assert';
import { countedFrom, mostCommonYear } from '../../src/vscode/dateText';

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

describe('what an open date was counted from, for a hover card', () => {
  it('names the day of the story a date was counted from, not the article date, when the engine used that day', () => {
    assert.strictEqual(countedFrom('same day as the day last mentioned (2025-03-13, "March 13, 2025")'), 'counted from “March 13, 2025”');
    assert.strictEqual(countedFrom('day after the day last mentioned (2025-03-12, "Wednesday")'), 'counted from “Wednesday”');
    assert.strictEqual(countedFrom('month and day given; nearest such date to the story\'s time 1998 ("In 1998")'), 'counted from “In 1998”');
  });

  it('names the article or post date only when the engine counted from it', () => {
    assert.strictEqual(countedFrom('the day before the article date 2025-04-04 (inferred from the text)'), 'counted from the article’s date, Fri 4 Apr 2025');
    assert.strictEqual(countedFrom('holiday in the year of the article date 2025 (header)'), 'counted from the article’s date, 2025');
    assert.strictEqual(countedFrom("the day of the post's date 2024-11-02"), 'counted from the post’s date, Sat 2 Nov 2024');
  });

  it('says nothing when the resolution names no starting point', () => {
    assert.strictEqual(countedFrom('explicit date'), undefined);
    assert.strictEqual(countedFrom('an unspecified number of months up to the article date (unknown)'), undefined);
    assert.strictEqual(countedFrom(null), undefined);
  });
});
