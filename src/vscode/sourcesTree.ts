import * as vscode from 'vscode';
import { claimSupport, comparePaths, countOf } from '../core/view';
import { readableDate } from './dateText';
import { snapshotLabels } from './sourceLabels';
import { TREE_ITEM_CONTEXTS, VIEWS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { excerpt, openCommand } from './locations';
import { SnapshotTree, treeItem, type TreeNode } from './treeBase';

/**
 * Each article with its date, outlet and counts; its children are the claims only it reports.
 * Articles the engine failed on are listed too, in their place, marked as failed.
 */
export class SourcesTree extends SnapshotTree {
  protected *build(snapshot: CorpusSnapshot): Generator<void, TreeNode[]> {
    const analysed = (yield* this.analysedNodes(snapshot)).map((node, i) => ({ node, path: snapshot.lookup.report.documents[i].path }));
    const failed = this.failedNodes(snapshot).map((node, i) => ({ node, path: snapshot.failures[i].path }));
    // The documents are in path order already; a stable sort puts each failed article in its place.
    return [...analysed, ...failed].sort((a, b) => comparePaths(a.path, b.path)).map(({ node }) => node);
  }

  private failedNodes(snapshot: CorpusSnapshot): TreeNode[] {
    return snapshot.failures.map((failure) => ({
      id: `source:${failure.id}`,
      item: treeItem(failure.id, false, {
        description: 'could not be analysed',
        tooltip: `${failure.path}\nCrossread could not analyse this article: ${failure.message}`,
        resourceUri: failure.uri,
        iconPath: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
        command: { command: 'vscode.open', title: 'Open', arguments: [failure.uri] },
        contextValue: 'crossread.failedSource',
      }),
    }));
  }

  /** One node per analysed article, in report order; yields after each. */
  private *analysedNodes(snapshot: CorpusSnapshot): Generator<void, TreeNode[]> {
    const { lookup } = snapshot;
    const labels = snapshotLabels(snapshot);
    const nodes: TreeNode[] = [];
    for (const doc of lookup.report.documents) {
      // Yielding every few claims: a claim carried by dozens of sources has hundreds of matches to count.
      const supports: ReturnType<typeof claimSupport>[] = [];
      for (const claim of doc.claims) {
        supports.push(claimSupport(lookup, claim.id));
        yield;
      }
      const unique = doc.claims.filter((_, i) => supports[i].agrees + supports[i].contradicts === 0);
      const contradicted = supports.filter((support) => support.contradicts > 0).length;
      const counts = `${countOf(doc.claims.length, 'claim')}, ${countOf(unique.length, 'only here', 'only here')}, ${countOf(contradicted, 'contradicted sentence')}, ${countOf(doc.quotes.length, 'quote')}, ${countOf(doc.people.length, 'person mention')}`;
      const date = doc.referenceDate.value ? `${readableDate(doc.referenceDate.value)}${doc.referenceDate.source === 'text' ? ' (inferred)' : ''}` : 'date unknown';
      const node: TreeNode = {
        id: `source:${doc.id}`,
        item: treeItem(labels.get(doc.id) ?? doc.id, unique.length > 0, {
          description: [date, contradicted ? countOf(contradicted, 'contradicted sentence') : null, doc.truncated ? 'cut at the size limit' : null].filter(Boolean).join(' · '),
          tooltip: `${doc.title ? `${doc.title}\n` : ''}${doc.path}\n${counts}${doc.truncated ? `\nOnly the first ${doc.truncated.analysedCharacters.toLocaleString('en-US')} of ${doc.truncated.totalCharacters.toLocaleString('en-US')} characters are analysed (setting crossread.corpus.maxArticleKB).` : ''}`,
          resourceUri: snapshot.uriByDocument.get(doc.id),
          iconPath: new vscode.ThemeIcon(contradicted ? 'warning' : 'book'),
          command: openCommand(snapshot, { document: doc.id, start: 0, end: 0 }),
          contextValue: TREE_ITEM_CONTEXTS.source,
        }),
      };
      node.children = unique.map((claim) => ({
        id: `source:${doc.id}/${claim.id}`,
        item: treeItem(excerpt(snapshot, { document: doc.id, start: claim.start, end: claim.end }), false, {
          tooltip: `Only this source reports:\n\n${claim.text}`,
          iconPath: new vscode.ThemeIcon('circle-small'),
          command: openCommand(snapshot, { document: doc.id, start: claim.start, end: claim.end }),
          contextValue: 'crossread.claim',
        }),
      }));
      nodes.push(node);
      yield;
    }
    return nodes;
  }
}

export function registerSourcesTree(corpus: CorpusService): { tree: SourcesTree; disposable: vscode.Disposable } {
  const tree = new SourcesTree(corpus);
  const view = vscode.window.createTreeView(VIEWS.sources, { treeDataProvider: tree, showCollapseAll: true });
  return { tree, disposable: vscode.Disposable.from(tree, view) };
}
