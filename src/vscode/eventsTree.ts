import * as vscode from 'vscode';
import { countOf, escapeCardMarkdown, independentSourceCount, spansAt, type CorpusEvent } from '../core/view';
import { VIEWS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { excerpt, openCommand } from './locations';
import { readableDate } from './dateText';
import { labelOf } from './sourceLabels';
import { SnapshotTree, treeItem, type TreeNode } from './treeBase';


/**
 * The date as a timeline reads it: its value at its true precision ("2025", "2025-04", "2025-04-11")
 * and how it was obtained — stated as it is, "(resolved)" when counted from the article's date,
 * "≈ … (inferred)" when the text does not date it (always marked).
 */
export function eventDateLabel(event: Pick<CorpusEvent, 'date'>): string {
  const { value, how, source } = event.date;
  if (!value) return 'undated';
  if (how === 'inferred' || (how === undefined && source === 'inferred')) return `≈ ${value} (inferred)`;
  if (how === 'resolved') return `${value} (resolved)`;
  return value;
}

const PRECISION_WORDS: Record<string, string> = { day: 'to the day', month: 'to the month', year: 'to the year' };
const HOW_WORDS: Record<string, string> = {
  stated: 'stated in the text',
  resolved: 'resolved from the article’s own date (a weekday, “yesterday”, a day without its year)',
  inferred: 'inferred: the text does not date it, or the article’s own date was itself read from its text',
};

function mentionKey(m: { document: string; claim: string; start: number }): string {
  return `${m.document}\u0000${m.claim}\u0000${m.start}`;
}

/**
 * The timeline: incidents in time order (undated last), each with its mentions grouped by source;
 * background happenings in a folded "Background" group, dated passing mentions in "Other mentions".
 */
export class EventsTree extends SnapshotTree {
  protected *build(snapshot: CorpusSnapshot): Generator<void, TreeNode[]> {
    const { lookup } = snapshot;
    const contradicted = lookup.contradictedClaims;
    const nodes: TreeNode[] = [];
    for (const event of lookup.report.events) nodes.push(yield* this.eventNode(snapshot, event, contradicted));
    const incidents = nodes.filter((_node, i) => (lookup.report.events[i].kind ?? 'incident') === 'incident');
    const background = nodes.filter((_node, i) => lookup.report.events[i].kind === 'background');
    const mentions = nodes.filter((_node, i) => lookup.report.events[i].kind === 'mention');
    const group = (id: string, label: string, children: TreeNode[], tooltip: string): TreeNode => ({
      id,
      item: treeItem(label, true, { description: countOf(children.length, 'event'), tooltip, iconPath: new vscode.ThemeIcon('history'), contextValue: 'crossread.eventGroup' }),
      children,
    });
    const roots = [...incidents];
    if (background.length) roots.push(group('events:background', 'Background', background, 'Happenings the articles date elsewhere in time: a war’s start, an earlier conviction.'));
    if (mentions.length) roots.push(group('events:other', 'Other mentions', mentions, 'Dated passing mentions that say no who-did-what on their own.'));
    return roots;
  }

  /** An event's node with its children, yielding after each source's (an event may have hundreds). */
  private *eventNode(snapshot: CorpusSnapshot, event: CorpusEvent, contradictedClaims: ReadonlySet<string>): Generator<void, TreeNode> {
    const { lookup } = snapshot;
    const documents = [...new Set(event.mentions.map((m) => m.document))];
    const sources = independentSourceCount(lookup, documents);
    // The one unit of disagreement (README): contradicted sentences, as the status bar, the badge,
    // Problems and the Sources view count them; here those the event tells.
    const contradictedHere = new Set(event.mentions.map((m) => m.claim).filter((claim) => contradictedClaims.has(claim))).size;
    const contradicted = contradictedHere > 0 || event.dateDisagreement !== undefined;
    const participants = event.participants.map((id) => lookup.personById.get(id)?.name ?? id);
    const tooltip = new vscode.MarkdownString('', true);
    tooltip.appendMarkdown(`**${escapeCardMarkdown(event.label)}**\n\n`);
    const how = event.date.how ? `, ${HOW_WORDS[event.date.how]}` : '';
    const precision = event.date.precision ? ` (${PRECISION_WORDS[event.date.precision]}${how})` : '';
    tooltip.appendMarkdown(`$(calendar) ${escapeCardMarkdown(eventDateLabel(event))}${precision}\n\n`);
    if (event.dateDisagreement) {
      const days = event.dateDisagreement.map((d) => `${d.value} (${d.documents.map((id) => labelOf(snapshot, id)).join(', ')})`);
      tooltip.appendMarkdown(`$(warning) The sources disagree on the day: ${escapeCardMarkdown(days.join(' vs '))}\n\n`);
    }
    if (event.place) tooltip.appendMarkdown(`$(location) ${escapeCardMarkdown(event.place)}\n\n`);
    if (participants.length) tooltip.appendMarkdown(`$(person) ${participants.map(escapeCardMarkdown).join(', ')}\n\n`);
    tooltip.appendMarkdown(`Reported by ${countOf(sources, 'independent source')}${documents.length > sources ? ` (${countOf(documents.length, 'article')})` : ''}${contradicted ? ' · $(warning) the sources disagree on details' : ''}`);
    if (event.explanation) tooltip.appendMarkdown(`\n\n_Why one event:_ ${escapeCardMarkdown(event.explanation)}`);
    const node: TreeNode = {
      id: `event:${event.id}`,
      // A timeline reads date first: the date leads the label, the counts follow it.
      item: treeItem(`${eventDateLabel(event)}  ${event.label}`, true, {
        description: [countOf(sources, 'source'), contradictedHere ? countOf(contradictedHere, 'contradicted sentence') : null, event.dateDisagreement ? 'sources disagree on the date' : null].filter(Boolean).join(' · '),
        tooltip,
        iconPath: new vscode.ThemeIcon(
          contradicted ? 'warning' : event.date.value ? 'calendar' : 'circle-outline',
          contradicted ? new vscode.ThemeColor('crossread.claimContradictedForeground') : undefined,
        ),
        contextValue: contradicted ? 'crossread.event.contradicted' : 'crossread.event',
        accessibilityInformation: {
          label: `${event.label}, ${eventDateLabel(event)}, ${countOf(sources, 'source')}${contradicted ? ', sources disagree' : ''}`,
        },
      }),
    };
    // Children grouped by source: the source once, then each of its sentences as the item's label;
    // then the later developments, each under its own date, its sentences grouped the same way.
    const developments = event.developments ?? [];
    const later = new Set(developments.flatMap((d) => d.mentions.map(mentionKey)));
    const indexOf = new Map(event.mentions.map((m, index) => [mentionKey(m), index]));
    const told = event.mentions.map((mention, index) => ({ mention, index })).filter((m) => !later.has(mentionKey(m.mention)));
    node.children = yield* this.sourceNodes(snapshot, `event:${event.id}`, told);
    for (const [i, development] of developments.entries()) {
      const id = `event:${event.id}/development:${i}`;
      const mentions = development.mentions.map((mention) => ({ mention, index: indexOf.get(mentionKey(mention)) ?? -1 }));
      const developmentSources = independentSourceCount(lookup, development.mentions.map((m) => m.document));
      node.children.push({
        id,
        item: treeItem(`${eventDateLabel(development)}  ${development.label}`, true, {
          description: `later development · ${countOf(developmentSources, 'source')}`,
          tooltip: `A later development of “${event.label}”, ${eventDateLabel(development)}`,
          iconPath: new vscode.ThemeIcon('arrow-small-right'),
          contextValue: 'crossread.eventDevelopment',
        }),
        children: yield* this.sourceNodes(snapshot, id, mentions),
      });
    }
    return node;
  }

  /** One node per source of `mentions` (in their order), each with its sentences; yields after each. */
  private *sourceNodes(snapshot: CorpusSnapshot, parentId: string, all: readonly { mention: CorpusEvent['mentions'][number]; index: number }[]): Generator<void, TreeNode[]> {
    const { lookup } = snapshot;
    const byDocument = new Map<string, { mention: CorpusEvent['mentions'][number]; index: number }[]>();
    for (const m of all) {
      const list = byDocument.get(m.mention.document);
      if (list) list.push(m);
      else byDocument.set(m.mention.document, [m]);
    }
    const nodes: TreeNode[] = [];
    for (const [documentId, mentions] of byDocument) {
      const doc = lookup.documentById.get(documentId);
      // The source's label (outlet, short headline, "Source N" or the reader's own name for it), as
      // every surface names it; the date and the whole headline after it.
      const label = labelOf(snapshot, documentId);
      const named = `${label}${doc?.referenceDate.value ? ` · ${readableDate(doc.referenceDate.value)}` : ''}${doc?.title && doc.title !== label ? `\n${doc.title}` : ''}`;
      nodes.push({
        id: `${parentId}/source:${documentId}`,
        item: treeItem(label, true, {
          description: `${countOf(mentions.length, 'sentence')}${doc?.referenceDate.value ? ` · ${doc.referenceDate.value}` : ''}`,
          tooltip: named,
          iconPath: new vscode.ThemeIcon('file-text'),
          contextValue: 'crossread.eventSource',
        }),
        children: mentions.map(({ mention, index }) => ({
          // One claim may be mentioned more than once in an event (several clauses): ids need the index.
          id: `${parentId}/${index}`,
          item: treeItem(excerpt(snapshot, mention), false, {
            tooltip: `${named}\n\n${excerpt(snapshot, mention, 600)}`,
            iconPath: new vscode.ThemeIcon('quote'),
            command: openCommand(snapshot, mention),
            contextValue: 'crossread.mention',
          }),
        })),
      });
      yield;
    }
    return nodes;
  }

  /**
   * The event node of the claim at `offset` in `documentId`, for following the editor: the later
   * development's node when the claim tells one.
   */
  nodeAt(snapshot: CorpusSnapshot, documentId: string, offset: number): TreeNode | undefined {
    const claim = spansAt(snapshot.lookup, documentId, offset).claim;
    const event = claim ? snapshot.lookup.eventsByClaim.get(claim.id)?.[0] : undefined;
    if (!event || !claim) return undefined;
    const development = (event.developments ?? []).findIndex((d) => d.mentions.some((m) => m.claim === claim.id));
    return (development >= 0 ? this.node(`event:${event.id}/development:${development}`) : undefined) ?? this.node(`event:${event.id}`);
  }
}

export function registerEventsTree(corpus: CorpusService): { tree: EventsTree; view: vscode.TreeView<TreeNode>; disposable: vscode.Disposable } {
  const tree = new EventsTree(corpus);
  const view = vscode.window.createTreeView(VIEWS.events, { treeDataProvider: tree, showCollapseAll: true });
  const updateMessage = (): void => {
    const snapshot = corpus.snapshot;
    const message = snapshot && snapshot.articles.length && !snapshot.lookup.report.events.length ? 'No events found in these articles yet.' : undefined;
    // Set only when it changes: every set is a change event of the view, which VS Code handles
    // with the tree's own (the first at once, those in the next 200 ms together after them).
    if (view.message !== message) view.message = message;
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
    // A new analysis may replace the tree's nodes while VS Code resolves the reveal ("element is already
    // registered", "node not found"): that reveal is moot, and the next move of the cursor reveals again.
    if (node) view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  });
  return { tree, view, disposable: vscode.Disposable.from(tree, view, follow, corpus.onDidChange(updateMessage)) };
}
