/**
 * Short event labels ("Witkoff meets Putin in Moscow") rewritten from one claim clause: people
 * shortened to their surnames with the roles written before them dropped, opening adverbials,
 * dates and subordinate clauses cut, the first verb after the subject put in the present when its
 * form is known, and the event's place appended when the clause does not name it.
 */
import type { PersonSpan } from './units';
import { COMMON_WORD_SET } from '../../lang/lexicon';
import { MONTH_NAME_PATTERN, MONTH_WORD_PATTERN } from '../../lang/months';
import { speechVerbPattern } from '../../lang/speechVerbs';
import { LABEL_CONJUNCTIONS, LABEL_PRONOUNS } from '../../lang/stopWords';
import { LABEL_ROLE_WORDS } from '../../lang/titles';
import { ACTION_OF_FORM, CHARGE_WORDS } from '../../lang/factWords';
import { isWhitespaceCode } from '../../lang/tokenizer';
import { WEEKDAY_PATTERN } from '../../lang/weekdays';

export const LABEL_MAX_LENGTH = 60;

/** `text` cut to LABEL_MAX_LENGTH at its last space ("…" marking the cut), or at the limit when it has none. */
export function cutLabel(text: string): string {
  if (text.length <= LABEL_MAX_LENGTH) return text;
  const space = text.lastIndexOf(' ', LABEL_MAX_LENGTH - 1);
  return `${text.slice(0, space > 0 ? space : LABEL_MAX_LENGTH - 1)}…`;
}

/** Where a label candidate was cut from: the whole clause, the part around its date, or that part completed. */
export type LabelOrigin = 'clause' | 'dateSegment' | 'completed';

/**
 * A label for one clause, written by the article stage so that the corpus stage only compares and
 * picks: the label without a place, how well it reads, whom it names, and what it becomes when the
 * event's place is one the clause names.
 */
export interface LabelCandidate {
  origin: LabelOrigin;
  /** At most LABEL_MAX_LENGTH characters, never opening with a conjunction. */
  text: string;
  /** `labelQuality(text)`. */
  quality: number;
  /** Words in `text`. */
  words: number;
  /** Cut short with an ellipsis. */
  cutShort: boolean;
  /** Opens with a pronoun or a conjunction ("They cheered", "And"): a label only when nothing else is at hand. */
  leansOnSentence: boolean;
  /** People (the article's person keys; merged ids in the corpus stage) whose surname the label keeps. */
  people: string[];
  /**
   * Places of the clause (lower-cased, as the claim features give them) the clause names, with the
   * label cut after "in/at … <place>" when that place is the event's (null when no such phrase), and
   * whether the label itself names it.
   */
  places: { place: string; text: string | null; named: boolean }[];
  /** The label already says where ("in Moscow", "at Vnukovo"): no place is appended. */
  saysWhere: boolean;
  /** A verb after its first word says what happened ("Voss shoots Price"); "Naples police" names no happening. */
  saysWhatHappened: boolean;
  /** Characters left before LABEL_MAX_LENGTH: whether " in <place>" fits. */
  room: number;
}

/** One clause to label, with its position in the file and the named people in it. */
export interface LabelSource {
  text: string;
  start: number;
  people: readonly PersonSpan[];
}

/**
 * Past forms put in the present after the subject. Only verbs that headlines and leads rarely use as
 * bare passives ("Hiller Charged With Murder" must not become "Hiller charges with murder").
 */
const PRESENT_OF_PAST: Record<string, string> = {
  met: 'meets', said: 'says', told: 'tells', won: 'wins', lost: 'loses', beat: 'beats', fled: 'flees', began: 'begins',
  left: 'leaves', came: 'comes', gave: 'gives', visited: 'visits', announced: 'announces', hosted: 'hosts',
  welcomed: 'welcomes', died: 'dies', joined: 'joins', played: 'plays', warned: 'warns', urged: 'urges', agreed: 'agrees',
  offered: 'offers', signed: 'signs', launched: 'launches', issued: 'issues', confirmed: 'confirms', rejected: 'rejects',
  claimed: 'claims', escaped: 'escapes', entered: 'enters', checked: 'checks', spoke: 'speaks', wrote: 'writes',
  rose: 'rises', flew: 'flies', drove: 'drives', sought: 'seeks', became: 'becomes', went: 'goes', saw: 'sees',
  paid: 'pays', received: 'receives', took: 'takes', made: 'makes', threw: 'throws', grew: 'grows', knew: 'knows',
  arrived: 'arrives', travelled: 'travels', traveled: 'travels', returned: 'returns', resigned: 'resigns',
  stepped: 'steps', talked: 'talks', discussed: 'discusses', praised: 'praises', criticized: 'criticizes',
};



/** A time of day with its hedges: "around 12:31 PM Moscow time", "at about 10 a.m.". */
const TIME_OF_DAY = /\s*,?\s*\b(?:(?:at|around|about|shortly\s+(?:before|after)|before|after|by)\s+)*(?:about\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)(?:\s+[A-Z]\w+\s+time\b)?|\s*\b(?:at|around|about)\s+\d{1,2}:\d\d\b/g;

