/**
 * The `article` language: the TextMate grammar (syntaxes/article.tmLanguage.json, scope
 * text.article) tokenized with vscode-textmate + vscode-oniguruma exactly as VS Code does, on real
 * lines of the seed articles and the development corpora; and language-configuration.json.
 *
 * Headline rule (decided here, mirrored from the engine's text model `looksLikeHeadline` as far as
 * a line-local regex can go): the headline is the first line that is not blank, boilerplate or a
 * dateline — after the front matter when there is one, else from the top of the file — and it is
 * scoped `markup.heading.article` only when it has a headline's shape: at most 160 characters and
 * 30 words, no complete sentence followed by another inside it, not a long (15+ words) line
 * ending in . ! or ?, not ending in . , ; or : (after closing quotes/brackets; an initialism such
 * as "U.S." or an ellipsis may end it), not the text of a social post, and not a 20+ word line with
 * five lower-case words in a row. So a lead paragraph that opens a file without a headline
 * ("On the evening of March 13, 2025, … ." ) is body text, and a later headline-shaped line is
 * never a headline. The model's exception for a short, title-cased line ending in a period
 * ("… Dies Aged 91.") is not expressible and is not scoped as a headline.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { GRAMMAR_PATH, REPO_ROOT, hasScope, loadArticleGrammar, spansWithScope, tokenizeLines, type TokenizedLine } from './helpers/grammar';

const SEEDS = path.join(REPO_ROOT, 'seeds');
const CORPORA = path.resolve(process.env.CROSSREAD_CORPORA ?? path.join(REPO_ROOT, '..', 'shared', 'corpora'));

const S = {
  heading: 'markup.heading.article',
  date: 'constant.other.date.article',
  time: 'constant.other.time.article',
  number: 'constant.numeric.article',
  double: 'string.quoted.double.article',
  single: 'string.quoted.single.article',
  quoteBegin: 'punctuation.definition.string.begin.article',
  quoteEnd: 'punctuation.definition.string.end.article',
  link: 'markup.underline.link.article',
  handle: 'entity.name.tag.handle.article',
  social: 'meta.embedded.social.article',
  author: 'entity.name.author.social.article',
  boilerplate: 'comment.line.boilerplate.article',
  frontMatter: 'meta.frontmatter.article',
  key: 'entity.name.tag.frontmatter.article',
  dateline: 'meta.dateline.article',
} as const;

function seedText(name: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(name));
  if (!file) throw new Error(`seed ${name} not found in ${SEEDS}`);
  return readFileSync(path.join(SEEDS, file), 'utf8');
}

const haveCorpora = existsSync(path.join(CORPORA, 'meantime')) && existsSync(path.join(CORPORA, 'ecbplus-dev'));

function corpusText(relative: string): string {
  return readFileSync(path.join(CORPORA, relative), 'utf8');
}

/** Tokenizes `text` and returns the line containing `needle` (which must occur exactly once). */
async function lineWith(text: string, needle: string): Promise<TokenizedLine> {
  const lines = await tokenizeLines(text);
  const hits = lines.filter((l) => l.text.includes(needle));
  assert.equal(hits.length, 1, `expected exactly one line containing ${JSON.stringify(needle)}, found ${hits.length}`);
  return hits[0];
}

/** A single line tokenized as the body of an article (after a first line, so it is never a headline). */
async function bodyLine(text: string): Promise<TokenizedLine> {
  const lines = await tokenizeLines(`On Monday, officials met.\n${text}`);
  return lines[1];
}

/** Scopes of the token at the first occurrence of `needle` (at or after `from`) in `line`; `needle` must lie within one token. */
function scopesOf(line: TokenizedLine, needle: string, from = 0): string[] {
  const at = line.text.indexOf(needle, from);
  assert.ok(at >= 0, `${JSON.stringify(needle)} not in ${JSON.stringify(line.text)}`);
  const tokens = line.tokens.filter((t) => t.endIndex > at && t.startIndex < at + needle.length);
  assert.equal(tokens.length, 1, `${JSON.stringify(needle)} spans ${tokens.length} tokens: ${JSON.stringify(tokens.map((t) => t.text))}`);
  return tokens[0].scopes;
}

