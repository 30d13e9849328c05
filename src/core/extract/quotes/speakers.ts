/**
 * Who a speaker is when the attribution does not carry a full name the people stage found: a bare
 * surname ("Trump said"), a description ("a police spokeswoman said", "the report says"), or a
 * pronoun ("he said"). Pure text work over one article.
 */
import {
  DESCRIPTION_DETERMINERS,
  GROUP_SPEAKER_NOUNS,
  NOT_DESCRIPTION_HEADS,
  OBJECT_PREPOSITIONS,
  SPEAKER_VERB_FILLERS,
} from '../../lang/speakers';
import { GIVEN_NAMES, NAME_PARTICLES } from '../../lang/lexicon';
import { alternation } from '../../lang/pattern';
import { speechVerbPattern } from '../../lang/speechVerbs';
import { FUNCTION_WORDS } from '../../lang/stopWords';
import { COURTESY_TITLES } from '../../lang/titles';
import { nameWords } from './nameWords';
import type { Gender, LocalPerson, LocalPersonMention } from '../people';
import type { Sentence } from '../sentences';
import type { Span } from '../text';
import { partitionPoint } from '../../util/search';

// Unicode-property patterns are module constants, built once: a `\p{…}` pattern made inside a function
// is built again on every call wherever a bundler or runtime compiles it as `new RegExp(…)`.
const LOWER_CASE_HEAD_WORD = /^[\p{Ll}](?:[\p{Ll}-]*\p{Ll})?$/u;
const CAPITALISED_POSSESSIVE = /^\p{Lu}[\p{L}.-]*['’]s?$/u;
const CAPITALISED_WORD_OR_THE = /^(?:\p{Lu}[\p{L}.-]*|the)$/u;
const LOWER_CASE_WORD = /^[\p{Ll}][\p{Ll}-]*$/u;
const CAPITAL_AFTER_BLANKS = /^\s+\p{Lu}/u;

/** A place in the text that stands for a person: a mention, a bare name, or a role ("the governor"). */
export interface Antecedent extends Span {
  person: string;
  possessive: boolean;
}

/** The people of one article by the words that name them. */
export interface NameIndex {
  persons: ReadonlyMap<string, LocalPerson>;
  /** Full forms (name and aliases, lower case, without honorifics) → person key. */
  byFull: Map<string, string>;
  /** Last word of a form → person keys ("clinton" → Hillary and Bill). */
  byLast: Map<string, string[]>;
  /** Any word of a form → person keys ("hillary"). */
  byAny: Map<string, string[]>;
  /** How often each person is mentioned: the most salient takes a shared surname. */
  salience: Map<string, number>;
  /** Mentions sorted by start. */
  mentions: readonly LocalPersonMention[];
  sentences: readonly Sentence[];
}

function pushKey(map: Map<string, string[]>, word: string, key: string): void {
  const list = map.get(word);
  if (!list) map.set(word, [key]);
  else if (!list.includes(key)) list.push(key);
}

export function buildNameIndex(persons: readonly LocalPerson[], mentions: readonly LocalPersonMention[], sentences: readonly Sentence[]): NameIndex {
  const index: NameIndex = {
    persons: new Map(persons.map((p) => [p.key, p])),
    byFull: new Map(),
    byLast: new Map(),
    byAny: new Map(),
    salience: new Map(),
    mentions,
    sentences,
  };
  for (const person of persons) {
    for (const form of [person.name, ...person.aliases]) {
      const words = nameWords(form);
      if (words.length === 0) continue;
      index.byFull.set(words.join(' '), person.key);
      pushKey(index.byLast, words[words.length - 1], person.key);
      for (const word of words) pushKey(index.byAny, word, person.key);
    }
  }
  for (const mention of mentions) index.salience.set(mention.person, (index.salience.get(mention.person) ?? 0) + 1);
  return index;
}

/**
 * The article person a name written at `at` stands for, or null. A bare surname two people share
 * goes to the most mentioned one, unless another of them was the last named, in this sentence or
 * the one before (the context says which); a given name written with it ("Bill Clinton") decides.
 */
export function resolveName(index: NameIndex, name: string, at: number): string | null {
  const words = nameWords(name);
  if (words.length === 0) return null;
  const full = index.byFull.get(words.join(' '));
  if (full) return full;
  const last = words[words.length - 1];
  let keys = index.byLast.get(last) ?? index.byAny.get(last) ?? [];
  if (words.length > 1 && keys.length > 0) {
    // Every word must fit the person: "Bill Clinton" is not Hillary Clinton.
    keys = keys.filter((key) => words.every((w) => (index.byAny.get(w) ?? []).includes(key)));
  }
  // "Mr. LaRue" among a family of LaRues is none of its women.
  const titleGender = COURTESY_TITLES.get(name.trimStart().split(/[\s.]/, 1)[0].toLowerCase());
  if (titleGender && keys.length > 1) keys = keys.filter((key) => (index.persons.get(key)?.gender ?? titleGender) === titleGender);
  if (keys.length <= 1) return keys[0] ?? null;
  const salient = keys.slice().sort((a, b) => (index.salience.get(b) ?? 0) - (index.salience.get(a) ?? 0) ||
    lastMentionBefore(index, b, at) - lastMentionBefore(index, a, at))[0];
  const latest = keys.slice().sort((a, b) => lastMentionBefore(index, b, at) - lastMentionBefore(index, a, at))[0];
  const sentence = partitionPoint(index.sentences, (s) => s.start <= at) - 1;
  const recentFrom = sentence > 0 ? index.sentences[sentence - 1].start : 0;
  return latest !== salient && lastMentionBefore(index, latest, at) >= recentFrom ? latest : salient;
}

function lastMentionBefore(index: NameIndex, key: string, at: number): number {
  const mentions = index.mentions;
  for (let i = partitionPoint(mentions, (m) => m.start < at) - 1; i >= 0 && at - mentions[i].start < 5000; i--) {
    if (mentions[i].person === key) return mentions[i].start;
  }
  return -Infinity;
}

/** Whether a word (lower case) names an article person on its own: a surname or a given name. */
export function isPersonWord(index: NameIndex, word: string): boolean {
  return index.byAny.has(word);
}

// ---------------------------------------------------------------------------------------------
// Described speakers.
// ---------------------------------------------------------------------------------------------

/** A described speaker: the words ("a police spokeswoman") and where they are. */
export interface Description extends Span {
  text: string;
}

const DESCRIPTION_WORD = /^(?:[\p{L}\p{N}][\p{L}\p{N}.&'’-]*)$/u;

function isPlural(word: string): boolean {
  return /[^s'’u]s$/.test(word) && word.length > 3;
}

/**
 * The described subject that ends right before a verb of saying at `at` ("a police spokeswoman
 * said", "Clinton’s campaign said", "officials say"), or null. The head is the lower-case word
 * before the verb (adverbs skipped); the phrase reaches back to its determiner. Without one only a
 * plural or a group noun speaks ("officials", "police"). Descriptions between commas after a name
 * are appositives: the name speaks.
 */
export function descriptionBefore(masked: string, from: number, at: number): Description | null {
  const segment = masked.slice(Math.max(from, at - 120), at);
  const base = at - segment.length;
  // Words with their offsets, back to the last clause break.
  const tokens: { word: string; start: number; end: number }[] = [];
  const re = /[^\s]+/g;
  for (let m = re.exec(segment); m; m = re.exec(segment)) tokens.push({ word: m[0], start: base + m.index, end: base + m.index + m[0].length });
  let i = tokens.length - 1;
  while (i >= 0 && SPEAKER_VERB_FILLERS.has(tokens[i].word.toLowerCase()) || (i >= 0 && /^[a-z]+ly$/.test(tokens[i].word))) i--;
  if (i < 0) return null;
  const head = tokens[i];
  const headWord = head.word;
  if (!LOWER_CASE_HEAD_WORD.test(headWord) && !(i === 0 && /^[A-Z][a-z]+$/.test(headWord) && isPlural(headWord.toLowerCase()))) return null;
  const lower = headWord.toLowerCase();
  if (NOT_DESCRIPTION_HEADS.has(lower) || FUNCTION_WORDS.has(lower) || /(?:ing|ed)$/.test(lower) && !GROUP_SPEAKER_NOUNS.has(lower)) return null;
  // Walk back over modifiers to a determiner or a possessive name ("Clinton’s").
  let startIndex = -1;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const word = tokens[j].word;
    const bare = word.toLowerCase();
    if (/[,;:.!?)]$/.test(word) || !DESCRIPTION_WORD.test(word)) break;
    if (DESCRIPTION_DETERMINERS.has(bare) || CAPITALISED_POSSESSIVE.test(word) || /^\d[\d,.]*$/.test(word)) {
      startIndex = j;
      // "Trump’s former campaign manager": a possessive may itself follow a determiner or names.
      while (startIndex > 0 && /['’]s?$/.test(tokens[startIndex].word) && CAPITALISED_WORD_OR_THE.test(tokens[startIndex - 1].word)) startIndex--;
      break;
    }
    if (FUNCTION_WORDS.has(bare) || OBJECT_PREPOSITIONS.has(bare)) break;
  }
  if (startIndex < 0) {
    if (!isPlural(lower) && !GROUP_SPEAKER_NOUNS.has(lower)) return null;
    // A bare plural: its modifiers up to a clause break ("Democratic officials").
    startIndex = i;
    while (startIndex > 0 && startIndex > i - 3 && DESCRIPTION_WORD.test(tokens[startIndex - 1].word) &&
      !FUNCTION_WORDS.has(tokens[startIndex - 1].word.toLowerCase()) && !OBJECT_PREPOSITIONS.has(tokens[startIndex - 1].word.toLowerCase()) &&
      !/[,;:.!?)]$/.test(tokens[startIndex - 1].word) && !SPEAKER_VERB_FILLERS.has(tokens[startIndex - 1].word.toLowerCase())) startIndex--;
  }
  const start = tokens[startIndex].start;
  // After a preposition the phrase is an object: "in a box labeled …", "with the officials said to …".
  const previous = startIndex > 0 ? tokens[startIndex - 1].word.toLowerCase() : /(\S+)\s*$/.exec(masked.slice(Math.max(from, start - 20), start))?.[1]?.toLowerCase();
  if (previous && OBJECT_PREPOSITIONS.has(previous) && previous !== 'and') return null;
  // An appositive: "Jane Doe, a police spokeswoman, said" — the name before the commas speaks.
  if (/,\s*$/.test(masked.slice(Math.max(from, start - 3), start)) && /^,/.test(masked.slice(head.end, head.end + 1))) return null;
  const end = head.end;
  return { start, end, text: masked.slice(start, end) };
}

/** A described speaker right after `at` ("said a police spokeswoman", "according to the report"). */
export function descriptionAfter(masked: string, at: number, to: number): Description | null {
  const segment = masked.slice(at, Math.min(to, at + 120));
  // No quotation inside: 'argued a "Green Report" produced for …' names a document the quote marks already show.
  const m = /^\s+([^\s"“”]+)((?:\s+[^\s,;:.!?()"“”]+){1,6}?)(?=\s*[,;:.!?()]|\s*$|\s+(?:who|which|that|in|on|at|for|of|on|to|from|last|this|earlier)\b)/.exec(segment);
  if (!m) return null;
  const first = m[1];
  if (!DESCRIPTION_DETERMINERS.has(first.toLowerCase()) && !CAPITALISED_POSSESSIVE.test(first)) return null;
  const words = m[2].trim().split(/\s+/);
  const head = words[words.length - 1];
  if (!LOWER_CASE_WORD.test(head) || NOT_DESCRIPTION_HEADS.has(head) || FUNCTION_WORDS.has(head)) return null;
  const start = at + m[0].indexOf(first);
  const end = at + m[0].length;
  return { start, end, text: masked.slice(start, end) };
}

// ---------------------------------------------------------------------------------------------
// Pronouns.
// ---------------------------------------------------------------------------------------------

function compatible(gender: Gender, pronoun: string): boolean {
  if (pronoun === 'he') return gender !== 'female';
  if (pronoun === 'she') return gender !== 'male';
  return false;
}

/**
 * Bare names: any word of an article person's name, capitalised, outside the people stage's
 * mentions and outside quotes ("Trump said" where only "Donald Trump" was linked). One alternation
 * of the article's name words reads the text once; a capitalised word before a hit joins it, so
 * "Bill Clinton" is not taken for the article's Hillary Clinton. Sorted by start.
 */
// A second capital inside the word is part of it ("McDermott", "DeGeneres", "LaRue"), and Latin
// letters with diacritics are letters ("Ólafsson", "Erdoğan"): a name cut at its inner capital is
// found for no one. (Latin ranges, not Unicode classes, which are twenty times slower here; a word
// found is only a candidate, looked up among the article's name words.)
const CAPITALISED_WORD = /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9_])[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]*(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)?(?:['’-][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+)*/g;
/** "the" and up to three words after it, for role descriptions ("the former president"). */
const THE_PHRASE = /\b[Tt]he((?:\s+[\w.-]+){1,4})/g;

/** The capitalised word (and the blanks after it) right before `at`, within 24 characters, as a match of /(\p{Lu}[\p{L}.'’-]*)\s+$/u. */
const WORD_BEFORE = /(\p{Lu}[\p{L}.'’-]*)\s+$/u;
function capitalisedWordBefore(masked: string, at: number): RegExpExecArray | null {
  // Most capitalised words follow a lower-case word or punctuation: look at the letter before the blanks first.
  let k = at - 1;
  while (k >= 0 && k >= at - 24 && /\s/.test(masked[k])) k--;
  if (k === at - 1 || k < 0) return null;
  const code = masked.charCodeAt(k);
  if (code < 128 && !((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 39 || code === 45)) return null;
  return WORD_BEFORE.exec(masked.slice(Math.max(0, at - 24), at));
}

export function bareNames(index: NameIndex, masked: string): Antecedent[] {
  const out: Antecedent[] = [];
  const covered = index.mentions;
  if (index.byAny.size === 0) return out;
  let c = 0;
  // One static pattern for every capitalised word (a per-article alternation would be compiled
  // anew for each article and run slowly); the name words are a map lookup.
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(masked); m; m = CAPITALISED_WORD.exec(masked)) {
    if (m[0].length < 2 || !index.byAny.has(m[0].toLowerCase())) continue;
    const end = m.index + m[0].length;
    const previous = capitalisedWordBefore(masked, m.index);
    // Only a given name joins ("Bill Clinton"); "President Trump" or "Republican Trump" is Trump.
    const given = previous?.[1].toLowerCase();
    const start = previous && given && (GIVEN_NAMES.has(given) || index.byAny.has(given)) ? m.index - previous[0].length : m.index;
    while (c < covered.length && covered[c].end <= start) c++;
    if (c < covered.length && covered[c].start < end) continue;
    // A courtesy title before the name says whether a man or a woman is meant ("Mr. LaRue").
    const title = previous && start === m.index && COURTESY_TITLES.has(previous[1].toLowerCase().replace(/\.$/, '')) ? `${previous[1]} ` : '';
    const person = resolveName(index, title + masked.slice(start, end), start);
    if (person) out.push({ start, end, person, possessive: /^['’]s?(?:\s|$)/.test(masked.slice(end, end + 3)) });
  }
  return out;
}

/**
 * Every place in the text that stands for a person, outside quotes: the people stage's mentions,
 * bare names it did not link ("Trump" alone; `bare`, when the caller has read them already), and
 * definite role descriptions ("the former president") standing for the person last given that role.
 */
export function antecedentsOf(index: NameIndex, text: string, masked: string, bare: readonly Antecedent[] = bareNames(index, masked)): Antecedent[] {
  const out: Antecedent[] = [];
  const insideQuote = (at: number): boolean => masked.charCodeAt(at) === 32 && text.charCodeAt(at) !== 32;
  const possessiveAt = (end: number): boolean => /^['’]s?(?:\s|$)/.test(text.slice(end, end + 3));
  const covered: Span[] = [];
  for (const mention of index.mentions) {
    covered.push(mention);
    if (insideQuote(mention.start)) continue;
    out.push({ start: mention.start, end: mention.end, person: mention.person, possessive: possessiveAt(mention.end) });
  }
  for (const hit of bare) out.push(hit);
  // Roles given to a person ("Republican nominee Tom Walker") make "the nominee" that person.
  const roleHolders = new Map<string, { at: number; person: string; words: string[] }[]>();
  for (const mention of index.mentions) {
    const head = mention.role ? mention.role.text.trim().split(/\s+/).pop()?.toLowerCase() : undefined;
    if (head && /^[a-z-]+$/.test(head)) {
      const list = roleHolders.get(head) ?? [];
      list.push({ at: mention.start, person: mention.person, words: mention.role ? mention.role.text.toLowerCase().split(/\s+/) : [] });
      roleHolders.set(head, list);
    }
  }
  if (roleHolders.size > 0) {
    // One static pattern for "the" and the words after it; the role heads are a map lookup.
    THE_PHRASE.lastIndex = 0;
    for (let m = THE_PHRASE.exec(masked); m; m = THE_PHRASE.exec(masked)) {
      const at = m.index;
      let head: string | null = null;
      let end = at;
      const word = /[\w.-]+/g;
      word.lastIndex = 3;
      for (let w = word.exec(m[0]); w; w = word.exec(m[0])) {
        if (roleHolders.has(w[0])) {
          head = w[0];
          end = at + w.index + w[0].length;
          break;
        }
      }
      if (!head) continue;
      THE_PHRASE.lastIndex = end;
      // "the president Barack Obama" is a mention of the name that follows.
      if (CAPITAL_AFTER_BLANKS.test(masked.slice(end, end + 3))) continue;
      // "The Republican nominee" is the person last given a role with those words, not any nominee.
      const modifiers = masked.slice(at + 3, end).toLowerCase().split(/\s+/).filter((w) => w && !/^(?:former|current|then|new|late)$/.test(w));
      const all = roleHolders.get(head) ?? [];
      const fitting = all.filter((h) => modifiers.every((w) => h.words.includes(w)));
      const holders = fitting.length > 0 ? fitting : all;
      let holder = holders[0];
      for (const h of holders) if (h.at < at) holder = h;
      if (holder) out.push({ start: at, end, person: holder.person, possessive: possessiveAt(end) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** A sentence opening: capitalised words (a name particle allowed) and an appositive (", a …"). */
const OPENING_NAME_WITH_APPOSITIVE = new RegExp(`^[\\s"“‘']*((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:${alternation(NAME_PARTICLES)}\\s+)?\\p{Lu}[\\p{L}'’-]+),\\s+(?:a|an|the)\\s`, 'u');

/** Whether a sentence opens with a name and an appositive that no antecedent covers: a person nobody linked. */
function ledByUnknownPerson(masked: string, sentence: Sentence, antecedents: readonly Antecedent[]): boolean {
  const m = OPENING_NAME_WITH_APPOSITIVE.exec(masked.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
  if (!m) return false;
  const start = sentence.start + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  return !antecedents.some((a) => a.start < end && a.end > start);
}

/** A name's verb of saying ending its sentence: "…, Ruiz said.", "…, Ruiz told reporters Monday." */
const ATTRIBUTION_AT_END = new RegExp(`^\\s+(?:${speechVerbPattern('name')})(?:\\s+[\\w.'’-]+){0,3}\\s*[.!]?["”’]?\\s*$`, 'i');

/** Whether only blanks and opening quote marks stand between a sentence's start and `at`. */
function opensSentence(masked: string, start: number, at: number): boolean {
  return /^[\s"“‘']*$/.test(masked.slice(start, at));
}

/**
 * The person a "he" or "she" at `at` stands for. In its own sentence the nearest compatible person
 * before it; in earlier sentences the subject of the nearest sentence naming a compatible person
 * (the first such name not after a preposition), looking back a few sentences at most. Gender comes
 * from the people stage (titles, given names, earlier pronouns); a person of unknown gender agrees
 * with either.
 */
export function resolveHeShe(
  index: NameIndex,
  antecedents: readonly Antecedent[],
  masked: string,
  sentences: readonly Sentence[],
  pronoun: string,
  at: number,
): string | null {
  const fits = (a: Antecedent): boolean => compatible(index.persons.get(a.person)?.gender ?? null, pronoun);
  const sentence = partitionPoint(sentences, (s) => s.start <= at) - 1;
  for (let s = sentence; s >= 0; s--) {
    const from = s >= 0 ? sentences[s].start : 0;
    const to = s === sentence ? at : sentences[s].end;
    if (at - from > 3000) break;
    const first = partitionPoint(antecedents, (a) => a.start < from);
    const last = partitionPoint(antecedents, (a) => a.start < to);
    const all = antecedents.slice(first, last);
    const here = all.filter(fits);
    if (here.length === 0) {
      // "Advocate Pieter de Boer, a candidate for mayor, also came. “…,” he said.": a sentence led
      // by someone the people stage did not find leaves "he" open; naming an earlier person would be a guess.
      if (s < sentence && ledByUnknownPerson(masked, sentences[s], all)) return null;
      continue;
    }
    const plain = here.filter((a) => !a.possessive);
    if (s === sentence) return (plain[plain.length - 1] ?? here[here.length - 1]).person;
    // "…, Lt. Ruiz said. He said officers found…": a pronoun opening the sentence right after an
    // attribution goes on with its speaker, not with the subject of what was attributed.
    if (s === sentence - 1 && opensSentence(masked, sentences[sentence].start, at)) {
      const speaker = plain.find((a) => ATTRIBUTION_AT_END.test(masked.slice(a.end, sentences[s].end)));
      if (speaker) return speaker.person;
    }
    const subject = plain.find((a) => {
      const before = /(\S+)\s*$/.exec(masked.slice(Math.max(from, a.start - 20), a.start))?.[1]?.toLowerCase() ?? '';
      return !OBJECT_PREPOSITIONS.has(before.replace(/[^a-z]/g, ''));
    });
    return (subject ?? plain[0] ?? here[0]).person;
  }
  return null;
}
