import * as vscode from 'vscode';
import { conflictLine, documentOfClaim, parseFrontMatter, renderMarkdown, spansAt, matchSummary } from '../core/view';
import { readSettings, toggleWindowHighlights } from './config';
import { COMMANDS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { parseArticleDateInput } from './articleDateInput';
import { mostCommonYear, readableDate } from './dateText';
import { excerpt } from './locations';
import { labelOf, snapshotLabels, writeSourceLabel } from './sourceLabels';
import { claimListGroups, claimListSummary, claimSources } from './claimSources';

/** Quick Picks render `$(name)` as icons: article text must not be able to. */
function withoutIcons(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(');
}

interface ClaimRef {
  document: string;
  claim: string;
  start: number;
  end: number;
}

/** Every contradicted claim of the corpus in reading order: document order, then offset. */
export function contradictedClaims(snapshot: CorpusSnapshot): ClaimRef[] {
  const refs: ClaimRef[] = [];
  for (const doc of snapshot.lookup.report.documents) {
    for (const claim of doc.claims) {
      if ((snapshot.lookup.matchesByClaim.get(claim.id) ?? []).some((m) => m.match.relation === 'contradicts')) {
        refs.push({ document: doc.id, claim: claim.id, start: claim.start, end: claim.end });
      }
    }
  }
  return refs;
}

/**
 * The contradiction of `all` (the corpus's, in order) after (or before) the cursor, wrapping around;
 * `wrapped` says whether it went past the corpus's end (or start) to get there.
 */
function neighbourContradiction(snapshot: CorpusSnapshot, all: readonly ClaimRef[], here: { document: string; offset: number } | undefined, direction: 1 | -1): { ref: ClaimRef; wrapped: boolean } | undefined {
  if (!all.length) return undefined;
  if (!here) return { ref: direction === 1 ? all[0] : all[all.length - 1], wrapped: false };
  const order = new Map(snapshot.lookup.report.documents.map((d, i) => [d.id, i]));
  const key = (document: string, offset: number): number => (order.get(document) ?? 0) * 1e9 + offset;
  const at = key(here.document, here.offset);
  const found = direction === 1 ? all.find((r) => key(r.document, r.start) > at) : [...all].reverse().find((r) => key(r.document, r.end) < at);
  if (found) return { ref: found, wrapped: false };
  return { ref: direction === 1 ? all[0] : all[all.length - 1], wrapped: true };
}

function hereOf(corpus: CorpusService): { document: string; offset: number } | undefined {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && corpus.analysisFor(editor.document);
  return editor && analysis ? { document: analysis.id, offset: editor.document.offsetAt(editor.selection.active) } : undefined;
}

async function ready(corpus: CorpusService): Promise<CorpusSnapshot | undefined> {
  const snapshot = await corpus.whenIdle();
  if (!snapshot || !snapshot.articles.length) {
    void vscode.window.showInformationMessage('Crossread: there are no articles in this workspace yet. Open a folder of articles, or run "Crossread: Read as Article" on a text file.');
    return undefined;
  }
  return snapshot;
}

function openRef(snapshot: CorpusSnapshot, ref: { document: string; start: number; end: number }): Thenable<unknown> {
  const uri = snapshot.uriByDocument.get(ref.document);
  return uri ? vscode.commands.executeCommand(COMMANDS.openLocation, uri.toString(), ref.start, ref.end) : Promise.resolve();
}

/** The first contradiction of a claim in one line, as the Problems panel words it. */
function contradictionMessage(snapshot: CorpusSnapshot, claimId: string): string {
  const first = (snapshot.lookup.matchesByClaim.get(claimId) ?? []).find((m) => m.match.relation === 'contradicts');
  return first ? conflictLine(first.match, claimId, labelOf(snapshot, documentOfClaim(first.other))) : '';
}

/**
 * Goes to the next (or previous) contradicted sentence of the corpus, wrapping around; shows its
 * message inline (VS Code's own problem widget, as F8 does, when the Problems entry is there) and
 * "Contradiction n of N" in the status bar. Returns where it went, for keybindings and tests.
 */
async function goToContradiction(corpus: CorpusService, direction: 1 | -1): Promise<{ index: number; total: number; message: string; wrapped: boolean } | undefined> {
  const snapshot = await ready(corpus);
  if (!snapshot) return undefined;
  const all = contradictedClaims(snapshot);
  const found = neighbourContradiction(snapshot, all, hereOf(corpus), direction);
  if (!found) {
    void vscode.window.setStatusBarMessage('$(check) Crossread: no contradictions between the sources', 4000);
    return undefined;
  }
  const target = found.ref;
  const index = all.findIndex((ref) => ref.claim === target.claim);
  const message = contradictionMessage(snapshot, target.claim);
  const uri = snapshot.uriByDocument.get(target.document);
  if (!uri) return undefined;
  // The cursor at the sentence's start, inside its Problems entry, where the problem widget opens.
  await vscode.commands.executeCommand(COMMANDS.openLocation, uri.toString(), target.start, target.start);
  if (readSettings().problems.enabled) {
    // VS Code's problem widget, started afresh from the cursor: it opens on the entry that contains it.
    await vscode.commands.executeCommand('closeMarkersNavigation');
    await vscode.commands.executeCommand('editor.action.marker.next');
  }
  void vscode.window.setStatusBarMessage(`$(warning) Crossread: contradiction ${index + 1} of ${all.length}${found.wrapped ? (direction === 1 ? ' (from the top)' : ' (from the bottom)') : ''} — ${message}`, 8000);
  return { index: index + 1, total: all.length, message, wrapped: found.wrapped };
}

async function showClaimMatches(corpus: CorpusService, claimId?: string): Promise<void> {
  const snapshot = await ready(corpus);
  if (!snapshot) return;
  let id = claimId;
  if (!id) {
    const here = hereOf(corpus);
    id = here && spansAt(snapshot.lookup, here.document, here.offset).claim?.id;
  }
  const claim = id ? snapshot.lookup.claimById.get(id) : undefined;
  if (!id || !claim) {
    void vscode.window.showInformationMessage('Crossread: put the cursor in a sentence of an article to see what the other sources say about it.');
    return;
  }
  // The card's reading of the matches: its "Show all N other sources" opens these N sources first.
  const sources = claimSources(snapshot.lookup, id);
  const groups = claimListGroups(sources);
  if (!groups.length) {
    void vscode.window.showInformationMessage('Crossread: only this source reports this.');
    return;
  }
  type Item = vscode.QuickPickItem & { ref?: ClaimRef };
  const items: Item[] = groups.flatMap(({ heading, sentences }) => [
    { label: heading, kind: vscode.QuickPickItemKind.Separator },
    ...sentences.flatMap(({ claim: other, document, match }): Item[] => {
      const otherClaim = snapshot.lookup.claimById.get(other);
      const doc = snapshot.lookup.documentById.get(document);
      if (!otherClaim) return [];
      // A copy of the sentence in a reprint of its own article has no match: it is the same sentence.
      const relation = match?.relation ?? 'reprint';
      const icon = relation === 'contradicts' ? '$(warning)' : relation === 'updates' ? '$(history)' : relation === 'agrees' ? '$(check)' : relation === 'related' ? '$(link)' : '$(copy)';
      const differs = match && (match.relation === 'contradicts' || match.relation === 'updates');
      return [
        {
          label: `${icon} ${relation} · ${withoutIcons(labelOf(snapshot, document))}`,
          description: doc?.referenceDate.value ? readableDate(doc.referenceDate.value) : '',
          detail: withoutIcons(`${otherClaim.text}${differs ? `  —  ${matchSummary(match)}` : ''}`),
          ref: { document, claim: other, start: otherClaim.start, end: otherClaim.end },
        },
      ];
    }),
  ]);
  const picked = await vscode.window.showQuickPick(items, {
    title: `What the other sources say: ${excerpt(snapshot, { document: documentOfClaim(id), start: claim.start, end: claim.end }, 70)}`,
    placeHolder: `${claimListSummary(sources)} — choose one to open it`,
    matchOnDetail: true,
  });
  if (picked?.ref) await openRef(snapshot, picked.ref);
}

async function exportReport(corpus: CorpusService, format?: 'markdown' | 'json', destination?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const snapshot = await ready(corpus);
  if (!snapshot) return undefined;
  const chosen =
    format ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'Markdown', description: 'a report to share', format: 'markdown' as const },
          { label: 'JSON', description: 'the public report format, for tools', format: 'json' as const },
        ],
        { title: 'Export the Crossread report as' },
      )
    )?.format;
  if (!chosen) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = destination ?? await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, chosen === 'json' ? 'crossread-report.json' : 'crossread-report.md') : undefined,
    filters: chosen === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
    saveLabel: 'Export',
  });
  if (!target) return undefined;
  if ([...snapshot.uriByDocument.values()].some((uri) => uri.toString() === target.toString())) {
    void vscode.window.showErrorMessage('Crossread never writes over an article: choose another file for the report.');
    return undefined;
  }
  const content = chosen === 'json' ? JSON.stringify(snapshot.lookup.report, null, 2) + '\n' : renderMarkdown(snapshot.lookup.report, { sourceLabels: readSettings().sources.labels });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  // Show what was written: the report opens beside the article (Markdown as its preview).
  if (chosen === 'markdown') await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
  else await vscode.window.showTextDocument(target, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  return target;
}

