/**
 * Place names as the corpus stages show them. Places are compared by lower-cased keys ("new york",
 * "rio de janeiro"); reasons and labels show them capitalised as place names are written.
 */
import { PLACE_NAME_PARTICLES } from '../lang/stopWords';

/** One word of a name: its first letter, and one after a full stop ("d.c.") or after "o'" ("O'Fallon"), capitalised. */
function capitalised(word: string): string {
  return word.replace(/(^|\.)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()).replace(/^(\p{Lu}['’])(\p{Ll})/u, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A place key written as a name: "new york" → "New York", "st louis" → "St. Louis", "winston-salem" → "Winston-Salem". */
export function placeName(key: string): string {
  let first = true;
  return key
    .split(/([\s-]+)/)
    .map((part) => {
      if (/^[\s-]*$/.test(part)) return part;
      const keep = !first && PLACE_NAME_PARTICLES.has(part);
      first = false;
      return keep ? part : capitalised(part);
    })
    .join('')
    .replace(/\bSt\b(?!\.)/, 'St.');
}

/** Place keys as a list of names, without a place inside another one listed ("York" beside "New York"). */
export function placeNamesListed(keys: readonly string[]): string[] {
  return keys.filter((k) => !keys.some((other) => other !== k && ` ${other} `.includes(` ${k} `))).map(placeName);
}
