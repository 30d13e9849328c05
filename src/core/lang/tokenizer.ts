/**
 * The one word tokenizer of the engine. It runs once per article, after sentence splitting
 * (`tokenizeArticle`), and every stage reads its tokens: Unicode letters and digits, offsets into
 * the article, a lower-cased key, capitalisation, possessive "'s" split off, abbreviations keeping
 * their period ("U.S.", "Jr.", "Mr."), sentence-initial words, and the characters between a token
 * and the previous one (to tell "Witkoff, a businessman" from "Witkoff said").
 */

export interface WordToken {
  /** Position in its line's token list. */
  index: number;
  /** `WordFlag` bits of `key` (see lang/lexicon); -1 until first asked, via `tokenFlags`. */
  flags: number;
  start: number;
  /** End of the word itself, before a possessive "'s" / "’s". */
  end: number;
  /** The word without a possessive ending (with the period of an abbreviation: "Jr.", "U.S."). */
  text: string;
  /** `text` lower-cased, with a trailing period removed ("mr", "u.s", "jr"). */
  key: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case ("NATO", "CEO", "DONE", "U.S."). */
  allCaps: boolean;
  /** Followed by "'s" / "’s" (or a bare apostrophe after a final s). */
  possessive: boolean;
  hasDigit: boolean;
  /** The text between the previous token (or the line start) and this one. */
  gapBefore: string;
  /** First word of a sentence, of a line, or of a quotation. */
  sentenceInitial: boolean;
  /** `text` ends with an abbreviation's or initial's period, which `end` includes. */
  abbreviationPeriod: boolean;
}

import { WORD_ABBREVIATIONS } from './abbreviations';
import * as lexicon from './lexicon';
import { partitionPoint } from '../util/search';

const { wordFlags } = lexicon;

/** The token's lexicon flags, looked up on first use. */
export function tokenFlags(t: WordToken): number {
  if (t.flags < 0) t.flags = wordFlags(t.key);
  return t.flags;
}

// A word: letters/digits, with inner hyphens, apostrophes and periods ("O'Leary", "U.S", "al-Assad").
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** Upper-case first letter; an ASCII fast path before the Unicode test. */
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A letter or digit (any script), by UTF-16 code; false past the end of a string (NaN). */
export function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** Whether a UTF-16 code is white space, exactly as the regex class `\s` reads it, without a regex per character. */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A hyphen followed by a lower-case function word ("Anger-the"): the hyphen stands for a dash. */
const GLUED_FUNCTION_WORD = /-(?:the|a|an|and|or|but|who|which|that|he|she|they|it|was|is)\b/;