/**
 * The edit that sets `date:` in the front matter of `document`, creating the header if needed.
 * The header is read by the engine's own parser, so the edit lands exactly where the engine reads.
 */
export function frontMatterDateEdit(document: vscode.TextDocument, date: string): vscode.WorkspaceEdit {
  const text = document.getText();
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  const header = parseFrontMatter(text);
  const value = header?.valueSpans.date;
  if (header && value) {
    // An empty `date:` gets a space before the value, as the other fields have.
    const replacement = value.start === value.end && text[value.start - 1] === ':' ? ` ${date}` : date;
    edit.replace(document.uri, new vscode.Range(document.positionAt(value.start), document.positionAt(value.end)), replacement);
  } else if (header) {
    // Before the closing fence: the start of the header's last line.
    let fenceEnd = header.end;
    if (text[fenceEnd - 1] === '\n') fenceEnd--;
    if (text[fenceEnd - 1] === '\r') fenceEnd--;
    const fenceStart = text.lastIndexOf('\n', fenceEnd - 1) + 1;
    edit.insert(document.uri, document.positionAt(fenceStart), `date: ${date}${eol}`);
  } else edit.insert(document.uri, new vscode.Position(0, 0), `---${eol}date: ${date}${eol}---${eol}`);
  return edit;
}

