import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractDates, inferReferenceDate, type DateFinding } from '../../src/core/extract/dates';
import type { ReferenceDate } from '../../src/core/report';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';

interface Analysed {
  text: string;
  reference: ReferenceDate;
  dates: DateFinding[];
}

function analyse(text: string): Analysed {
  const article = parseArticleText(text);
  const sentences = splitSentences(article);
  const reference = inferReferenceDate(article, sentences);
  return { text, reference, dates: extractDates(article, sentences, reference) };
}

function withDate(date: string, body: string): string {
  return `---\ntitle: Test story\ndate: ${date}\n---\n${body}\n`;
}

/** The finding whose text is exactly `text` (the n-th one when it occurs more than once). */
function finding(result: Analysed, text: string, nth = 0): DateFinding {
  const found = result.dates.filter((d) => d.text === text);
  assert.ok(found.length > nth, `no date "${text}" among ${JSON.stringify(result.dates.map((d) => d.text))}`);
  return found[nth];
}

function noFindingIn(result: Analysed, words: string): void {
  const start = result.text.indexOf(words);
  assert.ok(start >= 0, `test text lacks "${words}"`);
  const end = start + words.length;
  const overlapping = result.dates.filter((d) => d.start < end && start < d.end);
  assert.deepEqual(overlapping.map((d) => d.text), [], `expected no date in "${words}"`);
}

const SEEDS = path.resolve(__dirname, '../../seeds');

