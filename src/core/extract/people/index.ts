/**
 * The people extractor: finds the people named in an article, splits titles and roles from their
 * names, and links short forms ("Putin", "President Putin", "Vladimir") to the fullest name seen.
 *
 * It works in three passes over the story lines (headline, body, embedded posts):
 *  1. candidates: runs of capitalised words, split into a role part ("Russian President") and a
 *     name part ("Vladimir Putin"), each name part scored for evidence of being a person
 *     (title or role, courtesy title, known given name, appositive role, speech verb);
 *  2. people: name parts with enough evidence become people, one per fullest name;
 *  3. mentions: every candidate, evidenced or not, that matches a person's name, surname or
 *     (when unambiguous) given name becomes a mention of that person.
 * A capitalised word is thus a person only with evidence somewhere in the article, which keeps
 * organisations, places, products, headline capitals and slogans out.
 */
import * as lexicon from '../../lang/lexicon';
import { COURTESY_TITLES, GENDERED_ROLES } from '../../lang/titles';
import { OBJECT_PREPOSITIONS } from '../../lang/speakers';
import { US_STATE_ABBREVIATIONS, US_STATE_NAMES } from '../../lang/usStates';
import { isWordChar, sentenceStartOffsets, tokenFlags, tokenizeArticle, tokenizeLine, tokensIn, wordLines, type ArticleTokens, type WordToken } from '../../lang/tokenizer';
import type { Sentence } from '../sentences';
import { SOCIAL_SIGNATURE, type ArticleText, type Span } from '../text';

// Unicode-property patterns are module constants, built once: a `\p{…}` pattern made inside a function
// is built again on every call wherever a bundler or runtime compiles it as `new RegExp(…)`.
const HYPHEN_THEN_LOWER_CASE = /-\p{Ll}/u;
const INITIAL_LETTER = /^\p{Lu}\.?$/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const UPPER_CASE_LETTER = /\p{Lu}/u;
const NOT_SLUG_CHARACTERS = /[^a-z0-9\p{L}]+/gu;

export type Gender = 'male' | 'female' | null;

/** A person as one article knows them, before people are merged across the corpus. */
export interface LocalPerson {
  /** Stable within the article: the slug of the fullest name ("vladimir-putin"). */
  key: string;
  /** Fullest form seen in the article. */
  name: string;
  /** Other forms seen ("Putin", "President Putin"). */
  aliases: string[];
  /** Titles and roles attached to the name in this article ("Russian President"). */
  roles: string[];
  /** From titles and pronouns, used to resolve pronoun speakers. */
  gender: Gender;
}

export interface LocalPersonMention extends Span {
  /** `LocalPerson.key` */
  person: string;
  text: string;
  /** The role or title written next to this mention, if any, with its span. */
  role: (Span & { text: string }) | null;
}

export interface PeopleFindings {
  persons: LocalPerson[];
  mentions: LocalPersonMention[];
}

// Local bindings: one module-property read at load time rather than on every probe.
const { FAMOUS, ORGANISATION_NAMES, PHRASE_FIRST_WORDS, PLACE_CONTEXT_NOUNS, PLACE_NAMES, WordFlag: F, wordFlags } = lexicon;

/** Whether the token has any of the `WordFlag` bits in `flags`. */
function has(t: WordToken, flags: number): boolean {
  return (tokenFlags(t) & flags) !== 0;
}

/** Flags of words that may stand in a role before a name. */
const ROLEISH_FLAGS = F.RoleHead | F.Courtesy | F.RoleModifier | F.Demonym | F.Organisation | F.Place | F.NonPersonHead;

/** Evidence score at which a name part is a person on its own. */
const CONFIRMED = 2;

/** A name part found in the text, with what the context says about it. */
interface Candidate {
  tokens: WordToken[];
  start: number;
  end: number;
  text: string;
  /** Lower-cased name words, possessive and trailing periods removed. */
  words: string[];
  score: number;
  /** A title or role word sits right before the name ("President Putin", "aide Yuri Ushakov"). */
  titled: boolean;
  role: (Span & { text: string }) | null;
  genderVotes: { male: number; female: number };
  /** On a Title Case or sentence-initial position, where capitals prove little. */
  weakPosition: boolean;
  /** Followed by a verb of saying ("Lavrov said"). */
  speaks: boolean;
  /** On a Title Case line. */
  titleCase?: boolean;
  /** One word followed by what follows a person's name: "'s", ", ", "was", "told" ("Rice, who …", "Brown was"). */
  nameContext?: boolean;
  /** One word followed by a verb of saying or of a person, or by ", who" ("Denver said"). */
  actsAsPerson?: boolean;
  /** Right after a preposition or conjunction ("in Denver", "to Paris"): an object, most likely a place. */
  afterPreposition?: boolean;
}

/** Finds the people named in an article. */
export function extractPeople(
  article: ArticleText,
  sentences: readonly Sentence[],
  words: ArticleTokens = tokenizeArticle(article.text, wordLines(article), sentences),
): PeopleFindings {
  const { text } = article;
  const sentenceStarts = sentenceStartOffsets(text, sentences);

  const candidates: Candidate[] = [];
  const orgPrefixes = new Set<string>();
  const capsRuns: WordToken[][] = [];
  // Words the article also writes in lower case are ordinary words here ("checked into rehab").
  // Asked rarely (a long name ending in an unknown word), so the text is searched per word.
  const lowerWords = (key: string): boolean => writtenInLowerCase(text, key);
  for (const line of article.lines) {
    if (line.kind !== 'body' && line.kind !== 'headline' && line.kind !== 'social') continue;
    const content = text.slice(line.start, line.end);
    if (line.kind === 'social' && SOCIAL_SIGNATURE.test(content)) {
      const author = signatureAuthor(text, line.start, line.end, sentenceStarts);
      if (author) candidates.push(author);
      continue;
    }
    const tokens = tokensIn(words, line.start, line.end);
    const titleCase = line.kind === 'headline' || line.kind === 'social' ? isTitleCase(tokens) : isTitleCase(tokens) && tokens.length <= 20;
    collectCandidates(text, tokens, titleCase, candidates, orgPrefixes, lowerWords);
    if (line.kind !== 'social') collectCapsRuns(tokens, capsRuns);
  }
  confirmListedNames(text, candidates);
  confirmBySurname(candidates);
  return resolvePeople(text, candidates, orgPrefixes, capsRuns);
}

// ---------------------------------------------------------------------------------------------
// Pass 1: candidates

/** Whether `key` (a lower-case word) stands as a whole word, in lower case, somewhere in `text`. */
function writtenInLowerCase(text: string, key: string): boolean {
  if (key.length === 0 || /\d/.test(key)) return false;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = text.charCodeAt(at + key.length);
    if (!isWordChar(before) && !(before === 45 /* - */) && !(before === 39 || before === 0x2019) && !isWordChar(after) && after !== 45) return true;
  }
  return false;
}


/**
 * The runs of upper-case words of an all-caps line ("TENNIS - SMITH BEATS JONES"), where
 * capitals say nothing: its words can only be names the rest of the article gives in full.
 */
