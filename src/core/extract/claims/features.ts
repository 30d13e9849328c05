/**
 * What one claim (or a clause of one) says, reduced to comparable features: stemmed content
 * words, names, places, quantities ("three hours"), ordinals ("third meeting"), dates and
 * negation. Matching and event building compare these, never raw text.
 */
import { COMMON_WORD_SET, DEMONYM_WORDS, PLACE_NAMES } from '../../lang/lexicon';
import { COUNTRIES } from '../../lang/lexicon/generated/places';
import { porterStem as stemWord } from '../../lang/stem';

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

/** Function words and reporting words that say nothing about which fact a sentence reports. */
export const STOP_WORDS = new Set(
  `a about above according across after afterwards again against all almost alone along already also although always am
  among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because become
  becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could
  did do does doing done down during each either else elsewhere enough etc even ever every everyone everything everywhere
  except few for former formerly from further had has have having he hence her here hereafter hereby herein hers herself
  him himself his how however i if in indeed into is it its itself just last latter least less made many may me meanwhile
  might more moreover most mostly much must my myself namely neither nevertheless next no nobody none noone nor not nothing
  now nowhere of off often on once only onto or other others otherwise our ours ourselves out over own per perhaps please
  rather re same seem seemed seeming seems several she should since so some somehow someone something sometime sometimes
  somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein
  thereupon these they this those though through throughout thru thus to together too toward towards under until up upon
  us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon
  wherever whether which while whither who whoever whole whom whose why will with within without would yet you your yours
  yourself yourselves said says say saying told tell tells according reported reportedly report reports also new
  mr mrs ms dr st one two three four five six seven eight nine ten first second third fourth fifth sixth seventh eighth
  ninth tenth times time today yesterday tomorrow week weeks month months year years day days ago earlier later recent
  recently monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec morning evening night afternoon
  it's he's she's that's there's can't won't don't didn't doesn't isn't wasn't weren't hasn't haven't hadn't couldn't
  wouldn't shouldn't us u.s also like get got make makes go going went come came take took put set`
    .split(/\s+/)
    .filter(Boolean),
);

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  twice: 2, once: 1,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12,
};

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7,
  july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12,
  december: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const NEGATIONS = /\b(?:not|never|no longer)\b|n[’']t\b/i;

/** The words of a claim; `wordsOf` finds the same matches without the regular expression (test/unit/crossSource.test.ts checks). */
export const WORD = /[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d/g;

export interface WordToken extends TextSpan {
  lower: string;
  capitalised: boolean;
  /** First word of the text, or after an opening quote or colon: capitals there prove nothing. */
  sentenceInitial: boolean;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `\s` of a regular expression, for one character. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The end of the WORD match starting at `start` (a letter or a digit): the run of the characters
 * a word may hold, back to its last letter (or digit), as the regular expression's backtracking
 * would find it. Scanned by hand: claims are read word by word in every article.
 */
function wordEnd(text: string, start: number): number {
  const letters = isAsciiLetter(text.charCodeAt(start));
  let last = start;
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (letters ? isAsciiLetter(c) : isDigit(c)) last = j;
    // Inside a word: ' ’ . - between letters; , . between digits.
    else if (!(letters ? c === 39 || c === 0x2019 || c === 46 || c === 45 : c === 44 || c === 46)) break;
  }
  return last + 1;
}

/** After an opening quote or colon (and blanks) within the three characters before `at`. */
function afterOpening(text: string, at: number): boolean {
  const from = Math.max(0, at - 3);
  let k = at - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  if (k < from) return false;
  const c = text[k];
  return c === '“' || c === '"' || c === '‘' || c === ':';
}

/** Words of `text` (the matches of WORD) with offsets shifted by `offset` (the text's position in the file). */
export function wordsOf(text: string, offset = 0): WordToken[] {
  const out: WordToken[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (!isAsciiLetter(code) && !isDigit(code)) {
      at++;
      continue;
    }
    const index = at;
    at = wordEnd(text, index);
    let raw = text.slice(index, at);
    // A trailing abbreviation dot belongs to the word only for initials ("U.S."), not a sentence end.
    if (raw.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(raw)) raw = raw.slice(0, -1);
    const last = raw.charCodeAt(raw.length - 1);
    // Only a word ending in s can end in "'s": the regex for the few that do.
    const possessive = last === 115 || last === 83 ? /['’]s$/i.exec(raw) : null;
    if (possessive) raw = raw.slice(0, -2);
    if (!raw) continue;
    out.push({
      start: offset + index,
      end: offset + index + raw.length,
      text: raw,
      lower: raw.toLowerCase(),
      capitalised: raw.charCodeAt(0) >= 65 && raw.charCodeAt(0) <= 90,
      sentenceInitial: out.length === 0 || afterOpening(text, index),
    });
  }
  return out;
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
 * `table[word]` through a Map: looking arbitrary words up as object keys costs far more (each word
 * is interned first). Words that name an `Object.prototype` member ("constructor") still read the
 * object itself, so results do not change even there.
 */
function wordLookup<T>(table: Record<string, T>): (word: string) => T | undefined {
  const own = new Map(Object.entries(table));
  const inherited = new Set(Object.getOwnPropertyNames(Object.prototype));
  return (word) => {
    const value = own.get(word);
    return value !== undefined || !inherited.has(word) ? value : table[word];
  };
}
const numberWord = wordLookup(NUMBER_WORDS);
const ordinalWord = wordLookup(ORDINAL_WORDS);
const monthWord = wordLookup(MONTHS);
/** `word in WEEKDAYS`, through a Set (inherited names count, as for `in`). */
const weekdayKeys = new Set([...Object.keys(WEEKDAYS), ...Object.getOwnPropertyNames(Object.prototype)]);

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
    const n = NUMBER_WORDS[part];
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

/** Content words that are also titles or generic nouns: they name no particular thing when capitalised. */
const GENERIC_CAPITALS = new Set(
  `president minister prime secretary envoy special chief king queen prince senator governor mayor general official
  officials leader state house white news press media report breaking update live video photo watch read more
  the a an in on at he she they it we i but and or as after before when while this that these those his her their`
    .split(/\s+/),
);

/**
 * Reads the features of `text` (found at `offset` in its file). `people` are the merged person ids
 * of the person mentions inside it; `resolvedDates` the date extractor's findings inside it.
 */
export function termFeatures(
  text: string,
  offset: number,
  people: readonly string[],
  resolvedDates: readonly { start: number; end: number; text: string; value: string | null }[],
): TermFeatures {
  const words = wordsOf(text, offset);
  const stems = new Set<string>();
  const names = new Set<string>();
  const places = new Set<string>();
  const locations = new Set<string>();
  const quantities: Quantity[] = [];
  const ordinals: Ordinal[] = [];

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.lower;
    // Multi-word places first ("St. Petersburg", "Fort Lauderdale", "New York").
    if (w.capitalised) {
      // The phrases of one, two and three words, built once; longest first below.
      const phrase1 = lower;
      const phrase2 = i + 1 < words.length ? `${phrase1} ${words[i + 1].lower}` : '';
      const phrase3 = i + 2 < words.length ? `${phrase2} ${words[i + 2].lower}` : '';
      for (let len = 3; len >= 1; len--) {
        if (i + len > words.length) continue;
        const phrase = len === 3 ? phrase3 : len === 2 ? phrase2 : phrase1;
        // Only a phrase starting "st" reads differently normalised ("St Petersburg" → "st. petersburg").
        const saintly = phrase.startsWith('st');
        const normalised = saintly ? phrase.replace(/^st\.? /, 'st. ') : phrase;
        if (isPlace(phrase) || (saintly && (isPlace(normalised) || isPlace(phrase.replace(/^st /, 'saint '))))) {
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
    // Both patterns need a hyphen: most words skip them.
    const hyphenated = lower.includes('-');
    const num = numberValue(hyphenated ? lower.replace(/-(?:hour|day|week|month|year|minute)s?(?:-long|-old)?$/, '') : lower);
    const hyphenUnit = hyphenated ? /^[a-z0-9,.]+-(hour|day|week|month|year|minute)s?(?:-long|-old)?$/.exec(lower) : null;
    if (num !== null && !(lower === 'once' || lower === 'twice')) {
      // A year alone is a date, not a quantity.
      const looksLikeYear = /^(?:1[89]|20)\d\d$/.test(lower);
      if (!looksLikeYear) {
        let unit: string | null = hyphenUnit ? porterStem(hyphenUnit[1]) : null;
        let end = w.end;
        if (!unit) {
          const next = words[i + 1];
          const afterNext = words[i + 2];
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
      if (lower === 'twice' || prev === 'only' || prev === 'just') ordinals.push({ start: w.start, end: w.end, text: w.text, value: NUMBER_WORDS[lower], head: countedOccurrence(words, i) });
    }
    const ord = ordinalValue(lower);
    if (ord !== null) {
      const next = words[i + 1];
      // Only ordinals of occurrences ("third meeting"), not of dates ("March 13th") or rankings of a list.
      if (next && /^[a-z]/.test(next.text) && !monthWord(next.lower) && !/^(?:time|half|quarter|place|largest|biggest)$/.test(next.lower)) {
        // The counted noun may follow a modifier or two: "third extended meeting", "fourth in-person visit".
        let head: string | null = null;
        for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
          const stem = porterStem(words[k].lower);
          if (OCCURRENCE_HEADS.has(stem)) {
            head = stem;
            break;
          }
        }
        ordinals.push({ start: w.start, end: w.end, text: w.text, value: ord, head });
      }
    }
    // A word with a digit starts with one (see WORD).
    if (isDigit(lower.charCodeAt(0)) || num !== null || ord !== null) continue;
    if (w.capitalised && !(w.sentenceInitial && COMMON_WORD_SET.has(lower))) {
      const bare = lower.includes('.') ? lower.replace(/\./g, '') : lower;
      if (!COMMON_WORD_SET.has(lower) && !GENERIC_CAPITALS.has(lower) && !STOP_WORDS.has(bare) && !DEMONYM_WORDS.has(lower) && !monthWord(bare) && !weekdayKeys.has(bare) && bare.length > 1) {
        names.add(bare);
        continue;
      }
    }
    if (STOP_WORDS.has(lower) || lower.length < 3) continue;
    if (!lower.includes('-')) {
      // One part, checked above already.
      stems.add(partStem(lower));
      continue;
    }
    for (const part of lower.split('-')) {
      if (part.length >= 3 && !STOP_WORDS.has(part)) stems.add(partStem(part));
    }
  }

  return {
    stems: [...stems],
    names: [...names],
    people: [...new Set(people)],
    places: [...places],
    locations: [...locations],
    quantities,
    ordinals,
    dates: dateRefs(text, offset, resolvedDates),
    negation: negationOf(text, offset),
  };
}

function negationOf(text: string, offset: number): TextSpan | null {
  const m = NEGATIONS.exec(text);
  if (!m) return null;
  return { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] };
}

const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_PATTERNS: readonly RegExp[] = [
  // March 13, 2025 / March 13th / March 2025 / March
  new RegExp(`\\b${MONTH_RE}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'g'),
  // 13 March 2025
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'g'),
  // in 2014, since 2022, Russia's 2022 invasion
  /\b((?:19|20)\d\d)\b/g,
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
  /\b(yesterday|today|tonight|tomorrow)\b/gi,
];

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
): DateRef[] {
  const found: DateRef[] = [];
  const taken = (s: number, e: number): boolean => found.some((d) => s < d.end && e > d.start);
  for (const r of resolvedDates) {
    if (!r.value) continue;
    const iso = parseIso(r.value);
    if (!iso) continue;
    const weekdayWord = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(r.text);
    found.push({
      start: r.start, end: r.end, text: r.text, year: iso.year, month: iso.month, day: iso.day,
      weekday: weekdayWord ? WEEKDAYS[weekdayWord[1].toLowerCase()] : null, resolved: true,
    });
  }
  // Patterns 1 and 2 need a digit, pattern 3 a weekday (each ends in "day"): most claims skip some.
  const hasDigit = /\d/.test(text);
  const hasDay = text.includes('day');
  for (let p = 0; p < DATE_PATTERNS.length; p++) {
    if (((p === 1 || p === 2) && !hasDigit) || (p === 3 && !hasDay)) continue;
    const re = DATE_PATTERNS[p];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      let ref: DateRef | null = null;
      const base = { start, end, text: m[0], resolved: false };
      if (p === 0) {
        // "May" alone is too often the verb; a month alone needs "in"/"since"/"of" before it.
        if (!m[2] && !m[3] && !/\b(?:in|since|of|early|late|mid|until|last|next|this|from|by)\s+$/i.test(text.slice(0, m.index))) continue;
        ref = { ...base, year: m[3] ? Number(m[3]) : null, month: MONTHS[m[1].toLowerCase().replace('.', '')], day: m[2] ? Number(m[2]) : null, weekday: null };
      } else if (p === 1) {
        ref = { ...base, year: m[3] ? Number(m[3]) : null, month: MONTHS[m[2].toLowerCase().replace('.', '')], day: Number(m[1]), weekday: null };
      } else if (p === 2) {
        // A bare number that is a count ("2000 people") is not a year.
        if (/^\s*(?:people|persons|troops|soldiers|dead|killed|residents|homes|feet|meters|miles|km|dollars|points)\b/i.test(text.slice(m.index + 4))) continue;
        ref = { ...base, year: Number(m[1]), month: null, day: null, weekday: null };
      } else if (p === 3) {
        ref = { ...base, year: null, month: null, day: null, weekday: WEEKDAYS[m[1].toLowerCase()] };
      } else {
        const word = m[1].toLowerCase();
        ref = { ...base, year: null, month: null, day: null, weekday: null, relativeDay: word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0 };
      }
      if (ref.month === undefined) continue;
      found.push(ref);
    }
  }
  return found.sort((a, b) => a.start - b.start);
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