/**
 * "Set Article Date…": asks once for the date (in any form the date reader knows) and writes it
 * into the front matter, in the editor (nothing is saved). Called with a date (from a keybinding,
 * a script or a test), it asks nothing.
 */
async function setArticleDate(corpus: CorpusService, given?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && corpus.analysisFor(editor.document);
  if (!editor || !analysis) {
    void vscode.window.showInformationMessage('Crossread: open an article first.');
    return false;
  }
  const current = analysis.referenceDate;
  // A day written without its year ("April 25") takes the article's year; for an undated article
  // the year most of the corpus's articles are dated in (the story's), and only without any, the clock's.
  const corpusYear = (): number | undefined => mostCommonYear(corpus.snapshot?.lookup.report.documents.map((d) => d.referenceDate.value) ?? []);
  const year = Number((current.value ?? '').slice(0, 4)) || corpusYear() || new Date().getFullYear();
  if (typeof given === 'string') {
    const value = parseArticleDateInput(given, year);
    if (!value) {
      void vscode.window.showErrorMessage(`Crossread: "${given}" is not a date Crossread can read (for example 2025-04-25 or April 25, 2025).`);
      return false;
    }
    return vscode.workspace.applyEdit(frontMatterDateEdit(editor.document, value));
  }
  const input = await vscode.window.showInputBox({
    title: 'Set the article’s date (written into its front matter, not saved)',
    prompt: current.value
      ? `Now ${readableDate(current.value)} (${current.source === 'header' ? 'from the front matter' : 'inferred from the text'}). Relative dates ("Thursday", "yesterday") are counted from it.`
      : 'The date is unknown, so relative dates ("Thursday", "yesterday") are left open.',
    placeHolder: 'April 25, 2025 · 2025-04-25 · 25 April',
    value: current.value ?? '',
    validateInput: (value) => {
      const parsed = parseArticleDateInput(value, year);
      return parsed ? { message: `Writes date: ${parsed} (${readableDate(parsed)})`, severity: vscode.InputBoxValidationSeverity.Info } : 'Not a date Crossread can read: try 2025-04-25 or April 25, 2025';
    },
  });
  const value = input === undefined ? undefined : parseArticleDateInput(input, year);
  if (!value) return false;
  return vscode.workspace.applyEdit(frontMatterDateEdit(editor.document, value));
}

