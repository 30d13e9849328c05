import * as vscode from 'vscode';
import { assignDocumentIds, buildReportLookup, emptyReport, limitArticleText, type QuoteEchoes, type ReportLookup } from '../core/view';
import type { HostArticleAnalysis } from '../node/analysisProtocol';
import type { CorpusAnalyzer } from '../node/corpusAnalyzer';
import { runInSlices, sortInSteps } from '../node/eventLoop';
import { hostLookupSteps } from '../node/matchTable';
import { affectsSetting, readSettings } from './config';
import { ARTICLE_FOLDER_NAMES, ARTICLE_LANGUAGE_ID, CONTEXT_KEYS, VIEWS } from './constants';
import type { CrossreadSettings } from './settingsSchema';
import { readArticleFile } from './corpusReader';
import { CountedEmitter, countedRequestSubscription } from './holdings';
import { forgetSourceRenames } from './sourceLabels';

/** One analysis of the whole corpus. Providers read it; they never run the engine themselves. */
export interface CorpusSnapshot {
  /** Increases with every analysis, so consumers can tell a fresh snapshot from a stale one. */
  generation: number;
  articles: HostArticleAnalysis[];
  lookup: ReportLookup;
  /** For each document (in report order), each quote's echoes in other sources, for hover cards. */
  quoteEchoes: QuoteEchoes;
  uriByDocument: Map<string, vscode.Uri>;
  documentByUri: Map<string, string>;
  /** Files that could not be read, with why. */
  problems: { uri: vscode.Uri; reason: string }[];
  /** Files that were read but could not be analysed (the engine failed on them), with its message. */
  failures: AnalysisFailure[];
  /** Milliseconds the analysis took. */
  durationMs: number;
  /** Identifies the analyses (see `IncrementalResult.signature`). */
  signature: string;
  articleById: Map<string, HostArticleAnalysis>;
  /**
   * The last document version checked against each analysis's text, and whether it matched. It
   * holds the document itself: a closed and reopened article starts again at version 1.
   */
  verifiedVersions: Map<string, VerifiedVersion>;
}

export interface VerifiedVersion {
  document: vscode.TextDocument;
  version: number;
  matches: boolean;
}

export type CorpusState = 'empty' | 'analyzing' | 'ready';

/** An article the engine failed on: it is not in the report's documents, only in `report.failures`. */
export interface AnalysisFailure {
  uri: vscode.Uri;
  /** The document id it would have had. */
  id: string;
  path: string;
  message: string;
}

/**
 * The corpus: the workspace's article files (settings `crossread.corpus.include`/`exclude`) and every
 * open document in the article language, unsaved edits included. Analyses run in the background,
 * debounced, one at a time; a newer request cancels the running one. Per-article results are
 * cached by text, so an edit re-analyses only the edited article before the corpus is re-joined.
 */
