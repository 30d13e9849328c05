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
 * `getParent` never recompute anything while the user scrolls; and only when asked for (VS Code
 * asks for a visible view's roots after the change event), so a new analysis of a large corpus is
 * not followed by building every tree in the same turn, nor a hidden view's at all.
 */
export abstract class SnapshotTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new CountedEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: TreeNode[] = [];
  private readonly byId = new Map<string, TreeNode>();
  /** The snapshot the nodes are still to be built for. */
  private pending: CorpusSnapshot | undefined;
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
    this.pending = snapshot;
    this.changed.fire(undefined);
  }

  /** Builds the nodes of the pending snapshot, if any. */
  private current(): void {
    const snapshot = this.pending;
    if (!snapshot) return;
    this.pending = undefined;
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
  }

  node(id: string): TreeNode | undefined {
    this.current();
    return this.byId.get(id);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return node.item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (node) return node.children ?? [];
    this.current();
    return this.roots;
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
