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
  /** The lexicon's record of `key` (flags, claim reading), shared by every token of the word; null until first asked, via `tokenRecord`. */
  record: WordRecord | null;
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
import { recordFlags, wordRecord, type WordRecord } from './lexicon';
import { partitionPoint } from '../util/search';

/** The lexicon's record of the token's word, looked up on first use. */
export function tokenRecord(t: WordToken): WordRecord {
  return (t.record ??= wordRecord(t.key));
}

/** The token's lexicon flags, looked up on first use (and kept in the token: a stage asks them of a token many times). */
export function tokenFlags(t: WordToken): number {
  if (t.flags < 0) t.flags = recordFlags(tokenRecord(t), t.key);
  return t.flags;
}

// A word: letters/digits, with inner hyphens, apostrophes and periods ("O'Leary", "U.S", "al-Assad"):
// what the pattern /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu matches. `wordEnd` below reads it by hand,
// without a match array and a regex run per word (the tokenizer's largest costs); the unit tests
// hold it to the pattern (test/unit/helpers/regexTokenizer.ts).
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

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/**
 * Whether each code point of the Basic Multilingual Plane is a letter or digit, filled in as met:
 * 0 not yet asked, 1 yes, 2 no. Non-ASCII text (names with accents, other scripts) would otherwise
 * run a Unicode pattern per character.
 */
const bmpWordChar = new Uint8Array(0x10000);

/** A letter or digit (`\p{L}` or `\p{N}`) by code point. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let known = bmpWordChar[cp];
  if (known === 0) {
    // A lone surrogate is no code point of its own: the pattern reads it as no letter.
    known = cp < 0xd800 || cp > 0xdfff ? (LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2) : 2;
    bmpWordChar[cp] = known;
  }
  return known === 1;
}

/**
 * The UTF-16 length of the letter or digit at `i` in `text[0, end)` (2 for a surrogate pair, as a
 * `u` pattern reads it), or 0 when there is none.
 */
function wordCharLength(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isWordCodePoint((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isWordCodePoint(c) ? 1 : 0;
}

/** Whether a UTF-16 code joins two runs of letters inside a word: "-", "'", "’", ".". */
function isWordJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46;
}

/**
 * Where the word starting at `start` (a letter or digit) ends in `text[0, end)`: what the word
 * pattern matches there. The pattern is greedy and each repetition needs a joiner followed by a letter, so the
 * longest run of "letters (joiner letters)*" is its match.
 */
function wordEnd(text: string, start: number, end: number): number {
  let i = start;
  for (;;) {
    for (let n = wordCharLength(text, i, end); n > 0; n = wordCharLength(text, i, end)) i += n;
    if (i + 1 < end && isWordJoiner(text.charCodeAt(i)) && wordCharLength(text, i + 1, end) > 0) i++;
    else return i;
  }
}

/** `word.toLowerCase()`, without the call for a word of ASCII lower-case letters and digits (most words). */
function lowerCaseKey(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}

/** Whether `word` has two or more letters, all upper case, as `allCaps` means it; ASCII without allocating. */
function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word === word.toUpperCase() && TWO_CAPITALS.test(word);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 2;
}

/** A letter or digit (any script), by UTF-16 code; false past the end of a string (NaN). */
export function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  // A lone code unit: a surrogate half is no letter of its own (`isWordCodePoint` says so).
  return isWordCodePoint(c);
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
  tokenizeInto(tokens, null, text, start, end, sentenceStarts);
  return tokens;
}

/**
 * Appends the tokens of `text.slice(start, end)` to `tokens` (their `index` counts from the line's
 * first). The line is read in place, by offsets into `text`, and never past `end`: a word, a
 * possessive or an abbreviation's period is what it would be in the line cut out on its own.
 * Words are found by `wordEnd` rather than by running the word pattern, which made a match array per word.
 */
