import { TITLE_ABBREVIATIONS } from '../../lang/abbreviations';
import { GIVEN_NAMES } from '../../lang/lexicon';
import { NAME_OBJECT_PREPOSITIONS } from '../../lang/speakers';
import { speechVerbPattern } from '../../lang/speechVerbs';
import { ORGANISATION_MEMBER_WORDS, ROLE_HEADS } from '../../lang/titles';
import { MONTH_NAME_PATTERN } from '../../lang/months';
import { WEEKDAY_PATTERN } from '../../lang/weekdays';
import type { LocalPerson, LocalPersonMention, PeopleFindings } from '../people';
import { findQuotedSpans, type QuoteLine, type QuotedSpan } from './marks';
import type { Sentence } from '../sentences';
import type { ArticleText, Span } from '../text';
import { partitionPoint } from '../../util/search';
import {
  antecedentsOf,
  bareNames,
  buildNameIndex,
  descriptionAfter,
  descriptionBefore,
  resolveHeShe,
  resolveName,
  type Antecedent,
  type Description,
  type NameIndex,
} from './speakers';

// Unicode-property patterns are module constants, built once: a `\p{…}` pattern made inside a function
// is built again on every call wherever a bundler or runtime compiles it as `new RegExp(…)`.
const LETTERS_AT_END = /([\p{L}]+)$/u;
const ONE_UPPER_CASE_LETTER = /^\p{Lu}$/u;
const CAPITALISED_LOWER_CASE_WORD = /^\p{Lu}[\p{Ll}]+$/u;
const STARTS_UPPER_CASE = /^\p{Lu}/u;
const CAPITALISED_WORD_AT_END = /\p{Lu}[\p{L}.'’-]*\s+$/u;
const LOWER_CASE_WORD_OF_FOUR = /(?:^|\s)\p{Ll}{4,}\s/u;
const NAME_AFTER_BLANKS = /^\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})/u;
const PERIOD_AFTER_LOWER_CASE = /([\p{Ll}]{2})\.$/u;
const SOURCE_NAME_AFTER_BLANKS = /^\s+(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})/u;
const CAPITAL_AFTER_PUNCTUATION = /^[\s,—–-]*\p{Lu}/u;
const SUBJECT_LIKE_WORD = /^(?:\p{Lu}|he$|she$|they$|it$|we$|i$)/u;

/**
 * Who said a quote: a person of the article, an organisation by name, or the words that describe the
 * speaker when no name is given ("a police spokeswoman", "the report", "officials") — a true
 * description is worth more to the reader than a wrong name.
 */
export type QuoteSpeaker =
  | { kind: 'person'; person: string }
  | { kind: 'organisation'; name: string }
  | { kind: 'description'; text: string }
  | null;

export interface QuoteFinding extends Span {
  /** The quoted words, without the marks. */
  text: string;
  speaker: QuoteSpeaker;
  /** The words that name the speaker ("Ushakov said"), for hovers and tests. */
  attribution: Span | null;
  /**
   * Where the attribution was read: the quote's own sentence, the quote before it that this one
   * continues, the sentence that introduces it with a colon, or the embedded post it sits in. The
   * editor shows a speaker hint only when the reader can see the attribution from the quote.
   */
  reach: 'sentence' | 'continuation' | 'introduction' | 'post' | null;
}

// ---------------------------------------------------------------------------------------------
// Cue words. Finite speech verbs take their subject before them ("Lavrov said") or, inverted,
// after them ("said Lavrov"); participles take the subject of the sentence ("Trump …, saying").
// ---------------------------------------------------------------------------------------------

const FINITE_VERBS = speechVerbPattern('quote');

const PARTICIPLES = speechVerbPattern('participle');

/** A cue and its kind, found in text with quotes blanked out. */
const CUE = new RegExp(
  `\\b(?:(according to)|(?:(who|which)\\s+(?:had\\s+|has\\s+|also\\s+|later\\s+|then\\s+)?(?:${FINITE_VERBS}))|(${PARTICIPLES})|(${FINITE_VERBS}))\\b`,
  'gi',
);

const PRONOUN = /\b(he|she|it|they|He|She|It|They)\b/g;

/** Institutions named by a place or building, quoted as speakers on their own. */
const INSTITUTIONS =
  'Kremlin|White House|Pentagon|Downing Street|Élysée|Elysee|Vatican|Congress|Senate|Parliament|Bundestag|Knesset|' +
  'Whitehall|Foreign Office|Home Office|Quai d’Orsay|Beijing|Moscow|Washington|Kyiv|Kiev|Tehran|Pyongyang|Brussels|' +
  'NATO|Nato|EU|UN|United Nations|European Union|European Commission|Hamas|Hezbollah|Taliban|Interpol';

/** Head words that make a capitalised phrase an organisation ("State Department", "MWEB Operations"). */
const ORGANISATION_HEADS =
  'Department|Ministry|Office|Agency|Commission|Council|Committee|Company|Corporation|Corp\\.?|Inc\\.?|Ltd\\.?|LLC|plc|' +
  'Group|Associates|Association|Institute|University|Police|Service|Services|Bank|Party|Operations|Court|Authority|' +
  'Administration|Board|Foundation|Fund|Organi[sz]ation|Union|Federation|Navy|Army|Academy|Oversight|Network|Press|' +
  'News|Times|Post|Journal|Agency|Bureau|Centre|Center|Club|League|Coalition|Alliance|Embassy|Consulate|Government|' +
  'Cabinet|Secretariat|Directorate|Command|Forces|Force|Guard|Reports|Watch|International|Airlines|Airways|Motors|' +
  'Systems|Technologies|Holdings|Partners|Capital|Media|Broadcasting|Studios|Records|Foundation|Trust|Society|Institute';

/** A capitalised word (or an acronym), allowing inner dots and hyphens: "U.S.", "Mat-Su", "AT&T". */
const CAP_WORD = "(?:[A-Z][\\w&.'’-]*)";

/**
 * Organisations: capitalised words ending in a head ("State Department"), extended over "of",
 * "for" and "on" ("Committee on Foreign Affairs") but never over a day or a month ("the
 * Commission on Monday issued" names the Commission); institutions; acronyms.
 */
const ORGANISATION = new RegExp(
  `(?:\\b(?:the\\s+)?(?:${CAP_WORD}\\s+){0,5}(?:${ORGANISATION_HEADS})\\b(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?(?!${WEEKDAY_PATTERN}\\b|${MONTH_NAME_PATTERN}\\b)(?:${CAP_WORD}(?:\\s+|$)|(?:and|&)\\s+){1,6})?` +
    `|\\b(?:the\\s+)?(?:${INSTITUTIONS})\\b` +
    `|\\b[A-Z][A-Z0-9&]{1,7}\\b(?:\\s+${CAP_WORD}){0,2})`,
  'g',
);

/** Words after an organisation name that make it a modifier: "Kremlin aide Yuri Ushakov". */
const MODIFIED_NOUN = new RegExp(`^\\s+(?:${ORGANISATION_MEMBER_WORDS.join('|')}|[A-Z])`);

