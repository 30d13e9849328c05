/**
 * The word lists the people extractor reasons with, as lower-cased lookup sets: the generated
 * lists in `./generated/` (from compromise, by scripts/lexicon/generate.ts) plus hand-curated
 * additions for news English — names, places, organisations and common words in `./data/`, one
 * file per category; titles, roles and verbs below.
 * Built once when the module loads; every lookup afterwards is a Set probe.
 */
import { COMMON_WORDS } from './generated/commonWords';
import { FAMOUS_PEOPLE, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES, UNISEX_GIVEN_NAMES } from './generated/names';
import { ORGANISATIONS } from './generated/organisations';
import { PERSON_NOUNS } from './generated/personNouns';
import { CITIES, COUNTRIES, DEMONYMS, OTHER_PLACES, REGIONS } from './generated/places';
import { COMMON_WORDS_HAND, NEVER_NAME_WORD_LIST } from './data/commonWords';
import { DEMONYMS_HAND } from './data/demonyms';
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
// Titles and roles

/**
 * Courtesy titles: what follows is a person's name (possibly surname only). Also tells gender.
 * Stored without a trailing period.
 */
export const COURTESY_TITLES: ReadonlyMap<string, 'male' | 'female' | null> = new Map<string, 'male' | 'female' | null>([
  ['mr', 'male'], ['mister', 'male'], ['messrs', null], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'],
  ['mme', 'female'], ['mlle', 'female'], ['madame', 'female'], ['monsieur', 'male'], ['herr', 'male'], ['frau', 'female'],
  ['sir', 'male'], ['dame', 'female'], ['lord', 'male'], ['lady', 'female'], ['dr', null], ['prof', null],
  ['rev', null], ['fr', 'male'], ['sr', null], ['sister', 'female'], ['brother', 'male'],
]);

/**
 * Title and role head words ("president", "envoy", "aide", "spokeswoman"): when one stands right
 * before a capitalised name, or names an appositive, the name is a person's. Capitalised or not.
 */
const ROLE_HEADS_HAND = wordList(`
  president vice-president president-elect premier chancellor minister secretary envoy ambassador emissary
  diplomat consul senator sen congressman congresswoman congressmember representative rep assemblyman
  assemblywoman councillor councilor councilman councilwoman alderman governor gov mayor lawmaker legislator
  mp mep mla speaker leader chairman chairwoman chairperson chair chief ceo cfo coo cto cio executive
  director founder co-founder cofounder owner heir boss head president spokesman spokeswoman spokesperson
  aide adviser advisor counsellor counselor negotiator official officer deputy attorney prosecutor judge
  justice magistrate lawyer barrister solicitor sheriff detective inspector constable superintendent
  commissioner commander general gen colonel col lieutenant lt major maj captain capt sergeant sgt corporal
  admiral marshal brigadier private
  king queen prince princess emperor empress emir sheikh sultan crown monarch pope cardinal archbishop
  bishop priest rabbi imam ayatollah reverend pastor cleric
  professor prof lecturer researcher scientist economist analyst strategist expert historian
  doctor dr surgeon physician nurse
  actor actress singer rapper musician songwriter composer director producer filmmaker comedian star
  model writer author novelist poet journalist reporter correspondent editor columnist anchor presenter host
  broadcaster photographer blogger
  coach manager striker midfielder defender goalkeeper forward quarterback pitcher player captain
  champion athlete driver rider boxer wrestler golfer sprinter swimmer skater
  candidate nominee challenger incumbent activist campaigner organizer organiser protester
  businessman businesswoman entrepreneur investor billionaire millionaire tycoon banker financier
  partner associate employee worker engineer designer architect consultant
  witness victim suspect defendant plaintiff prisoner detainee hostage survivor resident
  son daughter wife husband widow widower mother father brother sister uncle aunt nephew niece cousin
  grandson granddaughter grandfather grandmother girlfriend boyfriend fiance fiancee
  student pupil teacher principal dean provost rector chaplain
  mr mrs ms
  pres atty hon fr cpl pvt adm cmdr det insp supt const cst sgt capt maj col lt gen gov sen rep
`);
/**
 * Person nouns from the generated list that also name companies or things ("maker", "host",
 * "user"), or are too vague to prove the next capitalised word is a person.
 */
