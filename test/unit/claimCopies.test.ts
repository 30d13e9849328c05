/**
 * Copies of a sentence in reprints of one article are matched once, through the first copy
 * (corpus/matching/copies): each copy gets the first's matches with other sources, with its own
 * claim id and spans, and agrees with the first; copies are not matched with each other. Invented
 * articles.
 */
import * as assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus, buildReportLookup, claimSupport, type Report } from '../../src/core';
import { buildClaimUnits } from '../../src/core/corpus/claimUnits';
import { buildEvents } from '../../src/core/corpus/events';
import { mergeCorpusPeople } from '../../src/core/corpus/people';
import { findSyndication } from '../../src/core/corpus/syndication';

const WIRE =
  'Harlan Voss, 41, was hurt when a crane toppled at the Brindle Quay shipyard on Tuesday morning. ' +
  'The crane fell across two loading bays and crushed a parked forklift. ' +
  'The shipyard said work on the dry dock would stop for at least a week. ' +
  'Inspectors from the county safety office were expected at the quay on Wednesday.';

const INDEPENDENT =
  'Harlan Voss, 44, was hurt when a crane toppled at the Brindle Quay shipyard on Tuesday. ' +
  'A spokeswoman for the shipyard said work on the dry dock would stop for at least a week.';

function corpus(): { report: Report; texts: Map<string, string> } {
  // Outlets of different name lengths put each copy's sentences at other offsets.
  const files = [
    { path: 'w1.txt', text: `---\nsource: Quay Post\ndate: 2025-06-10\n---\n${WIRE}\n` },
    { path: 'w2.txt', text: `---\nsource: The Brindle Evening Chronicle\ndate: 2025-06-10\n---\n${WIRE}\n` },
    { path: 'w3.txt', text: `---\nsource: Harbour Ledger\ndate: 2025-06-10\n---\n${WIRE}\n` },
    { path: 'x1.txt', text: `---\nsource: County Record\ndate: 2025-06-10\n---\n${INDEPENDENT}\n` },
  ];
  const report = analyzeCorpus(files);
  return { report, texts: new Map(files.map((f) => [f.path.replace(/\.txt$/, ''), f.text])) };
}

const documentOf = (claim: string): string => claim.slice(0, claim.lastIndexOf('#'));

describe('claim copies (reprints matched once)', () => {
  it('lists the copies of each reprinted sentence under the first, and matches no two copies with each other', () => {
    const { report } = corpus();
    assert.deepEqual(report.syndication, [{ documents: ['w1', 'w2', 'w3'] }]);
    const sets = report.claimCopies ?? [];
    assert.ok(sets.length >= 3, 'the wire story’s sentences have copies');
    for (const set of sets) {
      assert.equal(documentOf(set.claim), 'w1', 'the first copy is in the first document');
      assert.deepEqual(set.copies.map(documentOf), ['w2', 'w3']);
    }
    const copies = new Set(sets.flatMap((s) => s.copies));
    assert.ok(!report.matches.some((m) => copies.has(m.a) && copies.has(m.b)), 'copies are not matched with each other');
    // Each copy agrees with its first.
    for (const set of sets) for (const copy of set.copies) assert.ok(report.matches.some((m) => m.relation === 'agrees' && [m.a, m.b].includes(copy) && [m.a, m.b].includes(set.claim)));
  });

  it('gives each copy the first’s contradiction with another source, with the spans of its own article', () => {
    const { report, texts } = corpus();
    const contradictions = report.matches.filter((m) => m.relation === 'contradicts');
    // The age 41 against 44: once from each reprint, none between the reprints.
    const againstIndependent = contradictions.filter((m) => documentOf(m.a) === 'x1' || documentOf(m.b) === 'x1');
    assert.deepEqual(new Set(againstIndependent.map((m) => documentOf(documentOf(m.a) === 'x1' ? m.b : m.a))), new Set(['w1', 'w2', 'w3']));
    for (const match of againstIndependent) {
      for (const side of ['a', 'b'] as const) {
        const text = texts.get(documentOf(match[side]))!;
        for (const d of match.differences ?? []) assert.equal(text.slice(d[side].start, d[side].end), d[side].text, `${match[side]}: span at its own offsets`);
      }
      assert.ok((match.differences ?? []).some((d) => [d.a.text, d.b.text].includes('41')));
    }
  });

  it('counts the other copies as reprints of a copy, not as sources', () => {
    const { report } = corpus();
    const lookup = buildReportLookup(report);
    // The sentence giving the age, which the independent report contradicts.
    const set = (report.claimCopies ?? []).find((s) => report.matches.some((m) => m.relation === 'contradicts' && (m.a === s.claim || m.b === s.claim)))!;
    assert.ok(set, 'the sentence of the age has copies');
    const support = claimSupport(lookup, set.copies[1]);
    assert.equal(support.reprints, 2, 'w1 and w2 reprint the article of w3');
    assert.equal(support.sources, 1, 'x1 is the one independent source');
    assert.equal(support.contradicts, 1);
  });

  it('builds the same events when a reprint’s article events are paired through their first copy', () => {
    const other = 'A footbridge over the Selby canal reopened on Monday after six weeks of repairs. The council said the bridge cost two hundred thousand pounds to mend.';
    const files = [WIRE, WIRE, INDEPENDENT, WIRE, other].map((text, i) => ({ path: `e${i}.txt`, text: `---\nsource: Outlet ${'x'.repeat(i)}\ndate: 2025-06-10\n---\n${text}\n` }));
    const articles = files.map((f) => analyzeArticle(f, f.path.replace(/\.txt$/, '')));
    const { people, idOf } = mergeCorpusPeople(articles);
    const units = buildClaimUnits(articles, idOf);
    const syndication = findSyndication(units, articles.map((a) => a.id));
    assert.equal(syndication.groups.length, 1);
    const together = buildEvents(articles, units, people, articles.map((a) => syndication.groupOf.get(a.id) ?? -1));
    const apart = buildEvents(articles, units, people);
    assert.deepEqual(together.events, apart.events);
    assert.ok(together.events.some((e) => new Set(e.mentions.map((m) => m.document)).size >= 4), 'the three reprints and the independent report are one event');
  });
});
