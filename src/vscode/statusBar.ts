import * as vscode from 'vscode';
import { countOf } from '../core';
import { focusViewCommand, VIEWS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';

/** The corpus at a glance ("Crossread: 5 sources · 14 events · 2 conflicts"); a click opens the Events view. */
export function statusBarText(snapshot: CorpusSnapshot): string {
  const { report } = snapshot.lookup;
  const conflicts = report.matches.filter((m) => m.relation === 'contradicts').length;
  return `Crossread: ${countOf(report.documents.length, 'source')} · ${countOf(report.events.length, 'event')} · ${countOf(conflicts, 'conflict')}`;
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
      const unreadable = snapshot.problems.length ? `\n${countOf(snapshot.problems.length, 'file')} could not be read` : '';
      item.tooltip = `Analysed in ${snapshot.durationMs} ms${unreadable}\nClick to open the timeline of events`;
      item.show();
    } else item.hide();
  };
  update();
  return vscode.Disposable.from(item, corpus.onDidChange(update), corpus.onDidChangeState(update));
}
