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
  ukrainian ukrainians russian russians soviet european europeans western eastern northern southern
    american americans british briton britons english scottish welsh irish french german germans italian
    spanish dutch polish swedish norwegian danish finnish israeli israelis palestinian palestinians
    arab arabs iranian iraqi syrian turkish saudi qatari emirati egyptian chinese japanese korean indian
    pakistani afghan australian canadian mexican brazilian african asian latin nordic baltic balkan
    muscovite kremlin-backed pro-russian pro-ukrainian pro-kremlin anti-kremlin
`);