/** A role word and a name after an organisation: "Channel 9 host Dana Whitfield" — the person speaks. */
const ROLE_THEN_NAME = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}(?:${[...ROLE_HEADS].filter((w) => /^[a-z-]+$/.test(w)).join('|')})\\s+\\p{Lu}`, 'u');

/** Coordination right before a verb: "…, but stated", "and several times described". */
const COORDINATED = /\b(?:and|but)\s+(?:\S+\s+){0,3}$/;

/** After a possessive: the statement it owns, close before the quote ("’s statement that “…"). */
const STATEMENT_NOUN = /^['’]s?\s+(?:\w+\s+){0,2}(?:statement|remarks|comments|words|message|claim|assertion|announcement|letter|post|tweet|note|reply|response)\b[^.;“”"]{0,40}$/;

const DAY_OR_MONTH = new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_NAME_PATTERN})$`);
/** A day between a subject and its verb: " on Friday ", " last Tuesday ", " on Monday night ". */
const TIME_BEFORE_VERB = new RegExp(`\\s(?:on|last|this|early|late)\\s+${WEEKDAY_PATTERN}(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:\\w+ly\\s+)?$`);

/** Right before a word: an opening parenthesis, perhaps with a party letter ("(D-", "(R–"). */
const PARENTHESIS_OPENING = /\((?:[A-Z][-–])?$/;

/** Capitalised words that open sentences and are not names. */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'However', 'As', 'After', 'Before', 'When', 'While', 'If', 'This',
  'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Its', 'Our', 'Earlier', 'Later',
  'Still', 'Yet', 'So', 'Also', 'Meanwhile', 'According', 'Speaking', 'Asked', 'Despite', 'During', 'Since', 'With',
  'For', 'Of', 'By', 'From', 'Then', 'Now', 'Today', 'Yesterday', 'Last', 'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Rep',
  // Focusing adverbs before a subject ("Even Canada, …, said"). Not quantifiers: "Some said …" has a subject.
  'Even', 'Only', 'Not',
]);

// ---------------------------------------------------------------------------------------------

/** Something in the text that can be a speaker. */
interface Candidate extends Span {
  kind: 'person' | 'pronoun' | 'organisation' | 'unknown-name' | 'description';
  /** Person key, pronoun word, or organisation name. */
  value: string;
  possessive: boolean;
}

interface Cue extends Span {
  kind: 'according' | 'relative' | 'participle' | 'finite';
}

interface QuoteContext {
  text: string;
  /** The text with every quote's words blanked, so that words inside quotes are never cues. */
  masked: string;
  mentions: readonly LocalPersonMention[];
  persons: ReadonlyMap<string, LocalPerson>;
  sentences: readonly Sentence[];
  names: NameIndex;
  /** Places that stand for people, for pronouns; computed when the first pronoun needs them. */
  antecedents: Antecedent[] | null;
  /** Bare names of article people outside mentions and quotes; computed when first needed. */
  bareNames: Antecedent[] | null;
  /** The people findings the context was built from: the key the antecedents are shared under. */
  people: PeopleFindings;
  /** `candidatesIn` by range (from × 2^26 + to: exact for texts under 64M characters). */
  candidateMemo: Map<number, readonly Candidate[]>;
  /** `cuesIn` by range. */
  cueMemo: Map<number, readonly Cue[]>;
}

/**
 * Antecedents by article (its people findings): the quote stage and the claim attribution read
 * the same text with the same quotes blanked, so the second reuses what the first computed.
 */
const SHARED = new WeakMap<PeopleFindings, { text: string; masked: string; antecedents: Antecedent[] | null; bareNames: Antecedent[] | null }>();

function antecedentsFor(context: QuoteContext): Antecedent[] {
  if (context.antecedents) return context.antecedents;
  const shared = SHARED.get(context.people);
  if (shared && shared.text === context.text && shared.antecedents) return (context.antecedents = shared.antecedents);
  const antecedents = antecedentsOf(context.names, context.text, context.masked, bareNamesFor(context));
  if (shared && shared.text === context.text) shared.antecedents = antecedents;
  return (context.antecedents = antecedents);
}

/**
 * The bare names of the article's people outside mentions and quotes (`bareNames`), read once per
 * article: candidates and antecedents both need them, and the claim attribution reads the same.
 */
function bareNamesFor(context: QuoteContext): Antecedent[] {
  if (!context.bareNames) {
    const shared = SHARED.get(context.people);
    const reuse = shared && shared.text === context.text ? shared : null;
    context.bareNames = reuse?.bareNames ?? bareNames(context.names, context.masked);
    if (reuse) reuse.bareNames = context.bareNames;
  }
  return context.bareNames;
}

function isPossessiveAt(text: string, end: number): boolean {
  return /^['’]s?\b/.test(text.slice(end, end + 3)) && !/^['’]\s/.test(text.slice(end, end + 2)) || /^['’]s\b/.test(text.slice(end, end + 3));
}

/**
 * Every speaker-like thing in masked[from, to): person mentions, pronouns, organisations, names.
 * Remembered per range: the quotes of one sentence, and the rules tried for each, read the same
 * ranges again. Callers only filter and search the list, never change it.
 */
function candidatesIn(context: QuoteContext, from: number, to: number): readonly Candidate[] {
  const key = from * 0x4000000 + to;
  let found = context.candidateMemo.get(key);
  if (!found) {
    found = readCandidates(context, from, to);
    context.candidateMemo.set(key, found);
  }
  return found;
}

function readCandidates(context: QuoteContext, from: number, to: number): Candidate[] {
  const { masked, text } = context;
  const found: Candidate[] = [];
  if (to <= from) return found;
  // Mentions are sorted by start and do not nest: start from the first that may end after `from`.
  const mentions = context.mentions;
  for (let i = partitionPoint(mentions, (m) => m.start < from - 200); i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.end <= from) continue;
    if (mention.start >= to) break;
    if (mention.start < from || mention.end > to) continue;
    if (masked.charCodeAt(mention.start) === 32 && text.charCodeAt(mention.start) !== 32) continue; // inside a quote
    found.push({ start: mention.start, end: mention.end, kind: 'person', value: mention.person, possessive: isPossessiveAt(text, mention.end) });
  }
  const segment = masked.slice(from, to);
  // Bare names of article people the people stage did not link here ("Trump said").
  const names = bareNamesFor(context);
  for (let i = partitionPoint(names, (n) => n.start < from); i < names.length && names[i].start < to; i++) {
    const hit = names[i];
    if (hit.end > to || found.some((c) => c.start < hit.end && c.end > hit.start)) continue;
    found.push({ start: hit.start, end: hit.end, kind: 'person', value: hit.person, possessive: isPossessiveAt(text, hit.end) });
  }
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(segment); m; m = PRONOUN.exec(segment)) {
    found.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'pronoun', value: m[0].toLowerCase(), possessive: false });
  }
  ORGANISATION.lastIndex = 0;
  for (let m = ORGANISATION.exec(segment); m; m = ORGANISATION.exec(segment)) {
    const start = from + m.index;
    const end = start + m[0].trimEnd().length;
    if (found.some((c) => c.kind === 'person' && c.start < end && c.end > start)) continue;
    if (MODIFIED_NOUN.test(masked.slice(end, end + 40)) || ROLE_THEN_NAME.test(masked.slice(end, end + 60))) continue;
    const name = m[0].trim().replace(/^the\s+/i, '');
    if (NOT_NAMES.has(name)) continue;
    // "Rep. Ann Lowry (D-OR) said", "the alliance (NATO) said": a parenthesis glosses the name before it and never speaks.
    if (PARENTHESIS_OPENING.test(masked.slice(Math.max(0, start - 3), start))) continue;
    found.push({ start, end, kind: 'organisation', value: name, possessive: isPossessiveAt(text, end) });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found;
}

