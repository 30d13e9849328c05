/**
 * A cheap tense reading of the clause around a time expression. News reports mostly tell what
 * happened, so a bare "Thursday" or "in June" points back in time unless a future marker
 * ("will", "is set to", "plans to") sits closer to it than a past-tense verb does.
 */

import { tokensIn, type ArticleTokens } from '../../lang/tokenizer';
import { partitionPoint } from '../../util/search';

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE_WORDS = new Set([
  'will', "'ll", 'shall', 'wo', 'upcoming', 'tomorrow', 'would', 'scheduled', 'slated', 'expected', 'planned',
  'plans', 'plan', 'planning', 'aims', 'intends', 'hopes', 'due', 'forthcoming', 'next', 'later', 'should', 'may',
  'might', 'must', 'until', 'till', 'deadline', 'soon',
]);

const AUXILIARY = /^(?:will|would|shall|should|may|might|must|wo|to|.*'ll)$/;

/** Words after which "to" introduces a future action ("is set to meet", "is to have"). */
const FUTURE_BEFORE_TO = new Set(['set', 'is', 'are', 'going', 'expected', 'due', 'scheduled', 'slated', 'planned', 'plans', 'plan', 'aims', 'intends', 'hopes', 'hoping', 'likely', 'poised']);

const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'has', 'have', 'said', 'told', 'met', 'took', 'made', 'went', 'came', 'began', 'rose', 'fell',
  'sold', 'won', 'lost', 'left', 'held', 'gave', 'saw', 'got', 'brought', 'bought', 'thought', 'found', 'became',
  'ran', 'spoke', 'wrote', 'drove', 'flew', 'struck', 'led', 'sent', 'spent', 'paid', 'kept', 'built', 'knew', 'grew',
  'shot', 'stood', 'fought', 'sought', 'caught', 'taught', 'felt', 'meant', 'ago', 'yesterday', 'earlier', 'last',
  'unveiled', 'announced', 'sank', 'broke', 'chose', 'drew', 'ate', 'forgot', 'froze', 'hid', 'rode', 'rang', 'sang',
  'shook', 'slid', 'stole', 'swore', 'threw', 'tore', 'woke', 'wore', 'became', 'overtook', 'undertook', 'withdrew',
  'arose', 'dealt', 'fled', 'lent', 'lit', 'slept', 'swept', 'wept', 'heard', 'sat', 'hung', 'dug', 'stuck', 'struck',
  'spun', 'won', 'bore', 'beat', 'bid', 'cut', 'hit', 'quit', 'shut', 'spread', 'let', 'landed', 'recently',
]);

/** "-ed" words that do not narrate the past ("the expected ruling", "the proposed deal"). */
const NOT_PAST_ED = new Set([
  'scheduled', 'expected', 'planned', 'proposed', 'anticipated', 'slated', 'need', 'speed', 'seed', 'feed', 'bed',
  'red', 'shed', 'led', 'indeed', 'hundred', 'based', 'related', 'united', 'limited', 'advanced', 'detailed',
  'interested', 'concerned', 'armed', 'so-called', 'called', 'named', 'alleged',
]);

export interface Marker {
  pos: number;
  tense: 'past' | 'future';
  /** Index of the clause the marker sits in: "announced Friday that it will…" puts "will" one clause on. */
  clause: number;
}

/** Starts of clauses within a sentence: the marker of another clause governs an expression less. */
const CLAUSE_BOUNDARY = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'whereas', 'but', 'because', 'although', 'though', 'after', 'before', 'where', 'if', 'unless', 'since']);

/** Punctuation between words that starts a new clause. */
const CLAUSE_PUNCTUATION = /[,;:()—–]/;


/** What a sentence says about tense: its markers and where its clauses begin, both in text order. */
export interface SentenceTense {
  markers: Marker[];
  /** `markers[i].pos`, for binary search. */
  markerPositions: number[];
  /** Positions where a new clause begins (the first word after a comma, "that", "which"…). */
  clauseStarts: number[];
}

/**
 * The tense markers of `text[from, to)`, in order. In a headline, "X to meet Y" announces the
 * future, so there any "to" before a lower-case verb counts as a future marker.
 */
