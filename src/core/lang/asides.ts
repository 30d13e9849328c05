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
  `^[^\\p{L}\\p{N}]*(?:(?:and|but|meanwhile|also),?\\s+)?in\\s+(?:an?\\s+|the\\s+)?(?:${alternation(OTHER_CASE_ADJECTIVES)})\\s+(?:${alternation(CASE_NOUNS)})\\b|` +
    `\\b(?:came|comes|happened|occurred|followed)\\s+(?:${alternation(TIME_APART)})\\s+(?:after|before)\\s+(?:an?|another)\\s`,
  'iu',
);