/** Where the subject of a verb at `at` ends: before a day that dates the verb ("Portugal on Friday criticised"). */
function subjectEnd(masked: string, from: number, at: number): number {
  const dated = TIME_BEFORE_VERB.exec(masked.slice(Math.max(from, at - 40), at));
  return dated ? at - dated[0].length + 1 : at;
}

/** An unknown capitalised name ending right before a verb at `verbAt` (ignoring an adverb and a day): the subject people.ts missed. */
function unknownNameBefore(context: QuoteContext, from: number, verbAt: number): Candidate | null {
  const at = subjectEnd(context.masked, from, verbAt);
  const before = context.masked.slice(Math.max(from, at - 60), at);
  const m = /((?:[A-Z][\w.'’-]*\s+){1,4})(?:\w+ly\s+)?$/.exec(before);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  if (words.every((w) => NOT_NAMES.has(w))) return null;
  // "The Finance Ministry on Tuesday denied": a day or month is when, not who.
  if (DAY_OR_MONTH.test(words[words.length - 1])) return null;
  const start = at - before.length + m.index;
  // "Mayor Jane Doe of North Dakota praised …": a name after a preposition is not the subject.
  const previousWord = /(\S+)\s*$/.exec(context.masked.slice(Math.max(from, start - 16), start))?.[1]?.toLowerCase();
  if (previousWord && NAME_OBJECT_PREPOSITIONS.has(previousWord)) return null;
  return { start, end: start + m[1].trimEnd().length, kind: 'unknown-name', value: m[1].trim(), possessive: false };
}

/** The cues of masked[from, to), remembered per range as candidates are. */
function cuesIn(context: QuoteContext, from: number, to: number): readonly Cue[] {
  const key = from * 0x4000000 + to;
  let cues = context.cueMemo.get(key);
  if (!cues) {
    cues = readCues(context.masked, from, to);
    context.cueMemo.set(key, cues);
  }
  return cues;
}

/** "a company called Heritage Homes", "an app dubbed “Nova”": a verb of calling that names a thing says nothing. */
const NAMING_VERB = /^(?:called|dubbed)$/i;
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const NAME_AFTER = /^\s+(?:["“]|\p{Lu})/u;

function namesSomething(masked: string, start: number, end: number): boolean {
  return NAMING_VERB.test(masked.slice(start, end)) && INDEFINITE_BEFORE.test(masked.slice(Math.max(0, start - 40), start)) && NAME_AFTER.test(masked.slice(end, end + 3));
}

/**
 * "Officers responded to a call", "replied to the letter": a verb of answering followed by "to" names
 * what it answers (for police, the place they went to), not a statement the sentence reports.
 */
const ANSWERING_VERB = /^(?:respond|responds|responded|responding|reply|replies|replied|replying)$/i;
const TO_AFTER = /^\s+to\b/i;

function answersSomething(masked: string, start: number, end: number): boolean {
  return ANSWERING_VERB.test(masked.slice(start, end)) && TO_AFTER.test(masked.slice(end, end + 4));
}

function readCues(masked: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const segment = masked.slice(from, to);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(segment); m; m = CUE.exec(segment)) {
    const kind: Cue['kind'] = m[1] ? 'according' : m[2] ? 'relative' : m[3] ? 'participle' : 'finite';
    const start = from + m.index;
    const end = start + m[0].length;
    if (kind === 'finite' && namesSomething(masked, start, end)) continue;
    cues.push({ start, end, kind });
  }
  return cues;
}

function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  return partitionPoint(sentences, (s) => s.start <= offset) - 1;
}

/** The person (or, for "it" and "they", the organisation) a pronoun at `at` stands for. */
function resolvePronoun(context: QuoteContext, pronoun: string, at: number): QuoteSpeaker {
  if (pronoun === 'it' || pronoun === 'they') {
    // "it said": an organisation named shortly before.
    const orgs = candidatesIn(context, Math.max(0, at - 400), at).filter((c) => c.kind === 'organisation');
    const last = orgs[orgs.length - 1];
    return last ? { kind: 'organisation', name: last.value } : null;
  }
  const person = resolveHeShe(context.names, antecedentsFor(context), context.masked, context.sentences, pronoun, at);
  return person ? { kind: 'person', person } : null;
}

/** A name the people stage did not find: the article person it names, else the name as written. */
function speakerForName(context: QuoteContext, name: string, at: number): QuoteSpeaker {
  const person = resolveName(context.names, name, at);
  if (person) return { kind: 'person', person };
  // "…the Riverton Gazette Hale said": a run of capitals that ends in a known person's name.
  const words = name.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    // Not past a given name: "Bill Clinton" is someone else than the article's Hillary Clinton.
    if (GIVEN_NAMES.has(words[i - 1].toLowerCase())) break;
    const tail = resolveName(context.names, words.slice(i).join(' '), at);
    if (tail) return { kind: 'person', person: tail };
  }
  const written = name.replace(/['’]s?$/, '').trim();
  return written ? { kind: 'description', text: written } : null;
}

function descriptionCandidate(description: Description): Candidate {
  return { start: description.start, end: description.end, kind: 'description', value: description.text, possessive: false };
}

function speakerOf(context: QuoteContext, candidate: Candidate): QuoteSpeaker {
  switch (candidate.kind) {
    case 'person':
      return { kind: 'person', person: candidate.value };
    case 'organisation':
      return { kind: 'organisation', name: candidate.value };
    case 'pronoun':
      return resolvePronoun(context, candidate.value, candidate.start);
    case 'unknown-name':
      return speakerForName(context, candidate.value, candidate.start);
    case 'description':
      return { kind: 'description', text: candidate.value };
    default:
      return null;
  }
}

interface Attribution {
  speaker: QuoteSpeaker;
  span: Span;
}

function attribute(context: QuoteContext, candidate: Candidate, cue: Span | null): Attribution {
  const span = cue ? { start: Math.min(candidate.start, cue.start), end: Math.max(candidate.end, cue.end) } : { start: candidate.start, end: candidate.end };
  return { speaker: speakerOf(context, candidate), span };
}

/** Punctuation that may end a clause after a verb of saying. */
const CLAUSE_END = /[.;!?](?=\s)|[“”"]/g;

/**
 * Where the clause after a verb of saying ends in `segment`, or -1: the first stop, semicolon or
 * quote mark, but not the period of a title or initial ("said the Rev. Jane Doe", "said J. Doe").
 */
function clauseEndIn(segment: string): number {
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(segment); m; m = CLAUSE_END.exec(segment)) {
    if (m[0] !== '.') return m.index;
    const word = LETTERS_AT_END.exec(segment.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
    if (!(TITLE_ABBREVIATIONS.has(word.toLowerCase()) && STARTS_UPPER_CASE.test(word)) && !ONE_UPPER_CASE_LETTER.test(word)) return m.index;
  }
  return -1;
}

/** The subject of a finite cue at `cue`: the nearest candidate before it, else the one after it. */
function subjectOfFinite(context: QuoteContext, cue: Cue, from: number, to: number, preferInverted: boolean): Attribution | null {
  // "United States Coast Guard crews": in running text (lower-case words before it), a capitalised
  // cue word after a capitalised word is part of a name, not a verb; it attributes to no one. (In a
  // Title Case headline, "…, Jane Doe Says" is the verb.)
  const wordsBefore = context.masked.slice(Math.max(from, cue.start - 30), cue.start);
  if (STARTS_UPPER_CASE.test(context.masked.slice(cue.start, cue.end)) && CAPITALISED_WORD_AT_END.test(wordsBefore) &&
    LOWER_CASE_WORD_OF_FOUR.test(context.masked.slice(from, cue.start))) {
    return { speaker: null, span: { start: cue.start, end: cue.end } };
  }
  const before = candidatesIn(context, Math.max(from, cue.start - 160), cue.start).filter((c) => !c.possessive);
  const afterEnd = Math.min(to, cue.end + 100);
  const clauseEnd = clauseEndIn(context.masked.slice(cue.end, afterEnd));
  const after = candidatesIn(context, cue.end, clauseEnd >= 0 ? cue.end + clauseEnd : afterEnd).filter((c) => !c.possessive);
  // Inverted only right after the verb: "said Lavrov", "said the Kremlin spokesman Dmitry Peskov".
  const inverted = after.find((c) => c.start - cue.end <= 60 && c.kind !== 'pronoun');
  const nearestBefore = before[before.length - 1];
  const appositive = preferInverted && inverted ? null : appositiveSubject(context, from, cue.start);
  if (appositive) return attribute(context, appositive, cue);
  // A described subject right before the verb ("a police spokeswoman said", "the Clinton campaign
  // said") speaks unless a name stands after it; a name inside it is only its modifier.
  const described = descriptionBefore(context.masked, from, subjectEnd(context.masked, from, cue.start));
  if (described && !(preferInverted && inverted) && (!nearestBefore || nearestBefore.end <= described.end)) {
    return attribute(context, descriptionCandidate(described), cue);
  }
  if (preferInverted && !inverted && !/^(?:told|tells|asked|asks)$/i.test(context.masked.slice(cue.start, cue.end))) {
    // "…,” said a police spokeswoman.
    const describedAfter = descriptionAfter(context.masked, cue.end, to);
    if (describedAfter) return attribute(context, descriptionCandidate(describedAfter), cue);
    // "…,” said Rep. Jane Doe (D-Ore.), …: a name the people stage did not find.
    const named = NAME_AFTER_BLANKS.exec(context.masked.slice(cue.end, to));
    if (named && !NOT_NAMES.has(named[1].split(/\s+/)[0])) {
      const start = cue.end + named[0].indexOf(named[1]);
      // "…, reports Axios.": the sentence's full stop is not part of the name (an initial's is).
      const value = named[1].replace(PERIOD_AFTER_LOWER_CASE, '$1');
      return attribute(context, { start, end: start + value.length, kind: 'unknown-name', value, possessive: false }, cue);
    }
  }
  // A capitalised name directly before the verb that people.ts did not find: no guessing past it.
  const unknown = unknownNameBefore(context, from, cue.start);
  const directBefore = nearestBefore && /^[\s,]*(?:\w+ly\s+)?$/.test(context.masked.slice(nearestBefore.end, cue.start).replace(/,[^,]{0,80},/, ''));
  if (preferInverted && inverted) return attribute(context, inverted, cue);
  if (unknown && (!nearestBefore || nearestBefore.end < unknown.start) && !(nearestBefore && directBefore)) {
    if (inverted && preferInverted) return attribute(context, inverted, cue);
    // In a Title Case line ("…, Stalling For Time Says Zelensky") capitals mark no name.
    if (STARTS_UPPER_CASE.test(context.masked.slice(cue.start, cue.end))) return { speaker: null, span: { start: unknown.start, end: cue.end } };
    return attribute(context, unknown, cue);
  }
  // "As she lay on the road, a man next to her screamed": a noun phrase opened after the last comma
  // is the verb's subject, and the person before the comma is not.
  if (nearestBefore && !NEW_SUBJECT_AFTER_COMMA.test(context.masked.slice(nearestBefore.end, cue.start))) return attribute(context, nearestBefore, cue);
  // "…,” one woman told Reuters": whom a verb of telling addresses is its object, never its speaker.
  if (inverted && !ADDRESSEE_VERB.test(context.masked.slice(cue.start, cue.end))) return attribute(context, inverted, cue);
  return null;
}

/**
 * Words, a comma, then a determiner opening a noun phrase that runs to the verb: "… lay there, a
 * man standing next to her". (Right after the name it is the name's appositive: "LaSorda, the
 * president of Chrysler announced".)
 */
const NEW_SUBJECT_AFTER_COMMA = /^[^,]*\p{L}[^,]*,\s+(?:a|an|the|one|another|two|three|several|some|many)\s+[^,;:.!?“”"]*$/iu;

/** Verbs of saying whose object is the one spoken to (lang/speechVerbs). */
const ADDRESSEE_VERB = new RegExp(`^(?:${speechVerbPattern('addressee')})$`, 'i');

/** A name at the end of a stretch of text, parenthetical dropped: "Rep. Ann Lowry (D-Ore.)". */
const NAME_AT_END = /(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|da|del|la|le))*)(?:\s*\([^()]{1,30}\))?\s*$/u;

/**
 * "X, who …, said" / "X, the director of …, said" / "X, however, said": when a comma stands right
 * before the verb, the subject is what ends before the comma that opens the inserted clause — not a
 * name or organisation inside the clause. Tries the nearest opening commas first (a clause may hold
 * commas of its own: "the mayor of Charlotte, N.C.,").
 */
function appositiveSubject(context: QuoteContext, from: number, at: number): Candidate | null {
  const { masked } = context;
  const start = Math.max(from, at - 260);
  const before = masked.slice(start, at);
  const closing = /,\s*(?:[a-z]+ly\s+)?$/.exec(before);
  if (!closing) return null;
  let comma = closing.index;
  for (let tries = 0; tries < 5; tries++) {
    comma = before.lastIndexOf(',', comma - 1);
    if (comma < 0) return null;
    const inserted = before.slice(comma + 1, closing.index);
    // An inserted clause holds no verb of saying of its own and no quote.
    if (/[“”"]/.test(inserted) || cuesIn(context, start + comma + 1, start + closing.index).some((c) => c.kind === 'finite')) return null;
    const leftEnd = start + comma;
    const persons = candidatesIn(context, Math.max(from, leftEnd - 80), leftEnd).filter((c) => !c.possessive && c.kind !== 'organisation');
    const adjacent = persons.find((c) => /^\s*(?:\([^()]{1,30}\))?\s*$/.test(masked.slice(c.end, leftEnd)));
    if (adjacent) return adjacent;
    const named = NAME_AT_END.exec(masked.slice(Math.max(from, leftEnd - 80), leftEnd));
    if (named) {
      const words = named[1].split(/\s+/);
      while (words.length > 0 && NOT_NAMES.has(words[0])) words.shift();
      // A lone capitalised word opening the sentence ("However,") is no name.
      if (words.length > 0 && !(words.length === 1 && /^[,\s]*$/.test(masked.slice(from, leftEnd - named[0].length)) && !CAPITALISED_LOWER_CASE_WORD.test(words[0]))) {
        const value = words.join(' ');
        const nameStart = leftEnd - named[0].length + named[0].indexOf(value);
        // A name after a preposition or a comma is itself inside the inserted words ("Rawlings, 59,
        // of Ashton, Md., who …"): the subject is further back.
        if (nameStart >= from && !/(?:\b(?:in|on|at|from|of|to|for|by|with|after|before|during|since)|,)\s*$/i.test(masked.slice(Math.max(from, nameStart - 12), nameStart))) {
          return { start: nameStart, end: nameStart + value.length, kind: 'unknown-name', value, possessive: false };
        }
      }
    }
  }
  return null;
}

function firstSubject(context: QuoteContext, from: number, to: number): Candidate | null {
  return candidatesIn(context, from, to).find((c) => !c.possessive) ?? null;
}

/** A verb of saying right after a quote's closing mark (“…,” said / “…” — said). */
const VERB_RIGHT_AFTER = new RegExp(`^[\\s,—–-]*(?:${FINITE_VERBS})\\b`, 'i');
const TITLE_SMALL_WORD = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|de|la|le)$/;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/** A quoted title or name rather than speech: Title Case words, no sentence inside. */
function looksLikeTitle(quoteText: string): boolean {
  // Most quotes are speech: more than nine words, or a lower-case first word; no split needed.
  if (!CAPITAL_OR_DIGIT.test(quoteText) || quoteText.length > 160) return false;
  const words = quoteText.replace(/[,.]$/, '').split(/\s+/);
  if (words.length > 9 || /[.!?]\s/.test(quoteText)) return false;
  return words.every((w) => CAPITAL_OR_DIGIT.test(w) || TITLE_SMALL_WORD.test(w));
}

interface Located {
  quote: QuotedSpan;
  finding: QuoteFinding;
  /** A quoted title or name ("“Fox News Sunday”"), not speech: it neither continues nor breaks a run of quotes. */
  title: boolean;
}

/** How far from a quote its attribution is looked for, in characters (far beyond any real sentence's reach). */
const ATTRIBUTION_REACH = 600;

/** Decides the speaker of one quote from its sentence, or null when the sentence names none. */
function attributeInSentence(context: QuoteContext, quote: QuotedSpan, inHeadline: boolean): Attribution | null | 'title' {
  const { sentences, masked } = context;
  const openAt = quote.open.start;
  const closeEnd = quote.close ? quote.close.end : quote.end;
  const first = sentenceIndexAt(sentences, openAt);
  const last = sentenceIndexAt(sentences, Math.max(openAt, closeEnd - 1));
  if (first < 0) return null;
  // The attribution of a quote sits near it: in a "sentence" of many quotes (a paragraph without a
  // full stop), reading the whole of it for each quote would cost the square of its length.
  const from = Math.max(sentences[first].start, openAt - ATTRIBUTION_REACH);
  const to = Math.min(sentences[Math.max(first, last)].end, closeEnd + ATTRIBUTION_REACH);

  const quoteText = context.text.slice(quote.start, quote.end);
  if (!inHeadline && looksLikeTitle(quoteText)) return 'title';
  if (/\bso-called\s*$/i.test(masked.slice(Math.max(from, openAt - 12), openAt))) return 'title';

  const cues = cuesIn(context, from, to).filter((c) => c.end <= openAt || c.start >= closeEnd);
  // "according to X" names the source for the whole sentence.
  const according = cues.find((c) => c.kind === 'according');
  if (according) {
    const subject = firstSubject(context, according.end, Math.min(to, according.end + 80));
    const source = accordingSource(context, according, to, subject);
    if (source) return source;
    const named = SOURCE_NAME_AFTER_BLANKS.exec(masked.slice(according.end, to));
    if (named) {
      const start = according.end + named[0].indexOf(named[1]);
      return attribute(context, { start, end: start + named[1].length, kind: 'unknown-name', value: named[1], possessive: false }, according);
    }
    if (subject) return attribute(context, subject, according);
  }
  const afterText = masked.slice(closeEnd, to);
  const directAfter = VERB_RIGHT_AFTER.test(afterText);
  const cuesBefore = cues.filter((c) => c.end <= openAt && c.kind !== 'according');
  const cuesAfter = cues.filter((c) => c.start >= closeEnd && c.kind !== 'according');
  // The attribution right after the quote (“…,” Lavrov said / said Lavrov) is the strongest cue.
  const adjacentAfter = cuesAfter.find((c) => {
    if (c.kind !== 'finite') return false;
    const between = masked.slice(closeEnd, c.start);
    if (/^[\s,—–-]*$/.test(between)) return true;
    // "…,” Lavrov said", "…,” the actress's rep Jack Ketsoyan told": a short subject, not "but also asked".
    return /^[\s,—–-]*(?:[^\s,.;!?]+\s+){0,8}?(?:\w+ly\s+)?$/.test(between.replace(/,[^,]{0,80},/, '')) &&
      !/^[\s,—–-]*(?:and|but|or|then|also|yet)\b/i.test(between) && candidatesIn(context, closeEnd, c.start).length > 0;
  });
  // "the Kremlin’s statement that “…”": the possessor of a statement speaks.
  const possessor = candidatesIn(context, from, openAt).filter((c) => c.possessive && c.kind !== 'pronoun' &&
    STATEMENT_NOUN.test(masked.slice(c.end, openAt))).pop();
  if (possessor) return attribute(context, possessor, null);
  // Try the strongest cue first and fall back: the nearest before the quote, then the first after.
  const ordered = [adjacentAfter, ...cuesBefore.slice().reverse(), cuesAfter[0]].filter((c): c is Cue => c !== undefined);
  for (const cue of ordered) {
    const be = passiveAuxiliary(masked, from, cue);
    if (be) {
      if (/^quoted$/i.test(masked.slice(cue.start, cue.end))) {
        // "X was quoted (by a radio station) as saying": the subject of the passive speaks, not the outlet that quotes.
        const found = subjectOfFinite(context, { start: cue.start - be.length, end: cue.end, kind: 'finite' }, cue.start >= closeEnd ? closeEnd : from, to, false);
        if (found) return found;
        continue;
      }
      // "was praised by the coach as “…”", "“…,” she was told by the clerk": the agent speaks; without one, no one named does.
      const agent = passiveAgent(context, cue, to);
      if (agent) return attribute(context, agent, cue);
    } else if (cue.kind === 'relative') {
      const antecedent = candidatesIn(context, from, cue.start).filter((c) => !c.possessive && c.kind !== 'pronoun').pop();
      if (antecedent) return attribute(context, antecedent, cue);
    } else if (cue.kind === 'participle' || COORDINATED.test(masked.slice(Math.max(from, cue.start - 40), cue.start))) {
      // "Pickell said, describing …": the participle shares the subject of the speech verb before it;
      // "He pointed to …, but stated that …": a coordinated verb shares the sentence subject.
      const finiteBefore = cues.filter((c) => c.kind === 'finite' && c.end <= cue.start).pop();
      if (cue.kind === 'participle' && finiteBefore) {
        const found = subjectOfFinite(context, finiteBefore, from, to, false);
        if (found) return found;
      }
      const subject = firstSubject(context, from, cue.start);
      if (subject) return attribute(context, subject, cue);
    } else {
      const region = cue.start >= closeEnd ? closeEnd : from;
      const found = subjectOfFinite(context, cue, region, to, cue === adjacentAfter && directAfter);
      if (found) return found;
    }
  }
  // A colon introduction: "Bill Bodie: “…”", "a direct message to the Russian leader: “…”".
  const beforeText = masked.slice(from, openAt);
  if (/:\s*$/.test(beforeText)) {
    const colonAt = from + beforeText.lastIndexOf(':');
    const candidates = candidatesIn(context, from, colonAt).filter((c) => !c.possessive);
    const adjacent = candidates.find((c) => colonAt - c.end <= 1);
    const subject = adjacent ?? candidates[0];
    if (subject) return attribute(context, subject, null);
  }
  return null;
}

/** A speaker label opening a transcript line inside the quote: “WALLACE: Let’s start…”, “PENCE: Well, …”. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** A signature after the closing mark: “…”― Pamela Padilla, “…” — Jane Doe (end of the line; a name never runs over a line end). */
const SIGNATURE = /^\s*[―—–][^\S\n]*(\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,4})/u;

/**
 * Transcripts ("questions and answers") give each turn's speaker as an upper-case label before a
 * colon; the label names the speaker of the words after it.
 */
function transcriptSpeaker(context: QuoteContext, quote: QuotedSpan): Attribution | null {
  const label = TRANSCRIPT_LABEL.exec(context.text.slice(quote.start, quote.start + 60));
  if (!label || /^(?:Q|A)$/.test(label[1])) return null;
  const speaker = speakerForName(context, label[1], quote.start);
  return speaker ? { speaker, span: { start: quote.start, end: quote.start + label[1].length } } : null;
}

/** A quote signed after its closing mark with a dash and a name. */
function signedSpeaker(context: QuoteContext, quote: QuotedSpan): Attribution | null {
  if (!quote.close) return null;
  const after = context.masked.slice(quote.close.end, quote.close.end + 80);
  const signed = SIGNATURE.exec(after);
  if (!signed) return null;
  const start = quote.close.end + signed[0].indexOf(signed[1]);
  const end = start + signed[1].length;
  // The name ends its line or a clause: not "“…” — Smith said, …" (read by the cue rules).
  if (!/^\s*(?:[.,(]|$|\n)/.test(context.masked.slice(end, end + 3))) return null;
  const name = signed[1].replace(PERIOD_AFTER_LOWER_CASE, '$1');
  const speaker = speakerForName(context, name, start);
  return speaker ? { speaker, span: { start, end: start + name.length } } : null;
}

/** Who introduced a quote from the previous sentence ("SEACOM issued a statement:"). */
function attributeFromIntroduction(context: QuoteContext, quote: QuotedSpan): Attribution | null {
  const { sentences, masked } = context;
  const index = sentenceIndexAt(sentences, quote.open.start);
  if (index <= 0) return null;
  const sentence = sentences[index];
  if (masked.slice(sentence.start, quote.open.start).trim() !== '') return null;
  const previous = sentences[index - 1];
  if (!/:\s*$/.test(masked.slice(previous.start, previous.end))) return null;
  const cues = cuesIn(context, previous.start, previous.end).filter((c) => c.kind === 'finite');
  if (cues.length > 0) {
    const found = subjectOfFinite(context, cues[0], previous.start, previous.end, false);
    if (found) return found;
  }
  const subject = firstSubject(context, previous.start, previous.end);
  return subject ? attribute(context, subject, null) : null;
}

/** Whether the quote opens its sentence: only blanks (and opening marks) before it in the sentence. */
function opensSentence(context: QuoteContext, quote: QuotedSpan): number {
  const index = sentenceIndexAt(context.sentences, quote.open.start);
  if (index < 0) return -1;
  const sentence = context.sentences[index];
  return /^[\s“"‘'([—–-]*$/.test(context.masked.slice(sentence.start, quote.open.start)) ? index : -1;
}

/** Whether a line break lies between two offsets (a new paragraph). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at >= 0 && at < to;
}

/**
 * Whether `quote` opens the sentence right after the sentence holding `previous`'s attribution
 * (or `previous` itself), in the same paragraph, with no other speech cue between them.
 */
function continuesInParagraph(context: QuoteContext, previous: Located, quote: QuotedSpan): boolean {
  if (previous.finding.reach !== 'sentence' && previous.finding.reach !== 'continuation') return false;
  const index = opensSentence(context, quote);
  if (index <= 0) return false;
  const previousEnd = Math.max(previous.quote.close?.end ?? previous.quote.end, previous.finding.attribution?.end ?? 0);
  if (lineBreakBetween(context.text, previousEnd, quote.open.start)) return false;
  return sentenceIndexAt(context.sentences, Math.max(previousEnd - 1, previous.quote.start)) === index - 1;
}

/** A name or speaker-like word right after the quote in its own sentence ("“…,” Jane Doe demanded"): not a continuation. */
function nameAfterQuote(context: QuoteContext, quote: QuotedSpan): boolean {
  if (!quote.close) return false;
  const index = sentenceIndexAt(context.sentences, quote.close.end - 1);
  if (index < 0) return false;
  const to = Math.min(context.sentences[index].end, quote.close.end + 60);
  const after = context.masked.slice(quote.close.end, to);
  if (!CAPITAL_AFTER_PUNCTUATION.test(after)) return false;
  return candidatesIn(context, quote.close.end, to).some((c) => c.kind === 'person' && /^[\s,—–-]*$/.test(context.masked.slice(quote.close!.end, c.start)));
}

/**
 * The speaker of a reported statement in the sentence before a quote that opens its own sentence,
 * in the same paragraph: "…, Tarrant said. “…”", "Jane Doe told reporters the plan was dead. “…”".
 */
function reportedIntroduction(context: QuoteContext, quote: QuotedSpan): Attribution | null {
  const index = opensSentence(context, quote);
  if (index <= 0) return null;
  const previous = context.sentences[index - 1];
  if (lineBreakBetween(context.text, previous.start, quote.open.start)) return null;
  // A sentence with its own quotes was read above; this is for statements without them.
  if (context.masked.slice(previous.start, previous.end) !== context.text.slice(previous.start, previous.end)) return null;
  const found = statementAttribution(context, previous.start, previous.end);
  return found?.speaker ? found : null;
}

/** Mentions that sit between two offsets outside quotes: a change of topic ends a run of quotes. */
function mentionsBetween(context: QuoteContext, from: number, to: number): boolean {
  return candidatesIn(context, from, to).some((c) => c.kind === 'person' || c.kind === 'unknown-name');
}

function buildMasked(text: string, quotes: readonly QuotedSpan[]): string {
  if (quotes.length === 0) return text;
  const parts: string[] = [];
  let pos = 0;
  for (const q of quotes) {
    if (q.start < pos) continue;
    parts.push(text.slice(pos, q.start));
    // Blanks of the same length, keeping line ends (a quote may run over lines). The quote alone is
    // searched for a line end: searching on from it would read a long line once per quote.
    const quoted = text.slice(q.start, q.end);
    parts.push(quoted.includes('\n') ? quoted.replace(/[^\n]/g, ' ') : ' '.repeat(q.end - q.start));
    pos = q.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** The lines quotes are searched in: story lines and the text of embedded posts. */
function quoteLines(article: ArticleText): { lines: QuoteLine[]; kinds: string[] } {
  const lines: QuoteLine[] = [];
  const kinds: string[] = [];
  const signatures = new Set(article.socialPosts.map((p) => p.signature.start));
  const all = article.lines;
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    const searchable = line.kind === 'body' || line.kind === 'headline' || (line.kind === 'social' && !signatures.has(line.start));
    if (!searchable) continue;
    const next = all[i + 1];
    lines.push({ start: line.start, end: line.end, adjacentToNext: next !== undefined && next.kind === 'body' && line.kind === 'body' });
    kinds.push(line.kind);
  }
  return { lines, kinds };
}

/** The author of the embedded post a quote sits in, as a known person; else null. */
function socialAuthor(article: ArticleText, people: PeopleFindings, offset: number): QuoteSpeaker | undefined {
  const post = article.socialPosts.find((p) => offset >= p.text.start && offset < p.text.end);
  if (!post) return undefined;
  const author = post.author.toLowerCase();
  const person = people.persons.find((p) => p.name.toLowerCase() === author || p.aliases.some((a) => a.toLowerCase() === author));
  return person ? { kind: 'person', person: person.key } : null;
}

/** Finds quoted speech and who said it. */
/** What attributing quotes and reported speech reads of an article: its text with quotes blanked, people and sentences. */
function quoteContext(text: string, masked: string, sentences: readonly Sentence[], people: PeopleFindings): QuoteContext {
  const mentions = [...people.mentions].sort((a, b) => a.start - b.start);
  return {
    text,
    masked,
    mentions,
    persons: new Map(people.persons.map((p) => [p.key, p])),
    sentences,
    names: buildNameIndex(people.persons, mentions, sentences),
    antecedents: null,
    bareNames: null,
    people,
    candidateMemo: new Map(),
    cueMemo: new Map(),
  };
}

export function extractQuotes(article: ArticleText, sentences: readonly Sentence[], people: PeopleFindings): QuoteFinding[] {
  const { text } = article;
  const { lines, kinds } = quoteLines(article);
  const spans = findQuotedSpans(text, lines);
  if (spans.length === 0) return [];
  const context = quoteContext(text, buildMasked(text, spans), sentences, people);
  SHARED.set(people, { text, masked: context.masked, antecedents: null, bareNames: null });
  const lineKindAt = (offset: number): string => {
    const i = partitionPoint(lines, (line) => line.end < offset);
    return i < lines.length && lines[i].start <= offset ? kinds[i] : 'body';
  };

  const located: Located[] = [];
  for (const quote of spans) {
    const kind = lineKindAt(quote.open.start);
    let attribution: Attribution | null;
    let reach: QuoteFinding['reach'] = null;
    const inSentence = transcriptSpeaker(context, quote) ?? signedSpeaker(context, quote) ?? attributeInSentence(context, quote, kind !== 'body');
    if (inSentence === 'title') attribution = { speaker: null, span: { start: quote.start, end: quote.start } };
    else attribution = inSentence;
    if (attribution) reach = 'sentence';
    if (!attribution && kind === 'social') {
      const author = socialAuthor(article, people, quote.start);
      if (author !== undefined) attribution = { speaker: author, span: { start: quote.start, end: quote.start } };
      if (attribution) reach = 'post';
    }
    if (!attribution) {
      attribution = attributeFromIntroduction(context, quote);
      if (attribution) reach = 'introduction';
    }
    const isTitle = inSentence === 'title';
    if (!attribution && !isTitle) {
      let previousIndex = located.length - 1;
      while (previousIndex >= 0 && located[previousIndex].title) previousIndex--;
      const previous = located[previousIndex];
      // A quote with no attribution of its own continues the previous speaker when nothing but
      // quotes and attributions lie between them (the paragraph-continuation convention), or
      // when it opens the sentence right after the one that attributed the previous quote in the
      // same paragraph (“…,” Jane Doe said on Monday at the hall, where …. “…”): names inside
      // that attribution sentence are its circumstances, not a new speaker.
      if (previous && previous.finding.speaker && !nameAfterQuote(context, quote) &&
        (continuesInParagraph(context, previous, quote) || (quote.open.start - (previous.quote.close?.end ?? previous.quote.end) < 400 &&
        // A new paragraph continues a speaker only when it opens with the quote.
        (opensSentence(context, quote) >= 0 || !lineBreakBetween(text, previous.quote.end, quote.open.start)) &&
        !mentionsBetween(context, previous.finding.attribution?.end ?? previous.quote.end, quote.open.start) &&
        !/[.!?]\s+[^“"‘'\s]/.test(context.masked.slice(Math.max(previous.quote.close?.end ?? previous.quote.end, previous.finding.attribution?.end ?? 0), quote.open.start).replace(/^[^.!?]*[.!?]/, ''))))) {
        attribution = { speaker: previous.finding.speaker, span: previous.finding.attribution ?? { start: quote.start, end: quote.start } };
        reach = 'continuation';
      }
    }
    if (!attribution && !isTitle) {
      // "The council may act soon, Tarrant said. “The money is there.”": a quote opening the
      // sentence after a reported statement in the same paragraph goes on with its speaker.
      attribution = reportedIntroduction(context, quote);
      if (attribution) reach = 'introduction';
    }
    located.push({
      title: isTitle,
      quote,
      finding: {
        start: quote.start,
        end: quote.end,
        text: text.slice(quote.start, quote.end),
        speaker: attribution?.speaker ?? null,
        attribution: attribution && !isTitle && attribution.span.end > attribution.span.start ? attribution.span : null,
        reach: isTitle ? null : reach,
      },
    });
  }
  return located.map((l) => l.finding);
}

/** Who asserts a stretch of text, and the words that say so. */
export interface ReportedSpeech {
  speaker: NonNullable<QuoteSpeaker>;
  /** The attribution: "police said", "according to the report", "Lavrov told reporters". */
  span: Span;
}

/**
 * Who asserts each span (a claim's sentence) in reported speech: the speaker of a quote in it
 * attributed there (“…,” Lavrov said), a subject and verb of saying that open it ("X said (that)
 * …", "police say …"), one that closes it ("…, officials said."), or "according to X" anywhere in
 * it. Null where the sentence is the article's own voice. Reads the quotes already found, so
 * the words inside them are never attributions.
 */
export function reportedSpeech(
  article: ArticleText,
  sentences: readonly Sentence[],
  people: PeopleFindings,
  quotes: readonly QuoteFinding[],
  spans: readonly Span[],
): (ReportedSpeech | null)[] {
  if (spans.length === 0) return [];
  const { text } = article;
  const shared = SHARED.get(people);
  const masked = shared && shared.text === text ? shared.masked
    : quotes.length === 0 ? text : buildMasked(text, quotes.map((q) => ({ ...q, open: q, close: null, double: true })));
  const context = quoteContext(text, masked, sentences, people);
  return spans.map((span) => {
    const quoted = quotes.find((q) => q.start >= span.start && q.end <= span.end && q.reach === 'sentence' && q.speaker && q.attribution &&
      q.attribution.start >= span.start && q.attribution.end <= span.end);
    if (quoted?.speaker && quoted.attribution) return { speaker: quoted.speaker, span: quoted.attribution };
    const found = statementAttribution(context, span.start, span.end);
    return found?.speaker ? { speaker: found.speaker, span: found.span } : null;
  });
}

/**
 * Whether the words right before a verb of saying end its subject: a name, a pronoun, a described
 * speaker, or such a subject and an inserted clause or adverb — not another verb ("Kyiv faced
 * claims", where "claims" is a noun) and not a negation ("have not commented" asserts nothing).
 */
function subjectRightBefore(masked: string, from: number, at: number): boolean {
  const before = masked.slice(Math.max(from, at - 160), at).replace(/,[^,]{0,120},\s*$/, ' ');
  if (/\b(?:not|never|no|n['’]t)\s+(?:\w+\s+){0,2}$/i.test(before)) return false;
  if (descriptionBefore(masked, from, subjectEnd(masked, from, at))) return true;
  const words = before.trim().split(/\s+/);
  while (words.length > 0 && /^(?:has|have|had|also|previously|recently|later|then|again|repeatedly|once|first|\w+ly)$/i.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1] ?? '';
  return SUBJECT_LIKE_WORD.test(last) || /[)'’]s?$/.test(last);
}

/**
 * The form of "be" (and an adverb) right before a finite verb of saying that makes it passive
 * ("it was reported", "has been criticised by doctors for …", "she was told"), or null. The
 * subject of a passive verb of saying is not who speaks.
 */
function passiveAuxiliary(masked: string, from: number, cue: Cue): string | null {
  if (cue.kind !== 'finite') return null;
  return /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i.exec(masked.slice(Math.max(from, cue.start - 24), cue.start))?.[0] ?? null;
}

/** The agent of a passive verb of saying: the name or description right after its "by". */
function passiveAgent(context: QuoteContext, cue: Cue, to: number): Candidate | null {
  const by = /^\s+by\s+/.exec(context.masked.slice(cue.end, Math.min(to, cue.end + 8)));
  if (!by) return null;
  const at = cue.end + by[0].length;
  const described = descriptionAfter(context.masked, at - 1, to);
  const subject = firstSubject(context, at, Math.min(to, at + 60));
  if (subject && subject.start - at <= 4 && !(described && described.start < subject.start)) return subject;
  return described && described.start - at <= 1 ? descriptionCandidate(described) : null;
}

/**
 * The source "according to" names before a comma: up to four words, no pronoun, no quotation; not
 * when a relative clause follows ("according to court records, which say he …"): who speaks is read
 * from that clause's own verb.
 */
const ACCORDING_SOURCE = /^\s+((?!(?:he|she|it|they|we|i|you|him|her|them|us)\b)[\p{L}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.&-]*){0,3})\s*,(?!\s*(?:who|which|that)\b)/iu;

/**
 * The source an "according to" names, read the same for quotes and for reported speech: a
 * description ("according to the report", "according to Clinton’s campaign", unless a name stands
 * before its head), the name right after it, or the words up to a comma; null when none of them.
 */
function accordingSource(context: QuoteContext, according: Cue, to: number, subject: Candidate | null): Attribution | null {
  const { masked } = context;
  const described = descriptionAfter(masked, according.end, to);
  if (described && (!subject || (subject.start >= described.start && subject.end < described.end) || subject.start > described.end)) {
    return attribute(context, descriptionCandidate(described), according);
  }
  // The name right after "according to" (a title or an article may come first), not one further on:
  // "according to deputies, who say Smith fired" is the deputies' account of Smith.
  if (subject && subject.start - according.end <= 20 && !/[,;:]/.test(masked.slice(according.end, subject.start))) return attribute(context, subject, according);
  // "According to police, …", "according to court records, …": the source is the words up to the comma.
  const source = ACCORDING_SOURCE.exec(masked.slice(according.end, Math.min(to, according.end + 64)));
  if (!source) return null;
  const start = according.end + source[0].indexOf(source[1]);
  return attribute(context, descriptionCandidate({ start, end: start + source[1].length, text: source[1] }), according);
}

/** The attribution of a sentence in reported speech, from its cues outside quotes. */
function statementAttribution(context: QuoteContext, from: number, to: number): Attribution | null {
  const { masked } = context;
  const cues = cuesIn(context, from, to);
  const according = cues.find((c) => c.kind === 'according');
  if (according) {
    const source = accordingSource(context, according, to, firstSubject(context, according.end, Math.min(to, according.end + 80)));
    if (source) return source;
  }
  // "Officers responded to a call": an answer to something is no statement (a quotation after it may still be the answer's words).
  const finite = cues.filter((c) => c.kind === 'finite' && passiveAuxiliary(masked, from, c) === null && !answersSomething(masked, c.start, c.end));
  // "X said (that) …": the verb near the start, its subject opening the sentence (after at most a
  // short lead-in: "On Tuesday, the mayor said").
  const lead = finite[0];
  if (lead && lead.start - from <= 90 && subjectRightBefore(masked, from, lead.start)) {
    const found = subjectOfFinite(context, lead, from, to, false);
    if (found && found.span.start - from <= 60) return found;
  }
  // "…, officials said." / "…, said the report.": the verb in a short last clause.
  const tail = finite[finite.length - 1];
  if (tail && to - tail.end <= 60 && /,\s*[^,]{0,60}$/.test(masked.slice(from, tail.start))) {
    const comma = masked.lastIndexOf(',', tail.start);
    const found = subjectOfFinite(context, tail, comma + 1, to, /^[\s,]*$/.test(masked.slice(comma + 1, tail.start)));
    if (found && found.span.start > comma) return found;
  }
  return null;
}

