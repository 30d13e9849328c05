import * as vscode from 'vscode';
import type { ArticleInput } from '../core';
import { decodeArticleBytes, type Report } from '../core/view';
import { loadEngine } from '../node/loadEngine';

export interface ReadProblem {
  uri: vscode.Uri;
  reason: string;
}

/** Paths as the CLI shows them: relative to the workspace folder when inside one. */
function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/**
 * Reads articles through VS Code's file system (so remote and virtual workspaces work), using the
 * open document's text where it is open so that unsaved edits count. Reads only.
 */
export async function readArticles(uris: readonly vscode.Uri[]): Promise<{ articles: ArticleInput[]; problems: ReadProblem[] }> {
  const articles: ArticleInput[] = [];
  const problems: ReadProblem[] = [];
  for (const uri of uris) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      articles.push({ path: displayPath(uri), text: open.getText() });
      continue;
    }
    const read = await readArticleFile(uri);
    if ('text' in read) articles.push({ path: displayPath(uri), text: read.text });
    else problems.push({ uri, reason: read.problem });
  }
  return { articles, problems };
}

/** One article file's text through VS Code's file system, or why it cannot be read. */
export async function readArticleFile(uri: vscode.Uri): Promise<{ text: string } | { problem: string }> {
  try {
    // A FIFO or a device named like an article would block the read or never end: only regular files are read.
    if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File)) return { problem: 'it is not a regular file (a named pipe, socket or device)' };
    const decoded = decodeArticleBytes(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { text: decoded.text } : { problem: decoded.reason };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Analyses the given files as one corpus, exactly as `crossread analyze` would. */
export async function analyzeFiles(uris: readonly vscode.Uri[]): Promise<{ report: Report; problems: ReadProblem[] }> {
  const { articles, problems } = await readArticles(uris);
  return { report: loadEngine().analyzeCorpus(articles), problems };
}