function collectCapsRuns(tokens: readonly WordToken[], out: WordToken[][]): void {
  let caps = 0;
  for (const t of tokens) {
    if (LOWER_CASE_LETTER.test(t.text)) return; // a mixed-case line is running text or Title Case
    if (t.allCaps) caps++;
  }
  if (caps < 2) return;
  let run: WordToken[] = [];
  for (const t of tokens) {
    if (t.allCaps && !t.hasDigit && (run.length === 0 || isSpaceGap(t.gapBefore))) run.push(t);
    else {
      if (run.length) out.push(run);
      run = t.allCaps && !t.hasDigit ? [t] : [];
    }
    if (t.possessive && run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
}

/**
 * Evidence adds up over an article's mentions of one surname: "Semyon Dravetsky" with only
 * name-like words for evidence is a person once "Dravetsky said" (or "Dravetsky's aides told …")
 * appears elsewhere. A multi-word name-like candidate with half the evidence is confirmed when
 * other mentions of its last word carry some of their own.
 */
function confirmBySurname(candidates: Candidate[]): void {
  const evidence = new Map<string, number>();
  for (const c of candidates) {
    // Only the surname alone, with evidence from its context (not merely from being a listed
    // surname): repeated mentions of a company's two-word name prove nothing ("Aer Lingus said").
    if (c.words.length !== 1) continue;
    const context = c.score - (has(c.tokens[0], F.Surname) && !has(c.tokens[0], F.Common) ? 1 : 0);
    if (context >= 1) evidence.set(c.words[0], (evidence.get(c.words[0]) ?? 0) + 1);
  }
  // A surname whose person is already named in full needs no more: a nickname form ("Mo Cheeks"
  // beside "Maurice Cheeks") would only split the person in two.
  const named = new Set(candidates.filter((c) => c.words.length > 1 && c.score >= CONFIRMED).map((c) => c.words[c.words.length - 1]));
  for (const c of candidates) {
    if (c.words.length < 2 || c.score > 1 || named.has(c.words[c.words.length - 1])) continue;
    // With no evidence of its own, a pair of unknown words ("Torvald Brekkestad") needs its surname
    // to act as a person's twice elsewhere ("Brekkestad, who …", "said Brekkestad").
    const needed = c.score === 1 ? 1 : 2;
    if (c.score === 0 && c.tokens.some((t) => has(t, F.Common | F.Given | F.AmbiguousGiven) || isRoleish(t))) continue;
    // "Ontario-based", "Major-General": hyphenated words with a lower-case part are not name words.
    if (c.tokens.some((t) => has(t, F.Place | F.Organisation | F.Demonym | F.NonPersonHead) || t.allCaps || HYPHEN_THEN_LOWER_CASE.test(t.text))) continue;
    if (!looksLikeNameWords(c.tokens) && !has(c.tokens[0], F.AmbiguousGiven)) continue;
    if ((evidence.get(c.words[c.words.length - 1]) ?? 0) >= needed) c.score = CONFIRMED;
  }
}

/** What may stand between two items of a list of names: ", ", " and ", ", and ", " or ". */
const LIST_SEPARATOR = /^(?:,\s|,?\s(?:and|or)\s)$/;

/**
 * Names listed together are alike: in "Ana Morel, Tobin Wace and Jesper Lindqvoll" the
 * known given name of the first vouches for the other two, and a squad list of three or more
 * name-like pairs ("Nuwan Perera, Ravindra de Alwis, Kasun Wickrema") is a list of people
 * on its own. Only multi-word items made of name-like words, with no place, organisation or
 * demonym word in them, are confirmed this way.
 */
function confirmListedNames(text: string, candidates: Candidate[]): void {
  let group: Candidate[] = [];
  const settle = (): void => {
    if (group.length >= 2) {
      const nameLike = (c: Candidate): boolean =>
        c.words.length > 1 && looksLikeNameWords(c.tokens) && !c.tokens.some((t) => has(t, F.Place | F.Organisation | F.Demonym | F.NonPersonHead) || t.allCaps);
      const anchored = group.some((c) => c.score >= CONFIRMED && c.words.length > 1 && nameLike(c));
      const likeCount = group.filter(nameLike).length;
      if (anchored || (likeCount >= 3 && likeCount === group.length)) {
        for (const c of group) if (nameLike(c) && c.score < CONFIRMED) c.score = CONFIRMED;
      }
    }
    group = [];
  };
  for (const c of candidates) {
    const previous = group[group.length - 1];
    // A separator is at most ", and " long: no need to read what lies between far-apart names.
    if (previous && previous.end < c.start && c.start - previous.end <= 6 && LIST_SEPARATOR.test(text.slice(previous.end, c.start))) group.push(c);
    else {
      settle();
      group = [c];
    }
  }
  settle();
}

/**
 * A Title Case line ("Trump Envoy Meets Putin in Moscow"), where capitals say nothing about names:
 * every longer word capitalised except function words, allowing one slip in a long headline.
 * (A short sentence full of names, "Lindsay Lohan has checked into the Betty Ford Center", is not.)
 */
function isTitleCase(tokens: readonly WordToken[]): boolean {
  let capitalised = 0;
  let lower = 0;
  let depth = 0;
  for (const t of tokens) {
    // Parenthesised asides ("Tom Harlow (Britain) beat …") are not words of a headline.
    if (t.gapBefore !== ' ') {
      for (const ch of t.gapBefore) {
        if (ch === '(') depth++;
        else if (ch === ')') depth = Math.max(0, depth - 1);
      }
    }
    if (depth > 0) continue;
    if (t.text.length < 4 || t.hasDigit) continue;
    // Links inside a post's text ("https://t.co/aSxY39") are not words of the headline.
    if (t.key === 'https' || t.key === 'http' || t.key === 'www' || t.text.includes('.') || t.gapBefore.includes('/')) continue;
    if (t.capitalised) capitalised++;
    else if (!has(t, F.Never) && ++lower > 1) return false; // running text: most lines stop here
  }
  return capitalised >= 3 && (lower === 0 || (lower === 1 && capitalised >= 6));
}

/** A token that may be part of a capitalised run: a capitalised word or an initial. */
function isCapitalWord(t: WordToken): boolean {
  return t.capitalised;
}

/** An initial of a name: "J." in "J. Smith" (never the article "A" or the pronoun "I": they have no period). */
function isInitial(t: WordToken): boolean {
  return t.text.length === 2 && t.text[1] === '.' && UPPER_CASE_LETTER.test(t.text[0]);
}

/** Title, office or role word ("President", "Envoy", "CEO", "Mr."). */
function isRoleHead(t: WordToken): boolean {
  return has(t, F.RoleHead) || has(t, F.Courtesy) || (t.capitalised && t.key.includes('-') && isHyphenatedTitle(t.key));
}

/** "Major-General", "Lieutenant-Colonel", "Secretary-General", "Vice-President": a title in parts. */
function isHyphenatedTitle(key: string): boolean {
  const parts = key.split('-');
  const last = parts[parts.length - 1];
  return (
    parts.length > 1 &&
    (wordFlags(last) & F.RoleHead) !== 0 &&
    parts.every((p) => (wordFlags(p) & (F.RoleHead | F.RoleModifier | F.Courtesy)) !== 0 || HYPHEN_ROLE_PREFIXES.has(p))
  );
}

const HYPHEN_ROLE_PREFIXES = new Set(['vice', 'co', 'ex', 'deputy', 'under', 'lieutenant', 'major', 'brigadier', 'rear']);

/** Words that may stand in a role before a name: roles, modifiers, organisations, places, demonyms, acronyms. */
function isRoleish(t: WordToken): boolean {
  return (
    isRoleHead(t) ||
    has(t, ROLEISH_FLAGS) ||
    (t.allCaps && !has(t, F.NameSuffix))
  );
}

/** A word that cannot be part of a person's name. */
function breaksName(t: WordToken): boolean {
  // "A." in "Michael A. Martone" is an initial, not the article.
  return has(t, F.Never) && !has(t, F.Courtesy) && !(t.text.length === 2 && t.text[1] === '.');
}

function collectCandidates(
  text: string,
  tokens: readonly WordToken[],
  titleCase: boolean,
  out: Candidate[],
  orgPrefixes: Set<string>,
  lowerWords: (key: string) => boolean,
): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalWord(tokens[i])) {
      i++;
      continue;
    }
    // Grow a run of capitalised words joined by single spaces (and lower-case name particles).
    let j = i + 1;
    if (!tokens[i].possessive) {
      while (j < tokens.length) {
        const t = tokens[j];
        if (t.sentenceInitial || !isSpaceGap(t.gapBefore)) break;
        if (t.capitalised) {
          j++;
          if (t.possessive) break;
          continue;
        }
        // "Karim al-Haddadi", "Zine al-Abidine Ben Ali": an Arabic article joined to a capitalised name.
        if (ARTICLE_PREFIXED.test(t.text) && !t.sentenceInitial) {
          j++;
          if (t.possessive) break;
          continue;
        }
        // "Ludwig van Beethoven": a particle between two capitalised words.
        const next = tokens[j + 1];
        if (has(t, F.Particle) && next && next.capitalised && next.gapBefore === ' ' && !next.sentenceInitial && !t.possessive) {
          j += 2;
          if (next.possessive) break;
          continue;
        }
        break;
      }
    }
    if (j === i + 1) {
      // Most runs are one word ("The", "He", "Police"): what splitRun would make of it, without its arrays.
      const t = tokens[i];
      if (splitAt(t, undefined, titleCase) !== Split.Break) analyseSegment(text, tokens, [t], titleCase, out, orgPrefixes, lowerWords);
      i = j;
      continue;
    }
    const run = tokens.slice(i, j);
    for (const segment of splitRun(run, titleCase)) {
      analyseSegment(text, tokens, segment, titleCase, out, orgPrefixes, lowerWords);
    }
    i = j;
  }
}