/** Every character of the first occurrence of `needle` in `line` carries `scope`. */
function assertScope(line: TokenizedLine, needle: string, scope: string): void {
  const at = line.text.indexOf(needle);
  assert.ok(at >= 0, `${JSON.stringify(needle)} not in ${JSON.stringify(line.text)}`);
  const touching = line.tokens.filter((t) => t.endIndex > at && t.startIndex < at + needle.length);
  for (const t of touching) {
    assert.ok(hasScope(t.scopes, scope), `${JSON.stringify(t.text)} in ${JSON.stringify(needle)} should be ${scope}, has [${t.scopes.join(', ')}]`);
  }
}

function assertNoScope(line: TokenizedLine, needle: string, scope: string): void {
  const at = line.text.indexOf(needle);
  assert.ok(at >= 0, `${JSON.stringify(needle)} not in ${JSON.stringify(line.text)}`);
  const touching = line.tokens.filter((t) => t.endIndex > at && t.startIndex < at + needle.length);
  for (const t of touching) {
    assert.ok(!hasScope(t.scopes, scope), `${JSON.stringify(t.text)} in ${JSON.stringify(needle)} should not be ${scope} (has [${t.scopes.join(', ')}])`);
  }
}

describe('article grammar: loading', () => {
  it('loads text.article from syntaxes/article.tmLanguage.json and scopes every line with the root scope', async () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName?: string; name?: string };
    assert.equal(raw.scopeName, 'text.article');
    const grammar = await loadArticleGrammar();
    assert.ok(grammar);
    const lines = await tokenizeLines('Hello world\n');
    assert.deepEqual(lines[0].tokens.map((t) => t.scopes[0]), ['text.article']);
  });
});

