/**
 * The word lists the people extractor reasons with, as lower-cased lookup sets: the generated
 * lists in `./lexicon/` plus hand-curated additions for news English (titles and roles, news
 * organisations, place-name shapes, words that are capitalised without being names).
 * Built once when the module loads; every lookup afterwards is a Set probe.
 */
import { COMMON_WORDS } from './generated/commonWords';
import { FAMOUS_PEOPLE, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES, UNISEX_GIVEN_NAMES } from './generated/names';
import { ORGANISATIONS } from './generated/organisations';
import { CITIES, COUNTRIES, DEMONYMS, OTHER_PLACES, REGIONS } from './generated/places';
import { speechVerbForms } from '../speechVerbs';
import { COURTESY_TITLES, ROLE_HEADS, ROLE_MODIFIERS, ROLE_STOPS, WEAK_LOWERCASE_ROLE_HEADS } from '../titles';

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

/**
 * Given names missing from the generated lists that news about politics and business needs
 * (Slavic, Arabic, East and South Asian, and common short forms).
 */
const EXTRA_MALE = wordList(`
  barack taro kaoru hiroshi shinzo yoshihiko junichiro naoto fumio yoshihide shigeru akihito naruhito
  narendra rahul amit arvind manmohan atal imran nawaz shehbaz asif pervez recep tayyip ekrem
  volodymyr petro viktor vitali vitaliy oleksandr oleksiy andriy mykola mykhailo serhiy yevgeny yevgeniy
  dmitri dmitriy sergey aleksei alexey nikolai valery valeriy gennady arkady ramzan vyacheslav anatoly
  kirill mikhail boris yury yuriy maxim pavel grigory leonid vladislav rustam nursultan kassym-jomart
  emmanuel francois jean-luc jean-claude jean-marc jean-pierre olaf friedrich wolfgang gerhard helmut
  keir rishi boris nigel jeremy theresa sadiq
  xi li wang hu jiang deng mao kim moon yoon jae-in jae-myung shinzo fumio
  mahmoud mohammed muhammad mohammad mohamed abdel-fattah bashar hassan hasan hossein hussein ali ayman
  benjamin benny yair naftali isaac itamar bezalel avigdor gideon ehud ariel shimon yitzhak
  luiz inacio jair javier gustavo nicolas nicolás andres andrés lula evo hugo
  cyril jacob thabo nelson uhuru william yoweri paul muhammadu bola abiy
  joe kamala mike marco pete lloyd antony tulsi kash rfk jd j.d. ron rudy
  elon jeff sundar satya tim larry sergey mark bill steve warren
`);
const EXTRA_FEMALE = wordList(`
  ursula kaja giorgia marine ségolène segolene nancy hillary kamala ilhan alexandria tulsi pam kristi
  kristalina christine angela annalena liz theresa yulia julia svetlana olena maria zakharova valentina
  tsai ing-wen aung jacinda sanna mette
  karoline karine jen dana sarah sanae yuriko
`);
const EXTRA_UNISEX = wordList('sandy lee jae jo sam alex kim robin leslie jordan taylor jamie chris pat');

/**
 * Given names that are also ordinary words or months; on their own they prove nothing
 * ("Will", "May", "Hope"), so they count as given names only inside an already-evidenced name.
 */
export const AMBIGUOUS_GIVEN_NAMES = wordList(`
  will may june april august march hope faith joy grace rose bill art mark bob frank sunny summer
  autumn winter honey august pearl ruby amber jewel crystal destiny harmony unity liberty justice
  king prince major duke earl baron rich price young page ford chase lance grant wade pierce gay
  white brown green black gray grey long short little sterling golden angel christian
  china india israel georgia jordan paris florence victoria sydney austin houston dallas chelsea virginia
  carolina brooklyn madison savannah lincoln denver phoenix camden orlando salvador santiago
  alexandria kent kobe tatum warren darwin hamilton diego mason taylor carson palmer
  ray guy jack drew cliff dean don rod gene sonny buck nick rob sue peg skip biff blaze blossom
  stew mack foster marshal chuck spike ollie
`);