/** A name word with a lower-case Arabic article: "al-Assad", "el-Sisi", "ad-Din". */
const ARTICLE_PREFIXED = /^(?:al|el|ad|ar|as|at|an|az|ash|ud|ul)-\p{Lu}/u;

/** A run split at words that cannot belong to a name; in Title Case lines, also at common words and roles. */
function splitRun(run: readonly WordToken[], titleCase: boolean): WordToken[][] {
  const segments: WordToken[][] = [];
  let current: WordToken[] = [];
  const flush = (): void => {
    if (current.length) segments.push(current);
    current = [];
  };
  for (let k = 0; k < run.length; k++) {
    const t = run[k];
    const split = splitAt(t, current[current.length - 1], titleCase);
    if (split === Split.Break) {
      flush();
      continue;
    }
    if (split === Split.Alone) {
      flush();
      segments.push([t]);
      continue;
    }
    current.push(t);
  }
  flush();
  return segments;
}

/** What a word does to the name segment being grown in `splitRun`: ends it, stands alone, or joins it. */
const enum Split {
  Break,
  Alone,
  Join,
}

/** How `t` splits a capitalised run, after `previous`, the last word of the segment being grown (none when it is empty). */
function splitAt(t: WordToken, previous: WordToken | undefined, titleCase: boolean): Split {
  // A listed surname that is otherwise never a name ("May") is one right after a given name that
  // is nothing else ("Harriet May"): there it cannot be the modal verb or the month.
  const surnameAfterGivenName = has(t, F.Surname) && previous !== undefined && has(previous, F.Given) && !has(previous, F.AmbiguousGiven);
  if ((breaksName(t) && !surnameAfterGivenName) || t.hasDigit || (t.allCaps && t.key.length > 1 && !isRoleish(t) && !has(t, F.NameSuffix))) return Split.Break;
  if (titleCase) {
    const afterGivenName = previous && has(previous, F.Given) && !has(previous, F.AmbiguousGiven);
    // An initial ("K." in "K. Ormsby") is never an ordinary word, even if its letter is one.
    if (has(t, F.Common) && !has(t, F.Given) && !afterGivenName && !isRoleHead(t) && !isInitial(t)) return Split.Break;
    // "Trump Envoy Meets Putin": a title stands alone, so it neither joins the name before it
    // nor hides it; the name after it still sees it as its title.
    if (isRoleHead(t) && !afterGivenName) return Split.Alone;
  }
  return Split.Join;
}

function isPlaceOrOrganisation(tokens: readonly WordToken[]): boolean {
  if (tokens.length === 1) return has(tokens[0], F.Organisation | F.Place);
  if (!PHRASE_FIRST_WORDS.has(tokens[0].key)) return false;
  const phrase = tokens.map((t) => t.key).join(' ');
  return ORGANISATION_NAMES.has(phrase) || PLACE_NAMES.has(phrase);
}

/** A single space (or no-break space) between two words. */
function isSpaceGap(gap: string): boolean {
  return gap === ' ' || gap === '\u00a0';
}