describe('article grammar: front matter and headline', () => {
  before(function () {
    if (!haveCorpora) this.skip();
  });

  it('scopes a MEANTIME header: fences, keys, title string, date constant, url link', async () => {
    const lines = await tokenizeLines(corpusText('meantime/corpus_apple/103623_Apples_iTunes_replaces.txt'));
    assert.equal(lines[0].text, '---');
    assert.ok(hasScope(scopesOf(lines[0], '---'), 'punctuation.definition.frontmatter.begin.article'));
    assert.ok(hasScope(scopesOf(lines[0], '---'), S.frontMatter));
    const title = lines[1];
    assertScope(title, 'title', S.key);
    assertScope(title, ':', 'punctuation.separator.key-value.frontmatter.article');
    assertScope(title, "Apple's iTunes replaces Wal - Mart as No. 1 U.S. music seller", 'string.unquoted.frontmatter.article');
    assert.deepEqual(spansWithScope(lines[2], S.date), ['2008-04-09']);
    assertScope(lines[2], 'date', S.key);
    assertScope(lines[3], 'Wikinews', 'string.unquoted');
    assert.deepEqual(spansWithScope(lines[4], S.link), ["http://en.wikinews.org/wiki/Apple's_iTunes_replaces_Wal-Mart_as_No._1_U.S._music_seller"]);
    assert.equal(lines[5].text, '---');
    assert.ok(hasScope(scopesOf(lines[5], '---'), 'punctuation.definition.frontmatter.end.article'));
    // The first body line is the headline (with its number still scoped inside).
    assert.deepEqual(spansWithScope(lines[6], S.heading), ["Apple's iTunes replaces Wal - Mart as No. 1 U.S. music seller"]);
    assertScope(lines[6], '1', S.number);
    assert.ok(!hasScope(scopesOf(lines[6], 'Apple'), S.frontMatter), 'front matter must end at the closing fence');
    // Then the dateline, then body text that is neither heading nor front matter.
    assert.deepEqual(spansWithScope(lines[7], S.dateline), ['April 9, 2008']);
    assert.deepEqual(spansWithScope(lines[7], S.date), ['April 9, 2008']);
    for (const line of lines.slice(7)) {
      assert.deepEqual(spansWithScope(line, S.heading), [], `line ${line.line} is not a headline`);
      assert.deepEqual(spansWithScope(line, S.frontMatter), [], `line ${line.line} is not front matter`);
    }
  });

  it('skips a dateline before the headline after the front matter (ECB+)', async () => {
    const lines = await tokenizeLines(corpusText('ecbplus-dev/topic-10/10_17ecbplus.txt'));
    assert.equal(lines[4].text, 'DECEMBER 16, 2008');
    assert.deepEqual(spansWithScope(lines[4], S.heading), []);
    assert.deepEqual(spansWithScope(lines[4], S.dateline), ['DECEMBER 16, 2008']);
    assert.deepEqual(spansWithScope(lines[5], S.heading), ['Herald: Sox Make Offer To Teixeira (8 Years?)']);
    assert.deepEqual(spansWithScope(lines[6], S.heading), []);
  });

  it('scopes single-quoted words in a headline and the datelines under it (ECB+)', async () => {
    const lines = await tokenizeLines(corpusText('ecbplus-dev/topic-1/1_14ecbplus.txt'));
    const headline = lines[4];
    assert.deepEqual(spansWithScope(headline, S.heading), ["Lindsay Lohan Checks Into Betty Ford Rehab – Where She 'Knows Everyone'"]);
    assert.deepEqual(spansWithScope(headline, S.single), ["'Knows Everyone'"]);
    assert.ok(hasScope(scopesOf(headline, "'", headline.text.indexOf("'Knows")), S.quoteBegin));
    assert.ok(hasScope(scopesOf(headline, "'", headline.text.length - 1), S.quoteEnd));
    assert.deepEqual(spansWithScope(lines[5], S.heading), []);
    assert.deepEqual(spansWithScope(lines[5], S.time), ['11:00 AM EDT']);
    assert.deepEqual(spansWithScope(lines[5], S.date), ['05/03/2013']);
  });

  it('does not scope a first body line that reads as running text as a headline (front matter file)', async () => {
    // 1_9ecbplus opens (after the header) with its headline; an ecb file without one opens with a sentence.
    const withHeadline = await tokenizeLines(corpusText('ecbplus-dev/topic-1/1_9ecbplus.txt'));
    assert.deepEqual(withHeadline.flatMap((l) => spansWithScope(l, S.heading)), ['Lohan Checks into Betty Ford, Rehires Attorney']);
    assert.equal(withHeadline[3].text, 'Lohan Checks into Betty Ford, Rehires Attorney');
    const text = `---\ndate: 2008-09-22\n---\n${corpusText('ecbplus-dev/topic-1/1_10ecb.txt')}`;
    const lines = await tokenizeLines(text);
    assert.ok(lines[3].text.startsWith('Perennial party girl Tara Reid'));
    for (const line of lines) assert.deepEqual(spansWithScope(line, S.heading), [], `line ${line.line}`);
  });

  it('scopes a headline-shaped first line of a file without front matter (seeds 001, 003)', async () => {
    const a = await tokenizeLines(seedText('001_'));
    assert.deepEqual(spansWithScope(a[0], S.heading), ['Putin, Witkoff Dialogue on Potential Russia-Ukraine Peace Talks']);
    assert.deepEqual(a.slice(1).flatMap((l) => spansWithScope(l, S.heading)), []);
    const b = await tokenizeLines(seedText('003_'));
    assert.deepEqual(spansWithScope(b[0], S.heading), ['Trump envoy meets Putin in Moscow as US, Russia edge closer on Ukraine talks']);
    assert.deepEqual(b.slice(1).flatMap((l) => spansWithScope(l, S.heading)), []);
  });

  it('does not scope a lead paragraph ending in a period as a headline, nor any later line (seeds 000, 002, 004)', async () => {
    for (const seed of ['000_', '002_', '004_']) {
      const lines = await tokenizeLines(seedText(seed));
      assert.deepEqual(lines.flatMap((l) => spansWithScope(l, S.heading)), [], `seed ${seed}`);
    }
    // Seed 004 has a headline-shaped line ("‘Manipulative’ Putin … Talks https://t.co/…") mid-article.
    const line = await lineWith(seedText('004_'), 'Manipulative');
    assertNoScope(line, 'Putin Doesn’t Really Want Peace', S.heading);
  });

  it('headline edge cases: blank lines first, a question, an initialism, two sentences, a colon, boilerplate first', async () => {
    const blankFirst = await tokenizeLines('\n\nPutin, Witkoff Dialogue on Potential Russia-Ukraine Peace Talks\nIn a high-stakes move, they met.\n');
    assert.deepEqual(spansWithScope(blankFirst[2], S.heading), ['Putin, Witkoff Dialogue on Potential Russia-Ukraine Peace Talks']);
    assert.deepEqual(spansWithScope(blankFirst[3], S.heading), []);
    const question = await tokenizeLines('Will Putin and Witkoff Agree on a Ceasefire?\nBody.\n');
    assert.deepEqual(spansWithScope(question[0], S.heading), ['Will Putin and Witkoff Agree on a Ceasefire?']);
    const initialism = await tokenizeLines('Putin Meets Envoy From U.S.\nBody.\n');
    assert.deepEqual(spansWithScope(initialism[0], S.heading), ['Putin Meets Envoy From U.S.']);
    const twoSentences = await tokenizeLines('Witkoff flew to Moscow. He met Putin\nBody.\n');
    assert.deepEqual(spansWithScope(twoSentences[0], S.heading), []);
    const colon = await tokenizeLines('Sports news in brief from around the world:\nBody.\n');
    assert.deepEqual(spansWithScope(colon[0], S.heading), []);
    const boilerFirst = await tokenizeLines('5 min read\nPutin, Witkoff Dialogue on Peace Talks\nBody.\n');
    assert.deepEqual(spansWithScope(boilerFirst[0], S.boilerplate), ['5 min read']);
    assert.deepEqual(spansWithScope(boilerFirst[1], S.heading), ['Putin, Witkoff Dialogue on Peace Talks']);
    const quoted = await tokenizeLines('Trump: “Crimea will stay with Russia”\nBody.\n');
    assert.deepEqual(spansWithScope(quoted[0], S.heading), ['Trump: “Crimea will stay with Russia”']);
    assert.deepEqual(spansWithScope(quoted[0], S.double), ['“Crimea will stay with Russia”']);
  });

  it('only a leading --- opens front matter; a later one or a rule followed by prose does not', async () => {
    const later = await tokenizeLines('Headline Here\n---\ntitle: not a header\n---\n');
    assert.deepEqual(later.flatMap((l) => spansWithScope(l, S.frontMatter)), []);
    assert.deepEqual(later.flatMap((l) => spansWithScope(l, S.key)), []);
    const rule = await tokenizeLines('---\nThis article opens with a rule, then prose.\nMore prose on March 13, 2025.\n');
    assert.deepEqual(spansWithScope(rule[1], S.frontMatter), []);
    assert.deepEqual(spansWithScope(rule[2], S.frontMatter), []);
    assert.deepEqual(spansWithScope(rule[2], S.date), ['March 13, 2025']);
  });

  it('front matter values: quoted strings, quoted dates', async () => {
    const lines = await tokenizeLines('---\ntitle: "Putin meets Witkoff"\ndate: "2025-04-25"\nsource: Kyiv Post\n---\nHeadline Line\n');
    assertScope(lines[1], 'Putin meets Witkoff', 'string.quoted.double.frontmatter.article');
    assert.deepEqual(spansWithScope(lines[2], S.date), ['2025-04-25']);
    assertScope(lines[3], 'Kyiv Post', 'string.unquoted.frontmatter.article');
    assert.deepEqual(spansWithScope(lines[5], S.heading), ['Headline Line']);
  });
});