export const MALE_NAMES = new Set([...wordList(MALE_GIVEN_NAMES), ...EXTRA_MALE]);
export const FEMALE_NAMES = new Set([...wordList(FEMALE_GIVEN_NAMES), ...EXTRA_FEMALE]);
for (const name of EXTRA_UNISEX) {
  MALE_NAMES.delete(name);
  FEMALE_NAMES.delete(name);
}
/** Every given name, gendered or not. */
export const GIVEN_NAMES = new Set([...MALE_NAMES, ...FEMALE_NAMES, ...wordList(UNISEX_GIVEN_NAMES), ...EXTRA_UNISEX]);
export const KNOWN_SURNAMES = new Set([
  ...wordList(SURNAMES),
  ...wordList(`putin zelensky zelenskyy zelenskiy trump biden obama clinton bush reagan carter nixon kennedy
    johnson macron merkel scholz starmer sunak johnson truss may cameron blair brown major thatcher
    netanyahu erdogan modi xi medvedev shoigu navalny lukashenko orban meloni
    sanchez rutte stoltenberg guterres kishida abe harris pence vance hegseth musk bezos
    zuckerberg gates jobs cook buffett dimon powell yellen bernanke greenspan lagarde draghi`),
]);
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

const EXTRA_ORGANISATIONS = phraseList(`
  kremlin|white house|pentagon|downing street|elysee|élysée|state department|foreign office|congress|senate|
  parliament|duma|state duma|knesset|bundestag|rada|verkhovna rada|politburo|supreme court|un|u.n.|nato|eu|
  european union|european commission|european parliament|united nations|security council|who|imf|world bank|
  opec|g7|g20|brics|asean|african union|hamas|hezbollah|taliban|isis|islamic state|al-qaeda|wagner|
  wikinews|wikipedia|axios|bloomberg|reuters|afp|ap|associated press|cnn|bbc|cbs|cbs news|nbc|abc|fox|fox news|
  msnbc|npr|pbs|politico|breitbart|time|newsweek|the guardian|guardian|the times|the economist|
  economist|new york times|washington post|wall street journal|financial times|telegraph|daily mail|the sun|
  tass|ria novosti|ria|interfax|xinhua|al jazeera|sky news|euronews|dw|france 24|rt|sputnik|kyiv independent|
  ukrinform|meduza|novaya gazeta|kommersant|vedomosti|izvestia|pravda|le monde|der spiegel|el pais|
  the hill|the atlantic|the verge|techcrunch|wired|cnbc|forbes|fortune|business insider|yahoo|huffpost|
  apple|google|alphabet|microsoft|amazon|meta|facebook|twitter|x|tesla|spacex|nvidia|intel|ibm|oracle|
  samsung|sony|toyota|ford|general motors|gm|chrysler|fiat|volkswagen|boeing|airbus|eads|lockheed martin|
  northrop grumman|raytheon|qantas|lufthansa|emirates|ryanair|aeroflot|gazprom|rosneft|lukoil|sberbank|
  goldman sachs|morgan stanley|jpmorgan|citigroup|barclays|hsbc|nasdaq|dow jones|ftse|nikkei|s&p|
  fed|federal reserve|ecb|bank of england|fbi|cia|nsa|doj|sec|fda|nasa|usaf|raf|nhs|kgb|fsb|gru|svr|sbu|
  airtran|macbook|ipod|iphone|ipad|itunes|imac|windows|android|chatgpt|openai|
`);
export const ORGANISATION_NAMES = new Set([...phraseList(ORGANISATIONS), ...EXTRA_ORGANISATIONS]);