/** Splits a segment into its role part and name part, scores the name part and records it. */
function analyseSegment(
  text: string,
  lineTokens: readonly WordToken[],
  segment: WordToken[],
  titleCase: boolean,
  out: Candidate[],
  orgPrefixes: Set<string>,
  lowerWords: (key: string) => boolean,
): void {
  // The commonest segment is one ordinary word opening a sentence ("Officials", "Police"): it is
  // dropped at the end below (a word of the sentence), so leave before the other checks when
  // none of them could record a place or organisation on the way.
  if (segment.length === 1 && isSentenceWord(lineTokens, segment[0], titleCase)) return;
  let tokens = segment;
  // In a results entry ("3. Rose Smith (Kenya) 15:05.41") the first word is a given name even if
  // it is also a word: nothing but a name stands between the place number and the country.
  const lastOfSegment = segment[segment.length - 1];
  const resultsEntry = segment.length === 2 && countryInParentheses(lineTokens, lastOfSegment.index + 1) && lineTokens[lastOfSegment.index + 1].gapBefore === ' (';
  // A sentence-initial ordinary word is not part of the name ("Yesterday Steve Jobs …").
  // So is an adverb or a gerund the lexicon does not list ("Ironically Nichols …", "Injecting Clinton's …").
  // And so is a word the lexicon does not know before a given name ("Fullback Andre Joubert …").
  // So is such a word before a demonym or role word that leads a name ("Outspoken Canadian Jane Doe").
  const unknownBeforeGiven = (t: WordToken[]): boolean =>
    t.length >= 3 && (tokenFlags(t[0]) & (F.Given | F.AmbiguousGiven | F.Surname | F.Particle | F.Organisation | F.Place)) === 0 &&
    ((has(t[1], F.Given) && !has(t[1], F.AmbiguousGiven)) || (has(t[1], F.Demonym) && has(t[2], F.Given) && !has(t[2], F.AmbiguousGiven)));
  while (
    !resultsEntry &&
    tokens.length > 1 &&
    tokens[0].sentenceInitial &&
    (has(tokens[0], F.Common) || unknownBeforeGiven(tokens) || (tokens[0].key.length >= 6 && /(?:ly|ing)$/.test(tokens[0].key) && !has(tokens[0], F.Surname))) &&
    !isInitial(tokens[0]) &&
    !has(tokens[0], F.Given) &&
    !isRoleish(tokens[0])
  ) {
    tokens = tokens.slice(1);
  }

  // Organisation or place phrases spelt in full are not names ("White House", "Fort Lauderdale").
  if (tokens.length > 1 && isPlaceOrOrganisation(tokens)) return;
  let prefixTokens: WordToken[] = [];

  // A run that starts or ends with an organisation or place spelt in full: "United States Barack
  // Obama", "the Biden White House". The phrase goes to the role side (or is dropped at the end).
  for (let size = Math.min(4, tokens.length - 1); size >= 2; size--) {
    if (isPlaceOrOrganisation(tokens.slice(0, size))) {
      prefixTokens = tokens.slice(0, size);
      tokens = tokens.slice(size);
      break;
    }
  }
  for (let size = Math.min(4, tokens.length - 1); size >= 2; size--) {
    if (isPlaceOrOrganisation(tokens.slice(tokens.length - size))) {
      tokens = tokens.slice(0, tokens.length - size);
      break;
    }
  }

  // The name starts after the last title/role word that still has words after it.
  let roleEnd = -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (isRoleHead(tokens[k]) || (k > 0 && tokens[k - 1].possessive && isRoleish(tokens[k]))) roleEnd = k;
  }
  // Possessives end runs, so a possessive inside can only be the last word.
  let nameTokens = tokens.slice(roleEnd + 1);
  let roleTokens = prefixTokens.concat(tokens.slice(0, roleEnd + 1));
  // Leading organisation/place/demonym words before a given name belong to the role
  // ("ambassador to Washington Alexander Darchiev", "Kremlin Yuri Ushakov").
  let lead = 0;
  while (lead < nameTokens.length - 1 && isRoleish(nameTokens[lead]) && !has(nameTokens[lead], F.Given)) lead++;
  if (lead > 0) {
    const rest = nameTokens.slice(lead);
    if (rest.length > 0 && (has(rest[0], F.Given) || roleTokens.length > 0 || rest.length === 1)) {
      roleTokens = roleTokens.concat(nameTokens.slice(0, lead));
      nameTokens = rest;
    }
  }
  if (nameTokens.length === 0) return;
  // "Dow Jones Industrial Average": after an organisation's name and no title, further capitalised
  // words continue the organisation's name unless a given name starts a person's.
  if (prefixTokens.length && roleEnd < 0 && !has(nameTokens[0], F.Given)) return;

  const last = nameTokens[nameTokens.length - 1];
  const headWord = has(last, F.NameSuffix) && nameTokens.length > 1 ? nameTokens[nameTokens.length - 2] : last;
  // "Betty Ford Center", "Pulkovo Airport": remember the prefix so the same words alone are not a person either.
  const givenNameFirst = has(nameTokens[0], F.Given) && !has(nameTokens[0], F.AmbiguousGiven);
  const surnameHead = (has(headWord, F.Surname) || has(headWord, F.SurnameLikeHead)) && givenNameFirst && nameTokens.length <= 3;
  if (has(headWord, F.NonPersonHead) && !surnameHead) {
    const prefix = nameTokens.slice(0, nameTokens.indexOf(headWord)).map((t) => t.key).join(' ');
    if (prefix) orgPrefixes.add(prefix);
    return;
  }
  // "Marion County Sheriff": an organisation or place word inside, or an office at the end.
  if (nameTokens.length > 1) {
    const inner = nameTokens.slice(1, -1).some((t) => has(t, F.NonPersonHead) && !has(t, F.SurnameLikeHead | F.Surname));
    const officeLast = isRoleHead(headWord) && !has(headWord, F.SurnameLikeHead | F.Surname);
    if (inner || officeLast) return;
  }
  if (nameTokens.length > 1 && (has(nameTokens[0], F.PlacePrefix) || has(nameTokens[0], F.InstitutionPrefix)) && !has(nameTokens[0], F.Given)) {
    return;
  }
  if (nameTokens.some((t) => has(t, F.Demonym) || (t.allCaps && !has(t, F.NameSuffix) && t.key.replace(/\./g, '').length > 1))) return;
  const namePhrase = (): string => nameTokens.map((t) => t.key).join(' ');
  // A lone place or organisation word that speaks or acts as a person ("Denver said", "Denver,
  // whose choir …") stays a candidate: it may be the surname of a person named in full (see linkCandidate).
  // Not an organisation's name: companies named after people speak too ("Ford said").
  const actsAsPerson = nameTokens.length === 1 && !titleCase && !has(nameTokens[0], F.Organisation) && actsAsSubject(lineTokens, nameTokens[0]);
  if (isPlaceOrOrganisation(nameTokens) && !actsAsPerson) {
    // Still a person when a courtesy title says so ("Mr Washington"), but not after an office ("Kremlin").
    if (!(roleTokens.length && has(roleTokens[roleTokens.length - 1], F.Courtesy))) return;
  }
  if (nameTokens.every((t) => isRoleHead(t) || has(t, F.RoleModifier))) return; // "Special Envoy"
  // "the port city of Bandar Abbas": a place, here and wherever the same words recur.
  const of = lineTokens[nameTokens[0].index - 1];
  const placeNoun = lineTokens[nameTokens[0].index - 2];
  if (roleTokens.length === 0 && of?.key === 'of' && placeNoun && PLACE_CONTEXT_NOUNS.has(placeNoun.key) && nameTokens[0].gapBefore === ' ') {
    orgPrefixes.add(namePhrase());
    return;
  }

  // "Everett, Wash.", "Cupertino, California": a town before its state, here and wherever the same words recur.
  if (!(roleTokens.length && isRoleHead(roleTokens[roleTokens.length - 1])) && followedByUsState(lineTokens, last.index)) {
    orgPrefixes.add(namePhrase());
    return;
  }
  // "the Billy Graham Crusade", "Betty Ford Rehab" (where the article also writes "rehab"): a
  // full name and then a word that is no name word names an institution after the person.
  const tail = nameTokens[nameTokens.length - 1];
  if (
    nameTokens.length >= 3 &&
    roleTokens.length === 0 &&
    !tail.possessive &&
    !has(tail, F.Given | F.AmbiguousGiven | F.Surname | F.SurnameLikeHead | F.NameSuffix) &&
    !isInitial(tail) &&
    ((lineTokens[nameTokens[0].index - 1]?.key === 'the' && nameTokens[0].gapBefore === ' ') || lowerWords(tail.key))
  ) {
    return;
  }
  // A ship is not a person: "MS Columbus", "M/S Columbus", "USS Cole".
  const prev = lineTokens[nameTokens[0].index - 1];
  const prevPrev = lineTokens[nameTokens[0].index - 2];
  const vessel =
    (prev && VESSEL_PREFIXES.has(prev.text.replace(/\.$/, '')) && nameTokens[0].gapBefore === ' ') ||
    (prev && prevPrev && prevPrev.key === 'm' && /^[sv]$/.test(prev.key) && prev.gapBefore === '/');
  if (vessel) {
    orgPrefixes.add(namePhrase());
    return;
  }
  // In a Title Case headline or at a sentence start, one ordinary word after a role noun is a
  // word of the sentence ("Woman Convicted of Double Murder"), unless it is also a surname.
  // Past participles and gerunds ("Convicted", "Charged", "Wanted") are such words even when the
  // lexicon does not list them.
  const single = nameTokens.length === 1 ? nameTokens[0] : null;
  const nameContext = single !== null && !titleCase && followedAsName(lineTokens, single);
  if (
    single &&
    !nameContext &&
    (titleCase || single.sentenceInitial) &&
    !has(single, F.Surname | F.Given) &&
    (has(single, F.Common) || (single.key.length >= 6 && /(?:ed|ing)$/.test(single.key)))
  ) {
    return;
  }
  // A plural common noun ends a group, not a name: "its Marine Commandos", "the Black Hawks".
  if (nameTokens.length > 1 && !has(nameTokens[0], F.Given) && isPluralCommonNoun(last)) return;

  const candidate: Candidate = {
    tokens: nameTokens,
    start: nameTokens[0].start,
    end: last.end,
    text: text.slice(nameTokens[0].start, last.end),
    words: nameTokens.map((t) => t.key),
    score: 0,
    titled: false,
    role: null,
    genderVotes: { male: 0, female: 0 },
    weakPosition: titleCase || nameTokens[0].sentenceInitial,
    speaks: false,
    nameContext,
    titleCase,
    actsAsPerson,
    afterPreposition: prev !== undefined && nameTokens[0].gapBefore === ' ' && OBJECT_PREPOSITIONS.has(prev.key),
  };
  scoreCandidate(text, lineTokens, roleTokens, candidate);
  out.push(candidate);
}

/**
 * Whether a one-word segment is an ordinary word in a weak position that `analyseSegment` would
 * drop without recording anything: Common, neither surname nor given name, sentence-initial or on
 * a Title Case line, not followed as a name is, and with no place or vessel context around it.
 */
function isSentenceWord(lineTokens: readonly WordToken[], t: WordToken, titleCase: boolean): boolean {
  if (t.possessive || !(titleCase || t.sentenceInitial) || !has(t, F.Common) || has(t, F.Surname | F.Given) || isRoleish(t) || isInitial(t)) return false;
  if (!titleCase && followedAsName(lineTokens, t)) return false;
  const previous = lineTokens[t.index - 1];
  if (previous && (previous.key === 'of' || previous.key === 'm' || previous.key === 's' || previous.key === 'v' || VESSEL_PREFIXES.has(previous.text.replace(/\.$/, '')))) return false;
  return !followedByUsState(lineTokens, t.index);
}

/** Words that follow a person's name as the subject of a clause: "Brown was", "Rice, who". */
const SUBJECT_FOLLOWERS = new Set(['was', 'is', 'has', 'had', 'would', 'will', 'could', 'can', 'did', 'does', 'who']);

/** Whether the word is followed as a person's name is: a possessive, a comma, a verb of saying or of a person, a subject's verb. */
function followedAsName(lineTokens: readonly WordToken[], t: WordToken): boolean {
  if (t.possessive) return true;
  const next = lineTokens[t.index + 1];
  if (!next || next.sentenceInitial) return false;
  if (/^,\s$/.test(next.gapBefore)) return !next.capitalised && !next.hasDigit; // "Rice, who", not "May, 1996" or "Brown, Smith"
  return next.gapBefore === ' ' && (has(next, F.Speech | F.Human) || SUBJECT_FOLLOWERS.has(next.key));
}

/** Whether a verb of saying or of a person follows the word, or ", who"/", whose": it acts as a person does. */
function actsAsSubject(lineTokens: readonly WordToken[], t: WordToken): boolean {
  if (t.possessive) return false;
  // "…,” said Washington.": an inverted verb of saying before it, and the sentence ends.
  const previous = lineTokens[t.index - 1];
  const next = lineTokens[t.index + 1];
  if (previous && !t.sentenceInitial && t.gapBefore === ' ' && has(previous, F.Speech) && (!next || next.gapBefore !== ' ')) return true;
  if (!next || next.sentenceInitial || next.capitalised) return false;
  if (/^,\s$/.test(next.gapBefore)) return next.key === 'who' || next.key === 'whose';
  return next.gapBefore === ' ' && has(next, F.Speech | F.Human);
}