describe('article grammar: quotations and apostrophes', () => {
  it('curly double quotes with punctuation scopes on the marks (seed 002)', async () => {
    const line = await lineWith(seedText('002_'), 'described as “constructive,”');
    assert.deepEqual(spansWithScope(line, S.double), ['“constructive,”']);
    assert.ok(hasScope(scopesOf(line, '“'), S.quoteBegin));
    assert.ok(hasScope(scopesOf(line, '”'), S.quoteEnd));
    assertNoScope(line, 'Putin’s aide', S.single);
  });

  it('straight double quotes (seed 000) and several quotes on one line (seed 004)', async () => {
    const line = await lineWith(seedText('000_'), 'stating, "Witkoff');
    assert.deepEqual(spansWithScope(line, S.double), ['"Witkoff, as they say, arrived in Moscow. There will be a meeting. He will meet with very high-ranking Russian representatives."']);
    assert.ok(hasScope(scopesOf(line, '"'), S.quoteBegin));
    assert.ok(hasScope(scopesOf(line, '"', line.text.indexOf('representatives.') + 1), S.quoteEnd));
    const many = await lineWith(seedText('004_'), 'pissed off');
    assert.deepEqual(spansWithScope(many, S.double), ['“very angry”', '“pissed off”', '“secondary tariffs”']);
  });

  it('apostrophes inside quotes are not single quotes; numbers inside quotes keep their scope (seed 003)', async () => {
    const line = await lineWith(seedText('003_'), 'Let’s get the Peace Deal DONE!');
    assert.deepEqual(spansWithScope(line, S.double), ['“Vladimir, STOP! Let’s get the Peace Deal DONE!”']);
    assert.deepEqual(spansWithScope(line, S.single), []);
    const numbers = await lineWith(seedText('004_'), 'took place in a positive atmosphere');
    assertScope(numbers, 'two countries', S.double);
    assertScope(numbers, 'two', S.number);
  });

  it('single curly quotes around a word (seed 004) but not apostrophes (Witkoff’s, Doesn’t, Russia’s, sides\')', async () => {
    const line = await lineWith(seedText('004_'), '‘Manipulative’');
    assert.deepEqual(spansWithScope(line, S.single), ['‘Manipulative’']);
    assert.ok(hasScope(scopesOf(line, '‘'), S.quoteBegin));
    assert.ok(hasScope(scopesOf(line, '’', line.text.indexOf('’ Putin')), S.quoteEnd));
    assertNoScope(line, 'Doesn’t', S.single);
    for (const [seed, needle] of [['001_', 'Witkoff’s third'], ['001_', "two sides' positions"], ['004_', 'Russia’s 2022 invasion'], ['004_', 'others’ capitals'], ['000_', "Witkoff's recent arrival"]] as const) {
      const l = await lineWith(seedText(seed), needle);
      assert.deepEqual(spansWithScope(l, S.single), [], `${needle}: ${JSON.stringify(spansWithScope(l, S.single))}`);
    }
  });

  it('elided years and leading apostrophes are not quotes', async () => {
    const line = await bodyLine('Since the ’90s and ‘90s, Apple’s iLife \'11 suite and rock ’n’ roll didn’t change, and leaders’ views held.');
    assert.deepEqual(spansWithScope(line, S.single), []);
    assert.deepEqual(spansWithScope(line, S.double), []);
    assert.deepEqual(spansWithScope(line, S.date), ['’90s', '‘90s']);
  });

  it('straight single quotes pair across an inner apostrophe (ECB+)', async function () {
    if (!haveCorpora) this.skip();
    const line = await lineWith(corpusText('ecbplus-dev/topic-1/1_19ecb.txt'), "'We appreciate");
    assert.deepEqual(spansWithScope(line, S.single), ["'We appreciate your respect to her and her family's privacy at this time.'"]);
  });

  it('a quotation left open at the end of a paragraph stops at the line end (ECB+)', async function () {
    if (!haveCorpora) this.skip();
    const lines = await tokenizeLines(corpusText('ecbplus-dev/topic-1/1_11ecb.txt'));
    const open = lines.findIndex((l) => l.text === '“No.');
    assert.ok(open > 0);
    assert.deepEqual(spansWithScope(lines[open], S.double), ['“No.']);
    assert.deepEqual(spansWithScope(lines[open + 1], S.double), [], lines[open + 1].text);
  });

  it('a straight " after a digit (inch mark) does not open a quote', async () => {
    const line = await bodyLine('The 6\'2" forward said he was fine.');
    assert.deepEqual(spansWithScope(line, S.double), []);
  });
});

