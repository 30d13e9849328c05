/**
 * Syndication at scale: a wire story carried by many outlets is one group however many copies
 * there are, without comparing every pair of copies (a crash at 10,000 articles: a map of every
 * document pair sharing a claim outgrew the largest Map). Invented articles.
 */
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/extract';
import { buildClaimUnits } from '../../src/core/corpus/claimUnits';
import { mergeCorpusPeople } from '../../src/core/corpus/people';
import { findSyndication } from '../../src/core/corpus/syndication';

const WIRE =
  'Flood waters rose above the old stone bridge in Marlow on Tuesday night. ' +
  'Engineers closed the bridge to all traffic after cracks appeared in two arches. ' +
  'The county council said repairs would take at least three months and cost four million pounds. ' +
  'Residents of the east bank face a detour of twelve miles until the bridge reopens.';

function syndicationOf(texts: readonly string[]): string[][] {
  const articles = texts.map((text, i) => analyzeArticle({ path: `a${i}.txt`, text: `---\ndate: 2025-03-04\n---\n${text}\n` }, `a${i}`));
  const { idOf } = mergeCorpusPeople(articles);
  return findSyndication(buildClaimUnits(articles, idOf), articles.map((a) => a.id)).groups.map((g) => g.documents);
}

describe('syndication (reprints of one story)', () => {
  it('groups 300 copies of a wire story as one, and keeps an independent report and another story out', () => {
    const own = 'A ferry carried drivers across the river at Marlow while the bridge stayed shut. Its owner said two extra crossings an hour would run from Thursday.';
    const other = 'A new library opened in Henley on Saturday with a reading room for two hundred people. The mayor said the building cost six million pounds and took two years to finish.';
    const texts = [...Array.from({ length: 300 }, () => WIRE), own, other];
    const groups = syndicationOf(texts);
    assert.equal(groups.length, 1);
    assert.equal(groups[0].length, 300);
    assert.ok(!groups[0].includes('a300') && !groups[0].includes('a301'));
  });
});
