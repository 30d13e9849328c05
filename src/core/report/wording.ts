/**
 * Word-level comparison of two sentences for display: which words of a sentence it shares with
 * another, so hover cards can emphasise the shared and the differing words. This is string work
 * on two sentences, not analysis: the decision that they match comes from the engine.
 */
import { FUNCTION_WORDS } from '../lang/stopWords';
import { tokenizeLine } from '../lang/tokenizer';

export interface WordingToken {
  text: string;
  /** A content word also present in the other sentence. */
  shared: boolean;
  /** Part of a span the engine named as differing (a contradiction's reason). */
  differing: boolean;
  word: boolean;
}

const NO_SENTENCE_STARTS: ReadonlySet<number> = new Set();

/** A word of a text (with its tokenizer key) or the run of other characters between two words. */
interface WordingRun {
  start: number;
  end: number;
  word: boolean;
  /** The tokenizer's key of a word; '' for the runs between words. */
  key: string;
}

/**
 * The words of `text` (the engine's tokenizer) with the runs between them, in order. The article
 * stage reads each quote's runs once, so that the corpus stage compares quotes without re-reading text.
 */
function wordingRuns(text: string): WordingRun[] {
  const runs: WordingRun[] = [];
  let at = 0;
  for (const token of tokenizeLine(text, 0, text.length, NO_SENTENCE_STARTS)) {
    if (token.start > at) runs.push({ start: at, end: token.start, word: false, key: '' });
    runs.push({ start: token.start, end: token.end, word: true, key: token.key });
    at = token.end;
  }
  if (at < text.length) runs.push({ start: at, end: text.length, word: false, key: '' });
  return runs;
}

/** The content words (no function words) among `runs`. */
function contentWords(runs: readonly WordingRun[]): Set<string> {
  const words = new Set<string>();
  for (const run of runs) if (run.word && !FUNCTION_WORDS.has(run.key)) words.add(run.key);
  return words;
}

/** The runs of `text` as display tokens, marked as shared with `otherWords` and inside `differing` ranges. */
function markWording(text: string, runs: readonly WordingRun[], otherWords: ReadonlySet<string>, differing: readonly (readonly [number, number])[] = []): WordingToken[] {
  return runs.map(({ start, end, word, key }) => ({
    text: text.slice(start, end),
    word,
    shared: word && !FUNCTION_WORDS.has(key) && otherWords.has(key),
    differing: word && differing.some(([s, e]) => start < e && end > s),
  }));
}

/**
 * Tokens of `text` marked against `other`. `differing` lists phrases (from the engine's reason) to
 * mark wherever they occur in `text`.
 */
export function compareWording(text: string, other: string, differing: readonly string[] = []): WordingToken[] {
  const differingRanges: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const phrase of differing) {
    const needle = phrase.toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) differingRanges.push([at, at + needle.length]);
  }
  return markWording(text, wordingRuns(text), contentWords(wordingRuns(other)), differingRanges);
}
