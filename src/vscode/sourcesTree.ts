import * as vscode from 'vscode';
import { claimSupport, countOf } from '../core';
import { VIEWS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { excerpt, openCommand } from './locations';
import { SnapshotTree, treeItem, type TreeNode } from './treeBase';

/** Each article with its date, outlet and counts; its children are the claims only it reports. */
export class SourcesTree extends SnapshotTree {
  protected build(snapshot: CorpusSnapshot): TreeNode[] {
    const { lookup } = snapshot;
    return lookup.report.documents.map((doc) => {
      const supports = doc.claims.map((c) => claimSupport(lookup, c.id));
      const unique = doc.claims.filter((_, i) => supports[i].agrees + supports[i].contradicts === 0);
      const contradicted = supports.filter((support) => support.contradicts > 0).length;
      const counts = `${countOf(doc.claims.length, 'claim')}, ${countOf(unique.length, 'only here', 'only here')}, ${countOf(contradicted, 'contradicted', 'contradicted')}, ${countOf(doc.quotes.length, 'quote')}, ${countOf(doc.people.length, 'person mention')}`;
      const date = doc.referenceDate.value ? `${doc.referenceDate.value}${doc.referenceDate.source === 'text' ? ' (inferred)' : ''}` : 'date unknown';
      const node: TreeNode = {
        id: `source:${doc.id}`,
        item: treeItem(doc.title ?? doc.id, unique.length > 0, {
          description: [doc.source, date].filter(Boolean).join(' · '),
          tooltip: `${doc.path}\n${counts}`,
          resourceUri: snapshot.uriByDocument.get(doc.id),
          iconPath: new vscode.ThemeIcon(contradicted ? 'warning' : 'book'),
          command: openCommand(snapshot, { document: doc.id, start: 0, end: 0 }),
          contextValue: 'crossread.source',
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
      return node;
    });
  }
}

export function registerSourcesTree(corpus: CorpusService): { tree: SourcesTree; disposable: vscode.Disposable } {
  const tree = new SourcesTree(corpus);
  const view = vscode.window.createTreeView(VIEWS.sources, { treeDataProvider: tree, showCollapseAll: true });
  return { tree, disposable: vscode.Disposable.from(tree, view) };
}
