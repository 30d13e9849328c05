/**
 * What the corpus stage compares of an article's people, read once per article (and so cached
 * with it): each person's name words without titles or suffixes, the slug a merged person's id
 * is made from, and each role's office with whether it is a former one.
 */
import { NAME_HONORIFICS } from '../../lang/titles';
import type { LocalPerson } from '.';
import { personKey } from '.';

export interface RoleReading {
  /** The role is held no longer: "former US President", "ex-minister". */
  former: boolean;
  /** The office without tense markers and nationality, lower-cased: "former US President" → "president". */
  head: string;
}

export interface PersonNameReading {
  /** Lower-cased name words without titles or suffixes (empty: no name to merge by). */
  tokens: string[];
  /** `personKey` of the name: the id of a merged person named so. */
  slug: string;
  /** One per `LocalPerson.roles` entry. */
  roles: RoleReading[];
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export function nameTokens(name: string): string[] {
  const words = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s$/, '')
    .split(/[\s]+/)
    .map((w) => w.replace(/[.,]/g, ''))
    .filter(Boolean);
  while (words.length > 1 && NAME_HONORIFICS.has(words[0])) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words;
}

const FORMER = /\b(?:former|ex|then|one-time|onetime|erstwhile|retired|outgoing|late)\b-?\s*/gi;

/** The role without its tense markers and nationality, lower-cased: "former US President" → "president". */
function roleHead(text: string): string {
  return text
    .toLowerCase()
    .replace(FORMER, '')
    .replace(/\b(?:us|u\.s\.|american|russian|ukrainian|british|the|of the united states|of russia)\b\.?/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readRole(text: string): RoleReading {
  return { former: new RegExp(FORMER.source, 'i').test(text), head: roleHead(text) };
}

export function readPersonNames(persons: readonly LocalPerson[]): PersonNameReading[] {
  return persons.map((p) => ({ tokens: nameTokens(p.name), slug: personKey(p.name), roles: p.roles.map(readRole) }));
}
