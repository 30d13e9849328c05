/**
 * The word lists the people extractor reasons with, as lower-cased lookup sets: the generated
 * lists in `./generated/` (from compromise, by scripts/lexicon/generate.ts) plus hand-curated
 * additions for news English — names, places, organisations and common words in `./data/`, one
 * file per category. Titles and roles are in `../titles.ts`, verbs of saying in `../speechVerbs.ts`.
 * Built once when the module loads; every lookup afterwards is a Set probe.
 */
import { COMMON_WORDS } from './generated/commonWords';
import { FAMOUS_PEOPLE, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES, UNISEX_GIVEN_NAMES } from './generated/names';
import { ORGANISATIONS } from './generated/organisations';
import { CITIES, COUNTRIES, DEMONYMS, OTHER_PLACES, REGIONS } from './generated/places';
import { MONTH_WORDS } from '../months';
import { speechVerbForms } from '../speechVerbs';
import { COURTESY_TITLES, ROLE_HEADS, ROLE_MODIFIERS, ROLE_STOPS, WEAK_LOWERCASE_ROLE_HEADS } from '../titles';
import { WEEKDAY_WORDS } from '../weekdays';
import { COMMON_WORDS_HAND, NEVER_NAME_WORD_LIST } from './data/commonWords';
import { DEMONYMS_HAND, FAITH_ADJECTIVES_HAND } from './data/demonyms';
import { AMBIGUOUS_GIVEN_NAMES_HAND, FEMALE_GIVEN_NAMES_HAND, MALE_GIVEN_NAMES_HAND, UNISEX_GIVEN_NAMES_HAND } from './data/givenNames';
import { NAME_PARTICLE_WORDS, NAME_SUFFIX_WORDS } from './data/nameParts';
import { INSTITUTION_PREFIX_WORDS, NON_PERSON_HEAD_WORDS, SURNAME_LIKE_HEAD_WORDS } from './data/nonPersonHeads';
import { ORGANISATIONS_HAND } from './data/organisations';
import { PLACE_CONTEXT_NOUN_WORDS, PLACE_PREFIX_WORDS, PLACES_HAND } from './data/places';
import { SURNAMES_HAND } from './data/surnames';

/** Splits a space-separated single-word list. */
function wordList(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));
}

/** Splits a '|'-separated list of (possibly multi-word) names. */
function phraseList(list: string): Set<string> {
  return new Set(list.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean));
}

// ---------------------------------------------------------------------------------------------
// Given names

// Hand additions (./data/) join the generated lists here. A hand gender list is authoritative: a
// name it lists leaves the other gender's generated list ("Valery", "Lula" are men in the news),
// and a hand unisex name leaves both.
const HAND_MALE = new Set(MALE_GIVEN_NAMES_HAND);
const HAND_FEMALE = new Set(FEMALE_GIVEN_NAMES_HAND);
const HAND_UNISEX = new Set(UNISEX_GIVEN_NAMES_HAND);

/**
 * Given names that are also ordinary words or months; on their own they prove nothing
 * ("Will", "May", "Hope"), so they count as given names only inside an already-evidenced name.
 */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(AMBIGUOUS_GIVEN_NAMES_HAND);

export const MALE_NAMES = new Set([...[...wordList(MALE_GIVEN_NAMES)].filter((n) => !HAND_FEMALE.has(n)), ...HAND_MALE]);
export const FEMALE_NAMES = new Set([...[...wordList(FEMALE_GIVEN_NAMES)].filter((n) => !HAND_MALE.has(n)), ...HAND_FEMALE]);
for (const name of HAND_UNISEX) {
  MALE_NAMES.delete(name);
  FEMALE_NAMES.delete(name);
}
/** Every given name, gendered or not. */
export const GIVEN_NAMES = new Set([...MALE_NAMES, ...FEMALE_NAMES, ...wordList(UNISEX_GIVEN_NAMES), ...HAND_UNISEX]);
export const KNOWN_SURNAMES = new Set([...wordList(SURNAMES), ...SURNAMES_HAND]);
export const FAMOUS = phraseList(FAMOUS_PEOPLE);

// ---------------------------------------------------------------------------------------------
// Speech and person verbs