/**
 * What TIME_OF_DAY cannot match without: a digit then "am"/"pm" (with its periods) or minutes after a
 * colon. Most clauses with a digit have a date or a count, not a time: a pattern that fails on the
 * first character at all but digits is cheaper than one that tries its hedges at every word.
 */
const MAY_TELL_TIME_OF_DAY = /\d(?::\d\d)?\s*[aApP]\.?[mM]|\d:\d\d/;

const DATE_ADVERBIAL = new RegExp(
  String.raw`\s*,?\s*\b(?:(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?` +
    String.raw`(?:${WEEKDAY_PATTERN}(?:\s+(?:morning|evening|night|afternoon))?|` +
    String.raw`(?:in\s+|on\s+)?${MONTH_WORD_PATTERN}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|` +
    String.raw`(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME_PATTERN}(?:,?\s+(?:19|20)\d\d)?|` +
    String.raw`in\s+(?:19|20)\d\d|yesterday|today|tonight|tomorrow|this\s+week|last\s+week|last\s+night|earlier\s+this\s+\w+)\b`,
  'g',
);

/** "The navy said it has captured": the attribution before a clause with its own subject. */
const ATTRIBUTION_BEFORE_CLAUSE = new RegExp(
  String.raw`^([A-Z][^,;]{0,40}?)\s+${speechVerbPattern('attribution')}\s+(?:that\s+)?(?:it|they|he|she)\s+(?=(?:has|have|had)\s+[a-z]+ed\b|[a-z]+ed\b)`,
);
/** "says he believed a deal is possible": the belief is what is said. */
const SAYS_BELIEVED = new RegExp(
  String.raw`\b(${speechVerbPattern('belief')})\s+(?:that\s+)?(?:he|she|they|it)\s+(?:believed|believes|thought|thinks|felt|feels|was confident|is confident)\s+(?:that\s+)?`,
  'g',
);

/**
 * Four or more words, none opening in lower case ("Andrew Lopez Confesses To Murder Of…"): a headline
 * written in title case. Read word start by word start, leaving at the first lower-case opening (most
 * clauses have one among their first words), rather than splitting the whole clause into words first:
 * it is asked of every clause labelled, which may run to a thousand characters.
 */
function titleCased(text: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    words++;
    // A word's first code point, as `^\p{Ll}` reads it (a surrogate pair is one code point).
    if (c < 128 ? c >= 97 && c <= 122 : LOWER_CASE_OPENING.test(text.slice(i, i + 2))) return false;
  }
  return words >= 4;
}
const LOWER_CASE_OPENING = /^\p{Ll}/u;

function shortName(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
  return words[words.length - 1] ?? name;
}

/** Replaces each named person (and the role written before the name) by the surname. */
function withShortNames(src: LabelSource, nameOf: (id: string) => string): { text: string; firstName: number } {
  let text = src.text;
  let firstName = -1;
  const spans = [...src.people].sort((a, b) => b.start - a.start);
  // In a title-cased headline every word is capitalised: a common word there ("Confesses To Murder Of")
  // is no role, as "Russian" in "Russian President Putin" is.
  const inTitleCase = titleCased(text);
  for (const [index, p] of spans.entries()) {
    let from = p.from - src.start;
    const end = p.end - src.start;
    // The person before this one (spans go from the last): its words are no role of this one's, and its
    // offsets must stay where they are until it is replaced in turn.
    const previous = spans[index + 1];
    const floor = previous ? Math.max(0, previous.end - src.start) : 0;
    if (from < floor || end > text.length) continue;
    // Roles the people finder did not attach: lower-case role words and capitalised words just before the name.
    const before = text.slice(floor, from);
    const m = /(?:(?:[A-Z][\w.'’-]*|[a-z]+)\s+)+$/.exec(before);
    if (m) {
      const words = m[0].trim().split(/\s+/);
      let k = words.length;
      while (k > 0 && (LABEL_ROLE_WORDS.has(words[k - 1].toLowerCase()) || (/^[A-Z]/.test(words[k - 1]) && !(inTitleCase && COMMON_WORD_SET.has(words[k - 1].toLowerCase())) && !/^(?:The|A|An|In|On|At|As|But|And|After|When|While|Then|With)$/.test(words[k - 1])))) k--;
      const dropped = words.slice(k).join(' ');
      if (k < words.length) from = floor + before.length - m[0].length + m[0].indexOf(dropped, m[0].length - dropped.length - 2);
    }
    // A role dropped (here or by the people finder): "the Russian President Putin" → "Putin", not "the
    // Putin"; "his neighbor Dana Price" → "Price", not "his Price".
    if (from < p.start - src.start) {
      const article = /\b(?:the|a|an|his|her|their|its|our|my|your)\s+$/i.exec(text.slice(floor, from));
      if (article) from -= article[0].length;
    }
    text = text.slice(0, from) + shortName(nameOf(p.person)) + text.slice(end);
    firstName = from;
  }
  return { text, firstName };
}

/** What follows a participle in a headline's passive: "charged with", "convicted of", "sentenced to", "jailed for", "killed in". */
const PASSIVE_PREPOSITION = /^\s+(?:with|of|to|for|in|on)\b/;

function present(word: string): string | null {
  const lower = word.toLowerCase();
  // Own keys only: "constructor" is no past form.
  if (Object.hasOwn(PRESENT_OF_PAST, lower)) return PRESENT_OF_PAST[lower];
  if (!/^[a-z]{4,}ed$/.test(lower)) return null;
  // A regular past: the present form the word list knows ("stopped" → "stops", "captured" → "captures").
  const base = lower.slice(0, -2);
  const candidates = [`${base}s`, `${lower.slice(0, -1)}s`, `${base.slice(0, -1)}s`, `${base.slice(0, -1)}ies`, `${base}es`];
  for (const c of candidates) if (COMMON_WORD_SET.has(c)) return c;
  // Unknown to the list: only the sibilant endings are certain ("annexed" → "annexes").
  return /(?:x|ss|sh|ch|z)$/.test(base) ? `${base}es` : null;
}

/** The present of a plural subject from that of a singular one: "meets" → "meet", "goes" → "go", "flies" → "fly", "discusses" → "discuss". */
function pluralPresent(singular: string): string {
  if (/ies$/.test(singular)) return singular.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz|o)es$/.test(singular)) return singular.slice(0, -2);
  return singular.slice(0, -1);
}

/** Up to four words in capitals, perhaps a state's abbreviation and a bracketed outlet, then a dash, ">>" or a colon. */
const DATELINE = /^\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}\p{Ll}{1,5}\.?)?\s*(?:\([^()]{1,40}\)\s*)?(?:--|[—–-]|>>|:)\s+/u;

