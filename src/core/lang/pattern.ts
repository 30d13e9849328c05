/** Building regular-expression sources from vocabulary tables. */

/** Escapes regular-expression syntax in a literal word. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A non-capturing alternation of literal words, longest first, so that a word never loses to its
 * own prefix ("January" before "Jan") whatever follows the group.
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map(escapeRegExp).join('|')})`;
}

/** Splits a whitespace-separated word list (the form most tables are written in). */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