/** Verbs of saying that follow a person's name ("Lavrov said"). Organisations say things too. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(speechVerbForms('name'));
/** Verbs that, right after a name, strongly suggest a human subject (organisations rarely do these). */
export const HUMAN_VERBS = wordList(`
  told recalled tweeted wrote smiled laughed shouted whispered resigned died was born married divorced
  testified pleaded apologised apologized believes believed thinks thought feels felt hopes hoped wants
  wanted fears feared met shook flew traveled travelled visited spoke speaks
`);

// ---------------------------------------------------------------------------------------------
// Organisations, places and other names that are not people

export const ORGANISATION_NAMES = new Set([...phraseList(ORGANISATIONS), ...ORGANISATIONS_HAND]);

export const PLACE_NAMES = new Set([
  ...phraseList(COUNTRIES), ...phraseList(REGIONS), ...phraseList(CITIES), ...phraseList(OTHER_PLACES), ...PLACES_HAND,
]);

/** The first words of the phrases of more than one word ("new" of "new york"). */
function firstWordsOfPhrases(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const space = phrase.indexOf(' ');
    if (space > 0) out.add(phrase.slice(0, space));
  }
  return out;
}

/**
 * First words of the multi-word place names: a word not among them opens no longer place name,
 * and needs no joined lookup.
 */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = firstWordsOfPhrases(PLACE_NAMES);

/**
 * First words of the multi-word organisation, place and famous-person phrases ("white" of "white
 * house"): a run whose first word is not among them is no such phrase, and needs no joined lookup.
 */
export const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACE_FIRST_WORDS, ...firstWordsOfPhrases(ORGANISATION_NAMES), ...firstWordsOfPhrases(FAMOUS)]);
/** Nationality and origin words ("Russian", "Ukrainians", "Muscovite"). */
export const DEMONYM_WORDS = new Set([...wordList(DEMONYMS), ...DEMONYMS_HAND, ...FAITH_ADJECTIVES_HAND]);

/**
 * Last words that make a capitalised phrase an organisation, place, building, event, product or
 * publication rather than a person ("Vnukovo Airport", "Betty Ford Center", "TIME magazine").
 */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set(NON_PERSON_HEAD_WORDS);
/**
 * Heads above that are also common surnames ("Jim Press", "Stuart Hall", "Tyra Banks"): after a
 * known given name they end a person's name rather than an organisation's.
 */
export const SURNAME_LIKE_HEADS: ReadonlySet<string> = new Set(SURNAME_LIKE_HEAD_WORDS);
/** First words that make a capitalised phrase a place ("Fort Lauderdale", "St. Petersburg", "New York"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(PLACE_PREFIX_WORDS);
/** Nouns that, followed by "of", introduce a place: "the port city of Bandar Abbas", "south-west of Kyiv". */
export const PLACE_CONTEXT_NOUNS: ReadonlySet<string> = new Set(PLACE_CONTEXT_NOUN_WORDS);
/** First words that make a phrase an institution ("University of …", "Bank of …", "Ministry of …"). */
export const INSTITUTION_PREFIXES: ReadonlySet<string> = new Set(INSTITUTION_PREFIX_WORDS);

/**
 * Capitalised words that are never part of a person's name: pronouns, function words, months,
 * weekdays, holidays, and words capitalised by convention.
 */
export const NEVER_NAME_WORDS: ReadonlySet<string> = new Set([...NEVER_NAME_WORD_LIST, ...MONTH_WORDS, ...WEEKDAY_WORDS]);

/** Common words: the generated list plus words that, capitalised, are still far more often ordinary words than names. */
export const COMMON_WORD_SET = new Set([...wordList(COMMON_WORDS), ...COMMON_WORDS_HAND]);

/** Single capitalised words that are people's name parts and also everyday words; kept apart on purpose. */
export const WORDS_ALSO_SURNAMES = KNOWN_SURNAMES;

