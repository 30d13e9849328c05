/**
 * `npm run golden:update`: writes the committed golden report of the seeds
 * (`test/fixtures/golden/seeds-report.json`), which `test/unit/golden.test.ts` compares the engine
 * against. Run it only when a change to the report is meant, and say why in the commit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { seedsReportJson, GOLDEN_SEEDS_REPORT } from '../../test/unit/helpers/golden';

fs.mkdirSync(path.dirname(GOLDEN_SEEDS_REPORT), { recursive: true });
fs.writeFileSync(GOLDEN_SEEDS_REPORT, seedsReportJson());
console.log(`wrote ${path.relative(process.cwd(), GOLDEN_SEEDS_REPORT)}`);
