/**
 * Abbreviations whose period is not a sentence end: the one table of them, in the groups the
 * stages need (lower-cased, without the period).
 */
import { MONTHS } from './months';

/**
 * Abbreviations after which a period never ends a sentence, because a name or number must follow
 * ("Mr. Putin", "Gen. Smith", "St. Petersburg", "No. 5"). Lower-cased, without the period.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'hon', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'supt', 'det', 'insp', 'atty',
  'msgr', 'fr', 'sr', 'sra', 'srta', 'mme', 'mlle', 'messrs', 'vs', 'v', 'no', 'nos', 'nr', 'vol', 'art', 'fig', 'ch',
  'pp', 'p', 'approx', 'ca', 'cf', 'viz', 'al', 'e.g', 'i.e', 'ave', 'blvd', 'rd', 'hwy', 'dept', 'univ', 'gov\'t',
  ...MONTHS.flatMap((m) => m.abbreviations.map((a) => a.toLowerCase())), 'calif', 'mass', 'penn',
  'const', 'dist', 'stn', 'dep', 'cllr', 'rt', 'gens', 'lts', 'cmdt', 'sup', 'asst', 'assoc', 'ret',
  'conn', 'wash', 'ariz', 'colo', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss',
  'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo', 'ala', 'ark', 'del',
]);

/**
 * Abbreviations that often close a sentence too ("… Apple Inc. The company …"): a boundary only
 * when the next word is a typical sentence opener.
 */
export const TRAILING_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'bros', 'etc', 'esq', 'phd', 'a.m', 'p.m', 'am', 'pm']);

/** Abbreviations whose period the tokenizer keeps with the word ("Gen.", "Inc."), so that names and roles read through them. */
export const WORD_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj',
  'adm', 'cmdr', 'inc', 'co', 'corp', 'ltd', 'mt', 'ft', 'rev', 'messrs', 'mme', 'mlle', 'fr', 'pres', 'supt', 'insp',
  'det', 'cpl', 'pvt', 'hon', 'vs', 'no', 'ave', 'blvd', 'dept', 'const', 'cst', 'atty', 'adm',
]);
