import { SENTENCE_OPENERS } from '../../lang/stopWords';
import { TITLE_ABBREVIATIONS, TRAILING_ABBREVIATIONS } from '../../lang/abbreviations';
import { speechVerbPattern } from '../../lang/speechVerbs';
import type { ArticleText, LineKind, Span } from '../text';

export interface Sentence extends Span {
  /** Index into `ArticleText.lines` of the line the sentence starts on. */
  line: number;
  lineKind: LineKind;
}

const enum Ch {
  Tab = 9,
  Space = 32,
  Bang = 33,
  DoubleQuote = 34,
  SingleQuote = 39,
  CloseParen = 41,
  Period = 46,
  Question = 63,
  CloseBracket = 93,
  Nbsp = 0xa0,
  RightSingle = 0x2019,
  RightDouble = 0x201d,
  Ellipsis = 0x2026,
}

function isSpace(code: number): boolean {
  return code === Ch.Space || code === Ch.Tab || code === Ch.Nbsp || code === 13 || (code >= 0x2000 && code <= 0x200a);
}

function isTerminator(code: number): boolean {
  return code === Ch.Period || code === Ch.Bang || code === Ch.Question || code === Ch.Ellipsis;
}

/** Characters that close a sentence after its final punctuation: quotes and brackets. */
function isCloser(code: number): boolean {
  return code === Ch.DoubleQuote || code === Ch.SingleQuote || code === Ch.RightDouble || code === Ch.RightSingle ||
    code === Ch.CloseParen || code === Ch.CloseBracket;
}

function isQuoteMark(code: number): boolean {
  return code === Ch.DoubleQuote || code === Ch.SingleQuote || code === Ch.RightDouble || code === Ch.RightSingle;
}

/** The words after a quoted question: a name of up to four words and a speech verb. */
const ATTRIBUTION_AHEAD = new RegExp(`^(?:[A-Z][\\w.'’-]*\\s+){1,4}${speechVerbPattern('question')}\\b`);

function isLowerLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

function isUpperLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/**
 * Decides whether the terminator run text[from, to) (already known to be followed by a space and
 * `next`, the first character of the following word at `nextAt`) ends a sentence.
 */
function endsSentence(text: string, lineStart: number, from: number, to: number, nextAt: number): boolean {
  const next = text.charCodeAt(nextAt);
  // A lower-case continuation never starts a sentence: "points… which", "13th. for talks".
  if (isLowerLetter(next)) return false;
  const single = to - from === 1 && text.charCodeAt(from) === Ch.Period;
  // A quoted question or exclamation followed by its attribution goes on: '“Why?” Yanes asked.'
  if (to - from >= 1 && text.charCodeAt(from) !== Ch.Period && isQuoteMark(text.charCodeAt(nextAt - 2)) && ATTRIBUTION_AHEAD.test(text.slice(nextAt, nextAt + 80))) {
    return false;
  }
  if (!single) {
    // "E! News", "E! -series": a one-letter brand with "!" is a name, not an exclamation.
    if (to - from === 1 && text.charCodeAt(from) === Ch.Bang && from - 1 >= lineStart && isUpperLetter(text.charCodeAt(from - 1)) &&
      (from - 2 < lineStart || isSpace(text.charCodeAt(from - 2)))) return false;
    return true; // "!", "?", "...", "…", "?!" followed by a non-lower-case word
  }
  // The word before the period, back to a space or an opening bracket/quote.
  let wordStart = from;
  while (wordStart > lineStart) {
    const c = text.charCodeAt(wordStart - 1);
    if (isSpace(c) || c === 40 || c === 0x201c || c === 0x2018 || c === Ch.DoubleQuote) break;
    wordStart--;
  }
  const word = text.slice(wordStart, from);
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  // ". 38-caliber", "career. 290 hitter": a period between a lower-case word and a number is a
  // decimal point the source's tokeniser detached, not a boundary ("in 2008. 12 people" keeps it).
  if (next >= 48 && next <= 57 && isLowerLetter(word.charCodeAt(0))) return false;
  // An initial: "J. R. R. Tolkien", "Robert J. Pickell", "Harry S. Truman".
  if (word.length === 1 && isUpperLetter(word.charCodeAt(0))) return false;
  if (TITLE_ABBREVIATIONS.has(lower)) {
    // "No. 5", "Jan. 3", "Gen. Smith": the abbreviation binds to what follows. "in Jan. The" is rare.
    return false;
  }
  const nextWord = wordAt(text, nextAt);
  if (TRAILING_ABBREVIATIONS.has(lower) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // "Apple Inc. announced" vs "… Apple Inc. The company"; "the U.S. Special Envoy" vs "the U.S. The talks".
    if (isUpperLetter(next)) return SENTENCE_OPENERS.has(nextWord.toLowerCase());
    // "EADS N.V. (EADS)", "6:40 p.m. (GMT +8)", "Apple Inc. - and": only a quote opens a sentence.
    return next === 0x201c || next === 0x2018 || next === Ch.DoubleQuote;
  }
  return true;
}

function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!(isLowerLetter(c) || isUpperLetter(c))) break;
    end++;
  }
  return text.slice(at, end);
}

/**
 * Splits text[start, end) (one line) into sentence spans, trimmed of surrounding spaces.
 * A sentence ends at ".", "!", "?", "…" or "..." followed by a space and a word that does not
 * continue it; closing quotes and brackets right after the punctuation belong to the sentence.
 */
export function splitSentenceSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isTerminator(code)) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && isTerminator(text.charCodeAt(i))) i++;
    const runEnd = i;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    const sentenceEnd = i;
    // A boundary needs a space after it: "U.S.-Russia", "3.5", "t.co/x", "Yahoo!Sports" go on.
    if (i >= end || !isSpace(text.charCodeAt(i))) {
      if (i >= end) break;
      continue;
    }
    let nextAt = i;
    while (nextAt < end && isSpace(text.charCodeAt(nextAt))) nextAt++;
    if (nextAt >= end) break;
    if (endsSentence(text, start, runStart, runEnd, nextAt)) {
      pushTrimmed(text, spans, sentenceStart, sentenceEnd);
      sentenceStart = nextAt;
    }
    i = nextAt;
  }
  pushTrimmed(text, spans, sentenceStart, end);
  return spans;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

/** Line kinds whose text is split into sentences: the story, and the text of embedded posts. */
function hasSentences(kind: LineKind): boolean {
  return kind === 'body' || kind === 'headline' || kind === 'social';
}

/**
 * Splits the story lines of an article into sentences: body and headline lines, and the text
 * line of embedded social posts (lineKind 'social'; their signature lines are left out).
 * Consumers that want the story only filter on `lineKind`.
 */
export function splitSentences(article: ArticleText): Sentence[] {
  const sentences: Sentence[] = [];
  const signatures = new Set(article.socialPosts.map((post) => post.signature.start));
  const { text } = article;
  article.lines.forEach((line, index) => {
    if (!hasSentences(line.kind)) return;
    if (line.kind === 'social' && signatures.has(line.start)) return;
    for (const span of splitSentenceSpans(text, line.start, line.end)) {
      sentences.push({ start: span.start, end: span.end, line: index, lineKind: line.kind });
    }
  });
  return sentences;
}