export class CorpusService implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new CountedEmitter<CorpusSnapshot>();
  private readonly stateEmitter = new CountedEmitter<CorpusState>();
  private readonly filesFoundEmitter = new vscode.EventEmitter<void>();
  /** Workspace files found by the include globs (uri string → uri). */
  private readonly workspaceFiles = new Map<string, vscode.Uri>();
  /** Text read from disk for files that are not open, invalidated by the file watcher. */
  private readonly diskText = new Map<string, { text: string } | { problem: string }>();
  private watchers: vscode.Disposable[] = [];
  private settings: CrossreadSettings = readSettings();
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private running: vscode.CancellationTokenSource | undefined;
  private runPromise: Promise<void> = Promise.resolve();
  private generation = 0;
  private discovered = false;
  private currentState: CorpusState = 'empty';
  snapshot: CorpusSnapshot | undefined;

  /** Fires after every completed analysis. */
  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;
  /** Fires after each search for the workspace's article files (`isWorkspaceFile` then answers for the new set). */
  readonly onDidFindFiles = this.filesFoundEmitter.event;

  constructor(
    private readonly analyzer: CorpusAnalyzer,
    private readonly log?: Pick<vscode.LogOutputChannel, 'info' | 'debug' | 'error'>,
  ) {
    this.disposables.push(
      this.changeEmitter,
      this.stateEmitter,
      this.filesFoundEmitter,
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isCorpusDocument(event.document) && event.contentChanges.length) this.schedule();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (this.isCorpusDocument(document)) this.schedule(0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (!this.isCorpusDocument(document)) return;
        // A closed article leaves the corpus unless it is a workspace article file, whose text is
        // then read from disk again (edits closed without saving are gone).
        this.diskText.delete(document.uri.toString());
        this.snapshot?.verifiedVersions.delete(document.uri.toString());
        this.schedule(0);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // First, before any view's listener (each view is made with the corpus, so registers
        // after this one): the views rebuilt for a rename read the new labels.
        if (affectsSetting(event, 'sources')) forgetSourceRenames();
        if (affectsSetting(event, 'corpus')) {
          this.settings = readSettings();
          if (this.active) this.started = this.rediscover();
        } else if (affectsSetting(event)) this.settings = readSettings();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        // A file's path is relative to its workspace folder.
        this.pathByKey.clear();
        if (this.active) this.started = this.rediscover();
      }),
    );
  }

  get state(): CorpusState {
    return this.currentState;
  }

  private setState(state: CorpusState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.corpusState, state);
    this.stateEmitter.fire(state);
  }

  /** Finds the workspace's article files and starts the first analysis (once; later calls wait for it). */
  start(): Promise<void> {
    if (this.active) return this.started;
    this.active = true;
    this.started = this.rediscover();
    return this.started;
  }

  /** Whether `start` has been called: before it the service watches nothing and analyses nothing. */
  get isStarted(): boolean {
    return this.active;
  }

  /**
   * Whether any workspace folder holds a file its include globs (less its exclude globs) match: one
   * search per glob with a limit of 1, cheap enough to run at activation in any workspace.
   */
  async hasArticleFiles(): Promise<boolean> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const exclude = readSettings(folder.uri).corpus.exclude;
      const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : undefined;
      for (const glob of this.includeGlobs(folder)) {
        if ((await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), excludeGlob, 1)).length) return true;
      }
    }
    return false;
  }

  private active = false;

  /** Settles once the latest search for article files is done (analyses can only start after it). */
  private started: Promise<void> = Promise.resolve();

  /** Whether `uri` is one of the workspace's article files (matched by the include globs, not excluded). */
  isWorkspaceFile(uri: vscode.Uri): boolean {
    return this.workspaceFiles.has(uri.toString());
  }

  private isCorpusDocument(document: vscode.TextDocument): boolean {
    return (document.languageId === ARTICLE_LANGUAGE_ID && isReadersDocument(document.uri)) || this.workspaceFiles.has(document.uri.toString());
  }

  /** Sets up the watchers for the current settings and finds the files. */
  private async rediscover(): Promise<void> {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.includeGlobs(folder)) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        // Creations and deletions re-run the search, so the exclude globs apply to new files too.
        watcher.onDidCreate((uri) => {
          this.createdSinceRefresh.push(uri.toString());
          this.recentlyDeleted.delete(uri.toString());
          this.scheduleRefresh();
        });
        watcher.onDidDelete((uri) => {
          this.log?.info(`deleted ${uri.toString()}`);
          // Drop it at once: a search right after a deletion may still list the file.
          this.workspaceFiles.delete(uri.toString());
          this.recentlyDeleted.add(uri.toString());
          this.diskText.delete(uri.toString());
          this.scheduleRefresh();
        });
        watcher.onDidChange((uri) => {
          this.diskText.delete(uri.toString());
          this.schedule();
        });
        this.watchers.push(watcher);
      }
      // A folder deleted whole is one event for the folder, which the globs above (of files) do not
      // match: its article files leave the corpus through this watcher.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
      folders.onDidDelete((deleted) => this.forgetFilesUnder(deleted));
      this.watchers.push(folders);
    }
    this.log?.info(`watching ${this.watchers.length} patterns`);
    await this.refreshFiles();
  }

  /**
   * The include globs of a workspace folder (its own resource-scoped setting). A folder that is
   * itself named like an article folder ("seeds", "articles", "news") has its text files read as
   * articles too, as the language association does for files inside such a folder.
   */
  private includeGlobs(folder: vscode.WorkspaceFolder): string[] {
    const include = readSettings(folder.uri).corpus.include;
    return ARTICLE_FOLDER_NAMES.has(folder.name.toLowerCase()) && !include.includes('**/*.txt') ? [...include, '**/*.txt'] : include;
  }

  /** Drops the workspace files inside a deleted folder (a deleted file itself is handled by its glob's watcher). */
  private forgetFilesUnder(deleted: vscode.Uri): void {
    const prefix = deleted.toString().replace(/\/?$/, '/');
    let dropped = 0;
    for (const key of this.workspaceFiles.keys()) {
      if (!key.startsWith(prefix)) continue;
      this.workspaceFiles.delete(key);
      this.recentlyDeleted.add(key);
      this.diskText.delete(key);
      dropped++;
    }
    if (!dropped) return;
    this.log?.info(`deleted ${deleted.toString()} with ${dropped} article files`);
    this.scheduleRefresh();
  }

  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Files the watcher saw created since the last search was scheduled to run, for its log line. */
  private readonly createdSinceRefresh: string[] = [];
  /** Files the watcher saw deleted (and not created again), which a stale search may still list. */
  private readonly recentlyDeleted = new Set<string>();

  /** The search for files in progress, if any (`whenIdle` waits for it). */
  private refreshing: Promise<void> | undefined;
  /** Increases with every search, so an older search that finishes last is ignored. */
  private refreshGeneration = 0;

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    // Bulk operations (a folder copied in) arrive as many events: search once they settle.
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      // One line for a folder copied in, not one per file (each is a message to the log's process).
      const created = this.createdSinceRefresh.splice(0);
      if (created.length === 1) this.log?.info(`created ${created[0]}`);
      else if (created.length > 1) this.log?.info(`created ${created.length} files: ${created[0]} … ${created[created.length - 1]}`);
      void this.refreshFiles();
    }, 100);
  }

  private refreshFiles(): Promise<void> {
    const generation = ++this.refreshGeneration;
    const search = this.searchFiles(generation).catch((error: unknown) => this.log?.error(`could not list the article files: ${String(error)}`));
    this.refreshing = search.finally(() => {
      if (this.refreshing === running) this.refreshing = undefined;
    });
    const running = this.refreshing;
    return running;
  }

  private async searchFiles(generation: number): Promise<void> {
    const maxFiles = this.settings.corpus.maxFiles;
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const exclude = readSettings(folder.uri).corpus.exclude;
      const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : undefined;
      for (const glob of this.includeGlobs(folder)) {
        for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), excludeGlob, maxFiles)) {
          if (found.size < maxFiles && !this.recentlyDeleted.has(uri.toString())) found.set(uri.toString(), uri);
        }
      }
    }
    if (generation !== this.refreshGeneration) return; // a newer search has the last word
    this.workspaceFiles.clear();
    for (const [key, uri] of found) this.workspaceFiles.set(key, uri);
    this.log?.info(`found ${found.size} article files`);
    this.discovered = true;
    this.filesFoundEmitter.fire();
    this.schedule(0);
  }

  /** Asks for a new analysis after the debounce delay (or `delayMs`). */
  schedule(delayMs = this.settings.analysis.debounceMs): void {
    if (!this.discovered) return;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.running?.cancel();
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      // A failed analysis is logged and must not stop the ones after it.
      this.runPromise = this.runPromise
        .then(() => this.analyze())
        .catch((error: unknown) => {
          this.log?.error(error instanceof Error ? error : String(error));
          this.setState(this.snapshot?.articles.length ? 'ready' : 'empty');
        });
    }, delayMs);
  }

  /** Work of the views on the current snapshot that runs over several turns (trees, Problems). */
  private readonly viewWork = new Set<Promise<void>>();

  /**
   * Lets `whenIdle` wait for `work`: a view's update spread over turns of the event loop after
   * a publish or a setting change. A failure is logged (the view keeps what it showed).
   */
  trackViewWork(work: Promise<void>): void {
    const tracked: Promise<void> = work
      .catch((error: unknown) => this.log?.error(error instanceof Error ? error : String(error)))
      .finally(() => this.viewWork.delete(tracked));
    this.viewWork.add(tracked);
  }

  /**
   * Resolves when no analysis is pending or running and the views have caught up with the last
   * one (tests and commands wait on it).
   */
  async whenIdle(): Promise<CorpusSnapshot | undefined> {
    await this.settled();
    return this.snapshot;
  }

  /**
   * Resolves true once no analysis is pending or running and the views have caught up (what
   * `whenIdle` waits for), or false at the first of its steps where `abandoned()` holds.
   */
  private async settled(abandoned: () => boolean = () => false): Promise<boolean> {
    for (;;) {
      const started = this.started;
      await started;
      if (this.refreshing) await this.refreshing;
      const pending = this.runPromise;
      await pending;
      await Promise.all(this.viewWork);
      const settled = !this.debounceTimer && !this.refreshTimer && !this.refreshing && pending === this.runPromise && started === this.started && this.viewWork.size === 0;
      if (settled) return true;
      if (abandoned()) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (abandoned()) return false;
    }
  }

  /**
   * The corpus's files with their paths, in path order, built a few milliseconds per turn. Each
   * path is computed once per file and kept (`asRelativePath` takes tens of microseconds: a sort
   * that called it in its comparison held the host for 300 ms at 1,000 files).
   */
  private *corpusFiles(): Generator<void, { uri: vscode.Uri; path: string }[]> {
    const uris = new Map(this.workspaceFiles);
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId === ARTICLE_LANGUAGE_ID && !document.isClosed && isReadersDocument(document.uri)) uris.set(document.uri.toString(), document.uri);
    }
    const files: { uri: vscode.Uri; path: string }[] = [];
    const paths = new Map<string, string>();
    for (const [key, uri] of uris) {
      let path = this.pathByKey.get(key);
      if (path === undefined) {
        path = this.pathOf(uri);
        yield;
      }
      paths.set(key, path);
      files.push({ uri, path });
    }
    // Only the paths of the corpus's current files are kept.
    this.pathByKey = paths;
    // In `comparePaths` order, each path cut into its folders once rather than at every comparison
    // (which made the sort of 1,000 paths take 100 ms).
    const keyed = files.map((file) => ({ file, segments: pathSegments(file.path) }));
    yield;
    const sorted = yield* sortInSteps(keyed, (a, b) => compareSegments(a.segments, b.segments));
    return sorted.map(({ file }) => file);
  }

  /** The path of each file of the last analysis (uri string → path); forgotten when the workspace folders change. */
  private pathByKey = new Map<string, string>();

  private pathOf(uri: vscode.Uri): string {
    return uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.path;
  }

  private async textOf(uri: vscode.Uri): Promise<{ text: string } | { problem: string }> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) return { text: open.getText() };
    const cached = this.diskText.get(key);
    if (cached) return cached;
    const result = await readArticleFile(uri);
    this.diskText.set(key, result);
    return result;
  }

  private async analyze(): Promise<void> {
    const tokenSource = new vscode.CancellationTokenSource();
    this.running = tokenSource;
    const token = tokenSource.token;
    const corpusFiles = await runInSlices(this.corpusFiles(), { cancelled: () => token.isCancellationRequested });
    if (!corpusFiles) {
      tokenSource.dispose();
      if (this.running === tokenSource) this.running = undefined;
      return;
    }
    const uris = corpusFiles.map((file) => file.uri);
    const pathOfKey = new Map(corpusFiles.map((file) => [file.uri.toString(), file.path]));
    if (uris.length === 0) {
      this.publishSnapshot(this.snapshotOf([], [], '', [], [], [], 0, buildReportLookup(emptyReport())), 0);
      this.setState('empty');
      return;
    }
    this.setState('analyzing');
    const started = Date.now();
    const title = `Crossread: analysing ${uris.length} article${uris.length === 1 ? '' : 's'}`;
    // Progress shows in the status bar and as the Events view's progress bar.
    const withProgress = (work: () => Promise<void>): Thenable<void> =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () =>
        vscode.window.withProgress({ location: { viewId: VIEWS.events } }, work),
      );
    await withProgress(
      async () => {
        const texts: { uri: vscode.Uri; text: string }[] = [];
        const problems: { uri: vscode.Uri; reason: string }[] = [];
        for (const uri of uris) {
          const result = await this.textOf(uri);
          if ('text' in result) texts.push({ uri, text: result.text });
          else problems.push({ uri, reason: result.problem });
          if (token.isCancellationRequested) return;
        }
        const pathOfText = (uri: vscode.Uri): string => pathOfKey.get(uri.toString()) ?? this.pathOf(uri);
        const ids = assignDocumentIds(texts.map((t) => pathOfText(t.uri)));
        // A file over the size limit is analysed up to it (and marked as cut), never read whole.
        const maxCharacters = this.settings.corpus.maxArticleKB * 1000;
        const files = texts.map(({ uri, text }, i) => ({ key: uri.toString(), path: pathOfText(uri), id: ids[i], ...limitArticleText(text, maxCharacters) }));
        let outcome;
        try {
          const held = this.snapshot;
          outcome = await this.analyzer.analyze(
            files,
            token,
            held && {
              signature: held.signature,
              articleByKey: (key) => {
                const id = held.documentByUri.get(key);
                return id === undefined ? undefined : held.articleById.get(id);
              },
            },
          );
        } catch (error) {
          this.log?.error(error instanceof Error ? error : String(error));
          void vscode.window.showErrorMessage(`Crossread could not analyse the articles: ${error instanceof Error ? error.message : String(error)}`);
          this.setState(this.snapshot ? 'ready' : 'empty');
          return;
        }
        this.log?.debug(`analysis of ${files.length} files (${problems.length} unreadable): ${outcome.kind}`);
        if (outcome.kind === 'cancelled' || token.isCancellationRequested) return;
        // Opening or closing an unchanged article changes nothing: keep the snapshot (and the
        // views' state) rather than publish an identical one.
        if (outcome.kind === 'unchanged' && this.snapshot && this.snapshot.problems.length === problems.length) {
          this.setState('ready');
          return;
        }
        if (outcome.kind === 'unchanged') {
          // Only the unreadable files changed: re-publish the same analyses with the new problems.
          const held = this.snapshot;
          if (held) {
            const heldUris = held.articles.map((a) => held.uriByDocument.get(a.id)!);
            this.publishSnapshot(this.snapshotOf(held.articles, held.quoteEchoes, held.signature, heldUris, problems, held.failures, Date.now() - started, held.lookup), 0);
          }
          this.setState('ready');
          return;
        }
        const uriOfKey = new Map(texts.map((t) => [t.uri.toString(), t.uri]));
        const uriOfId = new Map(files.map((file) => [file.id, uriOfKey.get(file.key)!]));
        const failures = (outcome.report.failures ?? []).map((failure) => ({ ...failure, uri: uriOfId.get(failure.id)! }));
        // The lookup a few milliseconds at a time, letting the editor run in between: at thousands of
        // articles the whole build would hold it for most of a second. A newer analysis that is due
        // stops it: this one's result is out of date before anyone sees it.
        const lookupStarted = performance.now();
        const lookup = await runInSlices(hostLookupSteps(outcome.report), { cancelled: () => token.isCancellationRequested });
        const lookupMs = performance.now() - lookupStarted;
        if (!lookup || token.isCancellationRequested) return;
        const snapshot = this.snapshotOf(outcome.articles, outcome.quoteEchoes, outcome.signature, outcome.articleKeys.map((key) => uriOfKey.get(key)!), problems, failures, outcome.durationMs, lookup);
        // The views build what they will show for it first, a few milliseconds per turn (treeBase.ts).
        const prepared = await runInSlices(this.prepared(snapshot), { cancelled: () => token.isCancellationRequested });
        if (!prepared || token.isCancellationRequested) return;
        this.publishSnapshot(snapshot, lookupMs);
        this.setState('ready');
      },
    );
    tokenSource.dispose();
    if (this.running === tokenSource) this.running = undefined;
  }

  /** A snapshot of an analysis, not yet published (its generation is given when it is). `uris[i]` is the file of `articles[i]`. */
  private snapshotOf(
    articles: HostArticleAnalysis[],
    quoteEchoes: QuoteEchoes,
    signature: string,
    uris: vscode.Uri[],
    problems: { uri: vscode.Uri; reason: string }[],
    failures: AnalysisFailure[],
    durationMs: number,
    lookup: ReportLookup,
  ): CorpusSnapshot {
    const uriByDocument = new Map<string, vscode.Uri>();
    const documentByUri = new Map<string, string>();
    articles.forEach((analysis, i) => {
      uriByDocument.set(analysis.id, uris[i]);
      documentByUri.set(uris[i].toString(), analysis.id);
    });
    return {
      generation: 0,
      signature,
      articles,
      articleById: new Map(articles.map((a) => [a.id, a])),
      verifiedVersions: new Map(),
      lookup,
      quoteEchoes,
      uriByDocument,
      documentByUri,
      problems,
      failures,
      durationMs,
    };
  }

  private publishSnapshot(snapshot: CorpusSnapshot, lookupMs: number): void {
    // A failure is logged when it first appears (or its message changes), not on every re-analysis.
    const loggedBefore = new Set(this.snapshot?.failures.map((f) => `${f.uri.toString()}\n${f.message}`));
    for (const failure of snapshot.failures) {
      if (!loggedBefore.has(`${failure.uri.toString()}\n${failure.message}`)) this.log?.error(`could not analyse ${failure.path}: ${failure.message}`);
    }
    snapshot.generation = ++this.generation;
    this.snapshot = snapshot;
    const notifying = performance.now();
    this.changeEmitter.fire(snapshot);
    // The host's own share of an analysis (the rest runs in the analysis thread): on its event loop.
    this.log?.info(`published ${snapshot.articles.length} articles: lookup ${lookupMs.toFixed(0)} ms, views and providers ${(performance.now() - notifying).toFixed(0)} ms`);
  }

  /** What the views build for a snapshot before it is published (see `prepareViews`). */
  private readonly preparations = new Set<(snapshot: CorpusSnapshot) => Generator<void, void>>();

  /**
   * Has `prepare` run on every analysis's snapshot before it is published, a few milliseconds per
   * turn with the others' (a tree builds its nodes), so that the publishing turn only puts what
   * was built in place. A snapshot published without it (an empty corpus, new unreadable files)
   * is published at once.
   */
  prepareViews(prepare: (snapshot: CorpusSnapshot) => Generator<void, void>): vscode.Disposable {
    this.preparations.add(prepare);
    return { dispose: () => this.preparations.delete(prepare) };
  }

  private *prepared(snapshot: CorpusSnapshot): Generator<void, true> {
    for (const prepare of [...this.preparations]) yield* prepare(snapshot);
    return true;
  }

  /**
   * The analysis of an open document, only while it still matches the document's text: during
   * typing the offsets of the last analysis would point at the wrong words.
   */
  analysisFor(document: vscode.TextDocument): HostArticleAnalysis | undefined {
    const snapshot = this.snapshot;
    const key = document.uri.toString();
    const id = snapshot?.documentByUri.get(key);
    const analysis = id === undefined ? undefined : snapshot?.articleById.get(id);
    if (!snapshot || !analysis) return undefined;
    // Compare the text once per document version (providers ask on every hover and keystroke).
    // Another version is compared again: an edit undone, or a save, may bring back the analysed text.
    const verified = snapshot.verifiedVersions.get(key);
    if (verified?.document === document && verified.version === document.version) return verified.matches ? analysis : undefined;
    const text = document.getText();
    // An article cut at the size limit matches while its analysed part and its length are unchanged.
    const matches = analysis.truncatedFrom === undefined ? analysis.article.text === text : text.length === analysis.truncatedFrom && text.startsWith(analysis.article.text);
    snapshot.verifiedVersions.set(key, { document, version: document.version, matches });
    return matches ? analysis : undefined;
  }

  /**
   * The snapshot and analysis of `document` for its current text: at once when the last analysis
   * matches it, else after the analysis under way or due has finished (a hover made during the
   * first analysis waits for it rather than showing nothing). Undefined when `token` is cancelled
   * first, or when the document is not an analysed article.
   */
  async analysedFor(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<{ snapshot: CorpusSnapshot; analysis: HostArticleAnalysis } | undefined> {
    const current = (): { snapshot: CorpusSnapshot; analysis: HostArticleAnalysis } | undefined => {
      const analysis = this.analysisFor(document);
      return analysis && this.snapshot ? { snapshot: this.snapshot, analysis } : undefined;
    };
    const now = current();
    if (now || token.isCancellationRequested) return now;
    await this.idleOrCancelled(token);
    return token.isCancellationRequested ? undefined : current();
  }

  /** Requests waiting for the corpus to be idle (`analysedFor`): each is let go when it is, or at once when cancelled. */
  private readonly waitingRequests = new Set<() => void>();
  /** The one wait for idleness all waiting requests share, while any waits. */
  private requestsIdle: Promise<void> | undefined;

  /** Requests (hovers) waiting for an analysis, for the tests: none once each is answered or cancelled. */
  get requestsWaiting(): number {
    return this.waitingRequests.size;
  }

  /**
   * Settles when the corpus is idle, or as soon as `token` is cancelled: then the request leaves the
   * waiting set and drops its listener on the token at once, holding nothing until the analysis
   * ends. Requests share one wait for idleness (the mouse moving over an article during a long
   * analysis makes a request per word), which stops at its next step once no request waits.
   */
  private idleOrCancelled(token: vscode.CancellationToken): Promise<void> {
    return new Promise<void>((resolve) => {
      const release = (): void => {
        this.waitingRequests.delete(release);
        subscription.dispose();
        resolve();
      };
      // The token is not cancelled yet (`analysedFor` checked): its listener runs only later.
      const subscription = countedRequestSubscription(token.onCancellationRequested(release));
      this.waitingRequests.add(release);
      this.requestsIdle ??= this.letRequestsGoWhenIdle();
    });
  }

  private async letRequestsGoWhenIdle(): Promise<void> {
    let idle = true;
    try {
      idle = await this.settled(() => this.waitingRequests.size === 0);
    } catch (error) {
      this.log?.error(error instanceof Error ? error : String(error));
    }
    this.requestsIdle = undefined;
    if (idle) {
      for (const release of [...this.waitingRequests]) release();
    } else if (this.waitingRequests.size) {
      // Given up when no request waited, and a request came in since: wait again, for it.
      this.requestsIdle = this.letRequestsGoWhenIdle();
    }
  }

  /** Sizes of what the service keeps per file, for the stability tests (issue 13). */
  holdings(): { workspaceFiles: number; diskTexts: number; verifiedVersions: number } {
    return { workspaceFiles: this.workspaceFiles.size, diskTexts: this.diskText.size, verifiedVersions: this.snapshot?.verifiedVersions.size ?? 0 };
  }

  dispose(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.running?.cancel();
    for (const watcher of this.watchers) watcher.dispose();
    for (const disposable of this.disposables) disposable.dispose();
    this.analyzer.dispose();
  }
}

/** A path's folders and file name, as `comparePaths` cuts it. */
function pathSegments(path: string): string[] {
  return path.split(/[\\/]/);
}

/** `comparePaths` of two paths given as their `pathSegments`. */
function compareSegments(pa: readonly string[], pb: readonly string[]): number {
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * Whether an open document is one of the reader's articles: a file, an untitled editor, or a file
 * of the workspace's own file system (a remote or virtual workspace). Views of an article keep its
 * language but are not a second source: the git version in a diff, the "in file" side of a save
 * conflict, a search editor's preview.
 */
function isReadersDocument(uri: vscode.Uri): boolean {
  if (uri.scheme === 'file' || uri.scheme === 'untitled') return true;
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => folder.uri.scheme === uri.scheme);
}
