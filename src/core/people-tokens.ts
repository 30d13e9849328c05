/**
 * Word tokens of one line of article text, shaped for name finding: offsets into the article,
 * capitalisation, possessive "'s" split off, abbreviations keeping their period ("U.S.", "Jr.",
 * "Mr."), and the characters between a token and the previous one (to tell "Witkoff, a
 * businessman" from "Witkoff said").
 */

export interface WordToken {
  start: number;
  /** End of the word itself, before a possessive "'s" / "’s". */
  end: number;
  /** The word without a possessive ending. */
  text: string;
  /** `text` lower-cased, with a trailing period removed ("mr", "u.s", "jr"). */
  key: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case ("NATO", "CEO", "DONE", "U.S."). */
  allCaps: boolean;
  /** Followed by "'s" / "’s" (or a bare apostrophe after a final s). */
  possessive: boolean;
  hasDigit: boolean;
  /** The text between the previous token (or the line start) and this one. */
  gapBefore: string;
  /** First word of a sentence, of a line, or of a quotation. */
  sentenceInitial: boolean;
}

/** Abbreviations whose period belongs to the word, not to the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj',
  'adm', 'cmdr', 'inc', 'co', 'corp', 'ltd', 'mt', 'ft', 'rev', 'messrs', 'mme', 'mlle', 'fr', 'pres', 'supt', 'insp',
  'det', 'cpl', 'pvt', 'hon', 'vs', 'no', 'ave', 'blvd', 'dept',
]);

// A word: letters/digits, with inner hyphens, apostrophes and periods ("O'Leary", "U.S", "al-Assad").
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** Sentence or quotation boundary in the characters before a word. */
const BOUNDARY_GAP = /(?:[.!?…]["'”’)\]]*\s+["'“‘(\[]*|[:;]\s+["“‘]|["“‘(\[]|[—–]\s+)$/;

/**
 * Tokenises `text.slice(start, end)`. `sentenceStarts` marks offsets where a sentence begins
 * (from the sentence splitter); boundaries are also guessed from punctuation so that a coarse
 * splitter (one sentence per line) still gives sentence-initial words.
 */
export function tokenizeLine(text: string, start: number, end: number, sentenceStarts: ReadonlySet<number>): WordToken[] {
  const tokens: WordToken[] = [];
  const line = text.slice(start, end);
  WORD.lastIndex = 0;
  let previousEnd = 0;
  for (let match = WORD.exec(line); match !== null; match = WORD.exec(line)) {
    let word = match[0];
    let possessive = false;
    const last2 = word.slice(-2);
    if (word.length > 2 && (last2 === "'s" || last2 === '’s' || last2 === "'S" || last2 === '’S')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s$/i.test(word) && (line[match.index + word.length] === "'" || line[match.index + word.length] === '’') && !/[\p{L}\p{N}]/u.test(line[match.index + word.length + 1] ?? '')) {
      possessive = true; // "Qantas' fleet"
    }
    const bare = word.replace(/\.$/, '').replace(/’/g, "'").toLowerCase();
    // Keep a following period on abbreviations and initials ("U.S.", "J.", "Jr."), so that "U.S. envoy" stays one run.
    const tokenEnd = match.index + word.length;
    let withPeriod = false;
    if (!possessive && line[tokenEnd] === '.' && (ABBREVIATIONS.has(bare) || word.includes('.') || /^\p{Lu}$/u.test(word))) {
      word += '.';
      withPeriod = true;
    }
    const gapBefore = line.slice(previousEnd, match.index);
    const absoluteStart = start + match.index;
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start: absoluteStart,
      end: start + tokenEnd + (withPeriod ? 1 : 0),
      text: word,
      key: bare,
      capitalised: UPPER.test(word),
      allCaps: letters.length >= 2 && !HAS_LOWER.test(letters),
      possessive,
      hasDigit: DIGIT.test(word),
      gapBefore,
      sentenceInitial: tokens.length === 0 || sentenceStarts.has(absoluteStart) || BOUNDARY_GAP.test(gapBefore),
    });
    if (possessive) previousEnd = match[0].length > word.length ? match.index + match[0].length : tokenEnd + 1;
    else previousEnd = withPeriod ? tokenEnd + 1 : tokenEnd;
  }
  return tokens;
}
