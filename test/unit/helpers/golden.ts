/** The seeds' report as the CLI writes it from the repository root, for the golden report test. */
import * as path from 'node:path';
import { collectArticles } from '../../../src/node/articleFiles';
import { analyzeCorpus } from '../../../src/core';

const root = path.join(__dirname, '..', '..', '..');
export const GOLDEN_SEEDS_REPORT = path.join(root, 'test', 'fixtures', 'golden', 'seeds-report.json');

export function seedsReportJson(): string {
  const { articles } = collectArticles(['seeds'], root);
  return JSON.stringify(analyzeCorpus(articles), null, 2) + '\n';
}
