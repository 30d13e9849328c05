/**
 * What one claim (or a clause of one) says, reduced to comparable features: stemmed content
 * words, names, places, quantities ("three hours"), ordinals ("third meeting"), dates and
 * negation. Matching and event building compare these, never raw text.
 */
import { COMMON_WORD_SET, DEMONYM_WORDS, PLACE_FIRST_WORDS, PLACE_NAMES } from '../../lang/lexicon';
import { COUNTRIES } from '../../lang/lexicon/generated/places';
import { MONTH_NUMBERS, MONTH_WORD_PATTERN } from '../../lang/months';
import { CARDINAL_WORDS, MULTIPLICATIVE_WORDS, ORDINAL_WORDS } from '../../lang/numbers';
import { porterStem as stemWord } from '../../lang/stem';
import { STOP_WORDS } from '../../lang/stopWords';
import { GENERIC_CAPITALS } from '../../lang/titles';
import { wordRecord, type WordRecord } from '../../lang/lexicon';
import { foldDiacritics, isWhitespaceCode, tokenRecord, tokenizeLine, type WordToken as TokenizerToken } from '../../lang/tokenizer';
import { WEEKDAY_NUMBERS, WEEKDAY_PATTERN } from '../../lang/weekdays';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A counted amount with its unit: "three hours", "three-hour", "12 people", "20%". */
export interface Quantity extends TextSpan {
  value: number;
  /** Stem of the unit noun ("hour", "peopl", "%"). */
  unit: string;
}

/** An ordinal or a count of occurrences: "third meeting", "fourth visit", "three times". */
export interface Ordinal extends TextSpan {
  value: number;
  /** Stem of the occurrence it counts ("meet", "visit", "time"), or null when it counts something else. */
  head: string | null;
}

/** Occurrence heads that also name a stage inside one happening (a bout's rounds, a trial's sessions). */
const PROGRESS_HEADS: ReadonlySet<string> = new Set(['round', 'session']);
/** Nouns of occurrences whose ordinals and counts state one fact: "third meeting" / "fourth visit" / "three times". */
export const OCCURRENCE_HEADS = new Set(['meet', 'visit', 'trip', 'talk', 'time', 'round', 'summit', 'encount', 'convers', 'session', 'call', 'sit-down', 'appear', 'tour', 'journei']);

/**
 * A calendar reference, as precise as the text allows. `year` null with a month and day is a
 * date whose year is unknown ("March 13th" in an undated article).
 */
export interface DateRef extends TextSpan {
  year: number | null;
  month: number | null;
  day: number | null;
  /** 0 = Sunday, when the text names a weekday. */
  weekday: number | null;
  /** From the date extractor's resolved value rather than our own reading. */
  resolved: boolean;
  /** The text itself gives the year ("March 11, 2025"), rather than the article's date ("Friday"). */
  yearStated: boolean;
  /** Days from the article's date for "yesterday" (-1), "today" (0), "tomorrow" (1) left unresolved. */
  relativeDay?: number;
}

export interface TermFeatures {
  /** Distinct stems of content words (no stop words, names or numbers). */
  stems: string[];
  /** Lower-cased capitalised words that are not common words: names of people, things, places. */
  names: string[];
  /** Merged `Person.id`s mentioned. */
  people: string[];
  /** Lower-cased place names. */
  places: string[];
  /** Places below country level that the text locates something at ("in Moscow", "at Vnukovo"). */
  locations: string[];
  quantities: Quantity[];
  ordinals: Ordinal[];
  dates: DateRef[];
  /** The negation word, when the clause is negated ("not", "never", "denied"). */
  negation: TextSpan | null;
}

/** Numbers of things and of times: "three", "twice". */
const COUNT_WORDS: Readonly<Record<string, number>> = { ...CARDINAL_WORDS, ...MULTIPLICATIVE_WORDS };

const NEGATIONS = /\b(?:not|never|no longer)\b|n[’']t\b/i;

export interface WordToken extends TextSpan {
  lower: string;
  capitalised: boolean;
  /**
   * First word of the text, or a capitalised word after an opening quote or colon: capitals there
   * prove nothing. Only capitalised words are looked back from (false for the others, whose capitals
   * are not read): the look-back was asked of every word.
   */
  sentenceInitial: boolean;
  /** The lexicon's record of `lower` when the word is a tokenizer token's whole key, else null. */
  record: WordRecord | null;
}

const NO_SENTENCE_STARTS: ReadonlySet<number> = new Set();

/**
 * Whether a tokenizer key is what `readWords` would write for its word: ASCII (nothing to fold) and
 * no apostrophe (the key writes "’" as "'", feature reading keeps the text's own).
 */
function isPlainKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 127 || c === 39) return false;
  }
  return true;
}

