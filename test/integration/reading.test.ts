import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { readSettings } from '../../src/vscode/config';
import type { CorpusSnapshot } from '../../src/vscode/corpusService';
import { decorationRanges } from '../../src/vscode/decorations';
import { frontMatterDateEdit } from '../../src/vscode/commands';
import { hoverMarkdown } from '../../src/vscode/hover';
import { crossread, seedUri, waitFor, workspaceRoot } from './helpers';

const SEED_000 = '000_7b9efc5fd5014763.txt';
const SEED_001 = '001_254354c1ab71cb35.txt';
const SEED_002 = '002_7bee378135b823fb.txt';

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seedUri(name)));
}

async function snapshot(): Promise<CorpusSnapshot> {
  const api = crossread().exports;
  const current = await api.whenIdle();
  assert.ok(current, 'an analysis of the corpus');
  return current;
}

function positionOf(document: vscode.TextDocument, fragment: string, inside = 0): vscode.Position {
  const at = document.getText().indexOf(fragment);
  assert.ok(at >= 0, `"${fragment}" is in ${document.uri.path}`);
  return document.positionAt(at + inside);
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const started = Date.now();
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  console.log(`      hover answered in ${Date.now() - started} ms (round trip through the extension host)`);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('crossread').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('The reading experience in a real extension host', function () {
  this.timeout(60_000);
  before(async () => {
    await crossread().activate();
  });
  afterEach(async () => {
    for (const key of ['highlights.enabled', 'inlayHints.dates', 'problems.enabled', 'highlights.claims']) await setSetting(key, undefined);
  });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('analyses the workspace corpus in the background: five sources with claims, people and events', async () => {
    const current = await snapshot();
    assert.strictEqual(current.articles.length, 5);
    const { report } = current.lookup;
    assert.ok(report.documents.every((d) => d.claims.length > 0), 'every seed has claims');
    assert.ok(report.people.some((p) => p.name === 'Vladimir Putin'));
    assert.ok(report.events.length > 0);
  });

  it('hover on a claim lists what the other sources say, with links that open them', async () => {
    const editor = await open(SEED_002);
    await snapshot();
    const text = await hoverText(editor.document, positionOf(editor.document, 'fourth visit', 2));
    assert.match(text, /reported by \d+ of 5 sources/);
    assert.match(text, /contradicts/);
    assert.match(text, /third/, 'the contradicting sentence from the other source is shown');
    assert.match(text, /command:crossread\.openLocation\?/);
    assert.doesNotMatch(text, /command:(?!crossread\.)/, 'only Crossread commands are linked');

    // The provider's own work: building the card from the index, without the editor round trip.
    const current = await snapshot();
    const id = current.documentByUri.get(editor.document.uri.toString());
    assert.ok(id);
    const offset = editor.document.offsetAt(positionOf(editor.document, 'fourth visit', 2));
    const started = performance.now();
    const rounds = 200;
    for (let i = 0; i < rounds; i++) hoverMarkdown(current, id, offset, 5);
    console.log(`      hover card built from the index in ${((performance.now() - started) / rounds).toFixed(3)} ms on average (${rounds} builds)`);
  });

  it('hover on a person shows the full name, roles per source and mentions per source', async () => {
    const editor = await open(SEED_000);
    await snapshot();
    const text = await hoverText(editor.document, positionOf(editor.document, 'Ushakov confirmed', 2));
    assert.match(text, /Yuri Ushakov/);
    assert.match(text, /Mentioned \d+ times in \d+ sources/);
  });

  it('hover on a date shows the resolved value and how it was resolved', async () => {
    const editor = await open(SEED_000);
    await snapshot();
    const text = await hoverText(editor.document, positionOf(editor.document, 'March 11', 2));
    assert.match(text, /2025-03-11/);
    assert.match(text, /Article date: 2025-03-13/);
  });

  it('hover on a quote shows its speaker and what other sources quote', async () => {
    const editor = await open(SEED_000);
    await snapshot();
    const text = await hoverText(editor.document, positionOf(editor.document, 'temporary respite', 3));
    assert.match(text, /Said by \*\*Yuri Ushakov\*\*/);
    assert.match(text, /No other source quotes this|same wording|different wording/);
  });

  it('shows resolved dates and quote speakers as inlay hints, and a setting turns date hints off', async () => {
    const labelsOf = async (editor: vscode.TextEditor): Promise<string[]> =>
      ((await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0))) ?? []).map((h) =>
        typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''),
      );
    const editor = await open(SEED_000);
    await snapshot();
    const labels = (): Promise<string[]> => labelsOf(editor);
    const all = await labels();
    assert.ok(all.includes('→ 2025-03-11'), `a hint resolves "March 11": ${all.join(' | ')}`);
    // "Ushakov confirmed …, stating, “…”": the name is written beside each quote, so no hint repeats it.
    assert.ok(!all.some((l) => l.startsWith('—')), `no speaker hint where the name is beside the quote: ${all.join(' | ')}`);
    // “territorial issues” follows "he acknowledged": the hint names who "he" is, once.
    const pronoun = await labelsOf(await open(SEED_002));
    assert.deepStrictEqual(pronoun.filter((l) => l.startsWith('—')), ['— Volodymyr Zelensky'], pronoun.join(' | '));
    await open(SEED_000);
    await setSetting('inlayHints.dates', false);
    const withoutDates = await labels();
    assert.ok(!withoutDates.some((l) => l.startsWith('→')), 'no date hints once turned off');
    const pronounWithoutDates = await labelsOf(await open(SEED_002));
    assert.ok(pronounWithoutDates.includes('— Volodymyr Zelensky'));
  });

  it('decorates people, dates, quotes and claims from the index, and the master toggle clears them', async () => {
    const editor = await open(SEED_000);
    const current = await snapshot();
    const analysis = current.articles.find((a) => a.path.endsWith(SEED_000));
    assert.ok(analysis);
    const ranges = decorationRanges(editor.document, analysis, current, readSettings());
    const texts = (list: vscode.Range[]): string[] => list.map((r) => editor.document.getText(r));
    assert.ok(texts(ranges.people).includes('Vladimir Putin'));
    assert.ok(texts(ranges.dates).some((t) => t.includes('March 11')));
    assert.ok(texts(ranges.quotes).some((t) => t.startsWith('Witkoff, as they say')));
    const claimMarks = Object.values(ranges.claims).reduce((n, list) => n + list.length, 0);
    assert.strictEqual(claimMarks, analysis.claims.length, 'every claim is marked');

    const enabled = await vscode.commands.executeCommand<boolean>('crossread.toggleHighlights');
    assert.strictEqual(enabled, false);
    const off = decorationRanges(editor.document, analysis, current, readSettings());
    assert.strictEqual(off.people.length + off.dates.length + off.quotes.length, 0);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('crossread.toggleHighlights'), true);
  });

  it('the Events tree is a timeline: dated incidents in order, mentions grouped by source, background folded away', async () => {
    const { trees } = crossread().exports;
    const { report } = (await snapshot()).lookup;
    const roots = trees.events.getChildren();
    const incidents = roots.filter((n) => n.id.startsWith('event:'));
    const groups = roots.filter((n) => n.id.startsWith('events:'));
    assert.ok(incidents.length > 0);
    const labelOf = (n: (typeof roots)[number]): string => String(typeof n.item.label === 'string' ? n.item.label : n.item.label?.label);
    // The seeds date every event, so the incidents are one dated timeline (that undated events come
    // last is a property of the report, tested on a corpus that has some in test/unit/crossSource.test.ts).
    const dates = incidents.map((n) => labelOf(n).split('  ')[0]);
    assert.deepStrictEqual(dates.filter((d) => d === 'undated'), [], 'every seed event is dated');
    const dated = dates.map((d) => d.replace(/^≈ /, '').replace(/ \((?:inferred|resolved)\)$/, ''));
    assert.deepStrictEqual(dated, [...dated].sort(), 'dated incidents are in time order');
    // An inferred date is marked wherever an event shows it.
    for (const event of report.events.filter((e) => e.date.how === 'inferred')) {
      const node = trees.events.node(`event:${event.id}`);
      assert.ok(node && labelOf(node).startsWith(`≈ ${event.date.value} (inferred)`), `inferred date marked on ${event.label}`);
    }
    // Background happenings (the seeds' 2014 annexation, the 2022 invasion) sit in a folded group of their own.
    const background = groups.find((g) => labelOf(g) === 'Background');
    assert.ok(background, 'a Background group');
    assert.strictEqual(background.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, 'the Background group starts folded');
    assert.ok(trees.events.getChildren(background).some((n) => labelOf(n).startsWith('2014')), 'the 2014 background event is in it');
    // Children are grouped by source: the source once, then its sentences, each opening its place in the article.
    const source = trees.events.getChildren(incidents[0])[0];
    assert.ok(source.id.includes('/source:'), 'an incident lists its sources');
    const mention = trees.events.getChildren(source)[0];
    assert.notStrictEqual(labelOf(mention), labelOf(source), 'the sentence is the item, not the source name repeated');
    assert.strictEqual(mention.item.command?.command, 'crossread.openLocation');
    await vscode.commands.executeCommand(mention.item.command.command, ...((mention.item.command.arguments ?? []) as unknown[]));
    assert.ok(vscode.window.activeTextEditor?.selection.isEmpty === false, 'the mention is selected in its article');
  });

  it('keeps the Witkoff–Putin meetings apart as events of their own, dated and placed where the text allows', async () => {
    const { report } = (await snapshot()).lookup;
    const meetings = report.events.filter((e) => e.participants.includes('steve-witkoff') && e.participants.includes('vladimir-putin'));
    assert.ok(meetings.length >= 3, `at least three meetings: ${meetings.map((e) => `${e.date.value} ${e.label}`).join(' | ')}`);
    const keys = meetings.map((e) => `${e.date.value}|${e.place}`);
    assert.strictEqual(new Set(keys).size, keys.length, 'no two meeting events share date and place');
    const march13 = meetings.find((e) => e.date.value === '2025-03-13');
    assert.ok(march13 && march13.place === 'Moscow', 'the March 13 meeting in Moscow');
    assert.ok(meetings.some((e) => e.place === 'St. Petersburg'), 'the St. Petersburg meeting');
  });

  it('the Events tree follows the editor: it reveals the event of the sentence under the cursor', async () => {
    const { trees } = crossread().exports;
    const current = await snapshot();
    await vscode.commands.executeCommand('crossread.events.focus');
    const event = current.lookup.report.events.find((e) => e.mentions.length > 0);
    assert.ok(event);
    const mention = event.mentions[0];
    const uri = current.uriByDocument.get(mention.document);
    assert.ok(uri);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const position = editor.document.positionAt(mention.start + 1);
    editor.selection = new vscode.Selection(position, position);
    await waitFor('the event to be selected in the tree', () => trees.eventsView.selection.some((n) => n.id.startsWith('event:')));
  });

  it('gives every tree item a unique id (VS Code rejects a tree with duplicates)', async () => {
    const { trees } = crossread().exports;
    await snapshot();
    for (const tree of [trees.events, trees.sources, trees.people]) {
      const ids: string[] = [];
      const walk = (nodes: ReturnType<typeof tree.getChildren>): void => {
        for (const node of nodes) {
          ids.push(String(node.item.id));
          walk(tree.getChildren(node));
        }
      };
      walk(tree.getChildren());
      // An empty tree would pass the uniqueness check without checking anything.
      assert.ok(ids.length > 0, 'the tree has items');
      assert.strictEqual(new Set(ids).size, ids.length);
    }
  });

  it('the Sources and People trees list every article and person', async () => {
    const { trees } = crossread().exports;
    const current = await snapshot();
    assert.strictEqual(trees.sources.getChildren().length, 5);
    const people = trees.people.getChildren();
    assert.strictEqual(people.length, current.lookup.report.people.length);
    const putin = people.find((n) => n.item.label === 'Vladimir Putin');
    assert.ok(putin && trees.people.getChildren(putin).length > 0);
  });

  it('lists contradictions in the Problems panel with related information, and a setting hides them', async () => {
    await snapshot();
    const diagnosticsOf = (name: string): vscode.Diagnostic[] => vscode.languages.getDiagnostics(seedUri(name)).filter((d) => d.source === 'Crossread');
    const contradicted = diagnosticsOf(SEED_001).concat(diagnosticsOf(SEED_002));
    assert.ok(contradicted.length > 0, 'the third/fourth meeting contradiction is listed');
    assert.strictEqual(contradicted[0].severity, vscode.DiagnosticSeverity.Information);
    assert.ok((contradicted[0].relatedInformation ?? []).length > 0);
    await setSetting('problems.enabled', false);
    await waitFor('diagnostics to clear', () => diagnosticsOf(SEED_001).length + diagnosticsOf(SEED_002).length === 0);
  });

  it('goes to the next and previous contradiction, wrapping around the corpus', async () => {
    const current = await snapshot();
    const contradictedAtSelection = (): string | undefined => {
      const editor = vscode.window.activeTextEditor;
      const id = editor && current.documentByUri.get(editor.document.uri.toString());
      const offset = editor?.document.offsetAt(editor.selection.start);
      const claim = current.lookup.report.documents.find((d) => d.id === id)?.claims.find((c) => c.start === offset);
      return claim && (current.lookup.matchesByClaim.get(claim.id) ?? []).some((m) => m.match.relation === 'contradicts') ? claim.id : undefined;
    };
    await open(SEED_000);
    await vscode.commands.executeCommand('crossread.nextContradiction');
    const first = contradictedAtSelection();
    assert.ok(first, 'the selection is a contradicted claim');
    await vscode.commands.executeCommand('crossread.nextContradiction');
    const second = contradictedAtSelection();
    assert.ok(second && second !== first, 'the next one is another contradicted claim');
    await vscode.commands.executeCommand('crossread.previousContradiction');
    assert.strictEqual(contradictedAtSelection(), first, 'previous goes back');
  });

  it('shows the claims matching the current sentence in a Quick Pick, and opens the chosen one', async () => {
    const editor = await open(SEED_002);
    await snapshot();
    const position = positionOf(editor.document, 'fourth visit');
    editor.selection = new vscode.Selection(position, position);
    const picking = vscode.commands.executeCommand('crossread.showClaimMatches');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await picking;
    await waitFor('another article to open at the matching claim', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(SEED_002) === false);
    assert.ok(!vscode.window.activeTextEditor?.selection.isEmpty);
  });

  it('analyses again on request', async () => {
    const before = (await snapshot()).generation;
    const after = await vscode.commands.executeCommand<CorpusSnapshot | undefined>('crossread.refresh');
    assert.ok(after && after.generation >= before && after.articles.length === 5);
  });

  it('exports the report as JSON and never over an article', async () => {
    await snapshot();
    const target = vscode.Uri.joinPath(workspaceRoot(), 'exported-report.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('crossread.exportReport', 'json', target);
    assert.strictEqual(written?.toString(), target.toString());
    const report = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { documents: unknown[] };
    assert.strictEqual(report.documents.length, 5);
    const article = seedUri(SEED_000);
    const before = await vscode.workspace.fs.readFile(article);
    assert.strictEqual(await vscode.commands.executeCommand('crossread.exportReport', 'json', article), undefined);
    assert.deepStrictEqual(await vscode.workspace.fs.readFile(article), before);
    await vscode.workspace.fs.delete(target);
  });

  it('writes the article date into front matter only when asked, without saving, and re-analyses the unsaved text', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'article', content: 'Envoy meets leader\nThe envoy met the leader on Thursday.\n' });
    await vscode.workspace.applyEdit(frontMatterDateEdit(document, '2025-04-25'));
    assert.ok(document.getText().startsWith('---\ndate: 2025-04-25\n---\nEnvoy meets leader'));
    await vscode.workspace.applyEdit(frontMatterDateEdit(document, '2025-04-26'));
    assert.ok(document.getText().startsWith('---\ndate: 2025-04-26\n---\n'));
    // Another key that ends in "date" is left alone; a header without a date gets one before its end.
    const withUpdate = await vscode.workspace.openTextDocument({ language: 'article', content: '---\nupdate: 2024-01-01\nDate: 2020-01-01\ntitle: T\n---\nBody.\n' });
    await vscode.workspace.applyEdit(frontMatterDateEdit(withUpdate, '2025-04-26'));
    assert.strictEqual(withUpdate.getText(), '---\nupdate: 2024-01-01\nDate: 2025-04-26\ntitle: T\n---\nBody.\n');
    const noDate = await vscode.workspace.openTextDocument({ language: 'article', content: '---\r\ntitle: T\r\n---\r\nBody.\r\n' });
    await vscode.workspace.applyEdit(frontMatterDateEdit(noDate, '2025-04-26'));
    assert.strictEqual(noDate.getText(), '---\r\ntitle: T\r\ndate: 2025-04-26\r\n---\r\nBody.\r\n');
    // A rule that opens the body is not a header: a new header goes above it.
    const rule = await vscode.workspace.openTextDocument({ language: 'article', content: '---\nBody text.\n---\n' });
    await vscode.workspace.applyEdit(frontMatterDateEdit(rule, '2025-04-26'));
    assert.strictEqual(rule.getText(), '---\ndate: 2025-04-26\n---\n---\nBody text.\n---\n');

    // The command, given a date and an explicit "write", edits the open article's header; nothing is saved.
    const seed = await open(SEED_001);
    await snapshot();
    const onDisk = await vscode.workspace.fs.readFile(seed.document.uri);
    assert.strictEqual(await vscode.commands.executeCommand('crossread.setArticleDate', 'not a date', { write: true }), false);
    assert.strictEqual(await vscode.commands.executeCommand('crossread.setArticleDate', '2025-04-24', { write: true }), true);
    assert.ok(seed.document.getText().startsWith('---\ndate: 2025-04-24\n---\nPutin, Witkoff'));
    assert.ok(seed.document.isDirty);
    assert.deepStrictEqual(await vscode.workspace.fs.readFile(seed.document.uri), onDisk, 'the file itself is untouched until the user saves');
    // The unsaved edit counts: the article is now dated, and its relative dates resolve against it.
    await waitFor('the new date to be analysed', async () => (await snapshot()).articles.find((a) => a.path.endsWith(SEED_001))?.referenceDate.value === '2025-04-24' || undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('follows files being added and deleted', async () => {
    const added = vscode.Uri.joinPath(workspaceRoot(), 'seeds', 'zz_added_story.txt');
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode('Envoy returns to Moscow\nThe envoy returned to Moscow on Friday, officials said.\n'));
    const inCorpus = async (): Promise<boolean> => (await snapshot()).uriByDocument.get('zz_added_story')?.toString() === added.toString();
    await waitFor('the new article to be analysed', inCorpus, 20_000);
    await vscode.workspace.fs.delete(added);
    await waitFor('the deleted article to leave the corpus', async () => !(await inCorpus()), 20_000);
  });
});
