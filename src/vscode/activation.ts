/**
 * When the extension starts reading the corpus: at once when an article is open or a workspace file
 * matches the include globs, else when one appears. Activation itself only registers (issue 12:
 * activation stays cheap in any workspace, including one without articles).
 */
import * as vscode from 'vscode';
import { affectsSetting } from './config';
import { ARTICLE_LANGUAGE_ID } from './constants';
import type { CorpusService } from './corpusService';

/** How activation went (issue 12: activation must stay cheap in any workspace). */
export interface ActivationInfo {
  /** Milliseconds `activate` took (registrations only: no search, no analysis). */
  activateMs: number;
  /** Milliseconds the first search for an article file took (after `activate` returned), once done. */
  firstCheckMs?: number;
  /** Why the corpus was started, once it is: an open article, or a file the include globs match. */
  startedBy?: 'article document' | 'workspace files';
  /** Whether the first search found a file the include globs match, once it is done. */
  filesFound?: boolean;
}

/**
 * Starts the corpus at once when an article is open or a workspace file matches the include globs
 * (one search per glob, limit 1); else waits for an article to be opened, the include globs to
 * change, or a folder to be added.
 */
export function registerCorpusStart(corpus: CorpusService, activation: ActivationInfo, log: vscode.LogOutputChannel): { disposable: vscode.Disposable; firstCheck: Promise<void> } {
  const listeners: vscode.Disposable[] = [];
  const start = (by: NonNullable<ActivationInfo['startedBy']>): void => {
    if (corpus.isStarted) return;
    activation.startedBy = by;
    log.info(`reading the corpus (${by})`);
    void corpus.start();
    for (const listener of listeners.splice(0)) listener.dispose();
  };
  const check = async (): Promise<void> => {
    if (corpus.isStarted) return;
    if (vscode.workspace.textDocuments.some((d) => d.languageId === ARTICLE_LANGUAGE_ID)) return start('article document');
    const searched = performance.now();
    const found = await corpus.hasArticleFiles();
    activation.firstCheckMs ??= performance.now() - searched;
    activation.filesFound ??= found;
    if (found) start('workspace files');
  };
  listeners.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId === ARTICLE_LANGUAGE_ID) start('article document');
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSetting(event, 'corpus')) void check();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void check()),
  );
  const firstCheck = check().catch((error: unknown) => log.error(`could not look for article files: ${String(error)}`));
  return {
    disposable: {
      dispose: () => {
        for (const listener of listeners.splice(0)) listener.dispose();
      },
    },
    firstCheck,
  };
}