const EXTRA_PLACES = phraseList(`
  kyiv|kiev|kharkiv|kharkov|odesa|odessa|lviv|dnipro|zaporizhzhia|mariupol|kherson|donetsk|luhansk|donbas|
  donbass|crimea|bakhmut|avdiivka|kursk|belgorod|bryansk|moscow|st petersburg|st. petersburg|saint petersburg|
  sochi|kazan|minsk|warsaw|berlin|paris|london|brussels|rome|madrid|vienna|geneva|riyadh|jeddah|doha|
  qatar|dubai|abu dhabi|istanbul|ankara|tehran|baghdad|damascus|beirut|gaza|jerusalem|tel aviv|cairo|
  beijing|shanghai|hong kong|taipei|tokyo|seoul|pyongyang|delhi|new delhi|mumbai|islamabad|kabul|
  washington|new york|los angeles|san francisco|chicago|boston|miami|florida|mar-a-lago|palm beach|
  cupertino|silicon valley|wall street|capitol hill|europe|asia|africa|america|americas|
  middle east|west bank|golan heights|balkans|baltics|scandinavia|caucasus|siberia|arctic|the west|west|
  east|north|south|ukraine|russia|belarus|heathrow|gatwick|
  singapore|malaysia|indonesia|australia|canada|mexico|brazil|argentina|chile|japan|china|india|pakistan|
  iran|iraq|syria|lebanon|israel|turkey|egypt|saudi arabia|yemen|oman|kuwait|bahrain|jordan|libya|sudan|
  u.s.|us|usa|u.s.a.|uk|u.k.|britain|great britain|england|scotland|wales|ireland|northern ireland|
  united states|united kingdom|soviet union|ussr|moscone|toulouse|hamburg|seattle|everett|chicago|
`);
export const PLACE_NAMES = new Set([
  ...phraseList(COUNTRIES), ...phraseList(REGIONS), ...phraseList(CITIES), ...phraseList(OTHER_PLACES), ...EXTRA_PLACES,
]);
/** Nationality and origin words ("Russian", "Ukrainians", "Muscovite"). */
export const DEMONYM_WORDS = new Set([
  ...wordList(DEMONYMS),
  ...wordList(`ukrainian ukrainians russian russians soviet european europeans western eastern northern southern
    american americans british briton britons english scottish welsh irish french german germans italian
    spanish dutch polish swedish norwegian danish finnish israeli israelis palestinian palestinians
    arab arabs iranian iraqi syrian turkish saudi qatari emirati egyptian chinese japanese korean indian
    pakistani afghan australian canadian mexican brazilian african asian latin nordic baltic balkan
    muscovite kremlin-backed pro-russian pro-ukrainian pro-kremlin anti-kremlin`),
]);

/**
 * Last words that make a capitalised phrase an organisation, place, building, event, product or
 * publication rather than a person ("Vnukovo Airport", "Betty Ford Center", "TIME magazine").
 */
export const NON_PERSON_HEADS = wordList(`
  airport airports airline airlines airways air aviation aerospace aircraft
  center centre institute institution university college school academy polytechnic
  inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc ag gmbh sa nv group holdings
  partners associates industries enterprises ventures capital investments securities trust fund funds
  bank banks bancorp financial insurance exchange index markets market reserve treasury
  ministry department dept office bureau agency authority administration commission committee council
  board service services force forces army navy marines guard police command corps brigade battalion
  regiment division fleet coalition alliance union federation confederation league association society
  foundation organisation organization party movement front network networks
  news times post herald tribune gazette telegraph journal magazine daily weekly review press media
  radio tv television channel broadcasting studios pictures records entertainment publishing books
  motors motor automotive systems technologies technology tech labs laboratories software electronics
  computer computers communications telecom telecommunications energy oil gas petroleum power electric
  pharmaceuticals pharma health healthcare hospital clinic medical
  street st st. avenue ave road rd boulevard blvd lane drive square plaza bridge tunnel highway motorway
  station terminal port harbour harbor base camp prison jail court courthouse hall palace castle tower
  building house mansion hotel resort casino stadium arena park garden gardens zoo museum gallery library
  theatre theater cathedral church mosque temple synagogue monastery cemetery memorial monument
  city town village county state province region district territory oblast krai republic kingdom
  empire emirate islands island isles peninsula coast bay gulf sea ocean river lake mountain mountains
  mount valley canyon desert forest hills heights springs falls beach strait channel
  war wars battle revolution crisis treaty accord accords agreement pact deal act bill law constitution
  summit conference forum festival games olympics cup championship championships tournament series
  award awards prize day week month year era age period
  program programme project plan initiative operation mission campaign fund strategy
  store stores shop mall restaurant cafe bar club clubs team fc
  model series edition version phone os pro mini max air plus
  declaration doctrine report index factory plant works facility site complex flight flights
  advisors advisers consultants consulting associates brothers sons management solutions crusade
  ministries rehab recovery treatment
`);
/**
 * Heads above that are also common surnames ("Jim Press", "Stuart Hall", "Tyra Banks"): after a
 * known given name they end a person's name rather than an organisation's.
 */
