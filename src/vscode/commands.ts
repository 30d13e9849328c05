import * as vscode from 'vscode';
import { countOf, documentOfClaim, parseFrontMatter, renderMarkdown, spansAt, matchSummary } from '../core';
import { readSettings } from './config';
import { COMMANDS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { excerpt } from './locations';
import { CONFIGURATION_SECTION, type SettingKey } from './settingsSchema';

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

/** The contradiction after (or before) the cursor, wrapping around the corpus. */
export function neighbourContradiction(snapshot: CorpusSnapshot, here: { document: string; offset: number } | undefined, direction: 1 | -1): ClaimRef | undefined {
  const all = contradictedClaims(snapshot);
  if (!all.length) return undefined;
  if (!here) return direction === 1 ? all[0] : all[all.length - 1];
  const order = new Map(snapshot.lookup.report.documents.map((d, i) => [d.id, i]));
  const key = (document: string, offset: number): number => (order.get(document) ?? 0) * 1e9 + offset;
  const at = key(here.document, here.offset);
  if (direction === 1) return all.find((r) => key(r.document, r.start) > at) ?? all[0];
  return [...all].reverse().find((r) => key(r.document, r.end) < at) ?? all[all.length - 1];
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

async function goToContradiction(corpus: CorpusService, direction: 1 | -1): Promise<void> {
  const snapshot = await ready(corpus);
  if (!snapshot) return;
  const target = neighbourContradiction(snapshot, hereOf(corpus), direction);
  if (!target) {
    void vscode.window.showInformationMessage('Crossread: no contradictions between the sources.');
    return;
  }
  await openRef(snapshot, target);
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
  const matches = snapshot.lookup.matchesByClaim.get(id) ?? [];
  if (!matches.length) {
    void vscode.window.showInformationMessage('Crossread: only this source reports this.');
    return;
  }
  type Item = vscode.QuickPickItem & { ref: ClaimRef };
  const items: Item[] = matches.flatMap(({ match, other }) => {
    const otherClaim = snapshot.lookup.claimById.get(other);
    const doc = snapshot.lookup.documentById.get(documentOfClaim(other));
    if (!otherClaim) return [];
    const icon = match.relation === 'contradicts' ? '$(warning)' : match.relation === 'updates' ? '$(history)' : match.relation === 'agrees' ? '$(check)' : '$(link)';
    return [
      {
        label: `${icon} ${match.relation} · ${withoutIcons(doc?.source ?? doc?.title ?? documentOfClaim(other))}`,
        description: `${doc?.referenceDate.value ?? ''} · score ${match.score.toFixed(2)}`,
        detail: withoutIcons(`${otherClaim.text}${match.relation === 'contradicts' || match.relation === 'updates' ? `  —  ${matchSummary(match)}` : ''}`),
        ref: { document: documentOfClaim(other), claim: other, start: otherClaim.start, end: otherClaim.end },
      },
    ];
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: `What the other sources say: ${excerpt(snapshot, { document: documentOfClaim(id), start: claim.start, end: claim.end }, 70)}`,
    placeHolder: `${countOf(items.length, 'matching claim')} — choose one to open it`,
    matchOnDetail: true,
  });
  if (picked) await openRef(snapshot, picked.ref);
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
  const content = chosen === 'json' ? JSON.stringify(snapshot.lookup.report, null, 2) + '\n' : renderMarkdown(snapshot.lookup.report);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`Crossread: report exported to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}

const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date at year, month or day precision that exists ("2025-02-31" does not). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined) return true;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
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
 * "Set Article Date…": asks for the date, then for confirmation, and only then edits the front
 * matter (in the editor; nothing is saved). Called with a date and `{ write: true }` (from a
 * keybinding or a script), the caller has already asked, so neither prompt is shown.
 */
async function setArticleDate(corpus: CorpusService, given?: unknown, options?: { write?: boolean }): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && corpus.analysisFor(editor.document);
  if (!editor || !analysis) {
    void vscode.window.showInformationMessage('Crossread: open an article first.');
    return false;
  }
  if (typeof given === 'string' && options?.write === true) {
    if (!isCalendarDate(given.trim())) {
      void vscode.window.showErrorMessage(`Crossread: "${given}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY).`);
      return false;
    }
    return vscode.workspace.applyEdit(frontMatterDateEdit(editor.document, given.trim()));
  }
  const current = analysis.referenceDate;
  const date = await vscode.window.showInputBox({
    title: 'Set the article’s date',
    prompt: current.value
      ? `Now ${current.value} (${current.source === 'header' ? 'from the front matter' : 'inferred from the text'}). Relative dates ("Thursday", "yesterday") are resolved against it.`
      : 'The date is unknown, so relative dates ("Thursday", "yesterday") are left unresolved.',
    placeHolder: 'YYYY-MM-DD',
    value: current.value ?? '',
    validateInput: (value) => (isCalendarDate(value.trim()) ? undefined : 'Use a real date: YYYY-MM-DD (or YYYY-MM, or YYYY)'),
  });
  if (!date) return false;
  const confirm = await vscode.window.showWarningMessage(
    `Write "date: ${date.trim()}" into the front matter of ${vscode.workspace.asRelativePath(editor.document.uri)}? The change is made in the editor; nothing is saved until you save.`,
    { modal: true },
    'Write Front Matter',
  );
  if (confirm !== 'Write Front Matter') return false;
  return vscode.workspace.applyEdit(frontMatterDateEdit(editor.document, date.trim()));
}

async function toggleHighlights(): Promise<boolean> {
  // Scoped to the active article, so a folder-level setting can be read and written.
  const scope = vscode.window.activeTextEditor?.document.uri;
  const config = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, scope);
  const enabled = !readSettings(scope).highlights.enabled;
  const key: SettingKey = 'highlights.enabled';
  const inspected = config.inspect<boolean>(key);
  // Flip it where it is set, so a workspace setting is not silently shadowed by a user one.
  const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(key, enabled, target);
  void vscode.window.showInformationMessage(`Crossread highlights ${enabled ? 'on' : 'off'}.`);
  return enabled;
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
    vscode.commands.registerCommand(COMMANDS.setArticleDate, (date?: unknown, options?: { write?: boolean }) => setArticleDate(corpus, date, options)),
    vscode.commands.registerCommand(COMMANDS.toggleHighlights, toggleHighlights),
    vscode.commands.registerCommand(COMMANDS.refresh, () => {
      corpus.schedule(0);
      return corpus.whenIdle();
    }),
  );
}
