/**
 * Places, and the words that introduce them.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { phrases, words } from './lists';

/** Place names ('|'-separated phrases): capitals, regions and places in the news. */
export const PLACES_HAND: readonly string[] = phrases(`
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

/** First words that make a capitalised phrase a place ("Fort Lauderdale", "St. Petersburg", "New York"). */
export const PLACE_PREFIX_WORDS: readonly string[] = words(`
  fort ft mount mt lake cape port saint st st. san santa santo são sao los las el la le new north south east west
  upper lower greater great central
`);

/** Nouns that, followed by "of", introduce a place: "the port city of Bandar Abbas", "south-west of Kyiv". */
export const PLACE_CONTEXT_NOUN_WORDS: readonly string[] = words(`
  city town village hamlet port capital province region state county district suburb suburbs outskirts coast
  island islands area centre center heart streets north south east west northeast northwest southeast
  southwest north-east north-west south-east south-west miles kilometres kilometers km mayor governor
  residents inhabitants people citizens population municipality prefecture governorate oblast
`);
