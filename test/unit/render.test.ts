import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../src/core';
import { commandLinkArguments, contradictedSentences, escapeCardMarkdown, escapeMarkdown, escapeMarkdownText, renderMarkdown, renderText } from '../../src/core/report/render';
import { shortHeadline, sourceLabel, sourceLabels } from '../../src/core/report/sourceLabel';

const seedsDir = path.resolve(__dirname, '../../seeds');
const report = analyzeCorpus(fs.readdirSync(seedsDir).sort().map((name) => ({ path: `seeds/${name}`, text: fs.readFileSync(path.join(seedsDir, name), 'utf8') })));

describe('report renderings', () => {
  it('escapes article text so Markdown shows it as text: no links, emphasis, headings or icons', () => {
    const escaped = escapeMarkdown('[click](command:evil) *bold* # heading https://t.co/qSOY8Pu9Sl tips@example.org $(alert) <b>x</b> a_b');
    assert.doesNotMatch(escaped, /(?<!\\)[[\]()*#<>$_]/, escaped);
    assert.doesNotMatch(escaped, /https:\/\//, 'bare URLs are broken up so they are not linked');
    assert.doesNotMatch(escaped, /(?<!\\)@/, 'e-mail addresses are not linked');
  });

  it('summarises the corpus in text: sources, timeline, people, contradictions', () => {
    const text = renderText(report);
    assert.match(text, /^Crossread: 5 sources · \d+ people · \d+ events · \d+ matches · \d+ contradicted sentences?\n/);
    for (const doc of report.documents) assert.ok(text.includes(doc.id), doc.id);
    assert.ok(report.events.length > 0, 'the seeds have events');
    assert.match(text, /\nTimeline\n/);
    assert.match(text, /\nPeople\n {2}\S/);
  });

  it('renders a Markdown report with a table of sources and escaped article text', () => {
    const markdown = renderMarkdown(report);
    assert.match(markdown, /^# Crossread report\n/);
    assert.strictEqual((markdown.match(/^\| 00\d/gm) ?? []).length, 5, 'one table row per source');
    assert.doesNotMatch(markdown, /U\\\.S\\\.|people\\:/, 'no backslashes where Markdown needs none');
    assert.doesNotMatch(markdown, /\]\((?!#)/, 'no links come from article text');
  });

  it('keeps article text in a card as text: no theme icon, link or HTML survives escaping', () => {
    const hostile = 'Done $(check) $(loading~spin) [click](command:workbench.action.quit) <img src=x> \\$(zap)';
    const escaped = escapeCardMarkdown(hostile);
    // VS Code draws icons from "$(name)" in the rendered HTML, where "&#36;" is still an entity.
    assert.doesNotMatch(escaped, /\$/);
    assert.doesNotMatch(escaped, /(?:^|[^\\])\[click/, 'every "[" escaped');
    assert.doesNotMatch(escaped, /(?:^|[^\\])</, 'every "<" escaped');
    assert.match(escaped, /&#36;\\\(check\\\)/);
  });

  it('encodes command link arguments completely, so a ")" in a file name cannot end the link', () => {
    const encoded = commandLinkArguments(['file:///news/a (copy)\'s.txt', 1, 2]);
    assert.doesNotMatch(encoded, /[()'!*~]/);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(encoded)), ['file:///news/a (copy)\'s.txt', 1, 2]);
  });

  it('writes clean Markdown: escapes only what would become markup, and breaks bare links', () => {
    assert.strictEqual(escapeMarkdownText('U.S. officials: 3-day talks (in Moscow)!'), 'U.S. officials: 3-day talks (in Moscow)!');
    const escaped = escapeMarkdownText('*bold* _it_ [x](y) <b> a|b `c` https://t.co/x www.example.org tips@example.org');
    assert.doesNotMatch(escaped, /(?<!\\)[*_[\]<|`]/, escaped);
    assert.doesNotMatch(escaped, /https:\/\/|www\.e|[^\\]@/, escaped);
    // Inside a word an underscore starts no emphasis: document ids and file names stay as written.
    assert.strictEqual(escapeMarkdownText('002_7bee378135b823fb and __init__ and _x_'), '002_7bee378135b823fb and \\_\\_init\\_\\_ and \\_x\\_');
  });

  it('escapes an ampersand that would start an entity, also with the "; " the report writes after a text, and no other', () => {
    assert.strictEqual(escapeMarkdownText('AT&T Inc. & partners'), 'AT&T Inc. & partners');
    assert.strictEqual(escapeMarkdownText('Tom &amp; Jerry'), 'Tom \\&amp; Jerry');
    assert.strictEqual(escapeMarkdownText('Quist&amp') + '; ', 'Quist\\&amp; ');
  });

  it('counts disagreement in contradicted sentences, the same in the summary as in the matches', () => {
    const contradicted = contradictedSentences(report);
    for (const match of report.matches.filter((m) => m.relation === 'contradicts')) assert.ok(contradicted.has(match.a) && contradicted.has(match.b));
    assert.match(renderText(report), new RegExp(`· ${contradicted.size} contradicted sentences?\\n`));
  });

  it('names sources by label in the text and Markdown reports, never by file hash in a contradiction', () => {
    const labels = sourceLabels(report.documents);
    const text = renderText(report);
    const at = text.indexOf('\nContradictions\n');
    assert.ok(at >= 0 && report.matches.some((m) => m.relation === 'contradicts'), 'the seeds have contradictions to name');
    const contradictions = text.slice(at);
    for (const doc of report.documents) assert.ok(!contradictions.includes(`${doc.id}:`), `${doc.id} named by its file`);
    for (const label of labels.values()) assert.ok(text.includes(label), label);
    const renamed = renderMarkdown(report, { sourceLabels: { [report.documents[0].id]: 'Invented Daily' } });
    assert.match(renamed, /\| Invented Daily \|/);
  });
});

describe('source labels', () => {
  it('prefers the outlet, then a short headline, then "Source N"', () => {
    assert.strictEqual(sourceLabel({ source: 'Example Daily', title: 'A long headline about the talks' }, 0), 'Example Daily');
    assert.strictEqual(sourceLabel({ source: null, title: 'Talks resume' }, 1), 'Talks resume');
    assert.strictEqual(sourceLabel({ source: null, title: null }, 2), 'Source 3');
    assert.strictEqual(sourceLabel({ source: '  ', title: '' }, 0), 'Source 1');
    assert.strictEqual(sourceLabel({ source: 'Example Daily', title: null }, 0, 'My name'), 'My name', 'a reader’s rename wins');
  });

  it('cuts a long headline at a word boundary with an ellipsis', () => {
    const short = shortHeadline('Envoy meets the president in the capital as both sides edge closer on talks');
    assert.ok(short.length <= 41, short);
    assert.match(short, /^Envoy meets the president in the capital…$|^Envoy meets the president in the…$/);
    assert.strictEqual(shortHeadline('Short one'), 'Short one');
  });

  it('keeps labels distinct within a corpus', () => {
    const labels = sourceLabels([
      { id: 'a', source: 'Example Daily', title: null },
      { id: 'b', source: 'Example Daily', title: null },
      { id: 'c', source: null, title: null },
    ]);
    assert.deepStrictEqual([...labels.values()], ['Example Daily', 'Example Daily (2)', 'Source 3']);
  });
});
