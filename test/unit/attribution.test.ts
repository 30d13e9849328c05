import * as assert from 'node:assert';
import { analyzeCorpus } from '../../src/core';
import { analyzeArticle } from '../../src/core/extract';

/** Each claim's text start and its attribution's speaker and words, for claims that have one. */
function attributionsOf(text: string): [string, string, string][] {
  const analysis = analyzeArticle({ path: 'doc.txt', text });
  return analysis.claims.flatMap((c) => {
    if (!c.attribution) return [];
    assert.strictEqual(c.attribution.text, text.slice(c.attribution.start, c.attribution.end));
    return [[c.text.slice(0, 12), c.attribution.speaker, c.attribution.text]];
  });
}

describe('claim attribution (reported speech)', () => {
  it('reads "X said (that) …" at the start of a claim, with the person as speaker', () => {
    const found = attributionsOf('Bridge closed after flood damage\nMayor Helen Ortiz said that the bridge would stay closed until March.\nThe river rose two metres overnight.\n');
    assert.deepStrictEqual(found, [['Mayor Helen ', 'helen-ortiz', 'Helen Ortiz said']]);
  });

  it('reads "…, police said." and "according to the report" as described speakers', () => {
    const found = attributionsOf('Bridge closed after flood damage\nTwo cars were swept away, police said.\nRepairs will cost four million euros, according to the council report.\n');
    assert.deepStrictEqual(found, [
      ['Two cars wer', 'police', 'police said'],
      ['Repairs will', 'the council report', 'according to the council report'],
    ]);
  });

  it('gives a claim holding an attributed quote the quote’s speaker, and resolves a pronoun', () => {
    const found = attributionsOf('Bridge closed after flood damage\nHelen Ortiz visited the site on Monday.\n“We will rebuild it,” she said.\n');
    assert.deepStrictEqual(found, [['“We will reb', 'helen-ortiz', 'she said']]);
  });

  describe('subjects that are easy to misread', () => {
    /** The speaker of each quote of a one-article text (a person's key, or the name or description read). */
    function quoteSpeakers(text: string): (string | null)[] {
      return analyzeArticle({ path: 'doc.txt', text }).quotes.map((q) => (q.speaker === null ? null : q.speaker.kind === 'person' ? q.speaker.person : q.speaker.kind === 'organisation' ? q.speaker.name : q.speaker.text));
    }

    it('never takes a party-and-state gloss for the speaker ("Rep. Dan Ortiz (R-IN) said")', () => {
      assert.deepStrictEqual(quoteSpeakers('Budget fight\nRep. Dan Ortiz (R-IN) said the company was "hiding the data."\n'), ['dan-ortiz']);
    });

    it('reads the subject before a day that dates the verb ("Portugal on Friday criticised", "A city spokeswoman on Tuesday told reporters")', () => {
      const found = attributionsOf('Trade row deepens\nPortugal on Friday criticised the new tariffs.\nA city spokeswoman on Tuesday told reporters the road would stay closed.\nThe Finance Ministry on Monday denied the report.\n');
      assert.deepStrictEqual(found.map(([, speaker]) => speaker), ['Portugal', 'A city spokeswoman', 'Finance Ministry']);
    });

    it('drops a focusing adverb from a subject ("Even Canada, …, said")', () => {
      const found = attributionsOf('Tariffs anger allies\nEven Canada, the largest trading partner, said it was deeply concerned.\n');
      assert.deepStrictEqual(found.map(([, speaker]) => speaker), ['Canada']);
    });

    it('gives a passive verb of saying its agent, or no speaker without one', () => {
      const text = 'Phone maker shows new model\nThe new phone was praised by Ann Carver as "the best thing we have built."\n"We will appeal," she was told by the clerk.\nThe singer has been described as "a rising star."\n';
      assert.deepStrictEqual(quoteSpeakers(text), ['ann-carver', 'the clerk', null]);
    });

    it('never reads a quoted title as part of a described speaker (\'argued a "Green Report" produced for …\')', () => {
      const found = attributionsOf('Fund under review\nExperts said the fund was "sound," argued a "Green Report" produced for the ministry in 2019.\n');
      assert.deepStrictEqual(found.map(([, speaker]) => speaker), ['Experts']);
    });

    it('never takes the one spoken to for the speaker ("…," one woman told AFP)', () => {
      const text = 'Quake shakes island\n"We ran into the street," one woman in Brill told AFP.\n"The house shook for a minute," a fisherman told the BBC.\n';
      assert.deepStrictEqual(quoteSpeakers(text), [null, 'a fisherman']);
    });

    it('leaves "he said" unresolved after a sentence led by someone the people stage did not find', () => {
      const text = 'Protest in the square\nCouncilman Marcus Dunleavy said the protest had been peaceful.\nPublic Advocate Pieter de Boer, a candidate for mayor this year, also came to the square on Monday night.\n"We hear the anger of young people," he said.\n';
      assert.deepStrictEqual(quoteSpeakers(text), [null]);
    });

    it('reads "a company called Heritage Homes" as a name given, not a thing said', () => {
      const found = attributionsOf('Old mill sold\nA restoration company called Heritage Homes bought the mill in 1997.\nAn official called the plan reckless.\n');
      assert.deepStrictEqual(found.map(([, speaker]) => speaker), ['An official']);
    });

    it('reads "X was quoted as saying" with X as the speaker, not the outlet that quotes', () => {
      const text = 'Storm closes harbour\n"Nobody was hurt," the harbour master was quoted as saying.\n"The ferry will run again on Monday," the port authority was quoted by a local radio station as saying.\n';
      assert.deepStrictEqual(quoteSpeakers(text), ['the harbour master', 'the port authority']);
    });
  });

  it('reads "officers responded to a call" as no statement, and still reads who said the rest', () => {
    const found = attributionsOf(
      'Two hurt in shooting at market\nTwo deputies responded to a report of gunfire near the market at 9 p.m. Friday.\nTroopers responded to a home on Elm Road and found two men with gunshot wounds, the sheriff’s office said.\n',
    );
    assert.deepStrictEqual(found, [['Troopers res', 'the sheriff’s office', 'the sheriff’s office said']]);
  });

  it('reads the source "according to" names before a comma, not the subject of the clause after it', () => {
    const found = attributionsOf(
      'Two hurt in shooting at market\nAccording to police, Dana Price fired twice at the car.\nAccording to court records, the man had two earlier convictions.\nThe gunman fled, according to witnesses, who said Price drove away.\n',
    );
    assert.deepStrictEqual(found, [
      ['According to', 'police', 'According to police'],
      ['According to', 'court records', 'According to court records'],
    ]);
  });

  it('leaves the article’s own voice unattributed', () => {
    assert.deepStrictEqual(attributionsOf('Bridge closed after flood damage\nThe river rose two metres overnight.\nThe bridge was built in 1902.\n'), []);
  });

  it('reports person speakers as Person ids and quote speaker spans in the corpus report', () => {
    const text = 'Bridge closed after flood damage\nHelen Ortiz visited the site on Monday.\n“We will rebuild it,” she said.\n';
    const report = analyzeCorpus([{ path: 'doc.txt', text }]);
    const doc = report.documents[0];
    const person = report.people.find((p) => p.name === 'Helen Ortiz');
    assert.ok(person);
    const quote = doc.quotes[0];
    assert.strictEqual(quote.speaker, person.id);
    assert.ok(quote.speakerSpan);
    assert.strictEqual(text.slice(quote.speakerSpan.start, quote.speakerSpan.end), 'she said');
    assert.strictEqual(doc.claims.find((c) => c.attribution)?.attribution?.speaker, person.id);
  });

  it('resolves a pronoun through a role description to the person given that role, modifiers included', () => {
    const text = 'Race tightens\nRepublican nominee Tom Walker and Democratic nominee Paul Lind met voters on Monday.\nThe Republican nominee also criticised the budget.\nHe said the plan was “a disaster.”\n';
    const analysis = analyzeArticle({ path: 'doc.txt', text });
    assert.deepStrictEqual(analysis.quotes.map((q) => (q.speaker?.kind === 'person' ? q.speaker.person : null)), ['tom-walker']);
  });
});