export const SURNAME_LIKE_HEADS = wordList(`
  press hall house banks church street park field ford lane bridge hill hills court king cross post bell
  marsh moore wood woods brook brooks castle tower towers palace chase price young rich law bay lake rivers
  river mountain forest gardens garden daily herald gay english french west north south east
`);
/** First words that make a capitalised phrase a place ("Fort Lauderdale", "St. Petersburg", "New York"). */
export const PLACE_PREFIXES = wordList(`
  fort ft mount mt lake cape port saint st st. san santa santo são sao los las el la le new north south east west
  upper lower greater great central
`);
/** Nouns that, followed by "of", introduce a place: "the port city of Bandar Abbas", "south-west of Kyiv". */
export const PLACE_CONTEXT_NOUNS = wordList(`
  city town village hamlet port capital province region state county district suburb suburbs outskirts coast
  island islands area centre center heart streets north south east west northeast northwest southeast
  southwest north-east north-west south-east south-west miles kilometres kilometers km mayor governor
  residents inhabitants people citizens population municipality prefecture governorate oblast
`);

/** First words that make a phrase an institution ("University of …", "Bank of …", "Ministry of …"). */
export const INSTITUTION_PREFIXES = wordList(`
  university college institute ministry department bank church museum council court house office
  republic kingdom state city province district gulf bay sea lake river mount cape isle isles
  federation union party army navy battle war treaty order league
`);

/**
 * Capitalised words that are never part of a person's name: pronouns, function words, months,
 * weekdays, holidays, and words capitalised by convention.
 */
export const NEVER_NAME_WORDS = wordList(`
  i i'm i've i'd i'll me my we us our you your he him his she her they them their it its
  the a an this that these those there here then than and or but nor so yet if when while where why how what
  which who whom whose after before during since until unless although though because as at by for from
  in into of off on onto out over per to under up upon via with within without about above across against
  along among around behind below beneath beside between beyond despite down except inside near outside
  past through throughout toward towards according amid amidst
  no not yes all any both each every few many most much none some such other another
  is are was were be been being am has have had do does did will would shall should can could may might must
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  today tomorrow yesterday tonight
  easter christmas ramadan eid hanukkah passover thanksgiving halloween diwali lent advent new year
  god allah jesus christ
  ok okay mr mrs ms dr
  breaking exclusive update updated watch live video photos opinion analysis editorial comment comments
  read more related share subscribe
`);

/**
 * Words outside the generated common-word list that still, capitalised, are far more often
 * ordinary words than names (in Title Case headlines and at sentence starts).
 */
export const COMMON_WORD_SET = new Set([
  ...wordList(COMMON_WORDS),
  ...wordList(`envoy ceasefire truce talks peace deal done stop meets meet ahead amid says said warns
    predicts predict preparing offensive spring stalling really want doesn't don't won't can't isn't
    let's lets manipulative constructive positive iphone ipod`),
]);

/** Single capitalised words that are people's name parts and also everyday words; kept apart on purpose. */
export const WORDS_ALSO_SURNAMES = KNOWN_SURNAMES;

/** Name particles written lower-case inside names ("Ludwig van Beethoven", "Charles de Gaulle"). */
export const NAME_PARTICLES = wordList('de da di du del della der den van von bin ibn al el le la dos das ter ten y zu');
/** Generational suffixes that end a name ("William Clay Ford Jr."). */
export const NAME_SUFFIXES = wordList('jr jr. sr sr. ii iii iv');


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
