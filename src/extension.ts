import * as vscode from 'vscode';
import type { Report } from './core';
import { registerCommands } from './vscode/commands';
import { CorpusService, type CorpusSnapshot } from './vscode/corpusService';
import { analyzeFiles } from './vscode/corpusReader';
import { registerDecorations } from './vscode/decorations';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerEventsTree } from './vscode/eventsTree';
import { registerHoverProvider } from './vscode/hover';
import { registerInlayHints } from './vscode/inlayHints';
import { registerOpenLocationCommand } from './vscode/locations';
import { registerPeopleTree } from './vscode/peopleTree';
import { registerReadAsArticleCommand } from './vscode/readAsArticle';
import { registerSourcesTree } from './vscode/sourcesTree';
import { registerStatusBar } from './vscode/statusBar';

/** What the extension offers other extensions and the integration tests. */
export interface CrossreadApi {
  /** Runs the engine on the given files as one corpus (the same report as `crossread analyze`). */
  analyzeFiles(uris: readonly vscode.Uri[]): Promise<Report>;
  /** The current analysis of the workspace's corpus, after any pending analysis has finished. */
  whenIdle(): Promise<CorpusSnapshot | undefined>;
}

export function activate(context: vscode.ExtensionContext): CrossreadApi {
  const log = vscode.window.createOutputChannel('Crossread', { log: true });
  const corpus = new CorpusService();
  const events = registerEventsTree(corpus);
  context.subscriptions.push(
    log,
    corpus,
    registerReadAsArticleCommand(),
    registerOpenLocationCommand(),
    registerCommands(corpus),
    registerStatusBar(corpus),
    registerDecorations(context, corpus),
    registerInlayHints(corpus),
    registerHoverProvider(corpus, log),
    registerDiagnostics(corpus),
    events.disposable,
    registerSourcesTree(corpus),
    registerPeopleTree(corpus),
    corpus.onDidChange((snapshot) =>
      log.info(`analysed ${snapshot.articles.length} articles in ${snapshot.durationMs} ms (generation ${snapshot.generation})`),
    ),
  );
  void corpus.start();
  return {
    analyzeFiles: async (uris) => (await analyzeFiles(uris)).report,
    whenIdle: () => corpus.whenIdle(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
