/** Building regular-expression sources from vocabulary tables. */

/** Escapes regular-expression syntax in a literal word. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/** The regex source of a trie: shared prefixes written once, longer continuations tried first. */
function trieSource(node: TrieNode): string {
  const branches = [...node.children]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => escapeRegExp(ch) + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  // An optional continuation is greedy: the longer word is tried before the word that ends here.
  return node.end ? (branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${body})?`) : body;
}

/**
 * A non-capturing group matching exactly the given literal words, as a trie ("Jan(?:uary)?"): a
 * word never loses to its own prefix ("January" before "Jan") whatever follows the group, and
 * the engine reads each shared prefix once instead of trying every word in turn.
 */
export function alternation(words: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const word of new Set(words)) {
    let node = root;
    for (const ch of word) {
      let child = node.children.get(ch);
      if (!child) node.children.set(ch, (child = { children: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

/** Splits a whitespace-separated word list (the form most tables are written in). */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
