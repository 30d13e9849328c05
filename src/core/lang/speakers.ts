/**
 * Words that shape a speaker written as a description rather than a name ("a police spokeswoman
 * said", "officials say", "the report said"), and the words around a speaker that are not part of
 * it. The quote attributor reads these; a description is kept as the speaker when no name is given.
 */
import { words } from './pattern';

/** Words that open a described speaker: "a spokeswoman", "the report", "his aides", "two officials". */
export const DESCRIPTION_DETERMINERS: ReadonlySet<string> = new Set(words(`
  the a an one two three four five several some many most other another both few his her their its our this that
  these those each every all any`));

/** Singular nouns that name a group and speak without a determiner: "police say", "staff said". */
export const GROUP_SPEAKER_NOUNS: ReadonlySet<string> = new Set(words(`
  police staff management security media press prosecution defense defence`));

/** Adverbs and auxiliaries between a speaker and the verb of saying: "officials have also said". */
export const SPEAKER_VERB_FILLERS: ReadonlySet<string> = new Set(words(`
  also later then previously repeatedly often once recently first again still initially originally has have had
  would will could may might did does do`));

/**
 * Lower-case words that end a phrase before a verb of saying without being a speaker: "what
 * he", "as he" are pronoun work, and these are neither nouns nor speakers.
 */
export const NOT_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(words(`
  who whom whose which that what whatever when where why how it he she they we you i there here this these those
  not never just only even ever also always already too so as than then and or but nor yet if because while
  although though since until unless whether one ones other others something someone anyone everyone nobody
  all some many most few none each both either neither much more less own same such like about again`));

/** Prepositions before a name that make it an object rather than the subject of what follows. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(words(`
  after with to by of for from against about than on at in into over under between among toward towards
  without and or like including through across around near behind outside inside during within upon beside
  beyond along past via throughout`));

/**
 * Prepositions after which a capitalised name is an object, never the subject of a clause that
 * follows ("Mayor Jane Doe of North Dakota praised …"): unlike "after" or "since", none of them
 * opens a clause ("after Acme promised …").
 */
export const NAME_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(words(`
  of in at among between into through across around near within throughout`));