/** Sentence or quotation boundary in the characters before a word. */
const BOUNDARY_GAP = /(?:[.!?…]["'”’)\]]*\s+["'“‘([]*|[:;]\s+["“‘]|["“‘([]|[—–]\s+)$/;

/**
 * Tokenises `text.slice(start, end)`. `sentenceStarts` marks offsets where a sentence begins
 * (from the sentence splitter); boundaries are also guessed from punctuation so that a coarse
 * splitter (one sentence per line) still gives sentence-initial words.
 */
export function tokenizeLine(text: string, start: number, end: number, sentenceStarts: ReadonlySet<number>): WordToken[] {
  const tokens: WordToken[] = [];
  const line = text.slice(start, end);
  WORD.lastIndex = 0;
  let previousEnd = 0;
  for (let match = WORD.exec(line); match !== null; match = WORD.exec(line)) {
    let word = match[0];
    const matchEnd = match.index + word.length;
    let possessive = false;
    const lastChar = word.charCodeAt(word.length - 1);
    if (word.length > 2 && (lastChar === 115 || lastChar === 83) && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if ((lastChar === 115 || lastChar === 83) && (line[matchEnd] === "'" || line[matchEnd] === '’') && !isWordChar(line.charCodeAt(matchEnd + 1))) {
      possessive = true; // "Qantas' fleet"
    }
    // "Lowell Anger-the lead DA": a dash typed as a hyphen glues a name to the next word.
    if (!possessive && word.includes('-') && isUpper(word[0])) {
      const cut = GLUED_FUNCTION_WORD.exec(word);
      if (cut) {
        word = word.slice(0, cut.index);
        WORD.lastIndex = match.index + word.length;
      }
    }
    const tokenEnd = match.index + word.length;
    let key = word.toLowerCase();
    if (key.includes('’')) key = key.replace(/’/g, "'");
    // Keep a following period on abbreviations and initials ("U.S.", "J.", "Jr."), so that "U.S. envoy" stays one run.
    let withPeriod = false;
    if (!possessive && line[tokenEnd] === '.' && (WORD_ABBREVIATIONS.has(key) || word.includes('.') || (word.length === 1 && isUpper(word)))) {
      word += '.';
      withPeriod = true;
      // "the U.S.'s second", "the D.A.'s office": the possessive follows the abbreviation's period.
      const after = tokenEnd + 1;
      if ((line[after] === "'" || line[after] === '’') && (line[after + 1] === 's' || line[after + 1] === 'S') && !isWordChar(line.charCodeAt(after + 2))) {
        possessive = true;
        WORD.lastIndex = after + 2;
      }
    }
    // Most gaps are one space: reuse the constant rather than slicing a new string.
    const gapBefore = match.index - previousEnd === 1 && line.charCodeAt(previousEnd) === 32 ? ' ' : line.slice(previousEnd, match.index);
    const absoluteStart = start + match.index;
    const capitalised = isUpper(word[0]);
    tokens.push({
      index: tokens.length,
      flags: -1, // looked up lazily: most words are never asked about
      start: absoluteStart,
      end: start + tokenEnd + (withPeriod ? 1 : 0),
      text: word,
      key,
      capitalised,
      allCaps: capitalised && word.length >= 2 && word === word.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(word),
      possessive,
      hasDigit: hasDigit(word),
      gapBefore,
      sentenceInitial: tokens.length === 0 || sentenceStarts.has(absoluteStart) || (gapBefore !== ' ' && BOUNDARY_GAP.test(gapBefore)),
      abbreviationPeriod: withPeriod,
    });
    if (possessive && withPeriod) previousEnd = tokenEnd + 3;
    else if (possessive) previousEnd = match[0].length > word.length ? matchEnd : tokenEnd + 1;
    else previousEnd = withPeriod ? tokenEnd + 1 : tokenEnd;
  }
  return tokens;
}

/** The tokens of an article: every line's tokens in text order, tokenised once. */
export interface ArticleTokens {
  tokens: WordToken[];
  /** `tokens[i].start`, for binary search by offset. */
  starts: number[];
}

/** Where sentences begin: the first non-blank character of each. */
export function sentenceStartOffsets(text: string, sentences: readonly { start: number; end: number }[]): Set<number> {
  const starts = new Set<number>();
  for (const sentence of sentences) {
    let s = sentence.start;
    while (s < sentence.end && /\s/.test(text[s])) s++;
    starts.add(s);
  }
  return starts;
}

/** The lines that hold words: every line but blank ones and the front matter. */
export function wordLines(article: { lines: readonly { start: number; end: number; kind: string }[] }): { start: number; end: number }[] {
  return article.lines.filter((line) => line.kind !== 'blank' && line.kind !== 'front-matter');
}

/** Tokenises every line of an article (line by line, so no token crosses a line end). */
export function tokenizeArticle(
  text: string,
  lines: readonly { start: number; end: number }[],
  sentences: readonly { start: number; end: number }[],
): ArticleTokens {
  const sentenceStarts = sentenceStartOffsets(text, sentences);
  const tokens: WordToken[] = [];
  for (const line of lines) for (const token of tokenizeLine(text, line.start, line.end, sentenceStarts)) tokens.push(token);
  return { tokens, starts: tokens.map((t) => t.start) };
}

/** The tokens that start inside `[start, end)`, in order (indexes stay those of their line). */
export function tokensIn(article: ArticleTokens, start: number, end: number): WordToken[] {
  const from = partitionPoint(article.starts, (s) => s < start);
  const to = partitionPoint(article.starts, (s) => s < end);
  return article.tokens.slice(from, to);
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `word` without diacritics ("Erdoğan" → "Erdogan", "Zürich" → "Zurich"): outlets spell names both ways. */
export function foldDiacritics(word: string): string {
  // ASCII needs no work, and most words are ASCII.
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return word.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  return word;
}
