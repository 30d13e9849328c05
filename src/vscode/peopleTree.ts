import * as vscode from 'vscode';
import { countOf, independentSourceCount, spanAt } from '../core/view';
import { VIEWS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { labelOf } from './sourceLabels';
import { excerpt, openCommand } from './locations';
import { SnapshotTree, treeItem, type TreeNode } from './treeBase';

/** Child nodes (quotes, mentions) made between two yields of the build. */
const CHILDREN_PER_STEP = 50;

/** Each person with their mentions and quotes across the sources, most mentioned first. */
export class PeopleTree extends SnapshotTree {
  protected *build(snapshot: CorpusSnapshot): Generator<void, TreeNode[]> {
    const { lookup } = snapshot;
    const people = [...lookup.report.people].sort(
      (a, b) => (lookup.mentionsByPerson.get(b.id)?.length ?? 0) - (lookup.mentionsByPerson.get(a.id)?.length ?? 0) || a.name.localeCompare(b.name),
    );
    yield;
    const nodes: TreeNode[] = [];
    for (const person of people) {
      const mentions = lookup.mentionsByPerson.get(person.id) ?? [];
      const quotes = lookup.quotesBySpeaker.get(person.id) ?? [];
      const roles = [...new Set(person.roles.map((r) => r.text))];
      const node: TreeNode = {
        id: `person:${person.id}`,
        item: treeItem(person.name, mentions.length + quotes.length > 0, {
          // Sources as the hover's person line counts them: copies of one story once.
          description: `${countOf(mentions.length, 'mention')} · ${countOf(quotes.length, 'quote')} · ${countOf(independentSourceCount(lookup, person.documents), 'source')}`,
          tooltip: [
            person.name,
            roles.length ? `Roles: ${roles.join('; ')}` : '',
            // The engine's reason names the documents by id: here each role is named with its source's label.
            ...(person.roleConflicts ?? []).map((c) => `Roles conflict: "${c.a.text}" in ${labelOf(snapshot, c.a.document)} vs "${c.b.text}" in ${labelOf(snapshot, c.b.document)}`),
            person.aliases.length ? `Also: ${person.aliases.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
          iconPath: new vscode.ThemeIcon(person.roleConflicts?.length ? 'warning' : 'person'),
          contextValue: 'crossread.person',
        }),
      };
      const sourceName = (id: string): string => labelOf(snapshot, id);
      // Yielding every few dozen children: the most mentioned person of a large corpus has thousands.
      const children: TreeNode[] = [];
      for (const [i, { document, quote }] of quotes.entries()) {
        children.push({
          id: `person:${person.id}/quote/${document}/${i}`,
          item: treeItem(`“${excerpt(snapshot, { document, start: quote.start, end: quote.end }, 80)}”`, false, {
            description: sourceName(document),
            tooltip: `${person.name} in ${sourceName(document)}:\n\n“${quote.text}”`,
            iconPath: new vscode.ThemeIcon('quote'),
            command: openCommand(snapshot, { document, start: quote.start, end: quote.end }),
          }),
        });
        if (children.length % CHILDREN_PER_STEP === 0) yield;
      }
      for (const [i, { document, mention }] of mentions.entries()) {
        const claims = lookup.spansByDocument.get(document)?.claims;
        const claim = claims && spanAt(claims, mention.start);
        children.push({
          id: `person:${person.id}/mention/${document}/${i}`,
          item: treeItem(mention.text, false, {
            description: `${sourceName(document)}${claim ? ` — ${excerpt(snapshot, { document, start: claim.start, end: claim.end }, 70)}` : ''}`,
            iconPath: new vscode.ThemeIcon('mention'),
            command: openCommand(snapshot, { document, start: mention.start, end: mention.end }),
          }),
        });
        if (children.length % CHILDREN_PER_STEP === 0) yield;
      }
      node.children = children;
      nodes.push(node);
      yield;
    }
    return nodes;
  }
}

export function registerPeopleTree(corpus: CorpusService): { tree: PeopleTree; disposable: vscode.Disposable } {
  const tree = new PeopleTree(corpus);
  const view = vscode.window.createTreeView(VIEWS.people, { treeDataProvider: tree, showCollapseAll: true });
  return { tree, disposable: vscode.Disposable.from(tree, view) };
}
