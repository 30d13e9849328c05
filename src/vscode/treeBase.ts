import * as vscode from 'vscode';
import { affectsSetting } from './config';
import { CountedEmitter } from './holdings';
import type { CorpusService, CorpusSnapshot } from './corpusService';

/** A tree node: what a view shows, plus how to reach its parent (for `TreeView.reveal`). */
export interface TreeNode {
  id: string;
  item: vscode.TreeItem;
  parent?: TreeNode;
  children?: TreeNode[];
}

/**
 * A tree over the current snapshot. Nodes are built once per snapshot, so labels, reveal and
 * `getParent` never recompute anything while the user scrolls.
 */
export abstract class SnapshotTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new CountedEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  protected roots: TreeNode[] = [];
  protected readonly byId = new Map<string, TreeNode>();
  private readonly subscription: vscode.Disposable;

  constructor(protected readonly corpus: CorpusService) {
    this.subscription = vscode.Disposable.from(
      corpus.onDidChange((snapshot) => this.rebuild(snapshot)),
      // A renamed source (`crossread.sources.labels`) is shown under its new name at once.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSetting(event, 'sources') && corpus.snapshot) this.rebuild(corpus.snapshot);
      }),
    );
    if (corpus.snapshot) this.rebuild(corpus.snapshot);
  }

  protected abstract build(snapshot: CorpusSnapshot): TreeNode[];

  private rebuild(snapshot: CorpusSnapshot): void {
    this.byId.clear();
    this.roots = this.build(snapshot);
    const index = (nodes: TreeNode[], parent?: TreeNode): void => {
      for (const node of nodes) {
        node.parent = parent;
        // VS Code refuses a tree with two elements of one id: keep every id unique whatever the data.
        for (let n = 2; this.byId.has(node.id); n++) node.id = `${node.id.replace(/~\d+$/, '')}~${n}`;
        node.item.id = node.id;
        this.byId.set(node.id, node);
        if (node.children) index(node.children, node);
      }
    };
    index(this.roots);
    this.changed.fire(undefined);
  }

  node(id: string): TreeNode | undefined {
    return this.byId.get(id);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return node.item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? (node.children ?? []) : this.roots;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function treeItem(label: string | vscode.TreeItemLabel, collapsible: boolean, fields: Partial<vscode.TreeItem> = {}): vscode.TreeItem {
  const item = new vscode.TreeItem(label, collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  return Object.assign(item, fields);
}