describe('article grammar: dates and times', () => {
  it('month-day-year, month-day ordinal, month-year (seeds 000, 004, 001)', async () => {
    const a = await lineWith(seedText('000_'), 'On the evening of March 13, 2025');
    assert.deepEqual(spansWithScope(a, S.date), ['March 13, 2025']);
    const b = await lineWith(seedText('004_'), 'March 13th.');
    assert.deepEqual(spansWithScope(b, S.date), ['Last week', 'February', 'March 13th']);
    const c = await lineWith(seedText('001_'), 'full-scale invasion of Ukraine in February 2022');
    assert.deepEqual(spansWithScope(c, S.date), ['February 2022']);
  });

  it('day-month-year and weekday forms (MEANTIME / ECB+ lines)', async function () {
    if (!haveCorpora) this.skip();
    const line = await lineWith(corpusText('ecbplus-dev/topic-27/27_1ecbplus.txt'), 'Last updated at');
    assert.deepEqual(spansWithScope(line, S.date), ['18 September 2013']);
    assert.deepEqual(spansWithScope(line, S.time), ['13:59 GMT']);
    const synthetic = await bodyLine('The vote is on 13 March 2025, the 13th of March, or Tuesday, March 4.');
    assert.deepEqual(spansWithScope(synthetic, S.date), ['13 March 2025', '13th of March', 'Tuesday', 'March 4']);
  });

  it('weekdays (also before ’s), years standing alone, relative words (seeds)', async () => {
    const thursday = await lineWith(seedText('003_'), 'Thursday’s encounter');
    assert.deepEqual(spansWithScope(thursday, S.date), ['Thursday']);
    const y = await lineWith(seedText('002_'), 'annexed in 2014');
    assert.deepEqual(spansWithScope(y, S.date), ['Earlier in the week', '2014']);
    const rel = await lineWith(seedText('004_'), 'later today, reports Axios');
    assert.deepEqual(spansWithScope(rel, S.date), ['Friday', 'later today']);
    const today = await lineWith(seedText('004_'), 'Today’s Putin meeting');
    assert.deepEqual(spansWithScope(today, S.date), ['Today', 'yesterday']);
    const more = await bodyLine('Tonight and tomorrow, as last month and two years ago, the talks resume.');
    assert.deepEqual(spansWithScope(more, S.date), ['Tonight', 'tomorrow', 'last month', 'two years ago']);
  });

  it('clock times (seed 000, MEANTIME, ECB+)', async () => {
    const a = await lineWith(seedText('000_'), '12:31 PM Moscow time');
    assert.deepEqual(spansWithScope(a, S.time), ['12:31 PM']);
    const b = await bodyLine('The quake struck at 5:46 a.m. local time, and a second at 11.30 p.m. ET; talks end at noon.');
    assert.deepEqual(spansWithScope(b, S.time), ['5:46 a.m.', '11.30 p.m. ET', 'noon']);
    assert.deepEqual(spansWithScope(b, S.number), ['second']);
  });

  it('clock times in a MEANTIME article', async function () {
    // Skipped (and so reported as pending) where the corpora are not checked out, never passed silently.
    if (!haveCorpora) this.skip();
    const c = await lineWith(corpusText('meantime/corpus_airbus/78496_Airbus_A380_test_flight_delayed_after_accident.txt'), 'scheduled 9:45 a.m.');
    assert.deepEqual(spansWithScope(c, S.time), ['9:45 a.m.']);
    assert.deepEqual(spansWithScope(c, S.number), ['four', '150']);
  });

  it('not dates: "three hours", "33-year-old", "5,000", "20%", modal "may", a bare "March" as a noun, money', async () => {
    const hours = await lineWith(seedText('002_'), 'lasted three hours');
    assertNoScope(hours, 'three hours', S.date);
    assertScope(hours, 'three', S.number);
    const may = await lineWith(seedText('000_'), 'this meeting may play a substantial role');
    assertNoScope(may, 'may play', S.date);
    const thousand = await lineWith(seedText('002_'), '5,000 casualties');
    assertNoScope(thousand, '5,000', S.date);
    const noun = await bodyLine('The Women’s March drew crowds; May I ask? The $2000 fee and 2,015 votes were counted in March.');
    assert.deepEqual(spansWithScope(noun, S.date), ['March']);
    assert.ok(noun.text.endsWith('in March.'));
    assertNoScope(noun, 'Women’s March', S.date);
    assertNoScope(noun, 'May I', S.date);
  });

  it('not a date: "33-year-old" in an ECB+ article', async function () {
    if (!haveCorpora) this.skip();
    const age = await lineWith(corpusText('ecbplus-dev/topic-1/1_10ecb.txt'), '33-year-old');
    assert.deepEqual(spansWithScope(age, S.date), []);
    assertScope(age, '33', S.number);
    assertNoScope(age, '-year-old', S.number);
  });
});

