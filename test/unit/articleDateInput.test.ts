import * as assert from 'node:assert';
import { headerDate } from '../../src/core';
import { parseArticleDateInput } from '../../src/vscode/articleDateInput';

describe('"Set Article Date…" input', () => {
  it('accepts what the header reader reads, at the precision written', () => {
    assert.strictEqual(parseArticleDateInput('2025-04-25', 2020), '2025-04-25');
    assert.strictEqual(parseArticleDateInput(' 2025-04 ', 2020), '2025-04');
    assert.strictEqual(parseArticleDateInput('2025', 2020), '2025');
    assert.strictEqual(parseArticleDateInput('April 25, 2025', 2020), '2025-04-25');
    assert.strictEqual(parseArticleDateInput('25 April 2025', 2020), '2025-04-25');
    assert.strictEqual(parseArticleDateInput('2025-04-25T10:00', 2020), '2025-04-25');
  });

  it('gives a day written without its year the article year', () => {
    assert.strictEqual(parseArticleDateInput('April 25', 2023), '2023-04-25');
    assert.strictEqual(parseArticleDateInput('25 April', 2023), '2023-04-25');
    assert.strictEqual(parseArticleDateInput('Apr. 25', 2023), '2023-04-25');
    assert.strictEqual(parseArticleDateInput('April 25th', 2023), '2023-04-25');
    // 29 February exists in 2024 only.
    assert.strictEqual(parseArticleDateInput('February 29', 2024), '2024-02-29');
    assert.strictEqual(parseArticleDateInput('February 29', 2023), undefined);
  });

  it('refuses what is no date, no real day, or only part of the input', () => {
    for (const input of ['', '   ', 'not a date', 'Thursday', 'yesterday', 'April 31', '2025-02-30', '2025-13', '2025-4-25', 'April 25 or so']) {
      assert.strictEqual(parseArticleDateInput(input, 2025), undefined, input);
    }
  });

  it('writes only values the engine reads back as the same date', () => {
    for (const input of ['2025-04-25', '2025-04', '2025', 'April 25, 2025', 'April 25', '25 April', '3/4/2025', 'Dec 1']) {
      const value = parseArticleDateInput(input, 2025);
      assert.ok(value, input);
      assert.strictEqual(headerDate(value), value, input);
    }
  });
});
