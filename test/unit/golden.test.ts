import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { GOLDEN_SEEDS_REPORT, seedsReportJson } from './helpers/golden';

describe('golden report', () => {
  it('the seeds report is the committed one (npm run golden:update after a deliberate change)', () => {
    const expected = fs.readFileSync(GOLDEN_SEEDS_REPORT, 'utf8');
    const actual = seedsReportJson();
    if (actual !== expected) {
      // Name the first differing line: a whole-report diff is unreadable in a test log.
      const a = actual.split('\n');
      const e = expected.split('\n');
      const line = a.findIndex((l, i) => l !== e[i]);
      assert.fail(`report differs from the golden one at line ${line + 1}:\n  golden: ${e[line]}\n  now:    ${a[line]}`);
    }
  });
});