/** "Toggle Highlights": hides or shows the highlights in this window, silently (no setting is written). */
function toggleHighlights(): boolean {
  return toggleWindowHighlights();
}

/** The document id a "Rename Source…" invocation is about: an argument (id, Sources view item, file), else the active article. */
function sourceToRename(corpus: CorpusService, snapshot: CorpusSnapshot, argument: unknown): string | undefined {
  if (typeof argument === 'string' && snapshot.lookup.documentById.has(argument)) return argument;
  if (argument instanceof vscode.Uri) return snapshot.documentByUri.get(argument.toString());
  // A Sources view item: its node id is "source:<document id>".
  const nodeId = typeof argument === 'object' && argument !== null && 'id' in argument ? (argument).id : undefined;
  if (typeof nodeId === 'string' && nodeId.startsWith('source:') && snapshot.lookup.documentById.has(nodeId.slice(7))) return nodeId.slice(7);
  const editor = vscode.window.activeTextEditor;
  return editor ? corpus.analysisFor(editor.document)?.id : undefined;
}

/**
 * "Rename Source…": a reader's own name for a source, written to `crossread.sources.labels` (the
 * article is never edited). With a document and a label as arguments it asks nothing; an empty
 * label goes back to the outlet or headline.
 */
async function renameSource(corpus: CorpusService, argument?: unknown, givenLabel?: unknown): Promise<string | undefined> {
  const snapshot = await ready(corpus);
  if (!snapshot) return undefined;
  let documentId = sourceToRename(corpus, snapshot, argument);
  const labels = snapshotLabels(snapshot);
  if (!documentId) {
    const picked = await vscode.window.showQuickPick(
      snapshot.lookup.report.documents.map((doc) => ({ label: withoutIcons(labels.get(doc.id) ?? doc.id), description: doc.id, id: doc.id })),
      { title: 'Rename which source?' },
    );
    documentId = picked?.id;
  }
  if (!documentId) return undefined;
  const label =
    typeof givenLabel === 'string'
      ? givenLabel
      : await vscode.window.showInputBox({
          // Named as every surface names it, with its file, which a label such as "Source 3" does not say.
          title: `Rename source “${withoutIcons(labels.get(documentId) ?? documentId)}” (${withoutIcons(snapshot.lookup.documentById.get(documentId)?.path.split('/').pop() ?? documentId)})`,
          prompt: 'The name shown for this source in hovers, Problems and the views (a workspace setting; the article is not edited). Leave empty for the outlet or headline.',
          value: labels.get(documentId) ?? '',
        });
  if (label === undefined) return undefined;
  await writeSourceLabel(documentId, label);
  return labelOf(snapshot, documentId);
}

export function registerCommands(corpus: CorpusService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.nextContradiction, () => goToContradiction(corpus, 1)),
    vscode.commands.registerCommand(COMMANDS.previousContradiction, () => goToContradiction(corpus, -1)),
    vscode.commands.registerCommand(COMMANDS.showClaimMatches, (claimId?: string) => showClaimMatches(corpus, typeof claimId === 'string' ? claimId : undefined)),
    // Arguments (for keybindings and scripts): a format, and a destination that skips the save dialog.
    vscode.commands.registerCommand(COMMANDS.exportReport, (format?: unknown, destination?: unknown) =>
      exportReport(corpus, format === 'json' || format === 'markdown' ? format : undefined, destination instanceof vscode.Uri ? destination : undefined),
    ),
    vscode.commands.registerCommand(COMMANDS.setArticleDate, (date?: unknown) => setArticleDate(corpus, date)),
    vscode.commands.registerCommand(COMMANDS.toggleHighlights, toggleHighlights),
    vscode.commands.registerCommand(COMMANDS.renameSource, (source?: unknown, label?: unknown) => renameSource(corpus, source, label)),
    vscode.commands.registerCommand(COMMANDS.refresh, () => {
      corpus.schedule(0);
      return corpus.whenIdle();
    }),
  );
}
