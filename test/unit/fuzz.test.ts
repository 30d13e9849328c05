/**
 * Property-based fuzzing (fast-check) of the whole engine and of the renderers: corpora of one to
 * four articles built from news-like pieces (names, speech verbs, dates, numbers, every kind of
 * quote mark, headers, line ends) mixed with arbitrary Unicode, control characters, lone
 * surrogates and markup, sometimes with a reprint of one article. Properties:
 * - `analyzeArticle` and `buildCorpusAnalysis` never throw;
 * - every span of the report is its text: `text === fileText.slice(start, end)` (documents' people,
 *   dates, quotes, claims and facts; the differences of matches; within bounds for events and
 *   speaker spans);
 * - the text and Markdown renderings never throw, and once made terminal-safe (as the CLI writes
 *   them) carry no control character but line feeds; Markdown leaves no markup character of the
 *   article unescaped; card text has no "$" left to draw an icon; command-link arguments are
 *   fully encoded and decode back.
 * Runs: `CROSSREAD_FUZZ_RUNS` (default 120 corpora, and 10× that for the renderers' string
 * properties) and `CROSSREAD_FUZZ_SEED` (a fixed seed by default; "random" or a number to explore or
 * to replay a failure).
 */
import * as assert from 'node:assert';
import fc from 'fast-check';
import { analyzeArticle, commandLinkArguments, escapeCardMarkdown, escapeMarkdown, renderMarkdown, renderText, terminalSafe, type Report } from '../../src/core';
import { buildCorpusAnalysis } from '../../src/core/corpus';

const RUNS = Number(process.env.CROSSREAD_FUZZ_RUNS ?? 120);
// A fixed seed by default, so that \`npm test\` (and CI) runs the same cases every time; set
// CROSSREAD_FUZZ_SEED to another number (or "random") to explore, or to replay a reported failure.
const SEED_SETTING = process.env.CROSSREAD_FUZZ_SEED ?? '20261130';
const SEED = SEED_SETTING === 'random' ? undefined : Number(SEED_SETTING);
const settings = (runs: number): fc.Parameters<unknown> => (SEED === undefined ? { numRuns: runs } : { numRuns: runs, seed: SEED });

/** Pieces of invented news text that reach the engine's stages (people, speech, dates, numbers, quotes, facts). */
const NEWS_PIECES = [
  'Maren Okafor', 'Tobias Lindqvist', 'Dr. Ilse Harrow', 'Mr. Quist', 'Okafor', 'she', 'he', 'police', 'the mayor', 'Port Alder',
  ' said', ' told reporters', ' according to', ' said on Monday', ', who', ' was killed', ' were injured', ' died', ' is in critical condition',
  ' 15-year-old', ' 42', ' three', ' third', ' 1,200', ' $4 million', ' 7:45 a.m.', ' March 3, 2025', ' Monday', ' yesterday', ' last week',
  ' 2025-02-30', ' in 2019', ' on Linden Street', ' a shotgun', ' charged with murder',
  '. ', '? ', '! ', '.', ',', ':', ';', ' (', ')', ' — ', '-', '...', ' ',
  '"', '“', '”', "'", '‘', '’', '«', '»', "s' ", '\n', '\n\n', '\r\n', '\r', '\t',
  '---\n', 'title: Crane falls\n', 'source: Linnet Herald\n', 'date: 2025-04-01\n', 'date: 0000-00-00\n',
  '$(check)', '$(loading~spin)', '<script>x</script>', '[link](command:workbench.action.quit)', '**', '`', '#', '|', '&amp;', '\\',
  '\u001b]0;title\u0007', '\u001b[2J', '\u0000', '\u202e', '\u2066', '\ufeff', '\ud800', '\udc00', '😀', 'é', 'İ', 'ß', '\u0301',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);
const articleText = fc.array(piece, { maxLength: 200 }).map((pieces) => pieces.join(''));
const corpus = fc
  .record({ texts: fc.array(articleText, { minLength: 1, maxLength: 4 }), reprint: fc.boolean() })
  .map(({ texts, reprint }) => (reprint ? [...texts, texts[0]] : texts));

interface Span {
  start: number;
  end: number;
  text?: string;
}

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}

