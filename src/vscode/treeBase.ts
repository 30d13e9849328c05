import * as vscode from 'vscode';
import { affectsSetting } from './config';
import { runAtOnce, runInSlices, type SliceOptions } from '../node/eventLoop';
import { CountedEmitter } from './holdings';
import type { CorpusService, CorpusSnapshot } from './corpusService';

/** A tree node: what a view shows, plus how to reach its parent (for `TreeView.reveal`). */
export interface TreeNode {
  id: string;
  item: vscode.TreeItem;
  parent?: TreeNode;
  children?: TreeNode[];
}

/** Nodes given ids between two yields of a tree's build: indexing a node costs about a microsecond. */
const NODES_PER_STEP = 500;

/**
 * A tree over the current snapshot. Nodes are built once per snapshot, so labels, reveal and
 * `getParent` never recompute anything while the user scrolls. They are built in slices over
 * several turns of the event loop (a thousand articles make tens of thousands of nodes: built at
 * once, they held the editor for a second), each slice at most a few milliseconds; VS Code is
 * told once the whole tree is built, and until then it holds the previous snapshot's nodes, and so
 * does `node`. A newer snapshot or a rename stops a build under way and starts again.
 */
export abstract class SnapshotTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new CountedEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  protected roots: TreeNode[] = [];
  protected byId = new Map<string, TreeNode>();
  private readonly subscription: vscode.Disposable;
  /** The build under way: set `cancelled` to stop it. */
  private building: { cancelled: boolean } | undefined;

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

  /** The roots of the tree of `snapshot`, yielding between units of work (an event, an article, a person). */
  protected abstract build(snapshot: CorpusSnapshot): Generator<void, TreeNode[]>;

  /** The tree of `snapshot` with its parents and unique ids set, yielding between units of work. */
  private *indexedBuild(snapshot: CorpusSnapshot): Generator<void, { roots: TreeNode[]; byId: Map<string, TreeNode> }> {
    const roots = yield* this.build(snapshot);
    const byId = new Map<string, TreeNode>();
    // Depth first, parents before their children, as the ids were always given.
    const stack: { node: TreeNode; parent?: TreeNode }[] = roots.map((node) => ({ node })).reverse();
    for (let indexed = 1; stack.length; indexed++) {
      const { node, parent } = stack.pop()!;
      node.parent = parent;
      // VS Code refuses a tree with two elements of one id: keep every id unique whatever the data.
      for (let n = 2; byId.has(node.id); n++) node.id = `${node.id.replace(/~\d+$/, '')}~${n}`;
      node.item.id = node.id;
      byId.set(node.id, node);
      if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], parent: node });
      if (indexed % NODES_PER_STEP === 0) yield;
    }
    return { roots, byId };
  }

  /** The roots of the tree of `snapshot` built in one go (the views build it in slices). */
  nodesAtOnce(snapshot: CorpusSnapshot): TreeNode[] {
    return runAtOnce(this.indexedBuild(snapshot)).roots;
  }

  /** The roots of the tree of `snapshot` built in slices, as the views build it (`options` for tests). */
  async nodesInSlices(snapshot: CorpusSnapshot, options?: SliceOptions): Promise<TreeNode[] | undefined> {
    return (await runInSlices(this.indexedBuild(snapshot), options))?.roots;
  }

  private rebuild(snapshot: CorpusSnapshot): void {
    if (this.building) this.building.cancelled = true;
    const job = { cancelled: false };
    this.building = job;
    // The first slice runs now: a small corpus's tree is built and shown in this very turn.
    this.corpus.trackViewWork(runInSlices(this.buildAndShow(snapshot, job), { cancelled: () => job.cancelled }).then(() => undefined));
  }

  /** Builds the tree of `snapshot`, then shows it (in the slice that finishes the build). */
  private *buildAndShow(snapshot: CorpusSnapshot, job: { cancelled: boolean }): Generator<void, void> {
    const tree = yield* this.indexedBuild(snapshot);
    if (job.cancelled) return;
    this.building = undefined;
    this.roots = tree.roots;
    this.byId = tree.byId;
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
    if (this.building) this.building.cancelled = true;
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function treeItem(label: string | vscode.TreeItemLabel, collapsible: boolean, fields: Partial<vscode.TreeItem> = {}): vscode.TreeItem {
  const item = new vscode.TreeItem(label, collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  return Object.assign(item, fields);
}
