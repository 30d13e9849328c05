/**
 * The hover card's counts (src/vscode/claimSources.ts): its verdict, the sentences it lists, its
 * "Show all" link and the list that link opens count one unit, the other independent sources that
 * report the claim; reprints and related sentences are shown under their own names, never counted
 * as sources. Hand-made reports and invented articles.
 */
import * as assert from 'node:assert/strict';
import { analyzeCorpus, buildReportLookup, type ClaimMatch, type DocumentReport, type Report } from '../../src/core';
import { claimListGroups, claimListSummary, claimSources, showAllLink, verdictLine, verdictOf } from '../../src/vscode/claimSources';

function documentWith(id: string, claims: number): DocumentReport {
  return {
    id,
    path: `${id}.txt`,
    title: null,
    source: null,
    referenceDate: { value: null, source: 'none' },
    people: [],
    dates: [],
    quotes: [],
    claims: Array.from({ length: claims }, (_, i) => ({ id: `${id}#${i + 1}`, start: i * 10, end: i * 10 + 9, text: `sentence ${i + 1}` })),
  };
}

function match(a: string, b: string, relation: ClaimMatch['relation'], score = 0.8, words?: [string, string]): ClaimMatch {
  const differences = words ? [{ slot: 'count' as const, a: { start: 0, end: words[0].length, text: words[0] }, b: { start: 0, end: words[1].length, text: words[1] } }] : undefined;
  return { a, b, relation, score, reason: 'shared people: Dana Ortiz', ...(differences ? { differences } : {}) };
}

/**
 * "here#1" and the other documents: a reprint of it (own), one outlet that agrees, a wire story and its
 * reprint that both agree, an outlet that contradicts it in one sentence and agrees in another, a
 * later report, and an outlet with only a related sentence.
 */
function storyReport(): Report {
  const ids = ['here', 'here-reprint', 'agrees', 'wire', 'wire-reprint', 'contradicts', 'later', 'related'];
  return {
    version: 1,
    documents: ids.map((id) => documentWith(id, 2)),
    people: [],
    events: [],
    syndication: [{ documents: ['here', 'here-reprint'] }, { documents: ['wire', 'wire-reprint'] }],
    claimCopies: [{ claim: 'here#1', copies: ['here-reprint#1'] }],
    matches: [
      match('here#1', 'here-reprint#1', 'agrees', 1),
      match('here#1', 'agrees#1', 'agrees'),
      match('here#1', 'wire#1', 'agrees', 0.9),
      match('here#1', 'wire-reprint#1', 'agrees', 0.85),
      match('here#1', 'contradicts#1', 'contradicts', 0.7, ['two', 'three']),
      match('here#1', 'contradicts#2', 'agrees', 0.6),
      match('here#1', 'later#1', 'updates', 0.7, ['two', 'four']),
      match('here#1', 'related#1', 'related', 0.4),
      match('here#1', 'agrees#2', 'related', 0.3),
    ],
  };
}

