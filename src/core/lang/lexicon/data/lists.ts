/**
 * Parsers for the hand-written lists in this folder. They return arrays, not sets, so that a
 * duplicate entry stays visible to the lexicon test instead of vanishing into a Set.
 */

/** Splits a whitespace-separated list of single words, lower-cased. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
}

/** Splits a '|'-separated list of (possibly multi-word) names, lower-cased. */
export function phrases(list: string): string[] {
  return list.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean);
}