/** Words a label should not open with: without what precedes them they say nothing ("Once…", "Between 1991"). */
const WEAK_OPENERS = new Set(
  `once between about being and but or so then also even still it its this that these those there which who whom whose
  he she they we i his her their our if when while as although though because after before since until during with
  without for from by of to into onto in on at than reportedly allegedly apparently previously involves involving`.split(/\s+/),
);

/** Hedges and report frames: they say how the news is known, not what happened. */
const HEDGES = /\b(?:reportedly|allegedly|apparently|previously|it (?:was|is|has been) (?:reported|said|understood|claimed)|may|might|could|possibility|prospect|is said to)\b/gi;

/** The past and present forms PRESENT_OF_PAST knows, looked up once per word. */
const KNOWN_VERB_FORMS: ReadonlySet<string> = new Set([...Object.keys(PRESENT_OF_PAST), ...Object.values(PRESENT_OF_PAST)]);

/** The forms of the fact layer's actions that are verbs ("shot", "stabbed", "robs"), not nouns ("shooting"): a label with one tells what happened. */
const ACTION_VERB_FORMS: ReadonlySet<string> = new Set([...ACTION_OF_FORM.keys()].filter((f) => !f.endsWith('ing') && !CHARGE_WORDS.has(f)));

/** Auxiliaries and the commonest headline verbs, verbs whatever the word list says. */
const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'to', 'says', 'dies', 'wins']);

/** Whether `w` is lower-case ASCII letters only (`^[a-z]+$`). */
function isLowerAsciiWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return w.length > 0;
}

/** Whether `w` ends in `suffix` after at least `before` characters. */
function endsAfter(w: string, suffix: string, before: number): boolean {
  return w.length >= before + suffix.length && w.endsWith(suffix);
}

/**
 * A word that can be a finite verb or a headline infinitive. Each label candidate asks it of most of
 * its words, so the shapes below are read by hand: the patterns they stand for are in the comments.
 */
function verbLike(word: string): boolean {
  const w = word.toLowerCase();
  if (KNOWN_VERB_FORMS.has(w) || AUXILIARY_VERBS.has(w)) return true;
  // Every shape below is of lower-case ASCII letters alone.
  if (!isLowerAsciiWord(w)) return false;
  // /^[a-z]{3,}ed$/
  if (endsAfter(w, 'ed', 3)) return true;
  // "checks", "captures": a word whose past form the word list knows.
  // /^[a-z]{2,}(?:x|ss|sh|ch|z)es$/
  if (endsAfter(w, 'xes', 2) || endsAfter(w, 'zes', 2) || endsAfter(w, 'sses', 2) || endsAfter(w, 'shes', 2) || endsAfter(w, 'ches', 2)) return true;
  // /^[a-z]{3,}s$/
  if (endsAfter(w, 's', 3)) {
    // w without /(?:es|s)$/
    const stem = w.endsWith('es') ? w.slice(0, -2) : w.slice(0, -1);
    return COMMON_WORD_SET.has(`${stem}ed`) || COMMON_WORD_SET.has(`${w.slice(0, -1)}d`) || COMMON_WORD_SET.has(`${stem.replace(/i$/, 'y')}ing`);
  }
  return false;
}

/** A label's words: its space-separated parts with a letter or digit. */
function labelWords(label: string): string[] {
  return label.split(/\s+/).filter((w) => /\w/.test(w));
}

/**
 * How well a label reads as a who-does-what headline, to choose among candidate clauses: it opens
 * with a content word, has a verb after its subject, names people or places, and carries no hedges.
 */
/**
 * A verb after the first word: verbs are lower case, except in a Title Case headline ("Lohan Checks
 * Into…"); "Naval Services" is no verb.
 */
