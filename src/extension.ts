import * as vscode from 'vscode';
import type { Report } from './core/view';
import { createCorpusAnalyzer, type CorpusAnalyzer } from './node/corpusAnalyzer';
import { registerCommands } from './vscode/commands';
import { readSettings } from './vscode/config';
import { CorpusService, type CorpusSnapshot } from './vscode/corpusService';
import { analyzeFiles } from './vscode/corpusReader';
import { decorationHoldings, registerDecorations, type DecorationHoldings } from './vscode/decorations';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerEventsTree, type EventsTree } from './vscode/eventsTree';
import type { TreeNode } from './vscode/treeBase';
import { listenerCounts, type ListenerCounts } from './vscode/holdings';
import { registerHoverProvider } from './vscode/hover';
import { registerInlayHints } from './vscode/inlayHints';
import { registerOpenLocationCommand } from './vscode/locations';
import { registerPeopleTree, type PeopleTree } from './vscode/peopleTree';
import { registerReadAsArticleCommand } from './vscode/readAsArticle';
import { registerArticleLanguage } from './vscode/articleLanguage';
import { registerSourcesTree, type SourcesTree } from './vscode/sourcesTree';
import { registerBadge, registerStatusBar } from './vscode/statusBar';
import type { CrossreadSettings } from './vscode/settingsSchema';
import { registerCorpusStart, type ActivationInfo } from './vscode/activation';

/** What the extension holds that could grow while a reader works, for the stability tests (issue 13). */
export interface CrossreadHoldings {
  /** Disposables the extension handed to VS Code at activation. */
  subscriptions: number;
  listeners: ListenerCounts;
  decorations: DecorationHoldings;
  corpus: { workspaceFiles: number; diskTexts: number; verifiedVersions: number };
}

/**
 * The engine's analyzer, created on the first analysis: its worker thread is not started in a
 * workspace that has no articles.
 */
function lazyAnalyzer(create: () => CorpusAnalyzer): CorpusAnalyzer {
  let analyzer: CorpusAnalyzer | undefined;
  return {
    analyze: (files, cancellation, held) => (analyzer ??= create()).analyze(files, cancellation, held),
    dispose: () => analyzer?.dispose(),
  };
}

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
  activation: ActivationInfo;
  holdings(): CrossreadHoldings;
}

/**
 * Activated by an article document, a workspace the default globs match, or (for include globs a
 * user set, which `workspaceContains` cannot read) once startup has finished. Registers the views,
 * providers and commands, and starts reading the corpus only when the workspace has an article:
 * elsewhere activation costs the registrations and one search with a limit of 1.
 */
export function activate(context: vscode.ExtensionContext): CrossreadApi {
  const activationStarted = performance.now();
  const log = vscode.window.createOutputChannel('Crossread', { log: true });
  // Analyses persist in the extension's global storage (node/analysisCache.ts): reopening a large workspace reads them.
  const corpus = new CorpusService(lazyAnalyzer(() => createCorpusAnalyzer(context.extensionPath, log, context.globalStorageUri.fsPath)), log);
  const events = registerEventsTree(corpus);
  const sources = registerSourcesTree(corpus);
  const people = registerPeopleTree(corpus);
  context.subscriptions.push(
    log,
    corpus,
    registerReadAsArticleCommand(),
    registerArticleLanguage(corpus),
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
  const activation: ActivationInfo = { activateMs: 0 };
  const gate = registerCorpusStart(corpus, activation, log);
  context.subscriptions.push(gate.disposable);
  activation.activateMs = performance.now() - activationStarted;
  log.info(`activated in ${activation.activateMs.toFixed(1)} ms`);
  return {
    analyzeFiles: async (uris) => (await analyzeFiles(uris)).report,
    // After the first search for article files: until it is done, the corpus may not be started yet.
    whenIdle: async () => {
      await gate.firstCheck;
      return corpus.whenIdle();
    },
    trees: { events: events.tree, sources: sources.tree, people: people.tree, eventsView: events.view },
    settings: (scope) => readSettings(scope),
    activation,
    holdings: () => ({
      subscriptions: context.subscriptions.length,
      listeners: listenerCounts(),
      decorations: decorationHoldings(),
      corpus: corpus.holdings(),
    }),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
