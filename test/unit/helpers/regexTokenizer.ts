/**
 * The tokenizer's line reading as it was written before its hand-written word scanner: one run of the
 * WORD pattern per word on the line cut out of the text. Kept as the reference the scanner must
 * agree with token for token (test/unit/tokenizer.test.ts); not used by the engine.
 */
import { WORD_ABBREVIATIONS } from '../../../src/core/lang/abbreviations';
import type { WordToken } from '../../../src/core/lang/tokenizer';

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const GLUED_FUNCTION_WORD = /-(?:the|a|an|and|or|but|who|which|that|he|she|they|it|was|is)\b/;
const BOUNDARY_GAP = /(?:[.!?…]["'”’)\]]*\s+["'“‘([]*|[:;]\s+["“‘]|["“‘([]|[—–]\s+)$/;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function isWordChar(c: number): boolean {
  return !Number.isNaN(c) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

export function regexTokenizeLine(text: string, start: number, end: number, sentenceStarts: ReadonlySet<number>): WordToken[] {
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
      possessive = true;
    }
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
    let withPeriod = false;
    if (!possessive && line[tokenEnd] === '.' && (WORD_ABBREVIATIONS.has(key) || word.includes('.') || (word.length === 1 && isUpper(word)))) {
      word += '.';
      withPeriod = true;
      const after = tokenEnd + 1;
      if ((line[after] === "'" || line[after] === '’') && (line[after + 1] === 's' || line[after + 1] === 'S') && !isWordChar(line.charCodeAt(after + 2))) {
        possessive = true;
        WORD.lastIndex = after + 2;
      }
    }
    const gapBefore = line.slice(previousEnd, match.index);
    const absoluteStart = start + match.index;
    const capitalised = isUpper(word[0]);
    tokens.push({
      index: tokens.length,
      flags: -1,
      record: null,
      start: absoluteStart,
      end: start + tokenEnd + (withPeriod ? 1 : 0),
      text: word,
      key,
      capitalised,
      allCaps: capitalised && word.length >= 2 && word === word.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(word),
      possessive,
      hasDigit: /\d/.test(word),
      gapBefore,
      sentenceInitial: tokens.length === 0 || sentenceStarts.has(absoluteStart) || BOUNDARY_GAP.test(gapBefore),
      abbreviationPeriod: withPeriod,
    });
    if (possessive && withPeriod) previousEnd = tokenEnd + 3;
    else if (possessive) previousEnd = match[0].length > word.length ? matchEnd : tokenEnd + 1;
    else previousEnd = withPeriod ? tokenEnd + 1 : tokenEnd;
  }
  return tokens;
}
