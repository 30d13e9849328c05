import * as vscode from 'vscode';
import type { Report } from './core';
import { createCorpusAnalyzer } from './node/corpusAnalyzer';
import { registerCommands } from './vscode/commands';
import { readSettings } from './vscode/config';
import { CorpusService, type CorpusSnapshot } from './vscode/corpusService';
import { analyzeFiles } from './vscode/corpusReader';
import { registerDecorations } from './vscode/decorations';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerEventsTree, type EventsTree } from './vscode/eventsTree';
import type { TreeNode } from './vscode/treeBase';
import { registerHoverProvider } from './vscode/hover';
import { registerInlayHints } from './vscode/inlayHints';
import { registerOpenLocationCommand } from './vscode/locations';
import { registerPeopleTree, type PeopleTree } from './vscode/peopleTree';
import { registerReadAsArticleCommand } from './vscode/readAsArticle';
import { registerSourcesTree, type SourcesTree } from './vscode/sourcesTree';
import { registerBadge, registerStatusBar } from './vscode/statusBar';
import type { CrossreadSettings } from './vscode/settingsSchema';

/** What the extension offers other extensions and the integration tests. */
export interface CrossreadApi {
  /** Runs the engine on the given files as one corpus (the same report as `crossread analyze`). */
  analyzeFiles(uris: readonly vscode.Uri[]): Promise<Report>;
  /** The current analysis of the workspace's corpus, after any pending analysis has finished. */
  whenIdle(): Promise<CorpusSnapshot | undefined>;
  /** The data behind Crossread's views, for tests and for extensions that build on Crossread. */
  trees: { events: EventsTree; sources: SourcesTree; people: PeopleTree; eventsView: vscode.TreeView<TreeNode> };
  /** Crossread's settings as the extension reads them, with this window's "Toggle Highlights" applied. */
  settings(scope?: vscode.ConfigurationScope): CrossreadSettings;
}

export function activate(context: vscode.ExtensionContext): CrossreadApi {
  const log = vscode.window.createOutputChannel('Crossread', { log: true });
  // Analyses persist in the extension's global storage (node/analysisCache.ts): reopening a large workspace reads them.
  const corpus = new CorpusService(createCorpusAnalyzer(context.extensionPath, log, context.globalStorageUri.fsPath), log);
  const events = registerEventsTree(corpus);
  const sources = registerSourcesTree(corpus);
  const people = registerPeopleTree(corpus);
  context.subscriptions.push(
    log,
    corpus,
    registerReadAsArticleCommand(),
    registerOpenLocationCommand(),
    registerCommands(corpus),
    registerStatusBar(corpus),
    registerBadge(corpus, events.view),
    registerDecorations(context, corpus),
    registerInlayHints(corpus),
    registerHoverProvider(corpus, log),
    registerDiagnostics(corpus),
    events.disposable,
    sources.disposable,
    people.disposable,
    corpus.onDidChange((snapshot) =>
      log.info(`analysed ${snapshot.articles.length} articles in ${snapshot.durationMs} ms (generation ${snapshot.generation})`),
    ),
  );
  void corpus.start();
  return {
    analyzeFiles: async (uris) => (await analyzeFiles(uris)).report,
    whenIdle: () => corpus.whenIdle(),
    trees: { events: events.tree, sources: sources.tree, people: people.tree, eventsView: events.view },
    settings: (scope) => readSettings(scope),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
