/**
 * The words of a web page's time stamp ("Updated 9:40 a.m.", "(Published Friday, May 2, 2025)",
 * "First Posted 23:37:00 05/05/2010"): a date or time after one of them says when the page was
 * written, not when anything happened.
 */
import { MONTH_WORD_PATTERN } from './months';
import { alternation, words } from './pattern';
import { WEEKDAY_WORD_PATTERN } from './weekdays';

/** Verbs that open a page's time stamp. */
export const PAGE_STAMP_VERBS: readonly string[] = words('published updated posted modified edited');

const VERB = alternation(PAGE_STAMP_VERBS);

/** A stamp's opening right before a date or time: "Updated", "Last updated on:", "Posted at". A regular-expression source to end a pattern with. */
export const PAGE_STAMP_OPENING = String.raw`\b(?:(?:last|first)\s+)?${VERB}(?:\s+(?:at|on))?\s*:?\s*`;

/** What a stamp's date and time are written with: numbers, months, weekdays, a.m./p.m., time zones. */
const DATE_PART = String.raw`(?:\d+|(?:${MONTH_WORD_PATTERN}|${WEEKDAY_WORD_PATTERN}|[ap]\.?m|[A-Z]{1,2}[SD]?T|GMT|UTC|at|on)\b|[\s,.:/-])`;

/**
 * A whole sentence that is only a stamp: the opening, then nothing but a date or time with a number
 * in it, in brackets or not. "Updated guidance was issued on Friday" and "Posted guards stood at
 * every gate" are no stamps.
 */
export const PAGE_STAMP_SENTENCE = new RegExp(String.raw`^\(?\s*${PAGE_STAMP_OPENING}(?=[^()]*\d)${DATE_PART}{1,40}\)?\.?$`, 'i');
