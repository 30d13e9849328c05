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
  zelensky zelenskyy zelenskiy trump biden clinton bush
  macron merkel scholz sunak truss may cameron blair brown major
  netanyahu erdogan modi xi medvedev shoigu navalny lukashenko orban meloni
  rutte stoltenberg guterres kishida abe pence vance hegseth musk bezos
  zuckerberg gates buffett dimon yellen bernanke greenspan lagarde draghi
  wang jiang deng mao moon yoon zakharova tsai
`);
