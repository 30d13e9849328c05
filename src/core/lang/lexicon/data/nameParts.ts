/**
 * Lower-case and closing parts of person names.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { words } from './lists';

/** Name particles written lower-case inside names ("Ludwig van Beethoven", "Charles de Gaulle"). */
export const NAME_PARTICLE_WORDS: readonly string[] = words(`
  de da di du del della der den van von bin ibn al el le la dos das ter ten y zu
`);

/** Generational suffixes that end a name ("William Clay Ford Jr."). */
export const NAME_SUFFIX_WORDS: readonly string[] = words(`
  jr jr. sr sr. ii iii iv
`);
