/**
 * Word-level comparison of two sentences for display: which words of a sentence it shares with
 * another, so hover cards can emphasise the shared and the differing words. This is string work
 * on two sentences, not analysis: the decision that they match comes from the engine.
 */
import { FUNCTION_WORDS } from '../lang/stopWords';

export interface WordingToken {
  text: string;
  /** A content word also present in the other sentence. */
  shared: boolean;
  /** Part of a span the engine named as differing (a contradiction's reason). */
  differing: boolean;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*|[^\p{L}\p{N}]+/gu;

function normalise(word: string): string {
  return word.toLowerCase().replace(/[’']s$/, '');
}

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(TOKEN)) {
    const word = normalise(match[0]);
    if (/[\p{L}\p{N}]/u.test(word) && !FUNCTION_WORDS.has(word)) words.add(word);
  }
  return words;
}

/**
 * Tokens of `text` marked against `other`. `differing` lists phrases (from the engine's reason) to
 * mark wherever they occur in `text`.
 */
export function compareWording(text: string, other: string, differing: readonly string[] = []): WordingToken[] {
  const otherWords = contentWords(other);
  const differingRanges: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const phrase of differing) {
    const needle = phrase.toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) differingRanges.push([at, at + needle.length]);
  }
  const tokens: WordingToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const word = /[\p{L}\p{N}]/u.test(match[0]);
    const normalised = normalise(match[0]);
    tokens.push({
      text: match[0],
      word,
      shared: word && !FUNCTION_WORDS.has(normalised) && otherWords.has(normalised),
      differing: word && differingRanges.some(([s, e]) => start < e && end > s),
    });
  }
  return tokens;
}

/** The quoted phrases of a reason such as `"third" vs "fourth"`. */
export function quotedPhrases(reason: string): string[] {
  return [...reason.matchAll(/["“]([^"”]{1,80})["”]/g)].map((m) => m[1]);
}