describe('article grammar: numbers', () => {
  it('digits, thousands, percentages, ordinals and number words (seeds)', async () => {
    assert.deepEqual(spansWithScope(await lineWith(seedText('003_'), 'killed 12 people'), S.number), ['12']);
    assert.deepEqual(spansWithScope(await lineWith(seedText('002_'), 'approximately 20%'), S.number), ['20%']);
    assert.deepEqual(spansWithScope(await lineWith(seedText('002_'), '5,000 casualties'), S.number), ['5,000']);
    assert.deepEqual(spansWithScope(await lineWith(seedText('001_'), 'third extended meeting'), S.number), ['third', 'fourth']);
    assert.deepEqual(spansWithScope(await lineWith(seedText('000_'), '30-day ceasefire'), S.number), ['30']);
  });

  it('money with scale words, digit ordinals; not digits inside names (G650ER, WPA2, 3GS)', async () => {
    const line = await bodyLine('A $40 billion plan, US$7.2 bn in loans, the 3rd and 2nd rounds, 19 percent, on a Gulfstream G650ER with WPA2 and an iPhone 3GS.');
    assert.deepEqual(spansWithScope(line, S.number), ['$40 billion', 'US$7.2 bn', '3rd', '2nd', '19 percent']);
  });

  it('money with a scale word in a MEANTIME article', async function () {
    if (!haveCorpora) this.skip();
    const real = await lineWith(corpusText('meantime/corpus_gm/118147_US_automaker_bailout_deal_fails_to_pass_Senate.txt'), '$700 billion bailout');
    assertScope(real, '$700 billion', S.number);
  });
});

