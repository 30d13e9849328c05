import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../src/core';
import { commandLinkArguments, escapeCardMarkdown, escapeMarkdown, renderMarkdown, renderText } from '../../src/core/report/render';

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
    assert.match(text, /^Crossread: 5 sources · \d+ people · \d+ events · \d+ matches · \d+ conflicts?\n/);
    for (const doc of report.documents) assert.ok(text.includes(doc.id), doc.id);
    assert.ok(report.events.length > 0, 'the seeds have events');
    assert.match(text, /\nTimeline\n/);
    assert.match(text, /\nPeople\n {2}\S/);
  });

  it('renders a Markdown report with a table of sources and escaped article text', () => {
    const markdown = renderMarkdown(report);
    assert.match(markdown, /^# Crossread report\n/);
    assert.strictEqual((markdown.match(/^\| 00\d/gm) ?? []).length, 5, 'one table row per source');
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
});