function seed(prefix: string): string {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(file, `seed ${prefix} missing`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
}

describe('dates: the reference date', () => {
  it('takes the front matter date first, as the header', () => {
    const result = analyse(withDate('2025-04-25', 'Witkoff met Putin on Thursday.'));
    assert.deepEqual(result.reference, { value: '2025-04-25', source: 'header' });
  });

  it('reads a written-out header date, but never a relative one', () => {
    const written = analyse('---\ndate: April 25, 2025\n---\nTalks ended on Thursday.\n');
    assert.deepEqual(written.reference, { value: '2025-04-25', source: 'header' });
    const relative = analyse('---\ndate: yesterday\n---\nTalks ended on Thursday.\n');
    assert.deepEqual(relative.reference, { value: null, source: 'none', refusedHeader: 'yesterday' });
    assert.equal(finding(relative, 'Thursday').value, null);
  });

  it('reads a dateline line when there is no header (MEANTIME layout)', () => {
    const result = analyse('Apple launches new, faster iPhone\nJune 9, 2009\nApple Computer today announced its latest iPhone.\n');
    assert.deepEqual(result.reference, { value: '2009-06-09', source: 'text' });
    assert.equal(finding(result, 'June 9, 2009').value, '2009-06-09');
    assert.equal(finding(result, 'today').value, '2009-06-09');
  });

  it('infers seed 004 from its dated embedded posts and "Friday … later today"', () => {
    const result = analyse(seed('004'));
    // Posts are dated March 14 and March 29, 2025 (a Saturday); the story's own day is a Friday.
    assert.deepEqual(result.reference, { value: '2025-04-04', source: 'text' });
    assert.equal(finding(result, 'later today').value, '2025-04-04');
    assert.equal(finding(result, 'yesterday').value, '2025-04-03');
    assert.equal(finding(result, 'Friday').value, '2025-04-04');
    assert.equal(finding(result, 'Today').value, '2025-04-04');
  });

  it('does not let a date inside an embedded post date the story', () => {
    const text = [
      'Officials met again in the capital, reports said.',
      'Talks will resume on April 30, 2025, the envoy says',
      '— Some Reporter (@reporter) March 29, 2025',
      'The delegation left without comment.',
    ].join('\n');
    const result = analyse(text);
    assert.notEqual(result.reference.value, '2025-04-30');
    assert.equal(result.reference.value, '2025'); // on or after the post, no weekday to pin the day
    assert.equal(finding(result, 'April 30, 2025').value, '2025-04-30'); // still found as a mention
  });

  it('resolves relative words inside an embedded post against the post\'s own date', () => {
    const text = [
      '---',
      'date: 2025-04-04',
      '---',
      'Envoys met again in Moscow on Friday.',
      'Talks start today, officials confirm https://t.co/abc',
      '— Some Reporter (@reporter) March 29, 2025',
    ].join('\n');
    const result = analyse(text);
    const today = finding(result, 'today');
    assert.equal(today.value, '2025-03-29');
    assert.match(today.resolution ?? '', /post/);
    assert.equal(finding(result, 'Friday').value, '2025-04-04');
  });

  it('uses the lead\'s explicit full date (seed 000)', () => {
    const result = analyse(seed('000'));
    assert.deepEqual(result.reference, { value: '2025-03-13', source: 'text' });
  });

  it('does not date an article by a historical date deep in its body', () => {
    const text = [
      'Former FBI official dies',
      'Mark Felt, known as the informant Deep Throat, died on Friday.',
      'He was 95.',
      'Felt worked at the FBI in the 1970s.',
      'He revealed his role in an article published on May 31, 2005.',
    ].join('\n');
    const result = analyse(text);
    assert.deepEqual(result.reference, { value: null, source: 'none' });
    assert.equal(finding(result, 'Friday').value, null);
  });

  it('does not date an article by a background date when its lead dates the story by a weekday', () => {
    const text = [
      'Fulton Courthouse killer Brian Nichols was sentenced Saturday morning to seven life sentences for the crimes he committed on March 11, 2005, that stunned metro Atlanta.',
      'Brian Nichols was saved from a death sentence by three jurors.',
    ].join('\n');
    const result = analyse(text);
    assert.deepEqual(result.reference, { value: null, source: 'none' });
    assert.equal(finding(result, 'Saturday morning').value, null);
    assert.equal(finding(result, 'March 11, 2005').value, '2005-03-11');
  });

  it('does not date an article by an event it announces for later', () => {
    const text = 'Today it was announced that Hugh Jackman will be the host of the ceremony, televised live on Sunday, February 22, 2009, from the Kodak Theatre.\n';
    assert.deepEqual(analyse(text).reference, { value: null, source: 'none' });
  });

  it('reads an inline dateline opening the first paragraph', () => {
    const result = analyse('WASHINGTON, March 14, 2025 — The Senate voted yesterday to keep the government open.\n');
    assert.deepEqual(result.reference, { value: '2025-03-14', source: 'text' });
    assert.equal(finding(result, 'yesterday').value, '2025-03-13');
  });

  it('says only the year when that is all the text supports (seed 002)', () => {
    const result = analyse(seed('002'));
    assert.deepEqual(result.reference, { value: '2025', source: 'text' });
    const earlier = finding(result, 'Earlier in the week');
    assert.equal(earlier.value, null);
    assert.equal(earlier.kind, 'relative');
  });

  it('has no reference date when the text supports none (seed 003), never the clock', () => {
    const result = analyse(seed('003'));
    assert.deepEqual(result.reference, { value: null, source: 'none' });
    const thursday = finding(result, 'Thursday');
    assert.equal(thursday.value, null);
    assert.equal(thursday.kind, 'relative');
    assert.equal(finding(result, 'this week').value, null);
  });

  it('reads a publication date from a dated URL in the front matter', () => {
    const result = analyse('---\nurl: http://articles.example.com/2005/nov/28/world/quake\n---\nThe quake struck on Saturday.\n');
    assert.deepEqual(result.reference, { value: '2005-11-28', source: 'header' });
    assert.equal(finding(result, 'Saturday').value, '2005-11-26');
  });
});

describe('dates: weekdays and tense', () => {
  it('puts a bare weekday of a past-tense sentence before the article date', () => {
    const result = analyse(withDate('2025-04-25', 'Russian strikes on Kyiv killed 12 people on Thursday.'));
    const thursday = finding(result, 'Thursday');
    assert.equal(thursday.value, '2025-04-24');
    assert.equal(thursday.kind, 'date');
    assert.match(thursday.resolution ?? '', /weekday before the article date 2025-04-25 \(header\)/);
  });

  it('puts the weekday of a future-tense sentence after the article date', () => {
    const result = analyse(withDate('2025-04-25', 'The two delegations will meet on Monday in Istanbul.'));
    assert.equal(finding(result, 'Monday').value, '2025-04-28');
  });

  it('reads "last" and "next" weekdays strictly before and after', () => {
    const result = analyse(withDate('2025-04-25', 'He arrived last Friday and leaves next Friday.'));
    assert.equal(finding(result, 'last Friday').value, '2025-04-18');
    assert.equal(finding(result, 'next Friday').value, '2025-05-02');
  });

  it('lets the verb of the weekday\'s own clause decide, not a later "that … will" clause', () => {
    const result = analyse(withDate('2010-07-17', 'Apple Inc. announced Friday that it will give owners of its new iPhone 4 a free case.'));
    assert.equal(finding(result, 'Friday').value, '2010-07-16');
  });

  it('reads a headline\'s "X to meet Y on Friday" as the future', () => {
    const result = analyse(withDate('2025-04-23', 'Putin to meet Trump envoy in Moscow on Friday\nThe Kremlin confirmed the meeting.'));
    assert.equal(finding(result, 'Friday').value, '2025-04-25');
  });

  it('reads "said on Tuesday it would …" as the day of saying', () => {
    const result = analyse(withDate('2025-04-25', 'The company said on Tuesday it would cut 2,000 jobs.'));
    assert.equal(finding(result, 'Tuesday').value, '2025-04-22');
  });

  it('reads ECB+ news sentences: "will be held Thursday", "on Saturday, Robert Buckley fell"', () => {
    const future = analyse(withDate('2010-05-05', 'Unionists marched on parliament where a vote on the measures will be held Thursday.'));
    assert.equal(finding(future, 'Thursday').value, '2010-05-06');
    const past = analyse(withDate('2013-09-16', 'On Saturday, 32-year-old Englishman Robert Buckley fell about 600m while climbing.'));
    assert.equal(finding(past, 'Saturday').value, '2013-09-14');
    noFindingIn(past, '32-year-old');
  });

  it('keeps named days such as "Black Monday" from resolving as weekdays', () => {
    const result = analyse(withDate('2007-10-20', 'Traders recalled Black Monday, the crash of 1987.'));
    assert.equal(finding(result, 'Black Monday').value, null);
  });
});

describe('dates: relative words', () => {
  const story = withDate(
    '2025-04-25',
    'Putin met the envoy yesterday and will see him again tonight. A statement is expected later today. Earlier in the week the talks stalled, and last week they had not begun; this week they resumed.',
  );

  it('resolves yesterday, tonight and later today against the article date', () => {
    const result = analyse(story);
    assert.equal(finding(result, 'yesterday').value, '2025-04-24');
    const tonight = finding(result, 'tonight');
    assert.equal(tonight.value, '2025-04-25');
    assert.equal(tonight.kind, 'time');
    assert.equal(finding(result, 'later today').value, '2025-04-25');
  });

  it('gives weeks as ISO weeks', () => {
    const result = analyse(story);
    assert.equal(finding(result, 'Earlier in the week').value, '2025-W17');
    assert.equal(finding(result, 'last week').value, '2025-W16');
    assert.equal(finding(result, 'this week').value, '2025-W17');
  });

  it('leaves every relative word null, kind relative, when the article date is unknown', () => {
    const result = analyse(story.replace(/^---[\s\S]*?---\n/, ''));
    assert.equal(result.reference.value, null);
    for (const text of ['yesterday', 'tonight', 'later today', 'Earlier in the week', 'last week', 'this week']) {
      const date = finding(result, text);
      assert.equal(date.value, null, text);
      assert.equal(date.kind, 'relative', text);
    }
  });

  it('reads "year-end" and "month end" as the end of the article\'s year and month, but not "the year ended"', () => {
    const result = analyse(withDate('2025-04-25', 'The bank expects to meet its target by year-end. At month end the fund held $2 billion. In the year ended March 31, profit rose.'));
    assert.equal(finding(result, 'year-end').value, '2025');
    assert.equal(finding(result, 'month end').value, '2025-04');
    noFindingIn(result, 'year ended');
  });

  it('resolves "two weeks from now" and gives "the coming days" an open count of days', () => {
    const result = analyse(withDate('2025-04-25', 'Cuts will follow in the coming days, two weeks from now.'));
    assert.equal(finding(result, 'two weeks from now').value, '2025-05-09');
    const coming = finding(result, 'the coming days');
    assert.equal(coming.kind, 'duration');
    assert.equal(coming.value, 'PXD');
  });

  it('resolves "N days ago" and "the previous year"', () => {
    const result = analyse(withDate('2009-02-03', 'Sales fell three days ago, and were lower than in the previous year.'));
    assert.equal(finding(result, 'three days ago').value, '2009-01-31');
    assert.equal(finding(result, 'the previous year').value, '2008');
  });

  it('reads "the same day" as the day last mentioned', () => {
    const result = analyse(seed('000'));
    assert.equal(finding(result, 'the same day').value, '2025-03-13');
  });

  it('reads a trading-day idiom as the day being reported', () => {
    const result = analyse(withDate('2009-02-24', 'The Dow fell 3.41% on Monday to end the day at 7,114.3.'));
    assert.equal(finding(result, 'the day').value, '2009-02-23');
  });

  it('reads weekends and streaks of days', () => {
    const result = analyse(withDate('2008-10-13', 'Ministers met during the weekend. Stocks rose for a second consecutive day.'));
    assert.equal(finding(result, 'the weekend').value, '2008-W41');
    assert.equal(finding(result, 'a second consecutive day').value, '2008-10-13');
  });

  it('gives frequencies such as "annual" their period, as durations and never as points', () => {
    const result = analyse(withDate('2006-01-27', 'GM posts first annual loss since 1992. It reports quarterly and meets weekly.'));
    const annual = finding(result, 'annual');
    assert.equal(annual.kind, 'duration');
    assert.equal(annual.value, 'P1Y');
    assert.equal(finding(result, 'quarterly').value, 'P3M');
    assert.equal(finding(result, 'weekly').value, 'P1W');
  });

  it('writes an open count of units with X, as TimeML does: "several years", "minutes", "decades"', () => {
    const result = analyse(withDate('2025-04-25', 'The plan took several years. Shares fell within minutes. The feud has lasted decades. Prices rose in recent months, as they have over the years.'));
    assert.equal(finding(result, 'several years').value, 'PXY');
    assert.equal(finding(result, 'minutes').value, 'PTXM');
    assert.equal(finding(result, 'decades').value, 'PXDE');
    const recent = finding(result, 'in recent months');
    assert.equal(recent.kind, 'duration');
    assert.equal(recent.value, 'PXM');
    assert.equal(finding(result, 'over the years').value, 'PXY');
  });

  it('does not take "now" in "now in its fourth year" for a date', () => {
    const result = analyse(withDate('2025-04-25', 'Trump continues to push for a resolution to the conflict, now in its fourth year.'));
    noFindingIn(result, 'now in its fourth year');
  });
});

describe('dates: calendar expressions', () => {
  it('gives explicit dates their full value and says so', () => {
    const result = analyse(seed('000'));
    const date = finding(result, 'March 13, 2025');
    assert.equal(date.value, '2025-03-13');
    assert.equal(date.kind, 'date');
    assert.equal(date.resolution, 'explicit date');
  });

  it('reads ordinal days like "March 13th." with the year of the article date', () => {
    const result = analyse(seed('004'));
    const date = finding(result, 'March 13th');
    assert.equal(date.value, '2025-03-13');
    assert.match(date.resolution ?? '', /year|article date/);
  });

  it('reads a day before a month abbreviation written without a period ("10 Nov", "10th Nov", "22 JUL 2013")', () => {
    const result = analyse(withDate('2025-11-12', 'The ferry sank on 10 Nov 25 off the cape. At about 9:25 in the morning of 10th Nov, a crew saw it. Filed 22 JUL 2013.'));
    assert.equal(finding(result, '10 Nov').value, '2025-11-10');
    assert.equal(finding(result, '10th Nov').value, '2025-11-10');
    assert.equal(finding(result, '9:25').value, '2025-11-10T09:25');
    assert.equal(finding(result, '22 JUL 2013').value, '2013-07-22');
    // "Nov 25" is not read out of "10 Nov 25", and an abbreviation that begins a word is no month.
    assert.ok(!result.dates.some((d) => d.text === 'Nov 25'));
    noFindingIn(analyse(withDate('2025-11-12', 'The unit lost 5 Marines and 3 Decoys.')), '5 Marines');
  });

  it('keeps the true precision of months and years', () => {
    const result = analyse(withDate('2025-04-25', 'The war began in February 2022. Russia annexed Crimea in 2014.'));
    assert.equal(finding(result, 'February 2022').value, '2022-02');
    assert.equal(finding(result, '2014').value, '2014');
  });

  it('reads decades, centuries and seasons', () => {
    const result = analyse(withDate('2025-04-25', 'Sales peaked in the 1990s and the \'80s, the best of the 20th century, and may recover by spring 2026.'));
    assert.equal(finding(result, 'the 1990s').value, '199');
    assert.equal(finding(result, "the '80s").value, '198');
    assert.equal(finding(result, 'the 20th century').value, '19');
    const spring = finding(result, 'spring 2026');
    assert.equal(spring.value, '2026');
    assert.equal(spring.kind, 'date');
  });

  it('reads seasons with and without a year, but not inside names', () => {
    const result = analyse(withDate('2025-04-25', 'After the Arab Spring and before the Winter Olympics, in spring 2026 and this summer, spring shows signs of hope.'));
    assert.equal(finding(result, 'spring 2026').value, '2026');
    assert.equal(finding(result, 'this summer').value, '2025');
    assert.equal(finding(result, 'spring').value, null);
    noFindingIn(result, 'Arab Spring');
    noFindingIn(result, 'Winter Olympics');
  });

  it('places a bare month by the tense of its clause', () => {
    const past = analyse(withDate('2006-08-19', 'The plans announced in January included 14 plant closures.'));
    assert.equal(finding(past, 'January').value, '2006-01');
    const future = analyse(withDate('2009-06-05', 'The transaction should be completed in October.'));
    assert.equal(finding(future, 'October').value, '2009-10');
  });

  it('takes the nearest occurrence of a month and day close to the article date', () => {
    const result = analyse(withDate('2009-05-14', 'A June 3 hearing has been scheduled in the US Bankruptcy Court.'));
    assert.equal(finding(result, 'June 3').value, '2009-06-03');
  });

  it('lets a weekday choose the year of a month and day', () => {
    // March 13 was a Thursday in 2025 but not in 2024 or 2026.
    const result = analyse(withDate('2025-12-30', 'The envoy first met Putin on Thursday, March 13.'));
    assert.equal(finding(result, 'Thursday, March 13').value, '2025-03-13');
  });

  it('does not read a first name as a month', () => {
    const result = analyse(withDate('2025-04-25', 'April Ryan asked the question.'));
    noFindingIn(result, 'April Ryan');
  });

  it('reads numeric dates through chrono', () => {
    const result = analyse(withDate('2007-07-09', 'The plane was unveiled on 7/8/07 in Everett.'));
    assert.equal(finding(result, '7/8/07').value, '2007-07-08');
  });

  it('reads the common shapes of slashed dates and times as chrono does, and leaves the rest to it', () => {
    const result = analyse(withDate('2013-05-05', [
      'Posted 05/03/2013 at 11:00 AM EDT by staff.',
      'Updated 4/11/2007, 1:26 p.m. here. (4/9/2007 6:04 PM)',
      'Filed 2/3/09 23:05 GMT and 7/8/51 later.',
      'It ran 13/8/2007 today.',
    ].join('\n\n')));
    assert.equal(finding(result, '05/03/2013 at 11:00 AM EDT').value, '2013-05-03T11:00');
    assert.equal(finding(result, '4/11/2007, 1:26 p.m.').value, '2007-04-11T13:26');
    assert.equal(finding(result, '4/9/2007 6:04 PM').value, '2007-04-09T18:04');
    assert.equal(finding(result, '2/3/09 23:05 GMT').value, '2009-02-03T23:05Z');
    assert.equal(finding(result, '7/8/51').value, '1951-07-08');
    // Day first: chrono's reading.
    assert.equal(finding(result, '13/8/2007').value, '2007-08-13');
  });

  it('resolves holidays near the article date', () => {
    const result = analyse(withDate('2025-04-15', 'Russia proposed a truce over Easter.'));
    assert.equal(finding(result, 'Easter').value, '2025-04-20');
  });
});

describe('dates: clock times', () => {
  it('gives a clock time the date of its story (seed 000: 12:31 PM Moscow time)', () => {
    const result = analyse(seed('000'));
    const time = finding(result, '12:31 PM');
    assert.equal(time.kind, 'time');
    assert.equal(time.value, '2025-03-13T12:31');
  });

  it('marks UTC times with Z', () => {
    const result = analyse(withDate('2008-09-17', 'Trading was halted at 16:08 UTC.'));
    assert.equal(finding(result, '16:08 UTC').value, '2008-09-17T16:08Z');
  });

  it('joins a clock time to the date next to it', () => {
    const result = analyse('Posted: Tuesday, 16 December 2008 13:45\nMAY 3, 2013 AT 1:10PM the verdict came.\nTrading opened at 10:00 (GMT+05:00).\n');
    assert.equal(finding(result, 'Tuesday, 16 December 2008 13:45').value, '2008-12-16T13:45');
    assert.equal(finding(result, 'MAY 3, 2013 AT 1:10PM').value, '2013-05-03T13:10');
    const local = result.dates.find((d) => d.text.startsWith('10:00'));
    assert.ok(local && !local.value?.endsWith('Z'), 'GMT+05:00 is not UTC');
  });

  it('leaves a clock time without any date null', () => {
    const result = analyse('The plane landed at 12:31 PM local time.');
    const time = finding(result, '12:31 PM');
    assert.equal(time.kind, 'time');
    assert.equal(time.value, null);
  });
});

describe('dates: durations, ages and boilerplate', () => {
  it('reads lengths of time as ISO durations, not times', () => {
    const result = analyse(withDate('2025-04-25', 'The three-hour talks followed a 30-day ceasefire proposal; the meeting lasted six hours after two years of war.'));
    for (const [text, value] of [['three-hour', 'PT3H'], ['30-day', 'P30D'], ['six hours', 'PT6H'], ['two years', 'P2Y']]) {
      const d = finding(result, text);
      assert.equal(d.kind, 'duration', text);
      assert.equal(d.value, value, text);
    }
  });

  it('does not take ages for dates or durations', () => {
    const result = analyse(withDate('2025-04-25', 'A 33-year-old man and a woman aged 40, 12 years old at the time, were held.'));
    noFindingIn(result, '33-year-old');
    noFindingIn(result, '12 years old');
  });

  it('ignores reading-time lines (seed 003)', () => {
    const result = analyse(seed('003'));
    noFindingIn(result, '2 minutes, 13 seconds Read');
  });

  it('ignores reading times even inside a story line', () => {
    const result = analyse(withDate('2025-04-25', 'Talks ended.\n2 minutes, 13 seconds Read\nThe envoy left after three hours. 5 min read'));
    noFindingIn(result, '2 minutes, 13 seconds Read');
    noFindingIn(result, '5 min read');
    assert.equal(finding(result, 'three hours').value, 'PT3H');
  });

  it('does not report front-matter dates as mentions', () => {
    const text = withDate('2025-04-25', 'Nothing dated here.');
    const result = analyse(text);
    assert.deepEqual(result.dates, []);
  });

  it('does not read counts as years', () => {
    const result = analyse(withDate('2025-04-25', 'About 2000 people marched, and 1500 troops were deployed.'));
    noFindingIn(result, '2000 people');
    noFindingIn(result, '1500 troops');
  });
});

describe('dates: offsets', () => {
  it('gives UTF-16 offsets into the file text for every seed', () => {
    for (const file of fs.readdirSync(SEEDS)) {
      const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
      const result = analyse(text);
      assert.ok(result.dates.length > 0, file);
      for (const d of result.dates) assert.equal(text.slice(d.start, d.end), d.text, file);
    }
  });

  it('keeps offsets right in CRLF files and after non-BMP characters', () => {
    const text = '---\r\ndate: 2025-04-25\r\n---\r\n😀 Talks ended on Thursday.\r\nThey resume next week.\r\n';
    const result = analyse(text);
    const thursday = finding(result, 'Thursday');
    assert.equal(text.slice(thursday.start, thursday.end), 'Thursday');
    assert.equal(thursday.value, '2025-04-24');
    assert.equal(finding(result, 'next week').value, '2025-W18');
  });

  it('scans the headline and dateline but not the front matter', () => {
    const text = '---\ntitle: Markets fall on Monday\ndate: 2009-02-24\n---\nMarkets fall on Monday\nFebruary 24, 2009\nStocks fell.\n';
    const result = analyse(text);
    const starts = result.dates.map((d) => d.start);
    assert.ok(starts.every((s) => s >= text.indexOf('---\nMarkets') + 4));
    assert.equal(finding(result, 'Monday').value, '2009-02-23');
    assert.equal(finding(result, 'February 24, 2009').value, '2009-02-24');
  });
});

// Invented sentences; each rule has a case it must get right and a case it must leave alone.
describe("dates: the story's current time", () => {
  it('counts "a year earlier" and "two days later" from the date they follow, not the article date', () => {
    const result = analyse(withDate('2025-04-25', 'Police arrested him on Oct. 4, 1998. A year earlier he had moved to the city. Two days later he was charged.'));
    assert.equal(finding(result, 'A year earlier').value, '1997');
    // "a year earlier" only glances back: "two days later" still counts from the arrest.
    assert.equal(finding(result, 'Two days later').value, '1998-10-06');
    assert.equal(finding(result, 'Two days later').kind, 'date');
  });

  it('counts from the article date when the story has named no date yet', () => {
    const result = analyse(withDate('2025-04-25', 'Profit fell 5 percent from a year earlier, the company said.'));
    assert.equal(finding(result, 'a year earlier').value, '2024');
  });

  it('leaves "two days later" and "the next week" unplaced when the story has named no date: never after the article date', () => {
    const result = analyse(withDate('2025-04-25', 'The girl was shot in the head and died two days later. The next week her uncle was arrested.'));
    assert.equal(finding(result, 'two days later').value, null);
    assert.equal(finding(result, 'The next week').value, null);
  });

  it('takes "a week before." at the end of a clause from the story, but not "later than planned" or "two days after the vote"', () => {
    const result = analyse(withDate('2025-04-25', 'The plant closed on March 14, 2019. Workers had been warned a week before. The rocket flew three days later than planned. He was hired two days after the vote.'));
    assert.equal(finding(result, 'a week before').value, '2019-03-07');
    assert.notEqual(finding(result, 'three days later').value, '2019-03-17');
    assert.equal(finding(result, 'three days later').value, null);
    assert.equal(finding(result, 'two days').kind, 'duration');
  });

  it('resolves "that year", "the same month", "the following week" and "the previous year" against the story', () => {
    const result = analyse(withDate('2025-04-25', 'The bridge opened on June 2, 2011. That year traffic doubled. The same month, tolls rose. The following week a lane closed. The previous year had been quiet.'));
    assert.equal(finding(result, 'That year').value, '2011');
    assert.equal(finding(result, 'The same month').value, '2011-06');
    assert.equal(finding(result, 'The following week').value, '2011-W23');
    assert.equal(finding(result, 'The previous year').value, '2010');
  });

  it('reads "the year before." and "the month after." at a clause end as anaphoric periods', () => {
    const result = analyse(withDate('2025-04-25', 'Sales peaked in 2016, and fell the year after. Exports had peaked the year before.'));
    assert.equal(finding(result, 'the year after').value, '2017');
    assert.equal(finding(result, 'the year before').value, '2016');
  });

  it('reads "then" after a preposition as the story time, but not "and then" or "then-mayor"', () => {
    const result = analyse(withDate('2025-04-25', 'The mill shut in May 2009. Since then the town has shrunk, said then-mayor Tom Bell. By that time most workers had left, and then the school closed.'));
    assert.equal(finding(result, 'then').value, '2009-05');
    assert.equal(finding(result, 'that time').value, '2009-05');
    assert.equal(result.dates.filter((d) => d.text === 'then').length, 1);
    noFindingIn(result, 'then-mayor');
    noFindingIn(result, 'and then the');
  });

  it('leaves "since then" without a value when the story has told no time', () => {
    const result = analyse(withDate('2025-04-25', 'Since then the town has shrunk.'));
    assert.equal(finding(result, 'then').value, null);
  });

  it('shifts the story period by years in "the same month a year earlier" and "the same period last year"', () => {
    const result = analyse(withDate('2025-04-25', 'Sales fell 12 percent in February 2025 from the same month a year earlier. In March they rose against the same period last year.'));
    assert.equal(finding(result, 'the same month a year earlier').value, '2024-02');
    assert.equal(finding(result, 'the same period last year').value, '2024-03');
  });

  it('places "April of that year" in the story year', () => {
    const result = analyse(withDate('2025-04-25', 'He left the party in 1994 and voted in April of that year.'));
    assert.equal(finding(result, 'April of that year').value, '1994-04');
  });

  it('places a bare month in a passage opened by another year, far from the article date', () => {
    const result = analyse(withDate('2025-04-25', 'In 1998, the firm was sold. In September it closed.'));
    assert.equal(finding(result, 'September').value, '1998-09');
  });

  it('keeps a bare month in the article year after a year named mid-sentence, and near the article date', () => {
    const midSentence = analyse(withDate('2025-04-25', 'The service has grown since its launch in 2003, and in September it passed its rival.'));
    assert.equal(finding(midSentence, 'September').value, '2024-09');
    const near = analyse(withDate('2025-04-25', 'In 1998, the firm was sold. In March it reopened.'));
    assert.equal(finding(near, 'March').value, '2025-03');
    const future = analyse(withDate('2025-04-25', 'In 1998, the firm was founded. It will list its shares in September.'));
    assert.equal(finding(future, 'September').value, '2025-09');
  });

  it('places a yearless month and day next to the story day when the story is in another year', () => {
    const result = analyse(withDate('2025-04-25', 'On Oct. 4, 1998, police arrested him. On Oct. 9, he was charged.'));
    assert.equal(finding(result, 'Oct. 9').value, '1998-10-09');
  });

  it('counts "the following Monday" and "the previous Friday" from the story day', () => {
    const result = analyse(withDate('2025-04-25', 'The bomb exploded on Sunday, March 3, 2019. The following Monday a man was charged. Police had watched him the previous Friday.'));
    assert.equal(finding(result, 'The following Monday').value, '2019-03-04');
    assert.equal(finding(result, 'the previous Friday').value, '2019-03-01');
  });

  it('keeps a bare weekday in the article week even after an older date', () => {
    const result = analyse(withDate('2025-04-25', 'The bomb exploded on March 3, 2019. On Tuesday, police reopened the case.'));
    assert.equal(finding(result, 'Tuesday').value, '2025-04-22');
  });

  it('reads "that same year", "that same day" and "that same night" like "that year", "that day" and "that night"', () => {
    const result = analyse(withDate('2025-04-25', 'The dam burst on Oct. 4, 1998. That same night the village flooded. That same day the mayor resigned. That same year a new dam was begun.'));
    assert.equal(finding(result, 'That same night').value, '1998-10-04');
    assert.equal(finding(result, 'That same day').value, '1998-10-04');
    assert.equal(finding(result, 'That same year').value, '1998');
  });

  it('moves the story on with "the next week", but reads "over the next week" as a length of time', () => {
    const result = analyse(withDate('2025-04-25', 'The ferry sank on June 2, 2011. The next week divers found the hull. Prices will rise over the next month.'));
    assert.equal(finding(result, 'The next week').value, '2011-W23');
    assert.equal(finding(result, 'over the next month').kind, 'duration');
  });

  it('reads "at the time" and "back then" as the story time, but not "at the time of …" or "at the time he …"', () => {
    const result = analyse(withDate('2025-04-25', 'The foundry closed in 2003. Back then, wages were low. It had 40 workers at the time. At the time of the sale the owner was ill. At the time he was mayor, the town grew.'));
    assert.equal(finding(result, 'then').value, '2003');
    assert.equal(finding(result, 'the time').value, '2003');
    assert.equal(result.dates.filter((d) => d.text === 'the time').length, 1);
    noFindingIn(result, 'At the time of the sale');
    noFindingIn(result, 'At the time he was mayor');
  });

  it('lets "the day before" glance back without moving the story: "the day after" counts from the story\'s day', () => {
    const result = analyse(withDate('2025-04-25', 'The clerk was robbed on Oct. 4, 1998. The day before, a car had been stolen. The day after, two men were held.'));
    assert.equal(finding(result, 'The day before').value, '1998-10-03');
    assert.equal(finding(result, 'The day after').value, '1998-10-05');
  });

  it('never takes a duration for a point of the story', () => {
    const result = analyse(withDate('2025-04-25', 'The strike began on March 3, 2019 and lasted for three days under a two-year contract. Two days later talks resumed.'));
    assert.equal(finding(result, 'three days').kind, 'duration');
    assert.equal(finding(result, 'three days').value, 'P3D');
    assert.equal(finding(result, 'two-year').value, 'P2Y');
    assert.equal(finding(result, 'Two days later').value, '2019-03-05');
  });
});

describe('dates: clock times joined to their day', () => {
  it('joins "9:15 p.m. Oct. 4" into one time on that day', () => {
    const result = analyse(withDate('2025-04-25', 'The crash happened at 9:15 p.m. Oct. 4, police said.'));
    assert.equal(finding(result, '9:15 p.m. Oct. 4').value, '2024-10-04T21:15');
  });

  it('reads "last night around 11:20" as 23:20 the day before', () => {
    const result = analyse(withDate('2025-04-25', 'Neighbours heard shots last night around 11:20.'));
    const time = finding(result, 'last night around 11:20');
    assert.equal(time.kind, 'time');
    assert.equal(time.value, '2025-04-24T23:20');
  });

  it('moves a bare hour to the afternoon or evening only beside "afternoon", "evening" or "night"', () => {
    const result = analyse(withDate('2025-04-25', 'The fire started Monday night at about 10:45. A suspect was seen Tuesday afternoon at 3:30. Crews left Wednesday morning at 9:30.'));
    assert.equal(finding(result, 'Monday night at about 10:45').value, '2025-04-21T22:45');
    assert.equal(finding(result, 'Tuesday afternoon at 3:30').value, '2025-04-22T15:30');
    assert.equal(finding(result, 'Wednesday morning at 9:30').value, '2025-04-23T09:30');
  });

  it('keeps a written a.m. as written beside "night"', () => {
    const result = analyse(withDate('2025-04-25', 'The call came Friday night at 11 a.m., the log says.'));
    assert.equal(finding(result, 'Friday night at 11 a.m.').value, '2025-04-25T11:00');
  });
});

describe('dates: parts of days and periods named through the story', () => {
  it('puts "that night" and "the next morning" on the day last named, as times', () => {
    const result = analyse(withDate('2025-04-25', 'The fire started on Oct. 4, 2024. That night, crews left. The next morning they returned.'));
    const night = finding(result, 'That night');
    assert.equal(night.kind, 'time');
    assert.equal(night.value, '2024-10-04');
    assert.equal(finding(result, 'The next morning').value, '2024-10-05');
  });

  it('counts "the following morning" from a part of a day ("Monday night")', () => {
    const result = analyse(withDate('2025-04-25', 'Police said the man was seen Monday night. The following morning he was gone.'));
    assert.equal(finding(result, 'The following morning').value, '2025-04-22');
  });

  it('reads "year-earlier" as the year before the story\'s period', () => {
    const result = analyse(withDate('2025-04-25', 'Sales in 2019 were below the year-earlier level.'));
    assert.equal(finding(result, 'year-earlier').value, '2018');
  });

  it('keeps "these days" a vague reference to the present, not a stretch of days', () => {
    const result = analyse(withDate('2025-04-25', 'These days prices rise.'));
    const these = finding(result, 'These days');
    assert.equal(these.kind, 'relative');
    assert.equal(these.value, null);
  });
});

describe('dates: clock times on days the story names', () => {
  it('puts "around 11:20 that night" on the day "that night" resolves to, in the evening', () => {
    const result = analyse(withDate('2025-04-25', 'The fire started on Oct. 4, 2024. Shots rang out around 11:20 that night.'));
    assert.equal(finding(result, '11:20').value, '2024-10-04T23:20');
  });

  it('lets a clock time joined to its day set the story\'s time ("9:15 p.m. Oct. 4, 1998 … two days later")', () => {
    const result = analyse(withDate('2025-04-25', 'The crash happened at 9:15 p.m. Oct. 4, 1998. Two days later the pilot died.'));
    assert.equal(finding(result, '9:15 p.m. Oct. 4, 1998').value, '1998-10-04T21:15');
    assert.equal(finding(result, 'Two days later').value, '1998-10-06');
  });
});