describe('article grammar: links, handles and embedded social posts', () => {
  it('a URL glued to the preceding word is a link, without trailing punctuation', async () => {
    const line = await lineWith(seedText('004_'), 'Talkshttps://t.co/');
    assert.deepEqual(spansWithScope(line, S.link), ['https://t.co/qSOY8Pu9Sl']);
    const dotted = await bodyLine('See https://example.com/a_(b)/c?x=1. Or www.example.org, or mail press@example.com today.');
    assert.deepEqual(spansWithScope(dotted, S.link), ['https://example.com/a_(b)/c?x=1', 'www.example.org', 'press@example.com']);
    assert.deepEqual(spansWithScope(dotted, S.handle), []);
  });

  it('@handles in running text', async () => {
    const line = await bodyLine('Follow @BreitbartLondon and @AP_Politics (not me@example) for updates.');
    assert.deepEqual(spansWithScope(line, S.handle), ['@BreitbartLondon', '@AP_Politics']);
  });

  it('the signature line of an embedded post: name, handle and date inside meta.embedded.social (seed 004)', async () => {
    const lines = await tokenizeLines(seedText('004_'));
    const sigs = lines.filter((l) => l.text.startsWith('— Breitbart London'));
    assert.equal(sigs.length, 2);
    const sig = sigs[0];
    assert.deepEqual(spansWithScope(sig, S.social), [sig.text]);
    assert.deepEqual(spansWithScope(sig, S.author), ['Breitbart London']);
    assert.deepEqual(spansWithScope(sig, S.handle), ['@BreitbartLondon']);
    assert.deepEqual(spansWithScope(sig, S.date), ['March 29, 2025']);
    assert.deepEqual(spansWithScope(sigs[1], S.date), ['March 14, 2025']);
    // An em dash inside running text is not a signature.
    const prose = await lineWith(seedText('003_'), 'Ukraine — a diplomatic track');
    assert.deepEqual(spansWithScope(prose, S.social), []);
  });
});

describe('article grammar: boilerplate lines', () => {
  it('comment prompts, "Similar Posts", reading time (seeds 001, 003)', async () => {
    const a = await tokenizeLines(seedText('001_'));
    assert.deepEqual(a.flatMap((l) => spansWithScope(l, S.boilerplate)).slice(-2), ['Comments', 'Post a Comment']);
    const b = await tokenizeLines(seedText('003_'));
    const boiler = b.flatMap((l) => spansWithScope(l, S.boilerplate));
    assert.deepEqual(boiler, ['2 minutes, 13 seconds Read', 'Similar Posts']);
  });

  it('image markdown and photo captions (seed 001) are comments; the caption is not a quote or date', async () => {
    const lines = await tokenizeLines(seedText('001_'));
    assert.deepEqual(spansWithScope(lines[2], S.boilerplate), ['![]() |']);
    const caption = lines[3];
    assert.ok(caption.text.includes('[Photo: Kristina Kormilitsyna/Pool/AFP]'));
    assert.deepEqual(spansWithScope(caption, S.boilerplate), [caption.text]);
    assert.deepEqual(spansWithScope(caption, S.double), []);
    assert.deepEqual(spansWithScope(caption, S.link), []);
  });

  it('other site furniture; and prose that mentions comments is not boilerplate', async () => {
    const lines = await tokenizeLines(
      'Headline Here\n5 min read\nLeave a Reply\nRelated Posts\n![Putin and Witkoff](https://example.com/a.jpg)\nVladimir Putin in Moscow on Thursday. (AP Photo/Alexander Zemlianichenko)\n',
    );
    assert.deepEqual(lines.slice(1, 6).map((l) => spansWithScope(l, S.boilerplate)), lines.slice(1, 6).map((l) => [l.text]));
    const prose = await lineWith(seedText('000_'), 'Ushakov\'s comments also left open');
    assert.deepEqual(spansWithScope(prose, S.boilerplate), []);
  });
});

