/**
 * The latest year an article tells, in the past tense, that something happened in ("In 2005, he
 * revealed…", "was released on May 31, 2006"). An article that recalls 2006 as past was written in
 * 2006 or later, whatever its header leaves unsaid: the corpus stage reads this for articles with no
 * date of their own, whose news cannot then be a happening of an earlier year.
 */
import type { DateFinding } from '.';
import { readSentence, tenseAt } from './tense';
import { tokensIn, type ArticleTokens } from '../../lang/tokenizer';
import type { Sentence } from '../sentences';
import { partitionPoint } from '../../util/search';

/** A year written in full in an expression's text. */
const STATED_YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;

/**
 * Words before a year that bound a span of time or schedule rather than place a happening in it,
 * even after a verb in the past: "extended the contract through 2030", "postponed until 2027",
 * "was finished by 2028", "set for 2030". ("It was not until 2005 that…" does place one: see below.)
 */
const LIMIT_BEFORE = new Set(['until', 'till', 'through', 'thru', 'by', 'before', 'to', 'for', 'between']);

/** Lower-case words that may follow "in 2005" without making the year a noun's modifier. */
const TIME_CONTINUATION = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'and', 'but', 'when', 'after', 'before', 'as', 'his', 'her', 'their', 'its',
  'was', 'were', 'had', 'did', 'that', 'which', 'who', 'while', 'then', 'at', 'on', 'in', 'of', 'for', 'with', 'by', 'to', 'from',
]);

/** A negated past before "until": "wasn't", "was not", "did not", "had never". */
const PAST_NEGATION = /(?:^|\s)(?:(?:was|were|did|had)\s+(?:not|never)|(?:wasn|weren|didn|hadn)['’]t)$/;

/**
 * The year of a past-tense expression that states its year and places a happening in it: a month
 * and year or a full date ("May 2005", "Oct. 10, 1972"), or a year after "in" ("in 2005"). A year
 * before a noun names a thing, not a time ("the 2008 Olympics", "a 2006 book"), and one after a
 * bounding word a span ("until 2030"): neither is read.
 */
export function latestToldYear(text: string, sentences: readonly Sentence[], tokens: ArticleTokens, dates: readonly DateFinding[]): number | null {
  let latest: number | null = null;
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  for (const finding of dates) {
    if (finding.kind !== 'date' || finding.value === null) continue;
    const stated = STATED_YEAR.exec(finding.text);
    if (!stated || !finding.value.startsWith(stated[1])) continue;
    const year = Number(stated[1]);
    if (latest !== null && year <= latest) continue;
    const sentence = ordered[partitionPoint(ordered, (s) => s.end <= finding.start)];
    if (!sentence || sentence.start > finding.start) continue;
    const words = tokensIn(tokens, sentence.start, sentence.end);
    const at = partitionPoint(words, (w) => w.start < finding.start);
    const before = words[at - 1]?.key ?? '';
    // "It was not until May 2005 that his family revealed…": the happening is at the date, and the
    // negated past before "until" says it is past (the tense reading takes "until" for the future).
    const notUntil = (before === 'until' || before === 'till') && PAST_NEGATION.test(`${words[at - 3]?.key ?? ''} ${words[at - 2]?.key ?? ''}`);
    if (LIMIT_BEFORE.has(before) && !notUntil) continue;
    const monthOrDay = finding.value.length > 4;
    if (!monthOrDay && before !== 'in' && !notUntil) continue;
    // "in 2005 he resigned" places a happening; "in 2005 elections" names them.
    const after = words[partitionPoint(words, (w) => w.start < finding.end)];
    if (!monthOrDay && after && after.start - finding.end <= 1 && /^[a-z]/.test(after.text) && !after.sentenceInitial && !TIME_CONTINUATION.has(after.key)) continue;
    // Past, and nothing in the sentence speaks of the future: a report of what will happen is told
    // in the past too ("it was announced today that she will host the 2009 ceremony").
    const tense = readSentence(tokens, text, sentence.start, sentence.end);
    if (!notUntil && (tense.markers.some((m) => m.tense === 'future') || tenseAt(tense, finding.start, finding.end) !== 'past')) continue;
    latest = year;
  }
  return latest;
}