/** Whether the word at `at` follows an opening quote or a colon (spaces between): its capital proves nothing. */
function opensText(text: string, at: number): boolean {
  let k = at - 1;
  // As far back as the three characters before the word.
  while (k >= Math.max(0, at - 3) && isWhitespaceCode(text.charCodeAt(k))) k--;
  if (k < Math.max(0, at - 3)) return false;
  const c = text[k];
  return c === '“' || c === '"' || c === '‘' || c === ':';
}
const LETTER = /\p{L}/u;
/** A run of digits (with decimal points) or a run of letters (with inner hyphens, periods, apostrophes). */
const NUMBER_OR_WORD = /\d+(?:\.\d+)*|\p{L}+(?:[-'’.]\p{L}+)*/gu;

/**
 * The words `termFeatures` reads, reused from one call to the next (the first `readWords` of them
 * are the call's): a claim's words are read once and dropped, and an object per word per claim was
 * the largest allocation of claim reading. Nothing outside the call keeps one.
 */
const wordPool: WordToken[] = [];
/** The words the pool keeps between calls: a text of more (a list run together) does not leave its words behind. */
const WORD_POOL_LIMIT = 4096;

/** The pool's word at `index`, made when the pool is not yet that long. */
function pooledWord(index: number): WordToken {
  let word = wordPool[index];
  if (word === undefined) {
    word = { start: 0, end: 0, text: '', lower: '', capitalised: false, sentenceInitial: false, record: null };
    wordPool.push(word);
  }
  return word;
}

/**
 * Writes the words of `text` (found at `offset` in its file) into `wordPool` as feature reading
 * wants them, and returns how many there are. From the engine's tokenizer: numbers apart from the
 * letters they are written against ("3rd" → 3, "rd"; "12-hour" → 12, "hour"), digit groups joined
 * ("1,000"), no abbreviation periods ("U.S"). `tokens[from, to)` are the article's tokens of the
 * span (offsets in the file) when the caller has them, else the text is tokenised on its own.
 */
function readWords(text: string, offset: number, tokens: readonly TokenizerToken[] | undefined, from: number, to: number): number {
  let count = 0;
  const base = tokens ? offset : 0;
  const push = (start: number, end: number): void => {
    // Without a possessive "'s" (the article's tokens have none, a span's own tokenisation may).
    if (end - start > 2 && (text.charCodeAt(end - 1) | 32) === 115 && (text[end - 2] === "'" || text[end - 2] === '’')) end -= 2;
    if (end <= start) return;
    const raw = text.slice(start, end);
    const word = pooledWord(count);
    word.start = offset + start;
    word.end = offset + end;
    word.text = raw;
    // Compared without diacritics: "Sánchez" in one outlet is "Sanchez" in another, and the lexicon writes "zurich".
    word.lower = foldDiacritics(raw.toLowerCase());
    word.capitalised = raw[0] !== raw[0].toLowerCase();
    word.sentenceInitial = count === 0 || (word.capitalised && opensText(text, start));
    word.record = null;
    count++;
  };
  const own = tokens ? null : tokenizeLine(text, 0, text.length, NO_SENTENCE_STARTS);
  const list = tokens ?? own!;
  const last = tokens ? to : own!.length;
  for (let t = tokens ? from : 0; t < last; t++) {
    const token = list[t];
    const tokenStart = token.start - base;
    // A token the span cuts (a clause ending inside a word) ends with the span, as the span's own tokenisation would.
    const end = Math.min(text.length, (token.abbreviationPeriod ? token.end - 1 : token.end) - base);
    if (tokenStart < 0 || end <= tokenStart) continue;
    // Most tokens: a whole word of letters, already lower-cased by the tokenizer. Its key is the
    // same string object every time the token is read (a claim and then its clauses), so its hash
    // is computed once for the word tables below.
    if (!token.hasDigit && end === token.end - (token.abbreviationPeriod ? 1 : 0) - base && isPlainKey(token.key)) {
      const word = pooledWord(count);
      word.start = token.start + offset - base;
      word.end = end + offset;
      word.text = token.abbreviationPeriod ? token.text.slice(0, -1) : token.text;
      word.lower = token.key;
      word.capitalised = token.capitalised;
      word.sentenceInitial = count === 0 || (word.capitalised && opensText(text, tokenStart));
      word.record = tokenRecord(token);
      count++;
      continue;
    }
    const previous = count > 0 ? wordPool[count - 1] : undefined;
    // "1,000", "2,500.5": the tokenizer splits digit groups at the comma.
    if (previous && text[tokenStart - 1] === ',' && previous.end - offset === tokenStart - 1 && isDigit(token.text.charCodeAt(0)) && /^\d[\d,.]*$/.test(previous.text)) {
      const digits = /^\d+(?:\.\d+)*/.exec(text.slice(tokenStart, end))![0];
      previous.end += 1 + digits.length;
      previous.text = text.slice(previous.start - offset, previous.end - offset);
      previous.lower = previous.text;
      if (digits.length === end - tokenStart) continue;
      // Letters after the digits ("1,000th") go on as words of their own.
      pushParts(tokenStart + digits.length, end);
      continue;
    }
    pushParts(tokenStart, end);
  }
  return count;

  function pushParts(start: number, end: number): void {
    let digit = false;
    for (let k = start; k < end && !digit; k++) digit = isDigit(text.charCodeAt(k));
    // Most words: letters only.
    if (!digit && LETTER.test(text[start])) return push(start, end);
    const word = text.slice(start, end);
    if (digit && !(LETTER.test(word) || word.includes('-'))) return push(start, end);
    for (const part of word.matchAll(NUMBER_OR_WORD)) push(start + part.index, start + part.index + part[0].length);
  }
}

/**
 * Stems, remembered: claims are read word by word and the same words recur across an article and
 * a corpus. Bounded, so a long-running extension does not keep every word it ever saw.
 */
const stemCache = new Map<string, string>();
function porterStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= 50_000) stemCache.clear();
    stem = stemWord(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * A table's own entries through a Map: looking arbitrary words up as object keys costs far more,
 * and would read "constructor" or "toString" as entries of every table.
 */
function wordLookup<T>(table: Readonly<Record<string, T>>): (word: string) => T | undefined {
  const own = new Map(Object.entries(table));
  return (word) => own.get(word);
}
const numberWord = wordLookup(COUNT_WORDS);
const ordinalWord = wordLookup(ORDINAL_WORDS);
const monthWord = wordLookup(MONTH_NUMBERS);
const weekdayKeys: ReadonlySet<string> = new Set(Object.keys(WEEKDAY_NUMBERS));

/** The stem of one part of a word, without its apostrophes. */
function partStem(part: string): string {
  return porterStem(part.includes("'") || part.includes('’') ? part.replace(/['’]/g, '') : part);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function numberValue(lower: string): number | null {
  if (isDigit(lower.charCodeAt(0)) && /^\d[\d,]*(?:\.\d+)?$/.test(lower)) return Number(lower.replace(/,/g, ''));
  // Most words are one part: no array for them (`0 + n`, as the loop below would sum it).
  if (!lower.includes('-')) {
    const n = numberWord(lower);
    return n === undefined ? null : 0 + n;
  }
  const parts = lower.split('-');
  let total = 0;
  for (const part of parts) {
    const n = numberWord(part);
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

function ordinalValue(lower: string): number | null {
  const numeric = isDigit(lower.charCodeAt(0)) ? /^(\d+)(?:st|nd|rd|th)$/.exec(lower) : null;
  if (numeric) return Number(numeric[1]);
  return ordinalWord(lower) ?? null;
}

/** Units whose different amounts are the same kind of fact (durations, tolls, counts). */
function unitOf(lower: string): string | null {
  if (STOP_WORDS.has(lower) && !/^(?:hours?|days?|weeks?|months?|years?|times?)$/.test(lower)) return null;
  if (/^[a-z]+$/.test(lower)) return porterStem(lower.replace(/s$/, ''));
  return null;
}

/** Past and irregular forms of occurrence verbs whose stems are not their nouns' ("met" → "meet"). */
const OCCURRENCE_VERB_STEMS: Record<string, string> = { met: 'meet', spoke: 'talk', spoken: 'talk', talked: 'talk', called: 'call', toured: 'tour', travelled: 'trip', traveled: 'trip' };

/**
 * What "three times" / "twice" counts: the occurrence verb or noun a few words before it ("has met
 * Putin three times", "visited Moscow twice"), as 'time'; null when none is there ("was shot three
 * times", "prices tripled three times"), which then compares with no "fourth visit".
 */
function countedOccurrence(words: readonly WordToken[], at: number): string | null {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const lower = words[k].lower;
    const stem = OCCURRENCE_VERB_STEMS[lower] ?? porterStem(lower);
    if (stem !== 'time' && OCCURRENCE_HEADS.has(stem)) return 'time';
    if (/^(?:and|but|or|because|while|when|after|before)$/.test(lower)) break;
  }
  return null;
}

/** Country-level names and abbreviations that are more often adjectives ("US envoy") than locations. */
const COUNTRY_NAMES = new Set([...COUNTRIES.split('|'), 'us', 'u.s', 'u.s.', 'usa', 'uk', 'u.k.', 'britain', 'england', 'russia', 'ukraine', 'america', 'europe', 'asia', 'africa', 'middle east', 'the west', 'west', 'east', 'north', 'south']);
const NOT_PLACES = new Set(['us', 'u.s', 'u.s.', 'west', 'east', 'north', 'south', 'the west']);

function isPlace(lower: string): boolean {
  return PLACE_NAMES.has(lower);
}


/** What feature reading needs to know of one lower-cased word, whatever its context. */
interface WordReading {
  /** In the common-word list: a capital at a sentence start proves nothing. */
  common: boolean;
  /** The word as a name ("u.s" → "us") when capitalised, or null when it is a common, stop, month, weekday or demonym word. */
  name: string | null;
  /**
   * The content stems it adds when not read as a name (none for stop words and short words), as
   * `stemNumber`s: the first (-1 when none) and the others of a hyphenated word. The first is held
   * in the reading itself: an array per reading was one more object to fetch per word.
   */
  firstStem: number;
  otherStems: readonly number[];
  /** Its value as a count ("three", "12", "twenty-one", "12-hour" → 12). */
  number: number | null;
  /** The unit stem of a hyphenated duration ("three-hour" → "hour"). */
  hyphenUnit: string | null;
  /** Its value as an ordinal ("third", "3rd"). */
  ordinal: number | null;
  /** `Cue` bits: which of the text patterns below can match in this word. */
  cues: number;
  /** A place name on its own ("moscow"). */
  place: boolean;
  /** Can open a place name of more words ("new" of "new york", "st" of "st. petersburg"). */
  opensPlacePhrase: boolean;
}

/**
 * What a word can start a match of: the date and negation patterns are run on a text only when
 * one of its words carries their cue (most claims name no month, weekday or negation).
 */
const enum Cue {
  Month = 1,
  Weekday = 2,
  RelativeDay = 4,
  Negation = 8,
}

const RELATIVE_DAY_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);
const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', 'never', 'no']);

/** The cues of a word, read from each of its parts ("mid-March", "Monday's"): a superset of what the patterns match. */
function cuesOf(lower: string): number {
  let cues = 0;
  for (const part of lower.split(/[-'’.]/)) {
    if (monthWord(part) !== undefined) cues |= Cue.Month;
    if (weekdayKeys.has(part)) cues |= Cue.Weekday;
    if (RELATIVE_DAY_WORDS.has(part)) cues |= Cue.RelativeDay;
    if (NEGATION_WORDS.has(part)) cues |= Cue.Negation;
  }
  if (lower.includes("n't") || lower.includes('n’t')) cues |= Cue.Negation;
  return cues;
}

/**
 * Word readings, remembered in the lexicon's record of each word (`WordRecord.reading`): a claim's
 * words are looked up in half a dozen tables each, and the same words recur across an article and a
 * corpus, so each distinct word is read once; a token's record is the one the people stage looked
 * up already. Bounded, as the stems are: `forgetReadingsWhenFull` starts a new generation of
 * readings between texts, never while one is read, and readings of an older one are read again.
 */
let readingGeneration = 1;
let readingsMade = 0;
const WORD_READINGS_LIMIT = 100_000;

/**
 * The readings' stems by number (`stemNumber`): a text's distinct stems are found with a mark per
 * number (`stemMarks`) instead of a Set of strings, which hashed every stem of every word (a
 * twentieth of claim reading). Numbers live as long as the readings that hold them.
 */
const stemNumbers = new Map<string, number>();
const stemOfNumber: string[] = [];
/** For each stem number, the last `termFeatures` call (`featureCall`) that gave the stem. */
let stemMarks = new Int32Array(1024);
let featureCall = 0;

function stemNumber(stem: string): number {
  let n = stemNumbers.get(stem);
  if (n === undefined) {
    n = stemOfNumber.length;
    stemNumbers.set(stem, n);
    stemOfNumber.push(stem);
    if (n >= stemMarks.length) {
      const grown = new Int32Array(stemMarks.length * 2);
      grown.set(stemMarks);
      stemMarks = grown;
    }
  }
  return n;
}

/** Forgets the word readings and the stem numbers they hold when full; called before a text is read. */
function forgetReadingsWhenFull(): void {
  if (readingsMade < WORD_READINGS_LIMIT) return;
  readingGeneration++;
  readingsMade = 0;
  stemNumbers.clear();
  stemOfNumber.length = 0;
  stemMarks.fill(0);
}

const NO_STEMS: readonly number[] = [];

function readWord(lower: string, known: WordRecord | null): WordReading {
  const record = known ?? wordRecord(lower);
  if (record.readingGeneration === readingGeneration && record.reading !== undefined) return record.reading as WordReading;
  const hyphenated = lower.includes('-');
  const hyphenUnit = hyphenated ? /^[a-z0-9,.]+-(hour|day|week|month|year|minute)s?(?:-long|-old)?$/.exec(lower) : null;
  const bare = lower.includes('.') ? lower.replace(/\./g, '') : lower;
  const common = COMMON_WORD_SET.has(lower);
  const nameLike = !common && !GENERIC_CAPITALS.has(lower) && !STOP_WORDS.has(bare) && !DEMONYM_WORDS.has(lower) && !monthWord(bare) && !weekdayKeys.has(bare) && bare.length > 1;
  const stems: number[] = [];
  if (!STOP_WORDS.has(lower) && lower.length >= 3) {
    if (!hyphenated) stems.push(stemNumber(partStem(lower)));
    else for (const part of lower.split('-')) if (part.length >= 3 && !STOP_WORDS.has(part)) stems.push(stemNumber(partStem(part)));
  }
  const reading: WordReading = {
    common,
    name: nameLike ? bare : null,
    firstStem: stems.length > 0 ? stems[0] : -1,
    otherStems: stems.length > 1 ? stems.slice(1) : NO_STEMS,
    number: numberValue(hyphenated ? lower.replace(/-(?:hour|day|week|month|year|minute)s?(?:-long|-old)?$/, '') : lower),
    hyphenUnit: hyphenUnit ? porterStem(hyphenUnit[1]) : null,
    ordinal: ordinalValue(lower),
    cues: cuesOf(lower),
    place: isPlace(lower),
    opensPlacePhrase: PLACE_FIRST_WORDS.has(lower) || lower.startsWith('st'),
  };
  record.reading = reading;
  record.readingGeneration = readingGeneration;
  readingsMade++;
  return reading;
}

/**
 * Reads the features of `text` (found at `offset` in its file). `people` are the merged person ids
 * of the person mentions inside it; `resolvedDates` the date extractor's findings inside it;
 * `tokens[tokenFrom, tokenTo)` the article's tokens inside it, when the caller has them (a range
 * rather than a copy of the article's list).
 */
export function termFeatures(
  text: string,
  offset: number,
  people: readonly string[],
  resolvedDates: readonly { start: number; end: number; text: string; value: string | null }[],
  tokens?: readonly TokenizerToken[],
  tokenFrom = 0,
  tokenTo = tokens?.length ?? 0,
): TermFeatures {
  // The pool's first `count` words are this text's; a word past them is an earlier text's, never read.
  const count = readWords(text, offset, tokens, tokenFrom, tokenTo);
  const words = wordPool;
  forgetReadingsWhenFull();
  // The distinct stems in order of first use: a stem is taken when its mark is not this call's.
  if (featureCall === 0x7fffffff) {
    // The marks are 32-bit: start the count again rather than let it wrap onto old marks.
    featureCall = 0;
    stemMarks.fill(0);
  }
  const call = ++featureCall;
  const stems: string[] = [];
  const names = new Set<string>();
  const places = new Set<string>();
  const locations = new Set<string>();
  const quantities: Quantity[] = [];
  const ordinals: Ordinal[] = [];
  let cues = 0;

  for (let i = 0; i < count; i++) {
    const w = words[i];
    const lower = w.lower;
    // One look-up per word: the word's place readings are in it too.
    const reading = readWord(lower, w.record);
    // Multi-word places first ("St. Petersburg", "Fort Lauderdale", "New York").
    if (w.capitalised) {
      // The phrases of one, two and three words, longest first; most words begin no longer place name.
      const phrase1 = lower;
      const longer = reading.opensPlacePhrase;
      const phrase2 = longer && i + 1 < count ? `${phrase1} ${words[i + 1].lower}` : '';
      const phrase3 = longer && i + 2 < count ? `${phrase2} ${words[i + 2].lower}` : '';
      for (let len = longer ? 3 : 1; len >= 1; len--) {
        if (i + len > count) continue;
        // A word alone has no space for the saint's forms to rewrite: its own reading says whether it
        // is a place, and most capitalised words are none (nothing more of them is read).
        if (len === 1 && !reading.place) continue;
        const phrase = len === 3 ? phrase3 : len === 2 ? phrase2 : phrase1;
        // Only a phrase starting "st" reads differently normalised ("St Petersburg" → "st. petersburg").
        const saintly = phrase.startsWith('st');
        const normalised = saintly ? phrase.replace(/^st\.? /, 'st. ') : phrase;
        if (len === 1 || isPlace(phrase) || (saintly && (isPlace(normalised) || isPlace(phrase.replace(/^st /, 'saint '))))) {
          if (!NOT_PLACES.has(normalised)) {
            places.add(normalised);
            const before = text.slice(Math.max(0, w.start - offset - 16), w.start - offset);
            // "in Washington’s outreach to Moscow" locates the outreach nowhere: a possessive is no place of the event.
            const last = words[i + len - 1];
            // "in Atlanta’s Fulton County Courthouse" and "in Moscow’s city centre" still are in the city.
            const after = text.slice(last.end - offset, last.end - offset + 40);
            const possessive = /^['’]s\b/.test(after) && !/^['’]s\s+(?:[A-Z]|(?:\w+\s+)?(?:city|centre|center|downtown|suburbs?|outskirts|district|airport|streets?|area|port|court|courthouse|prison|jail|hospital)\b)/.test(after);
            if (!COUNTRY_NAMES.has(normalised) && !possessive && /\b(?:in|at|near|outside|inside)\s+(?:central\s+|downtown\s+|the\s+)?$/i.test(before)) locations.add(normalised);
          }
          break;
        }
      }
    }
    cues |= reading.cues;
    const num = reading.number;
    if (num !== null && !(lower === 'once' || lower === 'twice')) {
      // A year alone is a date, not a quantity.
      const looksLikeYear = /^(?:1[89]|20)\d\d$/.test(lower);
      if (!looksLikeYear) {
        let unit: string | null = reading.hyphenUnit;
        let end = w.end;
        if (!unit) {
          const next = i + 1 < count ? words[i + 1] : undefined;
          const afterNext = i + 2 < count ? words[i + 2] : undefined;
          if (next && next.start - w.end <= 2) {
            if (next.lower === 'percent' || next.lower === '%') unit = '%';
            else if (/^(?:hundred|thousand|million|billion)$/.test(next.lower) && afterNext) {
              unit = unitOf(afterNext.lower);
              end = afterNext.end;
            } else {
              unit = unitOf(next.lower);
              end = next.end;
            }
          }
          if (text[w.end - offset] === '%') {
            unit = '%';
            end = w.end + 1;
          }
        }
        if (unit === 'time') {
          // "three times": a count of occurrences, comparable with ordinals ("third visit").
          ordinals.push({ start: w.start, end, text: text.slice(w.start - offset, end - offset), value: num, head: countedOccurrence(words, i) });
        } else if (unit) {
          quantities.push({ start: w.start, end, text: text.slice(w.start - offset, end - offset), value: num, unit });
        }
      }
    }
    if (lower === 'twice' || lower === 'once') {
      const prev = words[i - 1]?.lower;
      // "met him twice before" counts occurrences; "once in February" does not.
      if (lower === 'twice' || prev === 'only' || prev === 'just') ordinals.push({ start: w.start, end: w.end, text: w.text, value: numberWord(lower)!, head: countedOccurrence(words, i) });
    }
    const ord = reading.ordinal;
    if (ord !== null) {
      const next = i + 1 < count ? words[i + 1] : undefined;
      // Only ordinals of occurrences ("third meeting"), not of dates ("March 13th") or rankings of a list.
      if (next && /^[a-z]/.test(next.text) && !monthWord(next.lower) && !/^(?:time|half|quarter|place|largest|biggest)$/.test(next.lower)) {
        // The counted noun may follow a modifier or two: "third extended meeting", "fourth in-person visit".
        let head: string | null = null;
        for (let k = i + 1; k <= i + 3 && k < count; k++) {
          const stem = porterStem(words[k].lower);
          if (OCCURRENCE_HEADS.has(stem)) {
            // "The seventh round" of a bout and "the first session" of a trial are points inside one
            // happening: only "a third round of talks" counts the happening itself.
            if (!(PROGRESS_HEADS.has(stem) && (k + 1 < count ? words[k + 1].lower : undefined) !== 'of')) head = stem;
            break;
          }
        }
        ordinals.push({ start: w.start, end: w.end, text: w.text, value: ord, head });
      }
    }
    // A word with a digit starts with one (see WORD).
    if (isDigit(lower.charCodeAt(0)) || num !== null || ord !== null) continue;
    if (w.capitalised && !(w.sentenceInitial && reading.common) && reading.name !== null) {
      names.add(reading.name);
      continue;
    }
    const first = reading.firstStem;
    if (first >= 0 && stemMarks[first] !== call) {
      stemMarks[first] = call;
      stems.push(stemOfNumber[first]);
    }
    for (const n of reading.otherStems) {
      if (stemMarks[n] === call) continue;
      stemMarks[n] = call;
      stems.push(stemOfNumber[n]);
    }
  }
  // The pool's words are read no more from here on.
  if (wordPool.length > WORD_POOL_LIMIT) wordPool.length = WORD_POOL_LIMIT;

  return {
    stems,
    names: [...names],
    people: [...new Set(people)],
    places: [...places],
    locations: [...locations],
    quantities,
    ordinals,
    dates: dateRefs(text, offset, resolvedDates, cues),
    negation: cues & Cue.Negation ? negationOf(text, offset) : null,
  };
}

function negationOf(text: string, offset: number): TextSpan | null {
  const m = NEGATIONS.exec(text);
  if (!m) return null;
  return { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] };
}

const MONTH_RE = `(${MONTH_WORD_PATTERN})\\.?`;
const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`);
const DATE_PATTERNS: readonly RegExp[] = [
  // March 13, 2025 / March 13th / March 2025 / March
  new RegExp(`\\b${MONTH_RE}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'g'),
  // 13 March 2025
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'g'),
  // in 2014, since 2022, Russia's 2022 invasion
  /\b((?:19|20)\d\d)\b/g,
  new RegExp(WEEKDAY_RE.source, 'g'),
  /\b(yesterday|today|tonight|tomorrow)\b/gi,
];

/** A preposition or modifier that makes a month alone a date ("in May", "since March"), right before it. */
const MONTH_LEAD_IN = /\b(?:in|since|of|early|late|mid|until|last|next|this|from|by)\s+$/i;

/**
 * The text before `end` back to the start of the word before the blanks that precede `end` (and one
 * character more, for a word boundary): enough for a short end-anchored pattern, which run on the
 * whole text before every match would read a long line once per match.
 */
function wordBefore(text: string, end: number): string {
  let k = end;
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  return text.slice(Math.max(0, k - 12), end);
}

function parseIso(value: string): { year: number; month: number | null; day: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** Date references of a text: the extractor's resolved values where it has them, our reading otherwise. */
function dateRefs(
  text: string,
  offset: number,
  resolvedDates: readonly { start: number; end: number; text: string; value: string | null }[],
  cues: number,
): DateRef[] {
  const found: DateRef[] = [];
  // Which characters a reference already covers: a look-up per character, not a scan of all
  // references per match; the shared buffer, cleared for this text with the first reference (most
  // claims have none).
  let covered: Uint8Array | null = null;
  const taken = (s: number, e: number): boolean => {
    if (!covered) return false;
    for (let k = Math.max(0, s - offset); k < Math.min(text.length, e - offset); k++) if (covered[k]) return true;
    return false;
  };
  const cover = (d: DateRef): void => {
    if (!covered) {
      covered = coverageBuffer(text.length);
      covered.fill(0, 0, text.length);
    }
    covered.fill(1, Math.max(0, d.start - offset), Math.min(text.length, d.end - offset));
  };
  for (const r of resolvedDates) {
    if (!r.value) continue;
    const iso = parseIso(r.value);
    if (!iso) continue;
    const weekdayWord = WEEKDAY_RE.exec(r.text);
    const ref: DateRef = {
      start: r.start, end: r.end, text: r.text, year: iso.year, month: iso.month, day: iso.day,
      weekday: weekdayWord ? WEEKDAY_NUMBERS[weekdayWord[1].toLowerCase()] : null, resolved: true, yearStated: /\d{4}/.test(r.text),
    };
    found.push(ref);
    cover(ref);
  }
  // Patterns 0 and 1 need a month word, 1 and 2 a digit, 3 a weekday, 4 "yesterday" and the like: most claims skip most.
  const hasDigit = /\d/.test(text);
  const needed = [cues & Cue.Month, hasDigit && cues & Cue.Month, hasDigit, cues & Cue.Weekday, cues & Cue.RelativeDay];
  for (let p = 0; p < DATE_PATTERNS.length; p++) {
    if (!needed[p]) continue;
    const re = DATE_PATTERNS[p];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      let ref: DateRef | null;
      // Written out rather than spread from shared fields (a spread copies through a slow path), in
      // the same key order: start, end, text, resolved, yearStated, then the date's parts.
      const matched = m[0];
      if (p === 0) {
        // "May" alone is too often the verb; a month alone needs "in"/"since"/"of" before it.
        if (!m[2] && !m[3] && !MONTH_LEAD_IN.test(wordBefore(text, m.index))) continue;
        ref = { start, end, text: matched, resolved: false, yearStated: false, year: m[3] ? Number(m[3]) : null, month: MONTH_NUMBERS[m[1].toLowerCase().replace('.', '')], day: m[2] ? Number(m[2]) : null, weekday: null };
      } else if (p === 1) {
        ref = { start, end, text: matched, resolved: false, yearStated: false, year: m[3] ? Number(m[3]) : null, month: MONTH_NUMBERS[m[2].toLowerCase().replace('.', '')], day: Number(m[1]), weekday: null };
      } else if (p === 2) {
        // A bare number that is a count ("2000 people") is not a year.
        if (/^\s*(?:people|persons|troops|soldiers|dead|killed|residents|homes|feet|meters|miles|km|dollars|points)\b/i.test(text.slice(m.index + 4))) continue;
        ref = { start, end, text: matched, resolved: false, yearStated: false, year: Number(m[1]), month: null, day: null, weekday: null };
      } else if (p === 3) {
        ref = { start, end, text: matched, resolved: false, yearStated: false, year: null, month: null, day: null, weekday: WEEKDAY_NUMBERS[m[1].toLowerCase()] };
      } else {
        const word = m[1].toLowerCase();
        ref = { start, end, text: matched, resolved: false, yearStated: false, year: null, month: null, day: null, weekday: null, relativeDay: word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0 };
      }
      if (ref.month === undefined) continue;
      ref.yearStated = ref.year !== null;
      found.push(ref);
      cover(ref);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * One buffer of coverage marks for `dateRefs`, grown as texts need (each call clears the part it
 * uses): a typed array made per dated claim was 0.6% of the pipeline in a profile.
 */
let coverage = new Uint8Array(1024);
function coverageBuffer(length: number): Uint8Array {
  if (coverage.length < length) coverage = new Uint8Array(Math.max(length, coverage.length * 2));
  return coverage;
}

/** "2025-03-13", "2025-03", "--03-13" (year unknown), or null when nothing calendar-like is known. */
export function dateKey(d: Pick<DateRef, 'year' | 'month' | 'day'>): string | null {
  const mm = d.month !== null ? String(d.month).padStart(2, '0') : null;
  const dd = d.day !== null ? String(d.day).padStart(2, '0') : null;
  if (d.year !== null) return mm ? (dd ? `${d.year}-${mm}-${dd}` : `${d.year}-${mm}`) : String(d.year);
  if (mm) return dd ? `--${mm}-${dd}` : `--${mm}`;
  return null;
}

/**
 * Whether two date references cannot be the same day: they disagree on a part both give.
 * "2025-03" and "2025-03-13" are compatible; "2025-03-13" and "2025-04-25" are not.
 */
export type DateParts = Pick<DateRef, 'year' | 'month' | 'day' | 'weekday' | 'relativeDay'>;

export function datesConflict(a: DateParts, b: DateParts): boolean {
  if (a.year !== null && b.year !== null && a.year !== b.year) return true;
  if (a.month !== null && b.month !== null && a.month !== b.month) return true;
  if (a.day !== null && b.day !== null && a.day !== b.day) return true;
  if (a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday) return true;
  if (a.relativeDay !== undefined && b.relativeDay !== undefined && a.relativeDay !== b.relativeDay) return true;
  return false;
}
