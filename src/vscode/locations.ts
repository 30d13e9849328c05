import * as vscode from 'vscode';
import { COMMANDS } from './constants';
import type { CorpusSnapshot } from './corpusService';

/** A place in an article: what tree items, Quick Picks and hover links open. */
export interface ArticleLocation {
  document: string;
  start: number;
  end: number;
}

/** Short one-line excerpt of an article span for labels. */
export function excerpt(snapshot: CorpusSnapshot, location: ArticleLocation, max = 90): string {
  const analysis = snapshot.articleById.get(location.document);
  const text = (analysis?.article.text.slice(location.start, location.end) ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** The command that opens `location` (used by tree items and Quick Picks). */
export function openCommand(snapshot: CorpusSnapshot, location: ArticleLocation): vscode.Command | undefined {
  const uri = snapshot.uriByDocument.get(location.document);
  if (!uri) return undefined;
  return { command: COMMANDS.openLocation, title: 'Open', arguments: [uri.toString(), location.start, location.end] };
}

/**
 * `crossread.openLocation(uri, start, end)`: opens an article and selects the span. Offsets are
 * the engine's; the document converts them, so CRLF files land on the right words.
 */
export function registerOpenLocationCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openLocation, async (uri: string | vscode.Uri, start: number, end: number, options?: { preserveFocus?: boolean }) => {
    const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    const document = await vscode.workspace.openTextDocument(target);
    const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
    const editor = await vscode.window.showTextDocument(document, { selection, preserveFocus: options?.preserveFocus ?? false, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  });
}