function hasVerb(words: readonly string[]): boolean {
  let capitalised = 0;
  for (const w of words) if (startsWithCode(w, 65, 90)) capitalised++;
  const titleCase = capitalised >= 0.7 * words.length;
  for (let k = 1; k < words.length; k++) if ((titleCase || startsWithCode(words[k], 97, 122)) && verbLike(words[k])) return true;
  return false;
}

/** Whether `w` opens with a UTF-16 code in `[from, to]` (`/^[A-Z]/` is 65–90, `/^[a-z]/` 97–122). */
function startsWithCode(w: string, from: number, to: number): boolean {
  const c = w.charCodeAt(0);
  return c >= from && c <= to;
}

export function labelQuality(label: string, words = labelWords(label), verb = hasVerb(words)): number {
  if (words.length === 0) return -20;
  let q = 0;
  const first = words[0].toLowerCase().replace(/[^a-z'’-]/g, '');
  if (WEAK_OPENERS.has(first)) q -= 6;
  // A participle first ("Saying…", "Involving…") lacks the subject it shares with its sentence.
  else if (/^[a-z]{3,}ing$/.test(first) && words.length > 1 && /^[a-z]/.test(words[1])) q -= 4;
  // A noun phrase can name an event ("Russia’s full-scale invasion"); a clause with its verb says more.
  // Verbs are lower case, except in a Title Case headline ("Lohan Checks Into…"); "Naval Services" is no verb.
  if (!verb) q -= 2;
  // A verb first ("Began with…") lacks its subject.
  else if (words.length > 1 && verbLike(first) && !/^[A-Z]{2,}/.test(words[0])) q -= 4;
  // A participle left dangling at the end ("talks starting") is a clause cut short.
  if (/^[a-z]{3,}ing$/.test(words[words.length - 1]) && words.length > 2) q -= 2;
  q -= 3 * (label.match(HEDGES)?.length ?? 0);
  q += Math.min(3, words.slice(1).filter((w) => /^[A-Z]/.test(w)).length);
  return q;
}

/** Shouted headlines ("NICHOLS SENTENCED TO LIFE") read in sentence case, names capitalised. */
function sentenceCase(text: string, names: ReadonlySet<string>): string {
  // Most labels have no two capitals in a row, so no shouted word to lower (the checks below would find none).
  if (!/[A-Z]{2}/.test(text)) return text;
  const letterWords = text.split(' ').filter((w) => /[A-Za-z]{2}/.test(w));
  const shouted = letterWords.filter((w) => !/[a-z]/.test(w)).length;
  if (letterWords.length < 3 || shouted < 0.7 * letterWords.length) return text;
  return text
    .split(' ')
    .map((w) => {
      if (/[a-z]/.test(w) || !/[A-Z]{2}/.test(w)) return w;
      const lower = w.toLowerCase();
      const bare = lower.replace(/[^a-z'’.-]/g, '').replace(/(?:'s|’s)$/, '');
      return names.has(bare) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}

/** "And convicted Nichols" → "Convicted Nichols": a conjunction first joins the label to a sentence it no longer has. */
function withoutLeadingConjunctions(text: string): string {
  let out = text;
  for (;;) {
    const m = /^([A-Za-z]+)[,\s]+/.exec(out);
    if (!m || !LABEL_CONJUNCTIONS.has(m[1].toLowerCase()) || m[0].length >= out.length) return out;
    out = out.slice(m[0].length);
    out = out.charAt(0).toUpperCase() + out.slice(1);
  }
}

/**
 * Who a label's opening "he"/"she" can be: the one named man (woman) of the sentences just
 * before the clause; null when none or more than one is named there.
 */
export interface PronounAntecedents {
  male: string | null;
  female: string | null;
}
const NO_ANTECEDENTS: PronounAntecedents = { male: null, female: null };

const WHERE_BEFORE = /\b(?:in|at|near|outside|from|to|into)\s+(?:the\s+)?$/i;

/**
 * The most of a clause a label is written from. A label says who did what in at most 60 characters,
 * found at the start of its clause; rewriting reads the text before each person again, so a clause of
 * thousands of names (a list run together) would cost the square of its length.
 */
const LABEL_SOURCE_LIMIT = 1000;

/** `src` cut to LABEL_SOURCE_LIMIT characters at a word boundary, with the people inside the cut. */
function boundedSource(src: LabelSource): LabelSource {
  if (src.text.length <= LABEL_SOURCE_LIMIT) return src;
  const cut = src.text.lastIndexOf(' ', LABEL_SOURCE_LIMIT);
  const end = cut > 0 ? cut : LABEL_SOURCE_LIMIT;
  return { text: src.text.slice(0, end), start: src.start, people: src.people.filter((p) => p.end <= src.start + end) };
}

/**
 * The label candidate of one clause (`src`): `shortLabel` without a place, and once more with each
 * of `placeKeys` (the clause's places) it names after "in/at …", so that the corpus stage can pick
 * the cut for its event's place without reading text.
 */
export function labelCandidate(
  whole: LabelSource, nameOf: (id: string) => string, origin: LabelOrigin, placeKeys: readonly string[], names: ReadonlySet<string>,
  antecedents: PronounAntecedents = NO_ANTECEDENTS,
): LabelCandidate {
  const src = boundedSource(whole);
  let named: string | null = null;
  const rewritten = rewrittenClause(src, nameOf);
  const finish = (label: string): string => {
    let out = withoutLeadingConjunctions(sentenceCase(label, names));
    out = out.charAt(0).toUpperCase() + out.slice(1);
    // "He took her captive" → "Nichols took her captive", when one person can be meant.
    // Only a subject pronoun: "Her name is…" may be anyone's.
    const pronoun = /^(He|She)\s/.exec(out);
    const person = pronoun ? (pronoun[1] === 'He' ? antecedents.male : antecedents.female) : null;
    const surname = person ? shortName(nameOf(person)) : null;
    if (pronoun && person && surname && !out.includes(surname)) {
      out = surname + out.slice(pronoun[1].length);
      out = cutLabel(out);
      named = person;
    }
    return out;
  };
  const text = finish(fitLabel(rewritten, null));
  const places: LabelCandidate['places'] = [];
  // Most clauses have no place to cut the label at.
  const lowerText = placeKeys.length > 0 ? text.toLowerCase() : '';
  const lowerSource = placeKeys.length > 0 ? src.text.toLowerCase() : '';
  for (const key of new Set(placeKeys)) {
    const at = lowerSource.indexOf(key);
    if (at < 0) continue;
    // The cut after "in <place>" only when the clause says where with it; the place as the text writes it.
    const placed = WHERE_BEFORE.test(src.text.slice(Math.max(0, at - 20), at)) ? finish(fitLabel(rewritten, src.text.slice(at, at + key.length))) : null;
    places.push({ place: key, text: placed !== null && placed !== text ? placed : null, named: lowerText.includes(key) });
  }
  const people = [...new Set([...src.people.map((p) => p.person), ...(named ? [named] : [])])].filter((id) => text.includes(shortName(nameOf(id))));
  const words = labelWords(text);
  const verb = hasVerb(words);
  // "U.S." is no "us": periods are kept.
  const first = (words[0] ?? '').toLowerCase().replace(/[^a-z'’.]/g, '').replace(/\.$/, '');
  return {
    origin,
    text,
    quality: labelQuality(text, words, verb),
    words: words.length,
    cutShort: text.endsWith('…'),
    leansOnSentence: LABEL_PRONOUNS.has(first) || LABEL_CONJUNCTIONS.has(first),
    people,
    places,
    saysWhere: /\b(?:in|at)\s+[A-Z]/.test(text),
    saysWhatHappened: verb || words.slice(1).some((w) => ACTION_VERB_FORMS.has(w.toLowerCase())),
    room: LABEL_MAX_LENGTH - text.length,
  };
}

/** A label of at most LABEL_MAX_LENGTH characters for what `src` reports. */
export function shortLabel(src: LabelSource, nameOf: (id: string) => string, place: string | null): string {
  return fitLabel(rewrittenClause(src, nameOf), place);
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, returning `text` itself when that would change nothing (single
 * spaces between words, none at the ends: most clauses), without running the replacement over it.
 * One pattern test rather than a loop of `charCodeAt`: the text is mostly a string just concatenated
 * (names put in), and a loop reads it character by character through that concatenation.
 */
const UNCOLLAPSED_SPACE = /^\s|\s$|\s\s|[^\S ]/;
function collapsedSpaces(text: string): string {
  return UNCOLLAPSED_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** The clause rewritten headline-style (names, openers, dates, verb tense), before its place and length are settled. */
function rewrittenClause(src: LabelSource, nameOf: (id: string) => string): string {
  let { text, firstName } = withShortNames(src, nameOf);
  text = collapsedSpaces(text);
  // A dateline or a page's tag opens many a lead ("CHICAGO -- ", "NAPLES, Fla. - ", "BOSTON (AP) — ",
  // "UPDATE: "): where the article was written, not what happened.
  // A page may repeat it ("DOVER, Del. - DOVER, Del. -- One person…"): twice at most.
  for (let k = 0; k < 2; k++) {
    const dateline = DATELINE.exec(text);
    if (!dateline || dateline[0].length >= text.length - 20) break;
    text = text.slice(dateline[0].length);
    firstName -= dateline[0].length;
  }
  const opener = /^(?:On|In|At|Earlier|Later|Last|This|Upon|During|After|Before|According to)\b[^,]{0,60},\s*(?:\d{4},\s*)?/.exec(text);
  if (opener && opener[0].length < text.length - 20) {
    text = text.slice(opener[0].length);
    firstName -= opener[0].length;
  }
  // A segment cut after its subject ("began with Russia’s invasion"): what follows the preposition is the event.
  const headless = /^(?:began|begun|started|ended|came|followed)\s+(?:with|by|from|after)\s+(?=[A-Z])/.exec(text);
  if (headless) {
    text = text.slice(headless[0].length);
    firstName -= headless[0].length;
  }
  // A report frame opening the clause says how the news is known: "it was reported by X about the plan" → "the plan".
  const frame = /^(?:[Ii]t\s+(?:was|is|has been)\s+(?:reported|announced|confirmed|revealed|said)(?:\s+by\s+[^,]{1,40}?)?(?:,\s*including\s+[^,]{1,40},)?\s+(?:that|about)\s+)/.exec(text);
  if (frame && frame[0].length < text.length - 15) {
    text = text.slice(frame[0].length);
    firstName -= frame[0].length;
  }
  // Most clauses tell no time of day, and need not be searched for one.
  text = collapsedSpaces((MAY_TELL_TIME_OF_DAY.test(text) ? text.replace(TIME_OF_DAY, '') : text).replace(DATE_ADVERBIAL, ''));
  // A date that opened a line of a list ("Jan. 5: a man shot…") leaves its colon: no label opens on one.
  text = text.replace(/^[:;,.–—-]+\s*/, '');
  // Hedges and auxiliaries of plans, the headline way: "reportedly starting" → "starting", "is set to meet" → "to meet".
  text = text
    .replace(/\s+(?:reportedly|allegedly|apparently|previously)(?=\s)/gi, '')
    .replace(/\s+(?:is|are)\s+(?:set|expected|scheduled|due|slated)?\s*to\s+(?=[a-z])/g, ' to ')
    .replace(/\b(meets?|met|meeting)\s+with\s+(?=[A-Z])/g, '$1 ')
    // An attribution before a clause with its own subject: "The navy said it has captured" → "The navy has captured".
    .replace(ATTRIBUTION_BEFORE_CLAUSE, '$1 ')
    // "says he believed a deal is possible" → "says a deal is possible": the belief is what is said.
    .replace(SAYS_BELIEVED, '$1 ');
  // An age after a name ("Buckley, 32, died") is no clause boundary; nor is the article a role dropped
  // before the name leaves ("The suspect, Carl Voss, 23, was charged" → "Voss was charged").
  const aged = /^(?:(?:The|A|An)\s+)?([A-Z][\w'’.-]*),\s*\d{1,3},\s*/.exec(text);
  if (aged) {
    // The name now opens the clause, as the person's name did before (the subject the verb follows).
    if (firstName >= 0 && firstName < aged[0].length) firstName = 0;
    text = `${aged[1]} ${text.slice(aged[0].length)}`;
  }
  const cut = /[,;(]|:(?!\d)|\s[—–-]\s|\s(?:as|after|amid|while|because|where|which|who|following|despite|but|when|since|although|even though)\s/.exec(text.slice(8));
  if (cut) text = text.slice(0, 8 + cut.index);
  // The verb right after the subject, in the present: "Witkoff met Putin" → "Witkoff meets Putin".
  // A named subject that is no common word ("Russia annexed", not "Police arrested") takes the same present.
  const namedSubject = /^([A-Z][\w'’.-]*)\s/.exec(text);
  if ((firstName >= 0 && firstName < 3) || (namedSubject && !COMMON_WORD_SET.has(namedSubject[1].toLowerCase()) && !WEAK_OPENERS.has(namedSubject[1].toLowerCase()))) {
    // Without a person as subject, only a verb with its object is active: "Russia annexed the peninsula", not "Crimea annexed".
    const pattern = firstName >= 0 && firstName < 3
      ? /^([A-Z][\w'’.-]*(?:\s+and\s+[A-Z][\w'’.-]*)?\s+)([a-z]\w+)(?!\s+by\b)/
      : /^([A-Z][\w'’.-]*\s+)([a-z]\w+)(?=\s+(?:the|a|an|his|her|their|its|[A-Z])\b)/;
    // The present perfect reads as the present in a headline: "Reid has checked into" → "Reid checks into".
    text = text.replace(/^([A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*)?\s+)(?:has|have)\s+(?=[a-z]+ed\b)/, (_all, subject: string) => subject);
    text = text.replace(pattern, (all, subject: string, verb: string, at: number, whole: string) => {
      // A regular past the list does not know, before the preposition of a passive, is a participle:
      // "Okafor charged with assault", "Voss convicted of murder", "Driver jailed for crash".
      if (!Object.hasOwn(PRESENT_OF_PAST, verb.toLowerCase()) && PASSIVE_PREPOSITION.test(whole.slice(at + all.length))) return all;
      const p = present(verb);
      // Two people are a plural subject: "Putin and Xi meet", not "meets".
      return p ? subject + (/\sand\s/.test(subject) ? pluralPresent(p) : p) : all;
    });
  }
  // A headline opens without an indefinite article: "A new round of talks" → "New round of talks".
  text = text.replace(/^(?:A|An)\s+(?=[a-z])/, '');
  return text.replace(/[\s.,;:'"“”‘’-]+$/, '');
}

/** "in/at/near … <place>" for one place, compiled once: the same places recur in every clause of a corpus. */
const wherePatterns = new Map<string, RegExp>();
function wherePattern(place: string): RegExp {
  let pattern = wherePatterns.get(place);
  if (pattern === undefined) {
    if (wherePatterns.size >= 10_000) wherePatterns.clear();
    const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`\\b(?:in|at|near|outside|from|to|into)\\s+(?:the\\s+)?${escaped}\\b`, 'i');
    wherePatterns.set(place, pattern);
  }
  return pattern;
}

/** The rewritten clause cut after "in <place>" (or with the place appended), then made to fit LABEL_MAX_LENGTH. */
function fitLabel(rewritten: string, place: string | null): string {
  let text = rewritten;
  if (place) {
    // Cut after "in Moscow" (what follows is detail); "An Atlanta judge…" keeps its place as it is.
    const at = wherePattern(place).exec(text);
    if (at) text = text.slice(0, at.index + at[0].length);
    else if (text.toLowerCase().includes(place.toLowerCase())) {
      // Named already, not as where it happened.
    }
    else if (text.length + place.length + 4 <= LABEL_MAX_LENGTH && !/\b(?:in|at)\s+[A-Z]/.test(text)) text = `${text} in ${place}`;
  }
  if (text.length > LABEL_MAX_LENGTH) {
    // Where to matters more than where from: "flies from Fort Lauderdale in Florida to Pulkovo Airport" → "flies to Pulkovo Airport".
    text = text.replace(/\s+from\s+[A-Z][^,;]*?(?=\s+to\s+[A-Z])/, '');
  }
  // Headlines drop articles when space is short.
  if (text.length > LABEL_MAX_LENGTH) {
    const short = text.replace(/(?:^|\s)(?:[Tt]he|[Aa]n?)\s/g, (m) => (m.startsWith(' ') ? ' ' : ''));
    // Only when that makes it fit: a label cut short anyway reads better with its articles.
    if (short.length <= LABEL_MAX_LENGTH) text = short;
  }
  if (text.length > LABEL_MAX_LENGTH) {
    // Cut before a preposition that starts a modifier, else at a word boundary.
    const head = text.slice(0, LABEL_MAX_LENGTH);
    const re = /\s(?:for|to|with|without|after|over|from|at|on|as|by|of|in|into|during|amid|and)\s/g;
    let best = -1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(head)) !== null) if (m.index >= 20) best = m.index;
    text = best > 0 ? head.slice(0, best) : head.slice(0, head.lastIndexOf(' ') > 20 ? head.lastIndexOf(' ') : LABEL_MAX_LENGTH - 1) + '…';
  }
  // A quotation's closing mark or an unclosed bracket left at the start by the cut opens nothing.
  text = text.replace(/[\s.,;:'"“”‘’-]+$/, '').replace(/^[\s"“”‘’'»]+/, '');
  // A bracketed opening word ("(Lind) told the council…", an editor’s insertion) reads without its brackets.
  if (text.startsWith('(')) text = text.includes(')') ? text.replace(/^\(([^()]{1,40})\)\s*/, '$1 ') : text.slice(1).trimStart();
  if (text.endsWith('…') && text.length > LABEL_MAX_LENGTH) text = text.slice(0, LABEL_MAX_LENGTH - 1) + '…';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The part of a clause around one of its dates: "the war following Russia's full-scale invasion
 * in February 2022" → "Russia's full-scale invasion in February 2022", for labelling background events.
 */
export function segmentAround(text: string, dateStart: number, dateEnd: number): { start: number; end: number } {
  const boundary = /[,;:()—–]|\s-\s|\b(?:following|after|since|when|which|that|while|whereas|and then|then|but)\b/g;
  const starts: number[] = [0];
  let end = text.length;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    if (m.index + m[0].length <= dateStart) starts.push(m.index + m[0].length);
    else if (m.index >= dateEnd) {
      end = m.index;
      break;
    }
  }
  // "Crimea — annexed in 2014 —": a segment of fewer than three words besides the date takes in the one before.
  let k = starts.length - 1;
  const words = (from: number): number => (text.slice(from, dateStart) + ' ' + text.slice(dateEnd, end)).split(/\s+/).filter((w) => /\w/.test(w)).length;
  while (k > 0 && words(starts[k]) < 3) k--;
  return { start: starts[k], end };
}

/** Words that end a noun phrase read backwards from a relative pronoun ("… concerning | the Crimean peninsula, which"). */
const NP_STOP = /^(?:of|to|in|on|at|for|with|without|by|from|into|over|about|as|and|or|but|that|which|who|is|are|was|were|be|been|has|have|had|[a-z]+ing|[a-z]+ed)$/;

/** Pieces of `src.text` joined with spaces, with the people spans that fall inside a piece carried over. */
function joinPieces(src: LabelSource, pieces: readonly (readonly [number, number, string?])[]): LabelSource {
  let text = '';
  const people: PersonSpan[] = [];
  for (const [from, to, replacement] of pieces) {
    if (to <= from) continue;
    if (text) text += ' ';
    const at = text.length;
    // A replaced piece ("saying" → "says") carries no people.
    if (replacement !== undefined) {
      text += replacement;
      continue;
    }
    text += src.text.slice(from, to);
    for (const p of src.people) {
      const ps = p.start - src.start;
      const pe = p.end - src.start;
      if (ps >= from && pe <= to) people.push({ person: p.person, start: at + ps - from, end: at + pe - from, from: at + Math.max(p.from - src.start, from) - from });
    }
  }
  return { text, start: 0, people };
}

/**
 * A background segment with what its sentence leaves implicit put back, so that its label says who
 * did what: the antecedent of a relative pronoun as the object ("the Crimean peninsula, which Russia
 * annexed in 2014" → "Russia annexed the Crimean peninsula in 2014"), the subject and verb of the
 * clause a verbless segment hangs from ("Witkoff … met with Putin in Moscow twice before, once in
 * February for the prisoner swap" → "Witkoff met with Putin in Moscow … for the prisoner swap"), and
 * the noun before a participle ("Crimea — annexed in 2014" → "Crimea annexed in 2014").
 * `src` is the whole clause; offsets are relative to its text. Null when nothing is missing.
 */
export function completedSegment(src: LabelSource, segStart: number, segEnd: number): LabelSource | null {
  // Read backwards from the segment, the rules below would read a very long claim once per person and per pattern.
  if (src.text.length > LABEL_SOURCE_LIMIT) return null;
  const text = src.text;
  const before = text.slice(0, segStart);
  const seg = text.slice(segStart, segEnd);
  const segWords = [...seg.matchAll(/[A-Za-z][\w'’.-]*/g)];
  if (segWords.length === 0) return null;
  // (1) After "which"/"that": the antecedent is the missing object of the segment's first verb.
  const relative = /,?\s*\b(?:which|that)\s*$/.exec(before);
  if (relative) {
    const head = before.slice(0, relative.index);
    const words = [...head.matchAll(/[A-Za-z][\w'’.-]*/g)];
    let k = words.length;
    while (k > 0 && words.length - k < 4 && !NP_STOP.test(words[k - 1][0])) {
      k--;
      if (/^(?:the|a|an)$/i.test(words[k][0])) break;
    }
    if (k === words.length) return null;
    const npStart = words[k].index;
    const npEnd = head.length;
    // The verb: the first verb-like word after a capitalised subject, followed by no object of its own.
    for (let i = 1; i < segWords.length && i < 4; i++) {
      const w = segWords[i][0];
      if (!/^[a-z]/.test(w) || !verbLike(w)) continue;
      const next = segWords[i + 1]?.[0] ?? '';
      if (/^(?:the|a|an|his|her|their|its)$/.test(next) || /^[A-Z]/.test(next)) return null;
      if (!/^[A-Z]/.test(segWords[0][0])) return null;
      const verbEnd = segStart + segWords[i].index + w.length;
      return joinPieces(src, [[segStart + segWords[0].index, verbEnd], [npStart, npEnd], [verbEnd, segEnd]]);
    }
    return null;
  }
  // (2) A participle set off by a dash: the name before it is what it says something of ("Crimea — annexed in 2014").
  const dashed = /(?:^|\s)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*[—–]\s*([a-z]+ed)\b/.exec(text.slice(Math.max(0, segStart - 40), segEnd));
  if (dashed) {
    const base = Math.max(0, segStart - 40);
    const nounStart = base + dashed.index + dashed[0].indexOf(dashed[1]);
    const verbStart = base + dashed.index + dashed[0].length - dashed[2].length;
    if (verbStart >= segStart) return joinPieces(src, [[nounStart, nounStart + dashed[1].length], [verbStart, segEnd]]);
  }
  // (3) A participle that opens the segment shares the sentence's subject: "…, saying in March a deal is possible" → "Witkoff says…".
  const opener = segWords[0][0];
  if (/^[a-z]{3,}ing$/.test(opener)) {
    const base = opener.slice(0, -3);
    const finite = [`${base}s`, `${base}es`, `${base.slice(0, -1)}s`].find((c) => COMMON_WORD_SET.has(c) && c !== opener);
    const subject = src.people.find((p) => p.start - src.start < segStart);
    if (!finite || !subject || segWords.length < 3) return null;
    const verbAt = segStart + segWords[0].index;
    return joinPieces(src, [[subject.start - src.start, subject.end - src.start], [verbAt, verbAt + opener.length, finite], [verbAt + opener.length, segEnd]]);
  }
  // (4) A verbless fragment ("once in February for the prisoner swap"): it hangs from the last verb phrase before it.
  if (/^[A-Z]/.test(segWords[0][0]) || segWords.some((m) => /^[a-z]/.test(m[0]) && verbLike(m[0]))) return null;
  const chunkBreak = /(?:[,;]|\band\b|\bthen\b)\s*$/;
  const trimmed = before.replace(/[\s,;]+$/, '');
  let chunkStart = -1;
  const breaks = [...trimmed.matchAll(/[,;]|\band\b|\bthen\b/g)];
  for (let b = breaks.length - 1; b >= 0; b--) {
    const from = breaks[b].index + breaks[b][0].length;
    const first = /[A-Za-z][\w'’.-]*/.exec(trimmed.slice(from));
    if (first && /^[a-z]/.test(first[0]) && verbLike(first[0])) {
      chunkStart = from + first.index;
      break;
    }
  }
  if (chunkStart < 0 || chunkBreak.test(trimmed)) return null;
  // The count adverbs of the chunk belong to it, not to this occurrence: "met … twice before" → "met …".
  const chunk = trimmed.slice(chunkStart).replace(/(?:\s+(?:twice|once|again|before|already|\w+\s+times))+$/, '');
  const subject = src.people.find((p) => p.start - src.start < chunkStart);
  if (!subject) return null;
  const lead = /^\s*(?:(?:once|twice|again|then|and)\s+)+/i.exec(seg);
  const restStart = segStart + (lead ? lead[0].length : 0);
  return joinPieces(src, [[subject.start - src.start, subject.end - src.start], [chunkStart, chunkStart + chunk.length], [restStart, segEnd]]);
}
