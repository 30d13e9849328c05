/**
 * Which quotes deserve a speaker hint in the editor ("— Yuri Ushakov" after the closing mark). A
 * hint helps only where the reader cannot see who speaks: a pronoun ("he said"), or a paragraph
 * that continues an earlier speaker's quote. It would mislead where the attribution was read far
 * away, and it only repeats the text where the name is already written beside the quote.
 */
import type { LocalPerson } from '../people';
import type { Sentence } from '../sentences';
import { partitionPoint } from '../../util/search';
import type { QuoteFinding } from './index';
import { nameWords } from './nameWords';

// Unicode-property patterns are module constants, built once: a `\p{…}` pattern made inside a function
// is built again on every call wherever a bundler or runtime compiles it as `new RegExp(…)`.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface SpeakerHint {
  quote: QuoteFinding;
  /** Where the hint goes: after the closing quote mark, when there is one. */
  at: number;
}

/** The words that name a speaker, any of which written beside the quote makes a hint redundant. */
function speakerWords(quote: QuoteFinding, persons: ReadonlyMap<string, LocalPerson>): string[] {
  const speaker = quote.speaker;
  if (!speaker) return [];
  if (speaker.kind === 'person') {
    const person = persons.get(speaker.person);
    return person ? [...new Set([person.name, ...person.aliases].flatMap((form) => nameWords(form)))].filter((w) => w.length > 1) : [];
  }
  return [speaker.kind === 'organisation' ? speaker.name : speaker.text];
}

/** Text of [from, to) with every quote blanked: a name inside a quote is not beside it. */
function outsideQuotes(text: string, quotes: readonly QuoteFinding[], from: number, to: number): string {
  let out = text.slice(from, to);
  for (const q of quotes) {
    if (q.end <= from || q.start >= to) continue;
    const s = Math.max(q.start, from) - from;
    const e = Math.min(q.end, to) - from;
    out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  }
  return out.toLowerCase();
}

function containsWord(haystack: string, word: string): boolean {
  const needle = word.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = at > 0 ? haystack.charAt(at - 1) : ' ';
    const after = haystack.charAt(at + needle.length) || ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

/**
 * The hints of one article: quotes whose speaker was read in their own sentence or carried over
 * from the quote they continue (or the colon line introducing them), whose sentence does not
 * already name the speaker, at most one per speaker and sentence and one per position.
 */
export function speakerHints(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuoteFinding[],
  persons: readonly LocalPerson[],
): SpeakerHint[] {
  const byKey = new Map(persons.map((p) => [p.key, p]));
  const hints: SpeakerHint[] = [];
  const seen = new Set<string>();
  for (const quote of quotes) {
    if (!quote.speaker || !quote.attribution) continue;
    if (quote.reach !== 'sentence' && quote.reach !== 'continuation' && quote.reach !== 'introduction') continue;
    const first = Math.max(0, partitionPoint(sentences, (s) => s.start <= quote.start) - 1);
    const last = Math.max(first, partitionPoint(sentences, (s) => s.start < quote.end) - 1);
    const from = sentences[first]?.start ?? quote.start;
    const to = sentences[last]?.end ?? quote.end;
    const beside = outsideQuotes(text, quotes, from, to);
    const words = speakerWords(quote, byKey);
    if (words.length === 0 || words.some((w) => containsWord(beside, w))) continue;
    const at = /^[”"’']/.test(text.charAt(quote.end)) ? quote.end + 1 : quote.end;
    const who = quote.speaker.kind === 'person' ? quote.speaker.person : words[0];
    // A quote split around its attribution (“…,” he said, “…”) gets one hint, not two.
    const key = `${who}@${first}`;
    if (seen.has(key) || seen.has(`@${at}`)) continue;
    seen.add(key);
    seen.add(`@${at}`);
    hints.push({ quote, at });
  }
  return hints;
}
