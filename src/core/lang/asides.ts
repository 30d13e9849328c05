/**
 * Words with which news tells of another happening than its own in passing: a related-story line
 * ("Related: …", "READ MORE: …"), a sentence that says it is about another case ("In an
 * unrelated incident, …", "The fire came two days after a warehouse burned …"), or one that counts
 * cases of a kind ("the 40th homicide this year"). The claim reader
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

/** Plural nouns of happenings a city or a country counts: "over 400 shootings so far this year". */
const TALLIED_HAPPENINGS = words('homicides shootings killings murders stabbings slayings robberies carjackings');
/** Periods over which news counts them. */
const TALLY_PERIODS = ['this year', 'so far this year', 'this month', 'so far this month', 'last year', 'of the year', 'since january', 'since the start of the year', 'since the beginning of the year'];

/**
 * A sentence that counts happenings of a kind over a period ("Police have counted over 400
 * shootings so far this year, among them …") or speaks of their number ("the number of stabbings
 * has doubled"): it tells of many cases, not of the article's own happening. (A case's rank among
 * them, "the city's 41st homicide of the year", is said of the case itself: the nouns are plural.)
 */
export const TALLY = new RegExp(
  `\\b(?:\\d[\\d,]*|(?:hundreds|dozens|thousands)\\s+of)\\s+(?:${alternation(TALLIED_HAPPENINGS)})\\b[^.;]{0,80}?\\b(?:${alternation(TALLY_PERIODS)})\\b|` +
    `\\bthe\\s+number\\s+of\\s+(?:${alternation(TALLIED_HAPPENINGS)})\\b`,
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
const TALLY_WORD = new RegExp(alternation(TALLIED_HAPPENINGS), 'iu');

/** `OTHER_CASE.test(text)`, without running it on texts that lack what it needs (about nine claims in ten). */
export function tellsOfOtherCase(text: string): boolean {
  return ((OTHER_CASE_OPENING.test(text) || TIME_APART_VERB.test(text)) && OTHER_CASE.test(text)) || (TALLY_WORD.test(text) && TALLY.test(text));
}