describe('the hover card counts other sources, one unit everywhere', () => {
  const lookup = buildReportLookup(storyReport());
  const sources = claimSources(lookup, 'here#1');

  it('counts each other independent source once, where it stands; reprints and related sentences apart', () => {
    assert.equal(sources.total, 6, 'eight documents, two of them reprints');
    assert.deepEqual(
      sources.counted.map((s) => [s.document, s.relation]),
      [
        ['contradicts', 'contradicts'],
        ['later', 'updates'],
        ['wire', 'agrees'],
        ['agrees', 'agrees'],
      ],
    );
    assert.deepEqual(sources.counted[0].sentences.map((s) => s.claim), ['contradicts#1', 'contradicts#2'], 'its sentence that contradicts first');
    assert.deepEqual(sources.reprints.map((r) => r.document).sort(), ['here-reprint', 'wire-reprint']);
    assert.deepEqual(sources.related.map((s) => s.claim), ['related#1', 'agrees#2']);
  });

  it('the verdict counts the same sources: agree − 1 + contradict + update = the other sources counted', () => {
    const verdict = verdictOf(sources);
    assert.deepEqual(
      { agree: verdict.agree, contradict: verdict.contradict, update: verdict.update, reprints: verdict.reprints, total: verdict.total },
      { agree: 3, contradict: 1, update: 1, reprints: 2, total: 6 },
    );
    assert.equal(verdict.agree - 1 + verdict.contradict + verdict.update, sources.counted.length);
    assert.deepEqual(verdict.contradictWords, ['three']);
    assert.equal(verdictLine(verdict), '$(check) **3 of 6 sources agree** · 1 says “**three**” $(warning) · 1 later report “**four**” $(history) · 2 reprints not counted');
  });

  it('"Show all" counts the other sources the verdict counts, not related sentences or reprints', () => {
    // Before: "Show all 9…" (every match, related and reprints included) under "3 of 6 sources agree".
    assert.equal(showAllLink(sources, 3)?.title, 'Show all 4 other sources…');
    assert.match(showAllLink(sources, 3)?.tooltip ?? '', /the 4 other sources the verdict counts, then 2 reprints and 2 related sentences, not counted/);
    // Every source on the card: what is left is named in its own units.
    assert.equal(showAllLink(sources, 4)?.title, 'Show 2 reprints and 2 related sentences…');
    const onlyRelated = claimSources(lookup, 'agrees#2');
    assert.equal(onlyRelated.counted.length, 0);
    assert.equal(verdictLine(verdictOf(onlyRelated)), 'Only this source reports this (of 6 sources)');
    assert.equal(showAllLink(onlyRelated, 0)?.title, 'Show 1 related sentence…', 'no number that reads as sources under "Only this source"');
    assert.equal(showAllLink(claimSources(lookup, 'later#2'), 0), undefined, 'nothing to show, no link');
  });

  it('the list the link opens starts with the same sources, under the same number', () => {
    const groups = claimListGroups(sources);
    assert.deepEqual(
      groups.map((g) => g.heading),
      ['4 other sources report this', '2 reprints of a story already counted · not counted', '2 related sentences: the same story, not this claim · not counted'],
    );
    assert.deepEqual(new Set(groups[0].sentences.map((s) => s.document)), new Set(sources.counted.map((s) => s.document)));
    assert.ok(groups[1].sentences.some((s) => s.claim === 'here-reprint#1' && s.match?.relation === 'agrees'));
    assert.equal(claimListSummary(sources), '4 other sources report this; 2 reprints and 2 related sentences not counted');
  });

  it('holds on an analysed corpus: for every claim the link, the verdict and the list count alike', () => {
    // Invented articles: one wire story reprinted twice, an outlet of its own with another age and a
    // later report that the worker died.
    const wire = 'Ivo Marsh, 52, was hurt when scaffolding collapsed at the Tallow Street depot on Monday. The depot said repairs would take a month.';
    const report = analyzeCorpus([
      { path: 'w1.txt', text: `---\nsource: Depot Gazette\ndate: 2025-03-04\n---\n${wire}\n` },
      { path: 'w2.txt', text: `---\nsource: Tallow Herald\ndate: 2025-03-04\n---\n${wire}\n` },
      { path: 'x1.txt', text: `---\nsource: County Wire\ndate: 2025-03-04\n---\nIvo Marsh, 55, was hurt when scaffolding collapsed at the Tallow Street depot on Monday.\n` },
      { path: 'x2.txt', text: `---\nsource: Evening Post\ndate: 2025-03-09\n---\nIvo Marsh, 52, who was hurt when scaffolding collapsed at the Tallow Street depot on Monday, died on Saturday.\n` },
    ]);
    const analysed = buildReportLookup(report);
    let withOthers = 0;
    for (const document of report.documents) {
      for (const claim of document.claims) {
        const found = claimSources(analysed, claim.id);
        const verdict = verdictOf(found);
        const others = verdict.agree - 1 + verdict.contradict + verdict.update;
        assert.equal(others, found.counted.length, claim.id);
        if (others) withOthers++;
        const link = showAllLink(found, 0);
        const number = /^Show all (\d+) other sources?…$/.exec(link?.title ?? '')?.[1];
        if (others) assert.equal(Number(number), others, `${claim.id}: ${link?.title}`);
        else assert.doesNotMatch(link?.title ?? '', /other source/);
        assert.equal(found.counted.length + found.reprints.length <= report.documents.length - 1, true);
      }
    }
    assert.ok(withOthers > 0, 'some sentence is reported by another source');
  });
});
