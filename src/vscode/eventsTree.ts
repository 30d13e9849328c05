import * as vscode from 'vscode';
import { claimSupport, countOf, escapeMarkdown, spansAt, type CorpusEvent } from '../core';
import { VIEWS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { excerpt, openCommand } from './locations';
import { SnapshotTree, treeItem, type TreeNode } from './treeBase';


function eventDateLabel(event: CorpusEvent): string {
  if (!event.date.value) return 'undated';
  return event.date.source === 'inferred' ? `${event.date.value} (inferred)` : event.date.value;
}

/** The timeline: events in time order (undated last), each with its mentions in every source. */
export class EventsTree extends SnapshotTree {
  protected build(snapshot: CorpusSnapshot): TreeNode[] {
    const { lookup } = snapshot;
    return lookup.report.events.map((event) => {
      const sources = [...new Set(event.mentions.map((m) => m.document))];
      const contradicted = event.mentions.some((m) => claimSupport(lookup, m.claim).contradicts > 0);
      const participants = event.participants.map((id) => lookup.personById.get(id)?.name ?? id);
      const tooltip = new vscode.MarkdownString('', true);
      tooltip.appendMarkdown(`**${escapeMarkdown(event.label)}**\n\n`);
      tooltip.appendMarkdown(`$(calendar) ${eventDateLabel(event)}${event.date.source === 'inferred' ? ' — from matching mentions in other sources' : ''}\n\n`);
      if (event.place) tooltip.appendMarkdown(`$(location) ${escapeMarkdown(event.place)}\n\n`);
      if (participants.length) tooltip.appendMarkdown(`$(person) ${participants.map(escapeMarkdown).join(', ')}\n\n`);
      tooltip.appendMarkdown(`Reported by ${countOf(sources.length, 'source')}${contradicted ? ' · $(warning) the sources disagree on details' : ''}`);
      if (event.explanation) tooltip.appendMarkdown(`\n\n_Why one event:_ ${escapeMarkdown(event.explanation)}`);
      const node: TreeNode = {
        id: `event:${event.id}`,
        // A timeline reads date first: the date leads the label, the counts follow it.
        item: treeItem(`${eventDateLabel(event)}  ${event.label}`, true, {
          description: `${countOf(sources.length, 'source')}${contradicted ? ' · conflict' : ''}`,
          tooltip,
          iconPath: new vscode.ThemeIcon(
            contradicted ? 'warning' : event.date.value ? 'calendar' : 'circle-outline',
            contradicted ? new vscode.ThemeColor('crossread.claimContradictedForeground') : undefined,
          ),
          contextValue: contradicted ? 'crossread.event.contradicted' : 'crossread.event',
          accessibilityInformation: {
            label: `${event.label}, ${eventDateLabel(event)}, ${countOf(sources.length, 'source')}${contradicted ? ', sources disagree' : ''}`,
          },
        }),
      };
      node.children = event.mentions.map((mention, index) => {
        const doc = lookup.documentById.get(mention.document);
        const text = excerpt(snapshot, mention);
        return {
          // One claim may be mentioned more than once in an event (several clauses): ids need the index.
          id: `event:${event.id}/${index}`,
          item: treeItem(doc?.source ?? doc?.title ?? mention.document, false, {
            description: text,
            tooltip: `${doc?.title ?? mention.document}${doc?.referenceDate.value ? ` (${doc.referenceDate.value})` : ''}\n\n${excerpt(snapshot, mention, 600)}`,
            iconPath: new vscode.ThemeIcon('file-text'),
            command: openCommand(snapshot, mention),
            contextValue: 'crossread.mention',
          }),
        };
      });
      return node;
    });
  }

  /** The event node of the claim at `offset` in `documentId`, for following the editor. */
  nodeAt(snapshot: CorpusSnapshot, documentId: string, offset: number): TreeNode | undefined {
    const claim = spansAt(snapshot.lookup, documentId, offset).claim;
    const event = claim ? snapshot.lookup.eventsByClaim.get(claim.id)?.[0] : undefined;
    return event ? this.node(`event:${event.id}`) : undefined;
  }
}

export function registerEventsTree(corpus: CorpusService): { tree: EventsTree; view: vscode.TreeView<TreeNode>; disposable: vscode.Disposable } {
  const tree = new EventsTree(corpus);
  const view = vscode.window.createTreeView(VIEWS.events, { treeDataProvider: tree, showCollapseAll: true });
  const updateMessage = (): void => {
    const snapshot = corpus.snapshot;
    view.message = snapshot && snapshot.articles.length && !snapshot.lookup.report.events.length ? 'No events found in these articles yet.' : undefined;
    view.badge = undefined;
  };
  updateMessage();
  // Follow the editor: reveal the event of the sentence under the cursor, without taking focus.
  const follow = vscode.window.onDidChangeTextEditorSelection((event) => {
    const snapshot = corpus.snapshot;
    if (!view.visible || !snapshot) return;
    const analysis = corpus.analysisFor(event.textEditor.document);
    if (!analysis) return;
    const node = tree.nodeAt(snapshot, analysis.id, event.textEditor.document.offsetAt(event.selections[0].active));
    if (node) void view.reveal(node, { select: true, focus: false, expand: false });
  });
  return { tree, view, disposable: vscode.Disposable.from(tree, view, follow, corpus.onDidChange(updateMessage)) };
}