/** Whether ", <US state>" follows the token at `index` and closes there ("Everett, Wash.", "Cupertino, California,"). */
function followedByUsState(lineTokens: readonly WordToken[], index: number): boolean {
  const state = lineTokens[index + 1];
  if (!state || !state.capitalised || !/^,\s$/.test(state.gapBefore)) return false;
  let end = index + 1;
  let name = state.key;
  const second = lineTokens[index + 2];
  if (second && second.gapBefore === ' ' && US_STATE_NAMES.has(`${state.key} ${second.key}`)) {
    end = index + 2;
    name = `${state.key} ${second.key}`;
  }
  const abbreviation = state.abbreviationPeriod && US_STATE_ABBREVIATIONS.has(state.key);
  if (!(US_STATE_NAMES.has(name) || abbreviation) || lineTokens[end].possessive) return false;
  // The state closes the phrase: "Hansbrough, North Carolina's new leader", "Mark Rockwell,
  // California state representative" describe a person. A full name must end at punctuation;
  // an abbreviation ("Wash.") already carries its period.
  const next = lineTokens[end + 1];
  return !next || next.gapBefore !== ' ' || (abbreviation && !next.capitalised);
}

/** Prefixes of ships' names. */
const VESSEL_PREFIXES = new Set(['MS', 'MV', 'SS', 'USS', 'HMS', 'RMS', 'INS', 'HMAS', 'HMCS', 'USNS', 'MY', 'FV']);

/** "Commandos", "Hawks": a plural whose singular is an ordinary word, and not itself a surname. */
function isPluralCommonNoun(t: WordToken): boolean {
  // "Woods", "Brooks": surnames that look like plurals are listed as surname-like heads.
  if (t.key.length < 4 || !t.key.endsWith('s') || has(t, F.Surname | F.Given | F.SurnameLikeHead)) return false;
  const singulars = t.key.endsWith('ies') ? [t.key.slice(0, -3) + 'y'] : [t.key.slice(0, -1), t.key.slice(0, -2)];
  return singulars.some((word) => (lexicon.wordFlags(word) & F.Common) !== 0);
}

function vote(candidate: Candidate, gender: Gender, weight: number): void {
  if (gender === 'male') candidate.genderVotes.male += weight;
  else if (gender === 'female') candidate.genderVotes.female += weight;
}

