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
  kharkov|odesa|dnipro|zaporizhzhia|mariupol|kherson|donetsk|luhansk|donbas|
  donbass|bakhmut|avdiivka|kursk|belgorod|bryansk|st petersburg|st. petersburg|
  sochi|kazan|
  mar-a-lago|palm beach|
  silicon valley|wall street|capitol hill|
  middle east|west bank|golan heights|balkans|baltics|scandinavia|caucasus|arctic|the west|west|
  east|north|south|heathrow|gatwick|
  jordan|
  u.s.|us|u.s.a.|u.k.|britain|northern ireland|
  soviet union|
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
