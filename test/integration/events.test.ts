import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { analyzeCorpusDetailed, buildReportLookup } from '../../src/core';
import type { CorpusService, CorpusSnapshot } from '../../src/vscode/corpusService';
import { EventsTree } from '../../src/vscode/eventsTree';

// Invented articles (no development corpus text): one incident told by two outlets, a victim who
// dies two days later, charges filed the day after, a passing mention of another case and an
// earlier happening in a year of its own.
const ARTICLES = [
  {
    path: '/virtual/ledger.txt',
    text:
      '---\ndate: 2025-06-12\nsource: Riverton Ledger\n---\nMan shot outside Riverton bakery\n' +
      'A man was shot outside a bakery on Elm Street in Riverton at about 10 p.m. Tuesday, police said.\n' +
      'The victim, Dale Harmon, 41, died on Thursday at a hospital.\n' +
      'The suspect, Carl Voss, 23, was charged with murder on Wednesday.\n' +
      'The bakery first opened in 1998.\n' +
      'In an unrelated case, a woman was shot in Lakeport on May 2.\n',
  },
  {
    path: '/virtual/valley.txt',
    text:
      '---\ndate: 2025-06-12\nsource: Valley News\n---\nRiverton man shot outside bakery dies\n' +
      'Dale Harmon, 41, was shot outside a bakery on Elm Street in Riverton at about 10 p.m. Monday, police said.\n' +
      'Harmon died on Thursday.\n',
  },
];

/** A corpus service that holds one fixed snapshot: the tree is built from it as from the real one. */
function fixedService(snapshot: CorpusSnapshot): CorpusService {
  const never = new vscode.EventEmitter<CorpusSnapshot>();
  return { snapshot, onDidChange: never.event, trackViewWork: () => undefined, prepareViews: () => ({ dispose: () => undefined }) } as unknown as CorpusService;
}

function snapshotOf(): CorpusSnapshot {
  const { articles, report } = analyzeCorpusDetailed(ARTICLES);
  return {
    generation: 1,
    articles,
    lookup: buildReportLookup(report),
    quoteEchoes: [],
    uriByDocument: new Map(articles.map((a) => [a.id, vscode.Uri.file(a.path)])),
    documentByUri: new Map(),
    problems: [],
    failures: [],
    durationMs: 0,
    signature: 'events-test',
    articleById: new Map(articles.map((a) => [a.id, a])),
    verifiedVersions: new Map(),
  };
}

const labelOf = (n: { item: vscode.TreeItem }): string => String(typeof n.item.label === 'string' ? n.item.label : n.item.label?.label);

describe('Events tree: incidents with their later developments', () => {
  const snapshot = snapshotOf();
  const tree = new EventsTree(fixedService(snapshot));
  after(() => tree.dispose());
  const incidentNode = (): ReturnType<EventsTree['getChildren']>[number] => {
    const incidents = tree.getChildren().filter((n) => n.id.startsWith('event:'));
    assert.strictEqual(incidents.length, 1, incidents.map(labelOf).join(' | '));
    return incidents[0];
  };

  it('lists the incident date first, its sources, then its later developments under it, each dated', () => {
    const incident = incidentNode();
    assert.match(labelOf(incident), /^2025-06-\d\d/);
    const children = tree.getChildren(incident);
    const sources = children.filter((n) => /\/source:[^/]+$/.test(n.id));
    const developments = children.filter((n) => n.id.includes('/development:'));
    assert.deepStrictEqual(sources.map(labelOf).sort(), ['Riverton Ledger', 'Valley News']);
    assert.deepStrictEqual(
      developments.map((n) => labelOf(n).split('  ')[0]),
      ['2025-06-11 (resolved)', '2025-06-12 (resolved)'],
    );
    assert.ok(developments.every((n) => String(n.item.description).startsWith('later development')));
    // The death, told by both outlets, lists both under its date; no sentence is listed twice.
    const death = developments[1];
    assert.deepStrictEqual(tree.getChildren(death).map(labelOf).sort(), ['Riverton Ledger', 'Valley News']);
    const sentences = [...sources, ...developments.flatMap((d) => tree.getChildren(d))].flatMap((s) => tree.getChildren(s)).map((n) => n.id);
    assert.strictEqual(new Set(sentences).size, sentences.length);
  });

  it('marks the day the sources disagree on', () => {
    const incident = incidentNode();
    assert.match(String(incident.item.description), /disagree on the date/);
    const tooltip = incident.item.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    // The tooltip is Markdown with the card's escapes: read it as the reader does.
    const shown = tooltip.value.replace(/\\(.)/g, '$1');
    assert.match(shown, /disagree on the day: 2025-06-09 \(Valley News\) vs 2025-06-10 \(Riverton Ledger\)/);
  });

  it('keeps the earlier happening and the other case out of the incident, in the Background group', () => {
    const groups = tree.getChildren().filter((n) => n.id.startsWith('events:'));
    const background = groups.find((g) => labelOf(g) === 'Background');
    assert.ok(background, groups.map(labelOf).join(' | '));
    const labels = tree.getChildren(background).map(labelOf);
    assert.ok(labels.some((l) => l.startsWith('1998')), labels.join(' | '));
    assert.ok(labels.some((l) => l.startsWith('2025-05-02') && /Lakeport/.test(l)), labels.join(' | '));
  });

  it('follows the cursor to the later development a sentence tells, and to the incident otherwise', () => {
    const ledger = snapshot.articles.find((a) => a.path.endsWith('ledger.txt'));
    assert.ok(ledger);
    const text = ledger.article.text;
    const charged = tree.nodeAt(snapshot, ledger.id, text.indexOf('was charged'));
    assert.ok(charged && charged.id.includes('/development:'), charged?.id);
    assert.match(labelOf(charged), /^2025-06-11/);
    assert.strictEqual(tree.getParent(charged), incidentNode(), 'the development sits under its incident');
    const shot = tree.nodeAt(snapshot, ledger.id, text.indexOf('A man was shot'));
    assert.strictEqual(shot, incidentNode());
  });
});
