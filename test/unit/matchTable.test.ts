import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { buildCorpusView, buildReportLookup, IncrementalCorpus, type CorpusFile, type Report, type ReportLookup } from '../../src/core';
import { runAtOnce } from '../../src/node/eventLoop';
import { encodeMatchTable, hostLookupSteps, MATCH_TABLE_BUFFERS } from '../../src/node/matchTable';
import { joinResult, splitResult, type DoneResponse } from '../../src/node/resultParts';

const seedsDir = path.resolve(__dirname, '../../seeds');
const seeds: CorpusFile[] = fs
  .readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ key: `file:///seeds/${name}`, path: `seeds/${name}`, id: name.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(seedsDir, name), 'utf8') }));

/** The lookup's parts that are not its matches. */
function withoutMatches(lookup: ReportLookup): Partial<ReportLookup> {
  const rest: Partial<ReportLookup> = { ...lookup };
  delete rest.matchesByClaim;
  delete rest.report;
  return rest;
}

describe("the report's matches as a table for the extension host (node/matchTable)", () => {
  const result = new IncrementalCorpus().update(seeds)!;
  const { report, quoteEchoes } = buildCorpusView(result.articles, result.failures);
  const response = (of: Report): DoneResponse => ({ id: 3, kind: 'done', articles: result.articles, articleKeys: result.articleKeys, report: of, quoteEchoes, signature: result.signature, durationMs: 5 });
  // A copy: what the thread sent must not be what the test compares with.
  const expected = (): Report => structuredClone(report);

  it('sends the matches as a table, and the joined lookup lists every claim’s matches as the lookup built from the objects does', async () => {
    assert.ok(report.matches.length > 20 && report.matches.some((m) => m.differences), 'seeds with matches, contradictions among them');
    const parts = splitResult(response(report));
    const joined = await joinResult(parts);
    const lookup = runAtOnce(hostLookupSteps(joined.report));
    const built = buildReportLookup(expected());
    assert.deepEqual(withoutMatches(lookup), withoutMatches(built));
    assert.deepEqual([...lookup.contradictedClaims], [...built.contradictedClaims]);
    assert.equal(lookup.matchesByClaim.size, built.matchesByClaim.size);
    // The same claims in the same order, each with the same list in the same order (best first).
    assert.deepEqual([...lookup.matchesByClaim.keys()], [...built.matchesByClaim.keys()]);
    for (const claim of built.report.documents.flatMap((doc) => doc.claims)) {
      assert.equal(lookup.matchesByClaim.has(claim.id), built.matchesByClaim.has(claim.id), claim.id);
      assert.deepEqual(lookup.matchesByClaim.get(claim.id), built.matchesByClaim.get(claim.id), claim.id);
    }
    assert.equal(lookup.matchesByClaim.get('no such claim'), undefined);
    assert.throws(() => lookup.matchesByClaim.set('x', []), /read-only/);
  });

  it('makes the report’s matches array only when read, equal to the thread’s and in the report’s key order', async () => {
    const joined = await joinResult(splitResult(response(report)));
    assert.equal(typeof Object.getOwnPropertyDescriptor(joined.report, 'matches')?.get, 'function', 'not made by the join');
    runAtOnce(hostLookupSteps(joined.report));
    assert.equal(typeof Object.getOwnPropertyDescriptor(joined.report, 'matches')?.get, 'function', 'not made by the lookup');
    // An export reads the whole report: byte for byte the thread's.
    assert.equal(JSON.stringify(joined.report, null, 2), JSON.stringify(expected(), null, 2));
    assert.deepEqual(Object.keys(joined.report), Object.keys(report));
    assert.ok(Array.isArray(Object.getOwnPropertyDescriptor(joined.report, 'matches')?.value), 'made once, then kept');
  });

  it('sends the matches as objects when one is not what the table holds, and the lookup is then built from them', async () => {
    const strange = expected();
    strange.matches = [...strange.matches, { ...strange.matches[0], b: 'a claim of no document' }];
    assert.equal(encodeMatchTable(strange), undefined);
    const extraField = expected();
    extraField.matches = [{ ...extraField.matches[0], note: 'a field the table does not know' } as (typeof extraField.matches)[number]];
    assert.equal(encodeMatchTable(extraField), undefined);
    const parts = splitResult(response(strange));
    const joined = await joinResult(parts);
    assert.ok(Array.isArray(Object.getOwnPropertyDescriptor(joined.report, 'matches')?.value), 'sent as objects');
    assert.ok(isDeepStrictEqual(runAtOnce(hostLookupSteps(joined.report)), buildReportLookup(structuredClone(strange))));
  });

  it('holds a match in about 21 bytes outside the heap, its reasons once each', () => {
    const table = encodeMatchTable(report)!;
    assert.equal(table.buffers.length, MATCH_TABLE_BUFFERS);
    const bytes = table.buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0);
    const claims = report.documents.reduce((sum, doc) => sum + doc.claims.length, 0);
    assert.equal(bytes, report.matches.length * (4 + 4 + 1 + 8 + 4 + 2 * 4) + (claims + 1) * 4);
    assert.equal(table.head.reasons.length, new Set(report.matches.map((m) => m.reason)).size);
    assert.equal(table.head.differences.length, report.matches.filter((m) => m.differences).length);
  });
});