/** Gathers the evidence that a name part names a person, and the role written next to it. */
function scoreCandidate(text: string, lineTokens: readonly WordToken[], roleTokens: readonly WordToken[], c: Candidate): void {
  const n = c.tokens.length;
  const first = c.tokens[0];
  const lastToken = c.tokens[n - 1];
  const firstIndex = first.index;
  const lastIndex = lastToken.index;

  // Title or role inside the run: "Russian President Vladimir Putin", "Mr Howard".
  // Only a title or role word makes the words before a name a role ("ambassador to Washington
  // Alexander Darchiev" has none inside the run).
  if (roleTokens.length && isRoleHead(roleTokens[roleTokens.length - 1])) {
    const head = roleTokens[roleTokens.length - 1];
    c.score += CONFIRMED;
    c.titled = true;
    for (const t of roleTokens) vote(c, COURTESY_TITLES.get(t.key) ?? GENDERED_ROLES.get(t.key) ?? null, 3);
    const roleStartIndex = walkBackRole(lineTokens, roleTokens[0].index);
    const roleStart = lineTokens[roleStartIndex].start;
    const roleEnd = head.end;
    // A courtesy title alone is not a role worth reporting.
    if (!(roleTokens.length === 1 && has(head, F.Courtesy) && !has(head, F.RoleHead))) {
      c.role = { start: roleStart, end: roleEnd, text: text.slice(roleStart, roleEnd) };
    }
  }

  // A role word just before the run: "aide Yuri Ushakov", or an appositive "Putin's aide, Yuri Ushakov".
  const before = lineTokens[firstIndex - 1];
  if (!c.titled && before && !first.sentenceInitial) {
    const gap = first.gapBefore;
    const lowerRole = !before.capitalised && has(before, F.RoleHead) && !has(before, F.WeakRole);
    const capitalRole = before.capitalised && isRoleHead(before) && !before.possessive;
    if ((gap === ' ' && (lowerRole || capitalRole)) || (/^,\s$/.test(gap) && (lowerRole || capitalRole) && !before.possessive)) {
      c.score += CONFIRMED;
      c.titled = true;
      vote(c, GENDERED_ROLES.get(before.key) ?? null, 3);
      const roleStartIndex = walkBackRole(lineTokens, firstIndex - 1);
      const roleStart = lineTokens[roleStartIndex].start;
      c.role = { start: roleStart, end: before.end, text: text.slice(roleStart, before.end) };
    }
  }
  // "the 35-year-old Smith", "20-year-old Jane Doe": only people (and animals) have ages so written.
  if (before && first.gapBefore === ' ' && /^\d{1,3}-year-old$/.test(before.key) && !c.tokens.some((t) => has(t, F.Place | F.Organisation))) {
    // But "a 4-year-old Houston girl", "a 38-year-old Troy resident": one word before a noun is
    // an adjective of place.
    const next = lineTokens[lastIndex + 1];
    const beforeNoun = next && next.gapBefore === ' ' && !next.capitalised && has(next, F.Common) && !has(next, F.Never | F.Speech | F.Human);
    if (n > 1 || !beforeNoun) c.score += CONFIRMED;
  }
  // "said Lavrov", "says Zelensky": an inverted speech verb before the name.
  // A place or organisation word inside makes it half the evidence: countries speak too ("S. Sudan warns").
  const placeInside = c.tokens.some((t) => has(t, F.Place | F.Organisation) && !has(t, F.Given | F.Surname));
  if (before && !first.sentenceInitial && has(before, F.Speech) && first.gapBefore === ' ') {
    c.score += n > 1 && looksLikeNameWords(c.tokens) && !placeInside ? CONFIRMED : 1;
    c.speaks = true;
  }

  // After the name: a speech verb, a human verb, an appositive role, an age.
  const after = lineTokens[lastIndex + 1];
  if (after && !after.sentenceInitial && !lastToken.possessive) {
    const gap = after.gapBefore;
    if (gap === ' ' && has(after, F.Speech)) {
      c.score += n > 1 && looksLikeNameWords(c.tokens) && !placeInside ? CONFIRMED : 1;
      c.speaks = true;
    } else if (gap === ' ' && has(after, F.Human)) {
      c.score += 1;
    } else if (/^,\s$/.test(gap) && (after.key === 'who' || after.key === 'whose') && !after.capitalised && relativePersonName(lineTokens, c)) {
      // "Brekkestad, who leads the race": "who" refers to people ("which" to things).
      c.score += n > 1 && looksLikeNameWords(c.tokens) ? CONFIRMED : 1;
    } else if (/^,\s$/.test(gap)) {
      const appositive = appositiveRole(text, lineTokens, lastIndex + 1);
      if (appositive) {
        c.score += CONFIRMED;
        vote(c, appositive.gender, 3);
        if (!c.role) c.role = appositive.role;
      } else if (
        /^\d{1,3}$/.test(after.text) &&
        /^,/.test(lineTokens[lastIndex + 2]?.gapBefore ?? '') &&
        !lineTokens[lastIndex + 2]?.hasDigit &&
        !/^,/.test(first.gapBefore)
      ) {
        c.score += CONFIRMED; // "John Smith, 45, said"
      }
    } else if (/^\s\($/.test(gap) && (after.key === 'born' || /^\d{1,3}$/.test(after.text))) {
      c.score += CONFIRMED; // "Jobs (born 1955)"
    }
  }
  // Results and entry lists give a competitor's country: "Tom Harlow (Britain) beat …",
  // "1. Jane Doe (Kenya) 2:24.15". A multi-word name-like run before it is a person. (The
  // tokenizer counts a parenthesis as a sentence start, so this is outside the check above.)
  if (after && /^\s\($/.test(after.gapBefore) && n > 1 && !lastToken.possessive && countryInParentheses(lineTokens, lastIndex + 1)) {
    // Any words but places and organisations: a competitor's name may be ordinary words ("Rose Hill").
    if (!c.tokens.some((t) => has(t, F.Place | F.Organisation | F.NonPersonHead) && !has(t, F.SurnameLikeHead | F.Surname))) c.score += CONFIRMED;
  }

  // "Jane Doe (captain)", scorers "Jane Doe (47th)", "(3rd minute)": a role or a minute in
  // parentheses after a name-like pair; bowling figures after a name ("Smith 10-2-34-3").
  if (after && /^\s\($/.test(after.gapBefore) && n > 1 && !lastToken.possessive && looksLikeNameWords(c.tokens) && !c.tokens.some((t) => has(t, F.Place | F.Organisation))) {
    const closes = lineTokens[lastIndex + 2]?.gapBefore.startsWith(')') ?? true;
    if ((has(after, F.RoleHead) && !after.capitalised && closes) || /^\d{1,3}(?:st|nd|rd|th)$/.test(after.key)) c.score += CONFIRMED;
  }
  if (after && after.gapBefore === ' ' && /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/.test(after.text) && !c.tokens.some((t) => has(t, F.Place | F.Organisation))) {
    c.score += CONFIRMED;
  }

  // A cricket scorecard's batting line, "J. Smith c Jones b Brown 56": the batsman opens the
  // line, the fielder follows "c"/"st" and the bowler "b"; the words are there only as names.
  if (isScorecardLineCached(lineTokens) && !c.tokens.some((t) => has(t, F.Place | F.Organisation))) {
    const marker = before && !before.capitalised && first.gapBefore === ' ' ? before.text : '';
    if (firstIndex === 0 || marker === 'b' || marker === 'c' || marker === 'st') c.score += CONFIRMED;
  }

  // "J. Smith", "P. J. Harvey": initials before a word that is not an ordinary one.
  if (n > 1 && isInitial(first)) {
    const rest = c.tokens.slice(1).filter((t) => !isInitial(t));
    if (rest.length > 0 && rest.every((t) => (!has(t, F.Common) || has(t, F.Surname)) && !has(t, F.Place | F.Organisation | F.NonPersonHead))) {
      c.score += CONFIRMED;
    }
  }

  // The words themselves.
  if (n > 1 && has(first, F.Given)) {
    const rest = c.tokens.slice(1);
    const restLooksLikeName = rest.every((t) => !has(t, F.Common) || has(t, F.Surname) || has(t, F.NameSuffix) || INITIAL_LETTER.test(t.text));
    if (!has(first, F.AmbiguousGiven)) c.score += restLooksLikeName || !c.weakPosition ? CONFIRMED : 1;
    else if (restLooksLikeName) c.score += c.weakPosition ? 1 : CONFIRMED;
    vote(c, has(first, F.Male) ? 'male' : has(first, F.Female) ? 'female' : null, 2);
  } else if (
    n > 1 &&
    has(first, F.AmbiguousGiven) &&
    !has(first, F.Place | F.Organisation) &&
    !c.weakPosition &&
    c.tokens.slice(1).every((t) => !has(t, F.Common | F.Place | F.Organisation | F.NonPersonHead)) &&
    // "Virginia Democrats": a plural-looking last word names a group unless it is a known surname.
    (!lastToken.key.endsWith('s') || has(lastToken, F.Surname | F.SurnameLikeHead))
  ) {
    // "Frank Bruno": a given name that is also a word, before words that are not: half the
    // evidence; the rest must come from elsewhere (see `confirmBySurname`).
    c.score += 1;
  }
  if (n > 1 && PHRASE_FIRST_WORDS.has(c.words[0]) && FAMOUS.has(c.words.join(' '))) c.score += CONFIRMED;
  // "Jay Orlander lifted his cup": a his/her a few words on, before any other name, refers back
  // to a person (companies and places take "its"). Half the evidence, for name-like pairs.
  const givenThenName = has(first, F.Given) && c.tokens.slice(1).every((t) => !has(t, F.Common) || has(t, F.Surname));
  if (n > 1 && !lastToken.possessive && (givenThenName || looksLikeNameWords(c.tokens)) && !c.tokens.some((t) => has(t, F.Place | F.Organisation | F.NonPersonHead))) {
    const pronoun = personalPronounAfter(lineTokens, lastIndex);
    if (pronoun) {
      c.score += 1;
      vote(c, pronoun, 1);
    }
  }
  if (has(lastToken, F.Surname) && !has(lastToken, F.Common)) c.score += 1;
  // Unknown capitalised words that are not ordinary words look like foreign names ("Kaoru Yosano").
  if (n > 1 && !c.weakPosition && c.tokens.every((t) => !has(t, F.Common) && !isRoleish(t))) c.score += 1;
}

/**
 * Whether a name before ", who" can be the person "who" refers to: not a place, organisation or
 * demonym, not a plural (teams and groups take "who" too: "the Rangers, who …"), and not after "the".
 */
function relativePersonName(lineTokens: readonly WordToken[], c: Candidate): boolean {
  const last = c.tokens[c.tokens.length - 1];
  if (c.tokens.some((t) => has(t, F.Place | F.Organisation | F.Demonym | F.NonPersonHead) && !has(t, F.Given | F.Surname))) return false;
  if (last.key.endsWith('s') && !has(last, F.Surname | F.SurnameLikeHead | F.Given)) return false;
  return lineTokens[c.tokens[0].index - 1]?.key !== 'the';
}

/** Possessive and reflexive pronouns of a person, by gender. */
const PERSON_PRONOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([['his', 'male'], ['himself', 'male'], ['her', 'female'], ['herself', 'female']]);

/**
 * The gender of a "his"/"her"/"himself"/"herself" within four words after `index` in the same
 * sentence, with no capitalised word (another name) or clause break before it; else null.
 */
function personalPronounAfter(lineTokens: readonly WordToken[], index: number): Gender {
  for (let k = index + 1; k <= index + 4 && k < lineTokens.length; k++) {
    const t = lineTokens[k];
    if (t.sentenceInitial || t.capitalised || t.hasDigit || t.gapBefore !== ' ') return null;
    const gender = PERSON_PRONOUNS.get(t.key);
    if (gender) return gender;
  }
  return null;
}

/** Words that make a line a batting entry of a cricket scorecard. */
const DISMISSALS = new Set(['b', 'c', 'st', 'lbw']);

/**
 * A batting line of a cricket scorecard: ends in the runs scored and has a lower-case dismissal
 * ("c", "b", "st", "lbw") or "not out"/"run out" right after a capitalised word.
 */
function isScorecardLine(lineTokens: readonly WordToken[]): boolean {
  const last = lineTokens[lineTokens.length - 1];
  if (!last || !/^\d{1,3}\*?$/.test(last.text) || lineTokens.length > 14 || !lineTokens[0].capitalised) return false;
  for (let k = 1; k < lineTokens.length - 1; k++) {
    const t = lineTokens[k];
    if (t.capitalised || !lineTokens[k - 1].capitalised) continue;
    if (DISMISSALS.has(t.text) || ((t.text === 'not' || t.text === 'run') && lineTokens[k + 1].text === 'out')) return true;
  }
  return false;
}

let scorecardLine: { tokens: readonly WordToken[]; is: boolean } | null = null;

/** `isScorecardLine` remembered for the line last asked about: every candidate of a line asks. */
function isScorecardLineCached(lineTokens: readonly WordToken[]): boolean {
  if (scorecardLine?.tokens !== lineTokens) scorecardLine = { tokens: lineTokens, is: isScorecardLine(lineTokens) };
  return scorecardLine.is;
}

/** "(Britain)", "(Czech Republic)", "(U.S.)": a country or demonym alone inside parentheses starting at `index`. */
function countryInParentheses(lineTokens: readonly WordToken[], index: number): boolean {
  const first = lineTokens[index];
  // An acronym only when dotted like a country's ("U.S."): "(IRTC)", "(IMF)" name organisations.
  if (!first?.capitalised || !(has(first, F.Place | F.Demonym) || (first.allCaps && first.text.includes('.')))) return false;
  for (let k = index + 1; k <= index + 3; k++) {
    const t = lineTokens[k];
    if (!t) return false;
    if (t.gapBefore.startsWith(')')) return true;
    if (t.gapBefore !== ' ' || !t.capitalised || t.hasDigit) return false;
  }
  return false;
}

/** Name-like words: a given name first, or no ordinary English word ("Red Sox" is not). */
function looksLikeNameWords(tokens: readonly WordToken[]): boolean {
  if (has(tokens[0], F.Given) && !has(tokens[0], F.AmbiguousGiven)) return true;
  return tokens.every((t) => !has(t, F.Common) || has(t, F.Surname | F.NameSuffix));
}

/**
 * Walks back from a role head over the words that qualify it ("Kremlin foreign policy aide",
 * "Russia's President", "former US President") and returns the index of the role's first word.
 */
function walkBackRole(lineTokens: readonly WordToken[], headIndex: number): number {
  let start = headIndex;
  let steps = 0;
  for (let k = headIndex - 1; k >= 0 && steps < 6; k--, steps++) {
    const next = lineTokens[k + 1];
    const t = lineTokens[k];
    if (!isSpaceGap(next.gapBefore) || next.sentenceInitial) break;
    if (t.possessive && t.capitalised) {
      start = k; // "Putin's aide", "America's Middle East Envoy"
      break;
    }
    if (t.possessive) break;
    if (!t.capitalised) {
      // A lower-case function word ("told us President Trump") is never part of the role.
      if (has(t, F.RoleStop) || (has(t, F.Never) && !has(t, F.RoleHead))) break;
      if (!has(t, F.RoleModifier) && !has(t, F.RoleHead) && !/^(?:co|vice|ex|deputy)-/.test(t.key)) break;
      start = k;
      continue;
    }
    // "US" in "former US President" is the country, not the pronoun that ends names.
    if (breaksName(t) && !(t.allCaps && isRoleish(t))) break;
    if (isRoleish(t)) {
      start = k;
      continue;
    }
    break;
  }
  return start;
}

/**
 * An appositive role after "Name,": "a businessman turned envoy", "Chairman and Chief Operating
 * Officer of AirTran Airways", "minister of transport for Indonesia", "president and CEO of Boeing".
 * Returns the role (without a leading article) when a role word comes within a few words.
 */
function appositiveRole(
  text: string,
  lineTokens: readonly WordToken[],
  fromIndex: number,
): { role: Span & { text: string }; gender: Gender } | null {
  let k = fromIndex;
  const firstToken = lineTokens[k];
  if (!firstToken) return null;
  if (['a', 'an', 'the', 'his', 'her', 'its', 'their', 'who', 'whose'].includes(firstToken.key)) {
    if (firstToken.key === 'who' || firstToken.key === 'whose') return null;
    k++;
  }
  const roleStart = lineTokens[k]?.start;
  if (roleStart === undefined) return null;
  let foundHead: WordToken | null = null;
  let endToken: WordToken | null = null;
  // The appositive must close with punctuation or the line end; "…, the aide revealed" is a clause.
  let closed = false;
  let afterPreposition = false;
  /** The word before the current one inside the appositive. */
  let previousKey = '';
  let nounModifiers = 0;
  for (let steps = 0; steps < 14; k++, steps++) {
    const t = lineTokens[k];
    if (!t) {
      closed = true;
      break;
    }
    if (k > fromIndex && !isSpaceGap(t.gapBefore)) {
      closed = true;
      break;
    }
    if (t.sentenceInitial && k > fromIndex) {
      closed = true;
      break;
    }
    if (has(t, F.RoleHead) && !(t.capitalised === false && has(t, F.WeakRole))) {
      if (!foundHead) foundHead = t;
      endToken = t;
      continue;
    }
    if (!foundHead) {
      // Only qualifiers may come before the role word: "a former senior", "Ryanair's", "the bank's".
      if (t.capitalised || has(t, F.RoleModifier) || /^(?:co|vice|ex)-/.test(t.key) || t.possessive) continue;
      // …and up to two nouns of the trade: "the senior market analyst", "a defence ministry spokesman".
      if (nounModifiers < 2 && !has(t, F.Never | F.RoleStop | F.Speech | F.Human) && !/(?:ed|ing|ly)$/.test(t.key)) {
        nounModifiers++;
        continue;
      }
      return null;
    }
    if (['of', 'at', 'for', 'and', 'to', 'in', 'turned', 'with', 'on'].includes(t.key)) {
      afterPreposition = true;
      previousKey = t.key;
      continue;
    }
    // "secretary of the Harbour Workers union": an article opens the noun phrase after a preposition
    // (not after "and": "…'s son and the son of …" lists other people).
    if (afterPreposition && ARTICLES.has(t.key) && previousKey !== 'and' && previousKey !== 'turned') {
      previousKey = t.key;
      continue;
    }
    previousKey = t.key;
    // After "of"/"at" any noun phrase may follow ("director of sales analysis at Ford").
    if (t.capitalised || has(t, F.RoleModifier) || (afterPreposition && !has(t, F.RoleStop))) {
      endToken = t;
      continue;
    }
    break;
  }
  if (!foundHead || !endToken || !closed) return null;
  return {
    role: { start: roleStart, end: endToken.end, text: text.slice(roleStart, endToken.end) },
    gender: GENDERED_ROLES.get(foundHead.key) ?? null,
  };
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The author of an embedded post's signature, when it is clearly a person ("— Jane Smith (@jsmith)"). */
function signatureAuthor(text: string, start: number, end: number, sentenceStarts: ReadonlySet<number>): Candidate | null {
  const content = text.slice(start, end);
  const open = content.indexOf('(@');
  if (open < 0) return null;
  const tokens = tokenizeLine(text, start, start + open, sentenceStarts);
  if (tokens.length < 2 || tokens.length > 4) return null;
  const first = tokens[0];
  if (!has(first, F.Given) || has(first, F.AmbiguousGiven)) return null;
  if (!tokens.every((t) => t.capitalised && !isRoleish(t) && !has(t, F.NonPersonHead) && !t.hasDigit)) return null;
  if (tokens.some((t, i) => i > 0 && !isSpaceGap(t.gapBefore))) return null;
  const last = tokens[tokens.length - 1];
  return {
    tokens,
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    words: tokens.map((t) => t.key),
    score: CONFIRMED,
    titled: false,
    role: null,
    genderVotes: { male: has(first, F.Male) ? 2 : 0, female: has(first, F.Female) ? 2 : 0 },
    weakPosition: false,
    speaks: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Passes 2 and 3: people and mentions

interface PersonBuilder {
  words: string[];
  /** `coreWords(words)`, kept in step with `words`. */
  core: string[];
  name: string;
  aliases: Set<string>;
  roles: string[];
  male: number;
  female: number;
  firstSeen: number;
}

/** The slug of a name: lower case, accents removed, words joined by hyphens. */
export function personKey(name: string): string {
  // Most names are plain ASCII letters and spaces: no normalisation needed.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase().replace(/ /g, '-');
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(NOT_SLUG_CHARACTERS, '-')
    .replace(/^-+|-+$/g, '');
}

/** Name words that identify a person: without generational suffixes and initials. */
function coreWords(words: readonly string[]): string[] {
  const core = words.filter((w) => !(wordFlags(w) & F.NameSuffix) && !(w.length === 1 || (w.length === 2 && w[1] === '.')));
  return core.length ? core : [...words];
}

/** Whether two name forms can be the same person: same surname and compatible given names. */
function sameName(personCore: readonly string[], b: readonly string[]): boolean {
  return sameCore(personCore, coreWords(b));
}

/** `sameName` on core words already computed. */
function sameCore(ca: readonly string[], cb: readonly string[]): boolean {
  if (ca[ca.length - 1] !== cb[cb.length - 1]) return false;
  if (ca.length === 1 || cb.length === 1) return true;
  return ca[0] === cb[0];
}

function resolvePeople(
  text: string,
  candidates: readonly Candidate[],
  orgPrefixes: ReadonlySet<string>,
  capsRuns: readonly WordToken[][] = [],
): PeopleFindings {
  // Pass 2: multi-word confirmed names first (they carry the fullest forms), then single words.
  const builders: PersonBuilder[] = [];
  const confirmed = candidates
    .filter((c) => c.score >= CONFIRMED && (c.titled || orgPrefixes.size === 0 || !orgPrefixes.has(c.words.join(' '))))
    .sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const c of confirmed) {
    const core = coreWords(c.words);
    const match = builders.find((b) => sameCore(b.core, core));
    if (match) {
      if (core.length > match.core.length) {
        match.aliases.add(match.name);
        match.words = c.words;
        match.core = coreWords(c.words);
        match.name = c.text;
      }
      match.firstSeen = Math.min(match.firstSeen, c.start);
      continue;
    }
    builders.push({ words: c.words, core: coreWords(c.words), name: c.text, aliases: new Set(), roles: [], male: 0, female: 0, firstSeen: c.start });
  }

  // Surnames shared by several people cannot be resolved by surname alone.
  const surnameCount = new Map<string, number>();
  const givenCount = new Map<string, number>();
  for (const b of builders) {
    const core = b.core;
    const surname = core[core.length - 1];
    surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
    if (core.length > 1) givenCount.set(core[0], (givenCount.get(core[0]) ?? 0) + 1);
  }

  // Pass 3: mentions.
  const mentions: LocalPersonMention[] = [];
  const mentionOwners: PersonBuilder[] = [];
  const linked: { candidate: Candidate; person: PersonBuilder }[] = [];
  for (const c of candidates) {
    const person = linkCandidate(c, builders, surnameCount, givenCount, orgPrefixes);
    if (person) {
      linked.push({ candidate: c, person });
      continue;
    }
    // In a Title Case headline a name may run into ordinary capitalised words ("Witkoff Dialogue"):
    // a word of the run that is a known person's surname is still that person.
    // Not at a sentence start in running text: "Marta Orrenko had …" is a relative, not "Orrenko".
    if (c.words.length > 1 && c.titleCase && c.score < CONFIRMED) {
      for (const token of c.tokens) {
        const single = singleWordCandidate(text, token, c.weakPosition);
        const part = linkCandidate(single, builders, surnameCount, givenCount, orgPrefixes);
        if (part && part.core[part.core.length - 1] === token.key) linked.push({ candidate: single, person: part });
      }
    }
  }
  for (const run of capsRuns) linkCapitals(text, run, builders, surnameCount, linked);
  for (const { candidate: c, person } of linked) {
    if (c.text !== person.name) person.aliases.add(c.text);
    if (c.role && !person.roles.includes(c.role.text)) person.roles.push(c.role.text);
    person.male += c.genderVotes.male;
    person.female += c.genderVotes.female;
    mentions.push({ person: '', start: c.start, end: c.end, text: c.text, role: c.role });
    mentionOwners.push(person);
  }
  addPronounVotes(text, mentions, mentionOwners);

  // Keys: slug of the fullest name, made unique within the article.
  const keyOf = new Map<PersonBuilder, string>();
  const usedKeys = new Set<string>();
  const owners = new Set(mentionOwners);
  const used = builders.filter((b) => owners.has(b)).sort((a, b) => a.firstSeen - b.firstSeen);
  for (const b of used) {
    const base = personKey(b.name) || 'person';
    let key = base;
    for (let n = 2; usedKeys.has(key); n++) key = `${base}-${n}`;
    usedKeys.add(key);
    keyOf.set(b, key);
  }
  mentions.forEach((m, i) => {
    m.person = keyOf.get(mentionOwners[i]) ?? '';
  });
  mentions.sort((a, b) => a.start - b.start);
  const persons: LocalPerson[] = used.map((b) => ({
    key: keyOf.get(b) ?? '',
    name: b.name,
    aliases: [...b.aliases].filter((a) => a !== b.name),
    roles: b.roles,
    gender: b.male > b.female ? 'male' : b.female > b.male ? 'female' : null,
  }));
  return { persons, mentions };
}

/**
 * An all-caps headline's names, read against the people the article names in full: "SMITH"
 * is the body's John Smith when no other person has that surname, "JOHN SMITH" is him too.
 * Only people with a given name and a surname are looked for, so a capitalised ordinary word
 * needs a person of that surname in the body to become a mention.
 */
function linkCapitals(
  text: string,
  run: readonly WordToken[],
  builders: readonly PersonBuilder[],
  surnameCount: ReadonlyMap<string, number>,
  linked: { candidate: Candidate; person: PersonBuilder }[],
): void {
  let i = 0;
  while (i < run.length) {
    let taken = 0;
    for (let size = Math.min(3, run.length - i); size >= 1 && !taken; size--) {
      const words = run.slice(i, i + size).map((t) => t.key);
      const surname = words[words.length - 1];
      if ((surnameCount.get(surname) ?? 0) !== 1) continue;
      const person = builders.find((b) => b.core.length > 1 && b.core[b.core.length - 1] === surname);
      if (!person || (size > 1 && !sameName(person.core, words))) continue;
      const tokens = run.slice(i, i + size);
      const candidate = singleWordCandidate(text, tokens[0], true);
      candidate.tokens = tokens;
      candidate.end = tokens[size - 1].end;
      candidate.text = text.slice(candidate.start, candidate.end);
      candidate.words = words;
      linked.push({ candidate, person });
      taken = size;
    }
    i += taken || 1;
  }
}

/** A candidate made of one word of a longer run, with no evidence of its own. */
function singleWordCandidate(text: string, token: WordToken, weakPosition: boolean): Candidate {
  return {
    tokens: [token],
    start: token.start,
    end: token.end,
    text: text.slice(token.start, token.end),
    words: [token.key],
    score: 0,
    titled: false,
    role: null,
    genderVotes: { male: 0, female: 0 },
    weakPosition,
    speaks: false,
  };
}

/** The person a candidate names, if any. */
function linkCandidate(
  c: Candidate,
  builders: readonly PersonBuilder[],
  surnameCount: ReadonlyMap<string, number>,
  givenCount: ReadonlyMap<string, number>,
  orgPrefixes: ReadonlySet<string>,
): PersonBuilder | null {
  const phrase = c.words.length === 1 ? c.words[0] : c.words.join(' ');
  if (!c.titled && orgPrefixes.size > 0 && orgPrefixes.has(phrase)) return null;
  if (c.words.length > 1) {
    const core = coreWords(c.words);
    const matches = builders.filter((b) => sameCore(b.core, core));
    if (matches.length === 1) return matches[0];
    return matches.find((b) => b.words.join(' ') === phrase) ?? null;
  }
  const word = c.words[0];
  const confirmedAlone = c.score >= CONFIRMED;
  // A lone word that is also an organisation or place ("Ford", "Denver") needs a title to be the
  // person, or (a place only) a person named in full before with that surname and the word
  // standing as a subject that speaks or acts ("Denver said", "Denver, whose choir …"), not after
  // a preposition.
  if (!c.titled && has(c.tokens[0], F.Organisation | F.Place)) {
    if (!c.actsAsPerson || c.afterPreposition || (surnameCount.get(word) ?? 0) !== 1) return null;
    return builders.find((b) => b.core.length > 1 && b.core[b.core.length - 1] === word && b.firstSeen < c.start) ?? null;
  }
  // A lone ordinary word at a sentence start or in a headline is probably just that word, unless
  // it is the surname of a person named in full before and stands as a name does ("Brown was").
  if (!confirmedAlone && c.weakPosition && has(c.tokens[0], F.Common) && !c.speaks) {
    if (!c.nameContext || (surnameCount.get(word) ?? 0) !== 1) return null;
    return builders.find((b) => b.core.length > 1 && b.core[b.core.length - 1] === word && b.firstSeen < c.start) ?? null;
  }
  const bySurname = builders.filter((b) => b.core[b.core.length - 1] === word);
  if (bySurname.length === 1) return bySurname[0];
  if (bySurname.length > 1) {
    return bySurname.find((b) => b.words.length === 1) ?? null;
  }
  if ((givenCount.get(word) ?? 0) === 1 && !surnameCount.has(word)) {
    return builders.find((b) => b.core.length > 1 && b.core[0] === word) ?? null;
  }
  return null;
}

/** Third-person singular pronouns, either gender: the first one after a mention decides. */
const GENDERED_PRONOUN = /\b(?:(he|him|his|himself)|she|her|hers|herself)\b/i;

/**
 * Pronoun evidence for gender: the first third-person singular pronoun after a mention, in the
 * same or next sentence-sized stretch of text, when no other person is mentioned in between.
 * Only those stretches are read (they do not overlap), once each, for either gender at once.
 */
function addPronounVotes(text: string, mentions: readonly LocalPersonMention[], owners: readonly PersonBuilder[]): void {
  const order = mentions.map((_mention, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
  for (let n = 0; n < order.length; n++) {
    const m = mentions[order[n]];
    const nextStart = n + 1 < order.length ? mentions[order[n + 1]].start : text.length;
    const windowEnd = Math.min(nextStart, m.end + 200);
    if (windowEnd <= m.end) continue;
    const found = GENDERED_PRONOUN.exec(text.slice(m.end, windowEnd));
    if (!found) continue;
    const owner = owners[order[n]];
    if (found[1] !== undefined) owner.male += 1;
    else owner.female += 1;
  }
}
