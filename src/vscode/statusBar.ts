import * as vscode from 'vscode';
import { countOf, independentSourceCount } from '../core/view';
import { affectsSetting, readSettings } from './config';
import { focusViewCommand, VIEWS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';


/**
 * The corpus at a glance ("Crossread: 5 sources · 9 events · 3 contradicted sentences"); a click
 * opens the Events view. Contradicted sentences are the unit of disagreement everywhere (the
 * Problems panel lists each one, the Sources view counts them per source, the badge shows them).
 */
export function statusBarText(snapshot: CorpusSnapshot): string {
  const { report } = snapshot.lookup;
  return `Crossread: ${countOf(independentSourceCount(snapshot.lookup), 'source')} · ${countOf(report.events.length, 'event')} · ${countOf(snapshot.lookup.contradictedClaims.size, 'contradicted sentence')}`;
}

/**
 * The status bar's tooltip: the analysis at a glance, then the legend of the editor's marks (the
 * gutter icons and what hovering them tells), which otherwise shows only in a marked sentence's card.
 */
export function statusTooltip(summary: string, allClaims = false, problemsListed = true): vscode.MarkdownString {
  // The corroborated and only-here marks (custom gutter icons) show only with highlights.allClaims on.
  const more = allClaims ? ' · a check: other sources corroborate it · a hollow circle: only this source reports it' : '';
  const lines = [
    summary,
    // With `crossread.problems.enabled` off, the Problems panel lists nothing: the tooltip must not send the reader there.
    `A contradicted sentence is one another source contradicts${problemsListed ? '; each is listed in the Problems panel' : ''}.`,
    `In the editor: $(warning) another source contradicts the sentence · $(history) a later report changes it${more}. Hover a sentence for what the other sources say.`,
    'Click to open the timeline of events',
  ];
  const tooltip = new vscode.MarkdownString(lines.map((line) => line.replace(/\n/g, '  \n')).join('\n\n'), true);
  tooltip.isTrusted = false;
  return tooltip;
}

export function registerStatusBar(corpus: CorpusService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('crossread.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Crossread';
  item.command = { command: focusViewCommand(VIEWS.events), title: 'Show the Events view' };
  const update = (): void => {
    const snapshot = corpus.snapshot;
    if (corpus.state === 'analyzing') {
      item.text = `$(sync~spin) ${snapshot ? statusBarText(snapshot) : 'Crossread: analysing…'}`;
      item.tooltip = 'Crossread is analysing the articles in the background';
      item.show();
    } else if (snapshot && snapshot.articles.length) {
      item.text = `$(book) ${statusBarText(snapshot)}`;
      const articles = snapshot.lookup.report.documents.length;
      const copies = articles - independentSourceCount(snapshot.lookup);
      const reprints = copies ? `\n${countOf(articles, 'article')}: ${countOf(copies, 'reprint')} of another counted once` : '';
      const unreadable = snapshot.problems.length ? `\n${countOf(snapshot.problems.length, 'file')} could not be read` : '';
      const settings = readSettings();
      item.tooltip = statusTooltip(`Analysed in ${snapshot.durationMs} ms${reprints}${unreadable}`, settings.highlights.allClaims, settings.problems.enabled);
      item.show();
    } else item.hide();
  };
  update();
  return vscode.Disposable.from(
    item,
    corpus.onDidChange(update),
    corpus.onDidChangeState(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSetting(event, 'highlights.allClaims') || affectsSetting(event, 'problems.enabled')) update();
    }),
  );
}

/**
 * The count of contradicted sentences as a badge on Crossread's views, which VS Code shows on the
 * view container's icon in the activity bar while the container is closed.
 */
export function registerBadge(corpus: CorpusService, view: vscode.TreeView<unknown>): vscode.Disposable {
  const update = (): void => {
    const snapshot = corpus.snapshot;
    const count = snapshot ? snapshot.lookup.contradictedClaims.size : 0;
    view.badge = count ? { value: count, tooltip: `${countOf(count, 'contradicted sentence')}: sentences another source contradicts` } : undefined;
  };
  update();
  return corpus.onDidChange(update);
}