/** Name particles written lower-case inside names ("Ludwig van Beethoven", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_WORDS);
/** Generational suffixes that end a name ("William Clay Ford Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(NAME_SUFFIX_WORDS);


// ---------------------------------------------------------------------------------------------
// Per-word flags: one memoised lookup per word instead of a dozen set probes.

export const WordFlag = {
  Given: 1 << 0,
  AmbiguousGiven: 1 << 1,
  Male: 1 << 2,
  Female: 1 << 3,
  Surname: 1 << 4,
  Common: 1 << 5,
  RoleHead: 1 << 6,
  Courtesy: 1 << 7,
  RoleModifier: 1 << 8,
  Demonym: 1 << 9,
  Organisation: 1 << 10,
  Place: 1 << 11,
  NonPersonHead: 1 << 12,
  SurnameLikeHead: 1 << 13,
  Never: 1 << 14,
  PlacePrefix: 1 << 15,
  InstitutionPrefix: 1 << 16,
  NameSuffix: 1 << 17,
  Particle: 1 << 18,
  Speech: 1 << 19,
  Human: 1 << 20,
  WeakRole: 1 << 21,
  RoleStop: 1 << 22,
} as const;

const FLAG_SETS: [ReadonlySet<string>, number][] = [
  [GIVEN_NAMES, WordFlag.Given],
  [AMBIGUOUS_GIVEN_NAMES, WordFlag.AmbiguousGiven],
  [MALE_NAMES, WordFlag.Male],
  [FEMALE_NAMES, WordFlag.Female],
  [KNOWN_SURNAMES, WordFlag.Surname],
  [COMMON_WORD_SET, WordFlag.Common],
  [ROLE_HEADS, WordFlag.RoleHead],
  [new Set(COURTESY_TITLES.keys()), WordFlag.Courtesy],
  [ROLE_MODIFIERS, WordFlag.RoleModifier],
  [DEMONYM_WORDS, WordFlag.Demonym],
  [ORGANISATION_NAMES, WordFlag.Organisation],
  [PLACE_NAMES, WordFlag.Place],
  [NON_PERSON_HEADS, WordFlag.NonPersonHead],
  [SURNAME_LIKE_HEADS, WordFlag.SurnameLikeHead],
  [NEVER_NAME_WORDS, WordFlag.Never],
  [PLACE_PREFIXES, WordFlag.PlacePrefix],
  [INSTITUTION_PREFIXES, WordFlag.InstitutionPrefix],
  [NAME_SUFFIXES, WordFlag.NameSuffix],
  [NAME_PARTICLES, WordFlag.Particle],
  [SPEECH_VERBS, WordFlag.Speech],
  [HUMAN_VERBS, WordFlag.Human],
  [WEAK_LOWERCASE_ROLE_HEADS, WordFlag.WeakRole],
  [ROLE_STOPS, WordFlag.RoleStop],
];

/**
 * What is remembered of one distinct lower-cased word, filled in as the stages ask: its `WordFlag`
 * bits, and claim feature reading's reading of it (extract/claims/features, which owns what
 * `reading` holds). A token keeps its word's record (`WordToken.record`), so the stages that ask
 * about the same token look its word up once between them: a look-up in a table of every word met
 * misses the processor's caches, and was a tenth of the per-article pipeline when people and claim
 * reading each made their own.
 */
export interface WordRecord {
  /** `WordFlag` bits; -1 until first asked (`recordFlags`). */
  flags: number;
  /** Claim feature reading's reading of the word, kept for it; undefined until first read. */
  reading: unknown;
  /** Which generation of claim readings `reading` belongs to (features forgets them when full). */
  readingGeneration: number;
}

const wordRecords = new Map<string, WordRecord>();
/** The records remembered: past it, new words get records of their own that are not kept. */
const WORD_RECORDS_LIMIT = 200_000;

/** The record of a lower-cased word (memoised; the vocabulary of news is small). */
export function wordRecord(key: string): WordRecord {
  let record = wordRecords.get(key);
  if (record === undefined) {
    record = { flags: -1, reading: undefined, readingGeneration: 0 };
    if (wordRecords.size < WORD_RECORDS_LIMIT) wordRecords.set(key, record);
  }
  return record;
}

/** The `WordFlag` bits of `key` kept in its record, computed on first use. */
export function recordFlags(record: WordRecord, key: string): number {
  if (record.flags < 0) {
    let flags = 0;
    for (const [set, flag] of FLAG_SETS) if (set.has(key)) flags |= flag;
    record.flags = flags;
  }
  return record.flags;
}

/** The `WordFlag` bits of a lower-cased word. */
export function wordFlags(key: string): number {
  return recordFlags(wordRecord(key), key);
}
