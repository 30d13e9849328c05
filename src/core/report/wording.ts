/**
 * Word-level comparison of two sentences for display: which words of a sentence it shares with
 * another, so hover cards can emphasise the shared and the differing words. This is string work
 * on two sentences, not analysis: the decision that they match comes from the engine.
 */

export interface WordingToken {
  text: string;
  /** A content word also present in the other sentence. */
  shared: boolean;
  /** Part of a span the engine named as differing (a contradiction's reason). */
  differing: boolean;
  word: boolean;
}

const FUNCTION_WORDS = new Set(
  'a an the and or but of in on at to for from by with as is are was were be been being has have had do does did it its this that these those he she they his her their them him we our you your i not no than then so such there here which who whom whose what when where while also into over after before about up out more most very can could would should will may might must said says say'.split(' '),
);

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
