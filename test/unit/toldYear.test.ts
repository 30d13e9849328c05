import * as assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus } from '../../src/core';
import { extractDates, inferReferenceDate } from '../../src/core/extract/dates';
import { latestToldYear } from '../../src/core/extract/dates/toldYear';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';
import { tokenizeArticle, wordLines } from '../../src/core/lang/tokenizer';

// Invented sentences (no development corpus text).
function toldYearOf(body: string): number | null {
  // An undated lead first: the told year is read for articles with no date of their own, and a lead's
  // full date would be taken for the article's.
  const analysis = analyzeArticle({ path: 'story.txt', text: `Headline of the story\n\nThe board met again.\n\n${body}\n` });
  assert.equal(analysis.referenceParts, null);
  return analysis.toldYear;
}

/** `latestToldYear` of an article, whatever its reference date. */
function toldYearIn(body: string): number | null {
  const article = parseArticleText(`Headline of the story\n\n${body}\n`);
  const sentences = splitSentences(article);
  const tokens = tokenizeArticle(article.text, wordLines(article), sentences);
  const dates = extractDates(article, sentences, inferReferenceDate(article, sentences, tokens), tokens);
  return latestToldYear(article.text, sentences, tokens, dates);
}

describe('the latest year an article tells as past (toldYear)', () => {
  it('reads a year placed in the past by a past-tense verb: "in 2006", a month and year, a full date', () => {
    assert.equal(toldYearOf('In 2006, she wrote a memoir. The mayor resigned in 1998.'), 2006);
    assert.equal(toldYearOf('The bridge was closed in March 2011.'), 2011);
    // A full date in the body dates an undated article itself (the inferred reference), so the function is asked directly.
    assert.equal(toldYearIn('The company was sold on June 4, 2009, to a rival.'), 2009);
  });

  it('reads "it was not until 2005 that…" as a happening in 2005', () => {
    assert.equal(toldYearOf("It wasn't until May 30, 2005, that the family revealed the secret."), 2005);
    assert.equal(toldYearOf('It was not until 2005 that the family revealed the secret.'), 2005);
  });

  it('does not read a future year, a year that bounds a span, or a year naming a thing', () => {
    assert.equal(toldYearOf('The stadium will open in 2031.'), null);
    assert.equal(toldYearOf('The club extended his contract through 2030.'), null);
    assert.equal(toldYearOf('The vote was postponed until 2027.'), null);
    assert.equal(toldYearOf('The 2032 Games were awarded to the city.'), null);
    assert.equal(toldYearOf('In 2029 elections are due.'), null);
    assert.equal(toldYearOf('It was announced today that she will host the ceremony in February 2029.'), null);
  });

  it('an article with no date that tells a later year as past does not report the death an article of years before reports', () => {
    // Two figures of one old affair die years apart; the second article has no date of its own.
    const first = {
      path: 'first.txt',
      text:
        '---\ndate: 2004-07-28\nsource: Capital Gazette\n---\nFigure of the harbour bribery scandal dies\n' +
        'Walter Brandt, a central figure of the harbour bribery scandal that brought down Governor Lyle Ames, has died at his home in Millport, his family said.\n' +
        'The harbour bribery scandal forced Governor Lyle Ames to resign.\n',
    };
    const second = {
      path: 'second.txt',
      text:
        'Figure of the harbour bribery scandal dies\n' +
        'Edgar Holm, a central figure of the harbour bribery scandal that brought down Governor Lyle Ames, has died at his home in Millport, his family said.\n' +
        'In 2006, Holm told his story in a book.\n' +
        'The harbour bribery scandal forced Governor Lyle Ames to resign.\n',
    };
    const events = analyzeCorpus([first, second]).events;
    const mainOf = (document: string) => events.find((e) => e.kind === 'incident' && e.mentions.some((m) => m.document === document && m.start < 100));
    const describe = JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label, [...new Set(e.mentions.map((m) => m.document))]]));
    assert.ok(mainOf('first') && mainOf('second'), describe);
    assert.notEqual(mainOf('first'), mainOf('second'), describe);
  });
});