function tokenizeInto(tokens: WordToken[], starts: number[] | null, text: string, start: number, end: number, sentenceStarts: ReadonlySet<number>): void {
  const first = tokens.length;
  /** The character at `k` in the line, or undefined past its end (as indexing the cut-out line gives). */
  const charAt = (k: number): string | undefined => (k < end ? text[k] : undefined);
  let previousEnd = start;
  let i = start;
  while (i < end) {
    const startLength = wordCharLength(text, i, end);
    if (startLength === 0) {
      i++;
      continue;
    }
    const wordStart = i;
    const matchEnd = wordEnd(text, wordStart, end);
    i = matchEnd;
    let word = text.slice(wordStart, matchEnd);
    let possessive = false;
    const lastChar = word.charCodeAt(word.length - 1);
    if (word.length > 2 && (lastChar === 115 || lastChar === 83) && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if ((lastChar === 115 || lastChar === 83) && (charAt(matchEnd) === "'" || charAt(matchEnd) === '’') && !isWordChar(matchEnd + 1 < end ? text.charCodeAt(matchEnd + 1) : NaN)) {
      possessive = true; // "Qantas' fleet"
    }
    // "Lowell Anger-the lead DA": a dash typed as a hyphen glues a name to the next word.
    if (!possessive && isUpper(word[0]) && word.includes('-')) {
      const cut = GLUED_FUNCTION_WORD.exec(word);
      if (cut) {
        word = word.slice(0, cut.index);
        i = wordStart + word.length;
      }
    }
    const tokenEnd = wordStart + word.length;
    let key = lowerCaseKey(word);
    if (key.includes('’')) key = key.replace(/’/g, "'");
    // Keep a following period on abbreviations and initials ("U.S.", "J.", "Jr."), so that "U.S. envoy" stays one run.
    let withPeriod = false;
    if (!possessive && charAt(tokenEnd) === '.' && (WORD_ABBREVIATIONS.has(key) || word.includes('.') || (word.length === 1 && isUpper(word)))) {
      word += '.';
      withPeriod = true;
      // "the U.S.'s second", "the D.A.'s office": the possessive follows the abbreviation's period.
      const after = tokenEnd + 1;
      if ((charAt(after) === "'" || charAt(after) === '’') && (charAt(after + 1) === 's' || charAt(after + 1) === 'S') && !isWordChar(after + 2 < end ? text.charCodeAt(after + 2) : NaN)) {
        possessive = true;
        i = after + 2;
      }
    }
    // Most gaps are one space: reuse the constant rather than slicing a new string.
    const gapBefore = wordStart - previousEnd === 1 && text.charCodeAt(previousEnd) === 32 ? ' ' : text.slice(previousEnd, wordStart);
    const capitalised = isUpper(word[0]);
    tokens.push({
      index: tokens.length - first,
      flags: -1, // looked up lazily: most words are never asked about
      record: null,
      start: wordStart,
      end: tokenEnd + (withPeriod ? 1 : 0),
      text: word,
      key,
      capitalised,
      allCaps: capitalised && isAllCaps(word),
      possessive,
      hasDigit: hasDigit(word),
      gapBefore,
      sentenceInitial: tokens.length === first || sentenceStarts.has(wordStart) || (gapBefore !== ' ' && BOUNDARY_GAP.test(gapBefore)),
      abbreviationPeriod: withPeriod,
    });
    starts?.push(wordStart);
    if (possessive && withPeriod) previousEnd = tokenEnd + 3;
    else if (possessive) previousEnd = matchEnd > wordStart + word.length ? matchEnd : tokenEnd + 1;
    else previousEnd = withPeriod ? tokenEnd + 1 : tokenEnd;
  }
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
    while (s < sentence.end && isWhitespaceCode(text.charCodeAt(s))) s++;
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
  // The starts are written as the tokens are made: a second pass would read every token object again.
  const starts: number[] = [];
  for (const line of lines) tokenizeInto(tokens, starts, text, line.start, line.end, sentenceStarts);
  return { tokens, starts };
}

/** The position in `article.tokens` of the first token that starts at or after `offset`. */
export function tokenIndexAt(article: ArticleTokens, offset: number): number {
  return partitionPoint(article.starts, (s) => s < offset);
}

/** The tokens that start inside `[start, end)`, in order (indexes stay those of their line). */
export function tokensIn(article: ArticleTokens, start: number, end: number): WordToken[] {
  return article.tokens.slice(tokenIndexAt(article, start), tokenIndexAt(article, end));
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `word` without diacritics ("Erdoğan" → "Erdogan", "Zürich" → "Zurich"): outlets spell names both ways. */
export function foldDiacritics(word: string): string {
  // ASCII needs no work, and most words are ASCII.
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return word.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  return word;
}