/** The files of the timing test: all seeds and 50 corpus files, picked evenly from the sorted lists. */
function timingFiles(): string[] {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS, f));
  if (!haveCorpora) return seeds;
  const corpus: string[] = [];
  for (const [root, prefix] of [['meantime', 'corpus_'], ['ecbplus-dev', 'topic-']] as const) {
    for (const dir of readdirSync(path.join(CORPORA, root)).filter((d) => d.startsWith(prefix)).sort()) {
      for (const f of readdirSync(path.join(CORPORA, root, dir)).filter((n) => n.endsWith('.txt')).sort()) corpus.push(path.join(CORPORA, root, dir, f));
    }
  }
  const step = corpus.length / 50;
  return [...seeds, ...Array.from({ length: 50 }, (_, i) => corpus[Math.floor(i * step)])];
}

describe('article grammar: speed on long paragraphs', () => {
  it('tokenizes all seeds, 50 corpus files and a 6,000-character paragraph without runaway regexes', async () => {
    const files = timingFiles();
    // A long paragraph of real seed prose with the hard cases for backtracking: unbalanced quotes,
    // many apostrophes, dashes, a dangling "[Photo" and no final period.
    const seedProse = seedText('002_').split('\n').filter((l) => l.length > 300);
    let long = '';
    while (long.length < 6000) long += seedProse.join(' “ ') + " ' ‘ don’t (@ [Photo 12:3 March 2 ";
    const texts = [...files.map((f) => readFileSync(f, 'utf8')), long, `${long}\n${long}.`];
    const start = process.hrtime.bigint();
    let lineCount = 0;
    for (const text of texts) {
      const lines = await tokenizeLines(text);
      for (const line of lines) {
        lineCount++;
        assert.equal(line.stoppedEarly, false);
        const covered = line.tokens.reduce((n, t) => n + (t.endIndex - t.startIndex), 0);
        assert.equal(covered, line.text.length, `tokens cover line ${line.line}`);
      }
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    assert.equal(files.length, haveCorpora ? 55 : 5);
    console.log(`      grammar timing: ${files.length} files + 2 long paragraphs (${lineCount} lines, longest ${long.length} chars) in ${ms.toFixed(0)} ms`);
  });
});

interface LanguageConfiguration {
  wordPattern: { pattern: string; flags?: string };
  brackets: [string, string][];
  colorizedBracketPairs: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
}

describe('language-configuration.json', () => {
  const config = JSON.parse(readFileSync(path.join(REPO_ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

  it('wordPattern keeps prose words whole: apostrophes, hyphens, initialisms, times, thousands', () => {
    const re = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags ?? ''}g`);
    const words = (s: string): string[] => s.match(re) ?? [];
    assert.deepEqual(words('Witkoff’s face-to-face U.S. talks at 12:31 cost $5,000 (20%), don\'t “stop”'), [
      'Witkoff’s', 'face-to-face', 'U.S.', 'talks', 'at', '12:31', 'cost', '$5,000', '20%', 'don\'t', 'stop',
    ]);
    assert.equal(re.test(''), false);
  });

  it('brackets, auto-closing and surrounding pairs suit prose', () => {
    assert.deepEqual(config.colorizedBracketPairs, [['(', ')'], ['[', ']']]);
    for (const pair of [['(', ')'], ['[', ']']]) assert.ok(config.brackets.some((b) => b[0] === pair[0] && b[1] === pair[1]));
    const opens = config.autoClosingPairs.map((p) => p.open);
    for (const open of ['(', '[', '"', '“']) assert.ok(opens.includes(open), `auto-closes ${open}`);
    for (const open of ["'", '‘', '’']) assert.ok(!opens.includes(open), `must not auto-close ${open} (apostrophes)`);
    const surround = config.surroundingPairs.map((p) => p.join(''));
    for (const pair of ['()', '[]', '""', '“”', '‘’', "''"]) assert.ok(surround.includes(pair), `surrounds with ${pair}`);
  });
});
