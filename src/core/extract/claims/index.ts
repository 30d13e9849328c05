import { PAGE_STAMP_SENTENCE } from '../../lang/pageStamps';
import { speechVerbForms } from '../../lang/speechVerbs';
import type { ClaimMention } from '../../report';
import type { Sentence } from '../sentences';
import type { ArticleText } from '../text';

// Unicode-property patterns are module constants, built once: a `\p{…}` pattern made inside a function
// is built again on every call wherever a bundler or runtime compiles it as `new RegExp(…)`.
const TWO_LETTERS = /\p{L}{2}/u;

/** Fewer words than this in a headline is a label ("Ukraine talks"), not an assertion. */
const MIN_HEADLINE_WORDS = 4;
/** Fewer words than this in a body sentence is a fragment ("Jim.", "Oy.", "I agree."). */
const MIN_BODY_WORDS = 3;

/** A sentence that only asks: it ends in a question mark, perhaps inside closing quotes/brackets. */
const QUESTION_END = /\?[\s"'”’)\]]*[;:]?$/;

/**
 * A quoted question and its attribution: “How many times…?” Clinton said. / What else could it
 * be?" he asked. The quote asks; the sentence asserts only that it was asked. Group 1 is what
 * follows the closing quote.
 */
const QUOTED_QUESTION = /^\s*[“"‘']?[^“”"?]*\?[’'”"]+[\s,—–-]*([^“”"]*)$/;
const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([...speechVerbForms('quote'), ...speechVerbForms('question')]);
const TAIL_WORD = /[\p{L}'’]+/gu;
/** The attribution after a quoted question: a short tail with a verb of saying in its first words. */
function isAttributionTail(tail: string): boolean {
  const words = tail.match(TAIL_WORD) ?? [];
  return words.length > 0 && words.length <= 20 && words.slice(0, 5).some((w) => SPEECH_VERB_FORMS.has(w.toLowerCase()));
}

/** Whether a sentence asks rather than asserts: a question, or a quoted question with only its attribution after it. */
export function isQuestionSentence(text: string): boolean {
  if (QUESTION_END.test(text)) return true;
  const quoted = QUOTED_QUESTION.exec(text);
  return quoted !== null && isAttributionTail(quoted[1]);
}

/** A sentence that is only a date, time or place-and-date stamp, which asserts nothing. */
const STAMP = /^[\p{Lu}\s,.-]*\b(?:\d{1,2}[:.]\d{2}|\d{4})\b[\s\p{L}\d,.:-]{0,20}$/u;

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether a sentence asserts something: a story sentence, long enough, not a question or stamp. */
export function isClaimSentence(text: string, sentence: Sentence): boolean {
  if (sentence.lineKind !== 'body' && sentence.lineKind !== 'headline') return false;
  const words = wordCount(text);
  if (words < (sentence.lineKind === 'headline' ? MIN_HEADLINE_WORDS : MIN_BODY_WORDS)) return false;
  if (!TWO_LETTERS.test(text)) return false;
  if (isQuestionSentence(text)) return false;
  if (words <= 6 && STAMP.test(text)) return false;
  // A page's time stamp written as a sentence: "(Published Friday, May 2, 2025)", "Updated: 9:40 a.m. EDT".
  if (words <= 10 && PAGE_STAMP_SENTENCE.test(text)) return false;
  return true;
}

/**
 * Each sentence that asserts something is a claim, with the id `${documentId}#${n}`: n counts
 * claims from 1 in document order, so the same text always gives the same ids.
 */
export function extractClaims(article: ArticleText, sentences: readonly Sentence[], documentId: string): ClaimMention[] {
  const claims: ClaimMention[] = [];
  for (const sentence of sentences) {
    const text = article.text.slice(sentence.start, sentence.end);
    if (!isClaimSentence(text, sentence)) continue;
    claims.push({ id: `${documentId}#${claims.length + 1}`, start: sentence.start, end: sentence.end, text });
  }
  return claims;
}
