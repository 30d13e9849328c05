/**
 * Surnames of people in the news that the generated list lacks.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { words } from './lists';

/** Surnames, lower-case. */
export const SURNAMES_HAND: readonly string[] = words(`
  putin zelensky zelenskyy zelenskiy trump biden obama clinton bush reagan carter nixon kennedy
    johnson macron merkel scholz starmer sunak johnson truss may cameron blair brown major thatcher
    netanyahu erdogan modi xi medvedev shoigu navalny lukashenko orban meloni
    sanchez rutte stoltenberg guterres kishida abe harris pence vance hegseth musk bezos
    zuckerberg gates jobs cook buffett dimon powell yellen bernanke greenspan lagarde draghi
`);
