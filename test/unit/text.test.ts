import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractClaims } from '../../src/core/extract/claims';
import { splitSentences } from '../../src/core/extract/sentences';
import { decodeArticleBytes, isDateline, limitArticleText, looksLikeHeadline, parseArticleText, type ArticleText, type LineKind } from '../../src/core/extract/text';

const seedsDir = path.join(__dirname, '../../seeds');

function kindOf(article: ArticleText, lineText: string): LineKind | undefined {
  return article.lines.find((line) => article.text.slice(line.start, line.end) === lineText)?.kind;
}

describe('text model', () => {
  it('reads front matter and keeps offsets pointing into the text', () => {
    const text = '---\ntitle: "Envoy meets Putin"\ndate: 2025-04-25\n---\nEnvoy meets Putin\nHe arrived on Friday.\n';
    const article = parseArticleText(text);
    assert.strictEqual(article.frontMatter?.fields.title, 'Envoy meets Putin');
    const span = article.frontMatter.valueSpans.date;
    assert.strictEqual(text.slice(span.start, span.end), '2025-04-25');
    assert.strictEqual(article.bodyStart, text.indexOf('Envoy meets Putin\n'));
    assert.strictEqual(kindOf(article, 'Envoy meets Putin'), 'headline');
    assert.strictEqual(kindOf(article, 'He arrived on Friday.'), 'body');
  });

  it('recognises the seed furniture: reading time, comments, similar posts, image markdown and captions', () => {
    const seed1 = parseArticleText(fs.readFileSync(path.join(seedsDir, '001_254354c1ab71cb35.txt'), 'utf8'));
    assert.strictEqual(kindOf(seed1, '![]() |'), 'boilerplate');
    assert.strictEqual(kindOf(seed1, 'Comments'), 'boilerplate');
    assert.strictEqual(kindOf(seed1, 'Post a Comment'), 'boilerplate');
    const caption = seed1.lines.find((l) => seed1.text.slice(l.start, l.end).includes('[Photo: Kristina'));
    assert.strictEqual(caption?.kind, 'boilerplate');
    assert.strictEqual(seed1.title?.text, 'Putin, Witkoff Dialogue on Potential Russia-Ukraine Peace Talks');
    const seed3 = parseArticleText(fs.readFileSync(path.join(seedsDir, '003_7bedc7d4400a312a.txt'), 'utf8'));
    assert.strictEqual(kindOf(seed3, '2 minutes, 13 seconds Read'), 'boilerplate');
    assert.strictEqual(kindOf(seed3, 'Similar Posts'), 'boilerplate');
  });

  it('recognises embedded social posts: the text line and its signature, with the author', () => {
    const article = parseArticleText(fs.readFileSync(path.join(seedsDir, '004_d5bcf20939b0566d.txt'), 'utf8'));
    assert.strictEqual(kindOf(article, '— Breitbart London (@BreitbartLondon) March 29, 2025'), 'social');
    assert.strictEqual(kindOf(article, 'Ukrainians Predict Russia Is Preparing for Spring Offensive Amid Ceasefire Talkshttps://t.co/qSOY8Pu9Sl'), 'social');
    assert.strictEqual(article.socialPosts.length, 2);
    assert.strictEqual(article.socialPosts[0].author, 'Breitbart London');
    assert.strictEqual(article.socialPosts[0].handle, 'BreitbartLondon');
    const post = article.socialPosts[1];
    assert.ok(article.text.slice(post.text.start, post.text.end).startsWith('‘Manipulative’ Putin'));
    // The line after a post is story again.
    assert.strictEqual(kindOf(article, 'Today’s Putin meeting also follows U.S.-Russia rapprochement talks in Istanbul yesterday. Ukraine was not said to be on the agenda at all.'), 'body');
  });

  it('does not take a first body paragraph for a headline', () => {
    const seed0 = parseArticleText(fs.readFileSync(path.join(seedsDir, '000_7b9efc5fd5014763.txt'), 'utf8'));
    assert.strictEqual(seed0.lines[0].kind, 'body');
    assert.strictEqual(seed0.title, null);
    const seed4 = parseArticleText(fs.readFileSync(path.join(seedsDir, '004_d5bcf20939b0566d.txt'), 'utf8'));
    assert.strictEqual(seed4.lines[0].kind, 'body');
    // ECB+: a first line that is a full reported sentence.
    assert.strictEqual(looksLikeHeadline('Perennial party girl Tara Reid checked herself into Promises Treatment Center, her rep told People.'), false);
    // Two sentences in one line are a paragraph, however short.
    assert.strictEqual(looksLikeHeadline('Witkoff flew to Moscow. He met Putin.'), false);
    // A long lead that lost its final period is still running text.
    assert.strictEqual(looksLikeHeadline('A man suspected of shooting three people at a suburban Detroit accounting firm from which he was fired last week was arrested after a chase'), false);
  });

  it('takes real headlines, including ones with quotes and question marks', () => {
    assert.strictEqual(looksLikeHeadline('Trump envoy meets Putin in Moscow as US, Russia edge closer on Ukraine talks'), true);
    assert.strictEqual(looksLikeHeadline("Lindsay Lohan Checks Into Betty Ford Rehab – Where She 'Knows Everyone'"), true);
    assert.strictEqual(looksLikeHeadline('Arson in Alaska–A Palin “Pattern”?'), true);
    const article = parseArticleText('Thursday, December 11, 2008\nPrediction: Red Sox Will Nab Teixeira\nESPN is reporting that the Nationals have offered Mark Teixeira an 8-year, $160 million contract.\n');
    assert.deepStrictEqual(article.lines.map((l) => l.kind), ['dateline', 'headline', 'body']);
  });

  it('recognises datelines in the shapes outlets write them (ECB+ and MEANTIME)', () => {
    for (const line of ['June 9, 2009', 'Updated Thu 6 May 2010, 9:03am AEST', 'Posted on Thu Jun 13, 2013 08:45 AM PDT', 'Mumbai, Nov 11 -',
      'PUBLISHED: MONDAY, MARCH 11, 2013, 10:34 PM', '26 September 2013, 10:00 (GMT+05:00)', 'April 10, 2007-7:07AM']) {
      assert.strictEqual(isDateline(line), true, line);
    }
    for (const line of ['The first jets will be delivered in 2014.', 'On August 24, Jobs resigned from his post as CEO.', 'At 9.25 a.m. on Thursday, navy personnel spotted boats.']) {
      assert.strictEqual(isDateline(line), false, line);
    }
  });

  it('keeps CRLF line ends out of line spans', () => {
    const article = parseArticleText('Headline of the story here\r\nHe said it was fine.\r\n');
    const body = article.lines[1];
    assert.strictEqual(article.text.slice(body.start, body.end), 'He said it was fine.');
  });

  it('reads a line of 200,000 blanks as blank and the text around it as usual (no backtracking blow-up)', () => {
    const article = parseArticleText(`Headline here\n${' '.repeat(200_000)}x\nSimilar Posts\n`);
    assert.deepStrictEqual(article.lines.map((l) => l.kind), ['headline', 'body', 'boilerplate']);
  });

  it('locates the author of an embedded post by the match itself ("A post shared by A (@abc)")', () => {
    const text = 'Headline here\nA shared post about things\nA post shared by A (@abc) on March 3, 2025\nBody line.\n';
    const [post] = parseArticleText(text).socialPosts;
    assert.strictEqual(post.author, 'A');
    assert.strictEqual(post.authorSpan.start, text.indexOf('by A (@') + 3);
  });

  it('reads UTF-16 files with a byte-order mark, little- and big-endian, as the editor does', () => {
    const text = 'Headline\nThe minister spoke on Monday.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2));
    be.swap16();
    assert.deepStrictEqual(decodeArticleBytes(le), { ok: true, text });
    assert.deepStrictEqual(decodeArticleBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { ok: true, text });
  });

  it('ends lines at a lone CR as at LF and CRLF, so that old Mac files are not one line', () => {
    const text = 'Talks resume\rThe envoy arrived on Monday.\rHe met the minister.\r';
    const article = parseArticleText(text);
    const body = article.lines.filter((l) => l.kind !== 'blank').map((l) => text.slice(l.start, l.end));
    assert.deepStrictEqual(body, ['Talks resume', 'The envoy arrived on Monday.', 'He met the minister.']);
    assert.strictEqual(article.title?.text, 'Talks resume');
  });

  it('never takes a rule for the headline (an unclosed header, "* * *")', () => {
    const text = '---\ntitle: never closed\nTalks resume in Geneva\nThe envoy arrived on Monday.\n';
    const article = parseArticleText(text);
    assert.strictEqual(article.frontMatter, null);
    assert.notStrictEqual(article.title?.text, '---');
    assert.strictEqual(article.lines[0].kind, 'boilerplate');
    assert.strictEqual(parseArticleText('* * *\nTalks resume in Geneva\nThe envoy arrived on Monday.\n').title?.text, 'Talks resume in Geneva');
  });

  describe('headlines of other stories scraped with the page', () => {
    const headline = 'Ferry runs aground off the harbour wall in a storm';
    const prose = [
      'A passenger ferry ran aground near the harbour wall on Tuesday night after its engine failed in a storm, the coastguard said.',
      'All 140 passengers were taken off the ferry by lifeboat crews and no one was hurt, a coastguard spokesman said.',
    ];
    const otherStories = [
      'City council votes to close two public libraries despite protests',
      'Local bakery wins national award for its sourdough bread',
      'Teenager rescued after falling into a disused mine shaft',
      'Mayor promises new cycle lanes before the summer elections',
    ];

    it('reads a block of them under the headline as furniture, so that none of them becomes a claim', () => {
      const text = `---\ntitle: ${headline}\n---\n${headline}\n${otherStories.join('\n')}\n${prose.join('\n')}\n`;
      const article = parseArticleText(text);
      for (const line of otherStories) assert.strictEqual(kindOf(article, line), 'boilerplate', line);
      assert.strictEqual(kindOf(article, headline), 'headline');
      for (const line of prose) assert.strictEqual(kindOf(article, line), 'body');
      const claims = extractClaims(article, splitSentences(article), 'doc');
      assert.deepStrictEqual(
        claims.map((c) => c.text),
        [headline, ...prose],
      );
    });

    it('reads them as furniture after a deck line and at the end of the article, with blank lines between', () => {
      const deck = 'Lifeboat crews bring all passengers ashore safely';
      const top = parseArticleText(`${headline}\n\n${deck}\n\n${otherStories.join('\n\n')}\n\n${prose.join('\n\n')}\n`);
      assert.strictEqual(kindOf(top, deck), 'body');
      for (const line of otherStories) assert.strictEqual(kindOf(top, line), 'boilerplate', line);
      const sentenceDeck = 'Lifeboat crews brought all passengers ashore safely.';
      const afterSentence = parseArticleText(`${headline}\n${sentenceDeck}\n${otherStories.join('\n')}\n${prose.join('\n')}\n`);
      assert.strictEqual(kindOf(afterSentence, sentenceDeck), 'body');
      for (const line of otherStories) assert.strictEqual(kindOf(afterSentence, line), 'boilerplate', line);
      const end = parseArticleText(`${headline}\n${prose.join('\n')}\n${otherStories.join('\n')}\n`);
      for (const line of otherStories) assert.strictEqual(kindOf(end, line), 'boilerplate', line);
    });

    it('keeps a deck and summary lines that carry on the headline\'s story', () => {
      const summary = [
        'Ferry engine failed as the storm reached the harbour on Tuesday night',
        'Lifeboat crews took all 140 passengers off the ferry',
        'Coastguard spokesman said no one was hurt in the storm',
      ];
      const article = parseArticleText(`${headline}\n${summary.join('\n')}\n${prose.join('\n')}\n`);
      for (const line of summary) assert.strictEqual(kindOf(article, line), 'body', line);
    });

    it('keeps two such lines, a list between paragraphs and hard-wrapped prose as the article\'s own', () => {
      const two = parseArticleText(`${headline}\n${otherStories.slice(0, 2).join('\n')}\n${prose.join('\n')}\n`);
      for (const line of otherStories.slice(0, 2)) assert.strictEqual(kindOf(two, line), 'body', line);
      const list = parseArticleText(`${headline}\n${prose[0]}\n${prose[1]}\n${otherStories.join('\n')}\nThe harbour master said the ferry would be towed away on Thursday.\n`);
      for (const line of otherStories) assert.strictEqual(kindOf(list, line), 'body', line);
      // Lines cut at a fixed width, each opening on a name: they run on into the next line.
      const wrapped = ['Residents of Port Ellery watched from the', 'Esplanade as Captain Moira Lund and the', 'Volunteers of the Kestrel Point station', 'Rowed out through waves taller than a house.'];
      const hardWrapped = parseArticleText(`${headline}\n${wrapped.join('\n')}\n${prose[1]}\n`);
      for (const line of wrapped) assert.strictEqual(kindOf(hardWrapped, line), 'body', line);
    });
  });

  it('cuts an article over the size limit at the last line break before it, or at the limit when there is none', () => {
    assert.deepStrictEqual(limitArticleText('short\n', 100), { text: 'short\n' });
    assert.deepStrictEqual(limitArticleText('first line\nsecond line\nthird\n', 26), { text: 'first line\nsecond line\n', truncatedFrom: 29 });
    assert.deepStrictEqual(limitArticleText('x'.repeat(50), 20), { text: 'x'.repeat(20), truncatedFrom: 50 });
  });
});
