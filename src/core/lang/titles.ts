/**
 * Titles and roles: courtesy titles, role and office words, the words that modify them, and the
 * role words each stage reads before or after a name. One module, so a role added for one stage
 * is seen beside the others.
 */
import { PERSON_NOUNS } from './lexicon/generated/personNouns';
import { words } from './pattern';

function wordList(list: string): Set<string> {
  return new Set(words(list).map((w) => w.toLowerCase()));
}


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
  candidate nominee challenger incumbent activist campaigner organizer organiser protester dissident
  finalist semifinalist semi-finalist chief-of-staff commander-in-chief editor-in-chief
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
export const ROLE_HEADS = new Set([...ROLE_HEADS_HAND, ...[...PERSON_NOUNS.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean)].filter((w) => !w.includes(' '))]);
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


/** Titles and role words dropped from a name when names are compared across sources ("President Putin" = "Putin"). */
export const NAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'president', 'prime', 'minister', 'gen', 'general', 'sen', 'senator', 'rep', 'gov', 'governor', 'prof', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'rev', 'mayor', 'judge', 'justice', 'secretary', 'chancellor', 'ambassador', 'envoy', 'special', 'foreign', 'defense', 'defence']);

/** Words of a role or title written before a name ("US special envoy", "Russian President"). */
export const LABEL_ROLE_WORDS = new Set(
  `envoy special president minister prime secretary general chief spokesman spokeswoman spokesperson aide adviser advisor
  leader senator governor mayor officer executive director manager coach player star actor actress singer former deputy
  foreign defense defence state vice head founder ceo chairman chairwoman boss commander captain inspector detective judge
  lawyer attorney prosecutor suspect victim teen teenager woman man boy girl reporter correspondent analyst official
  officials representative ambassador envoys presidential`.split(/\s+/),
);

/** Content words that are also titles or generic nouns: they name no particular thing when capitalised. */
export const GENERIC_CAPITALS = new Set(
  `president minister prime secretary envoy special chief king queen prince senator governor mayor general official
  officials leader state house white news press media report breaking update live video photo watch read more
  the a an in on at he she they it we i but and or as after before when while this that these those his her their`
    .split(/\s+/),
);

/** Role words that, after an organisation's name, make the name a modifier: "Kremlin aide", "Pentagon officials". */
export const ORGANISATION_MEMBER_WORDS: readonly string[] = words(`
  aide spokesman spokeswoman spokesperson official officials adviser advisor source sources chief head leader director
  secretary minister envoy representative analyst lawyer attorney executive ceo president chairman member staff press
  foreign policy correspondent reporter`);
