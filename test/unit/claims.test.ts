import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/extract';
import { extractClaims, isQuestionSentence } from '../../src/core/extract/claims';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';

function claimsOf(text: string, id = 'doc') {
  const article = parseArticleText(text);
  return extractClaims(article, splitSentences(article), id);
}

describe('claims', () => {
  it('numbers asserting sentences from 1 in document order, with offsets into the file', () => {
    const text = '---\ndate: 2025-04-25\n---\nTrump envoy meets Putin in Moscow\nWitkoff met Putin for three hours. The Kremlin called it constructive.\n';
    const claims = claimsOf(text, '003');
    assert.deepStrictEqual(claims.map((c) => c.id), ['003#1', '003#2', '003#3']);
    assert.deepStrictEqual(claims.map((c) => c.text), ['Trump envoy meets Putin in Moscow', 'Witkoff met Putin for three hours.', 'The Kremlin called it constructive.']);
    for (const c of claims) assert.strictEqual(text.slice(c.start, c.end), c.text);
  });

  it('leaves out a page\'s time stamp written as a sentence, but not a sentence that opens with one of its words', () => {
    const text =
      'The ferry to the islands ran again on Thursday, the port said. (Published Friday, May 2, 2025)\nUpdated: 9:40 a.m. EDT\n' +
      'The council published its audit of the port on Friday.\nUpdated figures were released on May 3.\nPosted guards stood at every gate of the port.\n';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), [
      'The ferry to the islands ran again on Thursday, the port said.',
      'The council published its audit of the port on Friday.',
      'Updated figures were released on May 3.',
      'Posted guards stood at every gate of the port.',
    ]);
  });

  it('leaves out boilerplate, social posts, datelines, short headlines and pure questions', () => {
    const seed = fs.readFileSync(path.join(__dirname, '../../seeds/004_d5bcf20939b0566d.txt'), 'utf8');
    const claims = claimsOf(seed, '004');
    assert.ok(!claims.some((c) => c.text.includes('t.co/') || c.text.includes('@BreitbartLondon')));
    assert.ok(claims.some((c) => c.text.startsWith('The U.S. State Department hailed')));
    const other = claimsOf('Ukraine talks\nJune 9, 2009\nIs this the end of the war?\nThe talks lasted six hours.\n2 minutes, 13 seconds Read\nSimilar Posts\n');
    assert.deepStrictEqual(other.map((c) => c.text), ['The talks lasted six hours.']);
  });

  it('marks the quoted parts of each claim, also of a sentence that opens inside a quotation and in single quotes', () => {
    const text =
      '---\ndate: 2025-06-10\n---\nMayor opens new bridge over the river\n' +
      'The mayor opened the bridge on Monday. "We waited ten years for this. It opens to traffic on Friday," she said.\n' +
      "Residents called it 'a gift for today' at the ceremony.\n";
    const analysis = analyzeArticle({ path: 'bridge.txt', text });
    const quoted = (claimStart: string): string[] => {
      const read = analysis.analyzedClaims.find((c) => c.claim.text.startsWith(claimStart));
      assert.ok(read, claimStart);
      return read.quotations.map((q) => text.slice(q.start, q.end));
    };
    assert.deepStrictEqual(quoted('The mayor opened'), []);
    assert.deepStrictEqual(quoted('"We waited'), ['We waited ten years for this.']);
    // No quotation mark stands before "Friday" in its sentence: the quotation opened in the one before.
    assert.deepStrictEqual(quoted('It opens'), ['It opens to traffic on Friday,']);
    assert.deepStrictEqual(quoted('Residents'), ['a gift for today']);
  });

  it('gives the same ids for the same text', () => {
    const seed = fs.readFileSync(path.join(__dirname, '../../seeds/003_7bedc7d4400a312a.txt'), 'utf8');
    assert.deepStrictEqual(claimsOf(seed, 'a'), claimsOf(seed, 'a'));
    const claims = claimsOf(seed, 'a');
    assert.ok(!claims.some((c) => /Similar Posts|seconds Read/.test(c.text)));
    assert.strictEqual(claims[0].text, 'Trump envoy meets Putin in Moscow as US, Russia edge closer on Ukraine talks');
  });

  it('leaves out quoted questions whose sentence only attributes them (bug fix: questions became claims)', () => {
    const claims = claimsOf(
      '“How long will the bridge stay closed?” the mayor asked.\nWhat else could it be?” she said.\n' +
        '“Who told you that?” said Anna Berg, a resident who saw the fire.\nResidents chanted “Why us?” and marched to the town hall.\n' +
        'The council said the bridge would stay closed until May.\n',
    );
    assert.deepStrictEqual(claims.map((c) => c.text), [
      'Residents chanted “Why us?” and marched to the town hall.',
      'The council said the bridge would stay closed until May.',
    ]);
  });

  it('tells questions from statements that quote or end near one', () => {
    assert.ok(isQuestionSentence('Is the bridge safe?'));
    assert.ok(isQuestionSentence('Ready for the vote?;'));
    assert.ok(isQuestionSentence('"Would we have won without him?" the coach asked.'));
    assert.ok(!isQuestionSentence('A witness heard an officer shout, “What is in your hands?” before the shots.'));
    assert.ok(!isQuestionSentence('“Why now?” was printed on every banner at the march.'));
    assert.ok(!isQuestionSentence('The bridge will stay closed until May, the council said.'));
  });
});
