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
const NODES_PER_STEP = 100;

/**
 * A tree over the current snapshot. Nodes are built once per snapshot, so labels, reveal and
 * `getParent` never recompute anything while the user scrolls. A thousand articles make tens of
 * thousands of nodes: built in the turn that publishes the analysis, they held the editor for a
 * second. The corpus service therefore has each tree build the nodes of a new snapshot before it
 * publishes it, a few milliseconds per turn (`prepare`); the publishing turn only puts them in
 * place and tells VS Code, as when they were built there: the tree never answers with nodes VS
 * Code has not been told of. A snapshot not prepared, and a rename of a source, are built at once.
 */
export abstract class SnapshotTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new CountedEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  protected roots: TreeNode[] = [];
  protected byId = new Map<string, TreeNode>();
  private readonly subscription: vscode.Disposable;
  /** The nodes built for a snapshot about to be published. */
  private prepared: { snapshot: CorpusSnapshot; tree: { roots: TreeNode[]; byId: Map<string, TreeNode> } } | undefined;

  constructor(protected readonly corpus: CorpusService) {
    this.subscription = vscode.Disposable.from(
      corpus.prepareViews((snapshot) => this.prepare(snapshot)),
      corpus.onDidChange((snapshot) => this.show(snapshot)),
      // A renamed source (`crossread.sources.labels`) is shown under its new name at once.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsSetting(event, 'sources')) return;
        // Nodes prepared before the rename carry the old name.
        this.prepared = undefined;
        if (corpus.snapshot) this.show(corpus.snapshot);
      }),
    );
    if (corpus.snapshot) this.show(corpus.snapshot);
  }

  /** Builds the nodes of `snapshot`, yielding between units of work, for `show` to put in place. */
  private *prepare(snapshot: CorpusSnapshot): Generator<void, void> {
    this.prepared = undefined;
    const tree = yield* this.indexedBuild(snapshot);
    this.prepared = { snapshot, tree };
  }

  /** Shows the tree of `snapshot`: the nodes prepared for it, else built now. */
  private show(snapshot: CorpusSnapshot): void {
    const tree = this.prepared?.snapshot === snapshot ? this.prepared.tree : runAtOnce(this.indexedBuild(snapshot));
    this.prepared = undefined;
    this.roots = tree.roots;
    this.byId = tree.byId;
    this.changed.fire(undefined);
  }

  /** The roots of the tree of `snapshot`, yielding between units of work (an event, an article, a person). */
  protected abstract build(snapshot: CorpusSnapshot): Generator<void, TreeNode[]>;

  /** The tree of `snapshot` with its parents and unique ids set, yielding between units of work. */
  private *indexedBuild(snapshot: CorpusSnapshot): Generator<void, { roots: TreeNode[]; byId: Map<string, TreeNode> }> {
    const roots = yield* this.build(snapshot);
    const byId = new Map<string, TreeNode>();
    /**
     * For each id taken more than once, the suffix number the search for a free one starts at: every
     * lower number is taken already (ids are only added), so the search gives the same id as one
     * from 2 would, without trying hundreds of numbers for an id shared by hundreds of nodes.
     */
    const nextSuffix = new Map<string, number>();
    // Depth first, parents before their children, as the ids were always given.
    const stack: { node: TreeNode; parent?: TreeNode }[] = roots.map((node) => ({ node })).reverse();
    for (let indexed = 1; stack.length; indexed++) {
      const { node, parent } = stack.pop()!;
      node.parent = parent;
      // VS Code refuses a tree with two elements of one id: keep every id unique whatever the data.
      if (byId.has(node.id)) {
        const base = node.id.replace(/~\d+$/, '');
        let n = nextSuffix.get(base) ?? 2;
        for (node.id = `${base}~${n}`; byId.has(node.id); node.id = `${base}~${n}`) n++;
        nextSuffix.set(base, n + 1);
      }
      node.item.id = node.id;
      byId.set(node.id, node);
      if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], parent: node });
      if (indexed % NODES_PER_STEP === 0) yield;
    }
    return { roots, byId };
  }

  /** The roots of the tree of `snapshot` built in one go. */
  nodesAtOnce(snapshot: CorpusSnapshot): TreeNode[] {
    return runAtOnce(this.indexedBuild(snapshot)).roots;
  }

  /** The roots of the tree of `snapshot` built in slices, as `prepare` builds it (`options` for tests). */
  async nodesInSlices(snapshot: CorpusSnapshot, options?: SliceOptions): Promise<TreeNode[] | undefined> {
    return (await runInSlices(this.indexedBuild(snapshot), options))?.roots;
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
    this.prepared = undefined;
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function treeItem(label: string | vscode.TreeItemLabel, collapsible: boolean, fields: Partial<vscode.TreeItem> = {}): vscode.TreeItem {
  const item = new vscode.TreeItem(label, collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  return Object.assign(item, fields);
}
