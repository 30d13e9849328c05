/**
 * The words of a name that identify it, shared by the speaker reader and the speaker hints. A module
 * of its own, light on imports: the editor loads the hints without the rest of the engine.
 */
import { FUNCTION_WORDS } from '../../lang/stopWords';
import { COURTESY_TITLES, NAME_HONORIFICS } from '../../lang/titles';

/** The words of a name that identify it: lower case, without honorifics, possessive or suffix. */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.replace(/['’]s?$/, '').split(/\s+/)) {
    const word = raw.toLowerCase().replace(/[.,]+$/, '');
    if (!word || /^(?:jr|sr|ii|iii|iv)$/.test(word)) continue;
    // Honorifics lead a name; once a name word is seen, a later one belongs to the name.
    if (out.length === 0 && (NAME_HONORIFICS.has(word) || COURTESY_TITLES.has(word) || FUNCTION_WORDS.has(word))) continue;
    out.push(word);
  }
  return out;
}
