/**
 * Capitalised words that are not names.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { words } from './lists';

/** Capitalised words that are never part of a person's name: pronouns, function words, holidays, and words capitalised by convention (`../index.ts` adds the months and weekdays of `lang/`). */
export const NEVER_NAME_WORD_LIST: readonly string[] = words(`
  i i'm i've i'd i'll me my we us our you your he him his she her they them their it its
  the a an this that these those there here then than and or but nor so yet if when while where why how what
  which who whom whose after before during since until unless although though because as at by for from
  in into of off on onto out over per to under up upon via with within without about above across against
  along among around behind below beneath beside between beyond despite down except inside near outside
  past through throughout toward towards according amid amidst
  no not yes all any both each every few many most much none some such other another
  is are was were be been being am has have had do does did will would shall should can could may might must
  today tomorrow yesterday tonight
  easter christmas ramadan eid hanukkah passover thanksgiving halloween diwali lent advent new year
  god allah jesus christ
  ok okay mr mrs ms dr
  breaking exclusive update updated watch live video photos opinion analysis editorial comment comments
  read more related share subscribe
`);

/** Words outside the generated common-word list that still, capitalised, are far more often ordinary words than names (in Title Case headlines and at sentence starts). */
export const COMMON_WORDS_HAND: readonly string[] = words(`
  envoy ceasefire truce
  doesn't don't won't can't isn't
  let's
`);
