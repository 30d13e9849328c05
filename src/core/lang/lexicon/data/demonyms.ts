/**
 * Nationality and origin words.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { words } from './lists';

/** Nationality and origin words ("Russian", "Ukrainians", "Muscovite"). */
export const DEMONYMS_HAND: readonly string[] = words(`
  soviet western eastern northern southern
  british briton britons english irish
  spanish polish swedish danish finnish
  arab arabs turkish
  latin nordic baltic balkan
  muscovite kremlin-backed pro-russian pro-ukrainian pro-kremlin anti-kremlin
`);

/**
 * Adjectives of faith, which stand before names and nouns as demonyms do ("Roman Catholic
 * parish", "Sikh temple"). "Christian" is left out: it is also a given name.
 */
export const FAITH_ADJECTIVES_HAND: readonly string[] = words(`
  catholic catholics protestant protestants muslim muslims jewish hindu sikh anglican methodist lutheran
  presbyterian mormon sunni shiite shia
`);