/** Every object with start and end under `value`: with a text, that text must be the slice; without, within the text. */
function checkSpans(value: unknown, text: string, where: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkSpans(item, text, `${where}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (isSpan(value)) {
    const { start, end } = value;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length, `${where}: span ${start}-${end} outside 0-${text.length}`);
    if (typeof value.text === 'string') assert.strictEqual(value.text, text.slice(start, end), `${where}: text is not the slice ${start}-${end}`);
  }
  for (const [key, member] of Object.entries(value)) checkSpans(member, text, `${where}.${key}`);
}

function checkReportSpans(report: Report, textOf: ReadonlyMap<string, string>): void {
  for (const doc of report.documents) {
    const text = textOf.get(doc.id)!;
    // referenceDate and truncated carry no offsets; everything else in a document is in its text.
    checkSpans({ people: doc.people, dates: doc.dates, quotes: doc.quotes, claims: doc.claims, facts: doc.facts ?? [] }, text, doc.id);
  }
  const documentOf = (claim: string): string => claim.slice(0, claim.lastIndexOf('#'));
  for (const match of report.matches) {
    for (const difference of match.differences ?? []) {
      checkSpans(difference.a, textOf.get(documentOf(match.a))!, `${match.a} difference`);
      checkSpans(difference.b, textOf.get(documentOf(match.b))!, `${match.b} difference`);
    }
  }
  for (const event of report.events) for (const mention of event.mentions) checkSpans(mention, textOf.get(mention.document)!, `${event.id} mention`);
}

/** The characters of `text` that Markdown would read as markup, unescaped (an odd run of backslashes escapes). */
function unescapedMarkup(text: string, markup: RegExp): string[] {
  const found: string[] = [];
  let backslashes = 0;
  for (const c of text) {
    if (c === '\\') {
      backslashes++;
      continue;
    }
    if (markup.test(c) && backslashes % 2 === 0) found.push(c);
    backslashes = 0;
  }
  return found;
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('fuzz: the engine and the renderers (fast-check)', function () {
  this.timeout(120_000);

  it(`analyses ${RUNS} random corpora without throwing, every span its text, and renders them safely`, () => {
    fc.assert(
      fc.property(corpus, (texts) => {
        const inputs = texts.map((text, i) => ({ path: `article-${i}.txt`, text }));
        const articles = inputs.map((input, i) => analyzeArticle(input, `article-${i}`));
        const { report } = buildCorpusAnalysis(articles);
        checkReportSpans(report, new Map(inputs.map((input, i) => [`article-${i}`, input.text])));
        const text = terminalSafe(renderText(report));
        assert.ok(!CONTROLS.test(text), 'a control character in the text rendering');
        const markdown = terminalSafe(renderMarkdown(report));
        assert.ok(!CONTROLS.test(markdown), 'a control character in the Markdown rendering');
        // The report's own Markdown uses none of these; any one is the article's, and must be escaped.
        // An ampersand is markup only where it starts an entity ("&amp;"); "AT&T Inc." is plain text.
        assert.deepStrictEqual(unescapedMarkup(markdown.replace(/&(?!#?[A-Za-z0-9]+;)/g, ''), /[<>[\]`$&~@]/), [], 'article markup in the Markdown rendering');
      }),
      settings(RUNS),
    );
  });

  it('escapes any string for Markdown and cards, and encodes any command-link arguments completely', () => {
    fc.assert(
      fc.property(fc.oneof(articleText, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const escaped = escapeMarkdown(text);
        assert.deepStrictEqual(unescapedMarkup(escaped, /[\\`*_{}[\]()#+\-.!|<>~$:@&]/), []);
        const card = escapeCardMarkdown(text);
        assert.ok(!card.includes('$'), 'a "$" left in card text could draw an icon');
        assert.ok(!CONTROLS.test(terminalSafe(text).replace(/\n/g, '')), 'terminalSafe left a control character (line feeds and tabs stay)');
        const link = commandLinkArguments([text, { path: text }]);
        assert.match(link, /^[A-Za-z0-9%\-_.]*$/);
        // Lone surrogates cannot be encoded as UTF-8: JSON.stringify escapes them, so the link still decodes.
        assert.deepStrictEqual(JSON.parse(decodeURIComponent(link)), [text, { path: text }]);
      }),
      settings(RUNS * 10),
    );
  });
});
