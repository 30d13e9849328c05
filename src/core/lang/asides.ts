/**
 * Words with which news tells of another happening than its own in passing: a related-story line
 * ("Related: …", "READ MORE: …"), or a sentence that says it is about another case ("In an
 * unrelated incident, …", "The fire came two days after a warehouse burned …"). The claim reader
 * marks such claims (extract/claims, `ArticleClaim.aside`) and the events stage keeps them out of
 * the article's own event.
 */
import { alternation, words } from './pattern';

/** Labels of a line that links another story. */
const RELATED_LINE_LABELS = ['related', 'related stories', 'related story', 'related coverage', 'related articles', 'related article', 'read more', 'read also', 'also read', 'see also', 'more coverage', 'more on this story', 'recommended'];

/** Adjectives of a case that is not the article's: "in an unrelated incident", "in a separate case". */
const OTHER_CASE_ADJECTIVES = words('unrelated separate another similar earlier');
/** Nouns of a case. */
const CASE_NOUNS = words('incident case shooting attack crash stabbing robbery killing');
/** Words that may open a sentence before its "in an unrelated incident". */
const OTHER_CASE_OPENERS = ['and', 'but', 'meanwhile', 'also'];
/** Verbs that place a happening a time apart: "came a day after a …". */
const TIME_APART_VERBS = ['came', 'comes', 'happened', 'occurred', 'followed'];
/** Spans of time between the article's happening and the one it recalls: "came a day after a …". */
const TIME_APART = ['a day', 'days', 'a week', 'weeks', 'hours', 'a month', 'two days', 'three days', 'just days', 'only days'];

/**
 * A line opening with a related-story label and a separator ("►Related: …", "READ MORE | …"):
 * bullets and arrows before the label are allowed.
 */
export const RELATED_LINE = new RegExp(`^[^\\p{L}\\p{N}]{0,3}(?:${alternation(RELATED_LINE_LABELS)})\\s*[:|»›>–—-]`, 'iu');

/**
 * A sentence that names itself another case: one that opens "In an unrelated incident, …" ("In a
 * similar case …"; later in a sentence the words only qualify a noun: "wanted for burglary in a
 * separate case"), or one that places a happening introduced anew a time apart ("came two days after a warehouse fire…").
 */
export const OTHER_CASE = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:(?:${OTHER_CASE_OPENERS.join('|')}),?\\s+)?in\\s+(?:an?\\s+|the\\s+)?(?:${alternation(OTHER_CASE_ADJECTIVES)})\\s+(?:${alternation(CASE_NOUNS)})\\b|` +
    `\\b(?:${TIME_APART_VERBS.join('|')})\\s+(?:${alternation(TIME_APART)})\\s+(?:after|before)\\s+(?:an?|another)\\s`,
  'iu',
);

/**
 * What OTHER_CASE needs to match, in patterns quick to run on every claim (few match): its first
 * branch opens the text, so the text's first letters must be an opener or "in"; its second needs one
 * of the verbs, which a search for the words alone finds without trying a word boundary at every
 * character (same flags, so the same letters match).
 */
const OTHER_CASE_OPENING = new RegExp(`^[^\\p{L}\\p{N}]*(?:${[...OTHER_CASE_OPENERS, 'in'].join('|')})`, 'iu');
const TIME_APART_VERB = new RegExp(TIME_APART_VERBS.join('|'), 'iu');

/** `OTHER_CASE.test(text)`, without running it on texts that lack what it needs (about nine claims in ten). */
export function tellsOfOtherCase(text: string): boolean {
  return (OTHER_CASE_OPENING.test(text) || TIME_APART_VERB.test(text)) && OTHER_CASE.test(text);
}