export function readSentence(words: ArticleTokens, text: string, from: number, to: number, headline = false): SentenceTense {
  const markers: Marker[] = [];
  const clauseStarts: number[] = [];
  let previous = '';
  let skipAfterFuture = 0;
  // Whether clause punctuation stands between the last word read and this one. The characters
  // between tokens are their gaps (a possessive "'s" or a number in between holds none), so the
  // gaps are read rather than the text; the first token's gap may reach back before `from`, and a
  // line's first token has no gap to the line before, so the text is read there.
  let punctuation = false;
  let previousEnd = -1;
  for (const token of tokensIn(words, from, to)) {
    const gap = token.gapBefore;
    if (previousEnd < 0 || token.index === 0) {
      if (CLAUSE_PUNCTUATION.test(text.slice(previousEnd < 0 ? from : previousEnd, token.start))) punctuation = true;
    } else if (gap !== ' ' && CLAUSE_PUNCTUATION.test(gap)) {
      punctuation = true;
    }
    previousEnd = token.end;
    // Numbers say nothing about tense.
    if (token.hasDigit) continue;
    // The tokenizer keeps no leading apostrophe: "they 'll" gives "ll".
    const contracted = gap.endsWith("'") || gap.endsWith('’');
    const word = contracted ? "'" + token.key : token.key;
    if (punctuation || CLAUSE_BOUNDARY.has(word)) clauseStarts.push(token.start);
    punctuation = false;
    let tense: 'past' | 'future' | null = null;
    if (word.endsWith("'ll")) tense = 'future';
    else if (FUTURE_WORDS.has(word)) tense = 'future';
    else if (word === 'to' && (FUTURE_BEFORE_TO.has(previous) || /^\s+be\b/.test(text.slice(token.end, token.end + 4)))) tense = 'future';
    else if (word === 'to' && headline && /^\s+[a-z]/.test(text.slice(token.end, token.end + 2))) tense = 'future';
    else if (skipAfterFuture > 0) tense = null;
    else if (PAST_WORDS.has(word)) tense = 'past';
    else if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word) && /^[a-z]/.test(token.text)) tense = 'past';
    // After an auxiliary the next words are its verb group ("will be held"), not past narration.
    if (tense === 'future' && AUXILIARY.test(word)) skipAfterFuture = 3;
    else if (skipAfterFuture > 0) skipAfterFuture--;
    if (word === 'have' && tense === 'past') {
      // "have to" is obligation, not the perfect.
      if (/^\s+to\b/.test(text.slice(token.end, token.end + 4))) tense = null;
    }
    if (tense) markers.push({ pos: token.start, tense, clause: clauseStarts.length });
    previous = word;
  }
  return { markers, markerPositions: markers.map((m) => m.pos), clauseStarts };
}

/** How many items of the sorted `positions` are at or before `pos`. */
function countUpTo(positions: readonly number[], pos: number): number {
  return partitionPoint(positions, (position) => position <= pos);
}

/**
 * The tense of an expression at `[start, end)`: the nearest marker decides. Each clause boundary
 * in between counts as a long way off, and markers after the expression count less, since a date
 * adjunct mostly follows its verb ("said on Tuesday it would…"). Only nearby markers are visited.
 */
export function tenseAt(sentence: SentenceTense, start: number, end: number): Tense {
  const { markers } = sentence;
  const clause = countUpTo(sentence.clauseStarts, start);
  const distanceOf = (marker: Marker): number =>
    (marker.pos < start ? start - marker.pos : 3 * (marker.pos - end)) + 1000 * Math.abs(marker.clause - clause);
  let best: Marker | null = null;
  let bestDistance = Infinity;
  const first = countUpTo(sentence.markerPositions, start - 1);
  for (let i = first - 1; i >= 0 && start - markers[i].pos < bestDistance; i--) {
    const d = distanceOf(markers[i]);
    if (d < bestDistance) [best, bestDistance] = [markers[i], d];
  }
  for (let i = first; i < markers.length; i++) {
    const marker = markers[i];
    if (marker.pos < end) continue; // "last" inside "last Friday" is the expression itself
    if (3 * (marker.pos - end) >= bestDistance) break;
    const d = distanceOf(marker);
    if (d < bestDistance) [best, bestDistance] = [marker, d];
  }
  return best ? best.tense : 'unknown';
}

/** The tense of the clause holding `[start, end)` inside the sentence `[from, to)`. */
export function tenseAround(words: ArticleTokens, text: string, from: number, to: number, start: number, end: number): Tense {
  return tenseAt(readSentence(words, text, from, to), start, end);
}