const NOT_ROLE_HEADS = wordList(`
  maker dealer operator developer user customer host rival competitor supplier buyer employer creator
  producer manufacturer provider sponsor winner loser enemy foe character phrase population beings
  anybody nobody somebody person human soul spirit ghost god goddess deity citizens fool geek goof nerd
  wimp dork dude fella bro chum mate pal lad lass idol icon superhero superman villain hero heroine
  native inhabitant denizen occupant tenant baby child infant toddler youth offspring progeny kin
  contender runner up champion mime scout cook usher boss parental apparition phantom
  private forward model star partner associate host anchor chair crown head
  radical revolutionary optimist pessimist realist humanitarian mystic rogue punk misfit outcast outlaw
  pariah sinner saint environmentalist anarchist patriot pilgrim
`);
export const ROLE_HEADS = new Set([...ROLE_HEADS_HAND, ...[...phraseList(PERSON_NOUNS)].filter((w) => !w.includes(' '))]);
for (const w of NOT_ROLE_HEADS) ROLE_HEADS.delete(w);
/** Ambiguous role heads that still count when written capitalised right before a name ("Host", "Chair"). */
for (const w of ['chair', 'head', 'host', 'anchor', 'partner', 'private', 'star', 'boss', 'champion']) ROLE_HEADS.add(w);
/** Role heads that are too weak when lower-case before a name ("the star Apple", "a model iPhone"). */
export const WEAK_LOWERCASE_ROLE_HEADS = wordList('chair head host anchor partner private star boss champion associate model forward crown');

/** Role words that carry gender, for the person's `gender`. */
const MALE_ROLE_WORDS = wordList(`king prince emperor sultan spokesman chairman businessman congressman councilman
  assemblyman actor father brother son husband uncle nephew grandson grandfather boyfriend widower fiance monk pope
  sheikh emir lord sir duke earl baron mr monsieur herr`);
const FEMALE_ROLE_WORDS = wordList(`queen princess empress spokeswoman chairwoman businesswoman congresswoman
  councilwoman assemblywoman actress mother sister daughter wife aunt niece granddaughter grandmother girlfriend
  widow fiancee nun duchess countess baroness lady dame mrs ms miss madame frau`);
export const GENDERED_ROLES: ReadonlyMap<string, 'male' | 'female'> = new Map<string, 'male' | 'female'>([
  ...[...MALE_ROLE_WORDS].map((w): [string, 'male' | 'female'] => [w, 'male']),
  ...[...FEMALE_ROLE_WORDS].map((w): [string, 'male' | 'female'] => [w, 'female']),
]);

/**
 * Words that modify a role head ("Russian President", "U.S. Special Envoy", "Kremlin foreign
 * policy aide", "former chief executive"): walking back from a role head over these builds the
 * role text. Capitalised organisation and place words are accepted separately.
 */
export const ROLE_MODIFIERS = wordList(`
  former ex- ex then acting interim incoming outgoing designate elect newly appointed new current longtime
  long-time veteran senior junior chief deputy vice assistant associate executive principal general special
  presidential prime foreign domestic defence defense interior home justice finance financial economic
  economy trade commerce energy health education transport transportation environment environmental
  agriculture labour labor culture security national homeland intelligence military policy press
  communications information public state federal regional local city county provincial party opposition
  parliamentary senate house majority minority top lead leading head managing operating technology
  technical marketing sales research development legal political spiritual supreme high regional
  global world international fund
  investment bank banking company corporate firm team club football soccer basketball tennis
  ruling republican democratic democrat conservative labour liberal green independent
  co- co vice- affairs relations staff cabinet us u.s. uk u.k. eu un
`);
/** Lower-case words that end a role walk-back: they belong to the clause, not the role. */
export const ROLE_STOPS = wordList(`
  the a an this that these those his her their its our my your with by from to for at in on as into
  than then said says told and or but while when where who whom which after before during since met meet
  meets meeting visited visit welcomed hosted invited including like between among against over under
  is was are were be been being has had have will would could should may might can also not
`);

// ---------------------------------------------------------------------------------------------
// Speech and person verbs

/** Verbs of saying that follow a person's name ("Lavrov said"). Organisations say things too. */
export const SPEECH_VERBS = wordList(`
  said says told tells added adds stated states explained explains noted notes insisted insists argued
  argues claimed claims warned warns recalled recalls wrote writes tweeted replied replies
  responded responds asked asks acknowledged acknowledges admitted admits denied denies stressed stresses
  emphasized emphasised emphasizes emphasises suggested suggests urged urges vowed vows declared declares
  remarked remarks commented comments confirmed confirms countered counters
`);
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
/** Nationality and origin words ("Russian", "Ukrainians", "Muscovite"). */
export const DEMONYM_WORDS = new Set([...wordList(DEMONYMS), ...DEMONYMS_HAND]);

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
export const NEVER_NAME_WORDS: ReadonlySet<string> = new Set(NEVER_NAME_WORD_LIST);

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

const flagCache = new Map<string, number>();

/** The `WordFlag` bits of a lower-cased word (memoised; the vocabulary of news is small). */
export function wordFlags(key: string): number {
  let flags = flagCache.get(key);
  if (flags === undefined) {
    flags = 0;
    for (const [set, flag] of FLAG_SETS) if (set.has(key)) flags |= flag;
    if (flagCache.size < 200_000) flagCache.set(key, flags);
  }
  return flags;
}
