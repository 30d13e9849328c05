/**
 * A cheap tense reading of the clause around a time expression. News reports mostly tell what
 * happened, so a bare "Thursday" or "in June" points back in time unless a future marker
 * ("will", "is set to", "plans to") sits closer to it than a past-tense verb does.
 */

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
const CLAUSE_BOUNDARY = /^(?:that|which|who|whom|whose|when|while|whereas|but|because|although|though|after|before|where|if|unless|since)$/;

const WORD = /[A-Za-z']+(?:-[A-Za-z]+)*/g;

/**
 * The tense markers of `text[from, to)`, in order. In a headline, "X to meet Y" announces the
 * future, so there any "to" before a lower-case verb counts as a future marker.
 */
export function markersIn(text: string, from: number, to: number, headline = false): Marker[] {
  const markers: Marker[] = [];
  WORD.lastIndex = from;
  let previous = '';
  let skipAfterFuture = 0;
  let clause = 0;
  let lastEnd = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const raw = m[0];
    const word = raw.toLowerCase();
    const between = text.slice(lastEnd, m.index);
    if (/[,;:()—–]/.test(between) || CLAUSE_BOUNDARY.test(word)) clause++;
    lastEnd = m.index + raw.length;
    let tense: 'past' | 'future' | null = null;
    if (word.endsWith("'ll")) tense = 'future';
    else if (FUTURE_WORDS.has(word)) tense = 'future';
    else if (word === 'to' && (FUTURE_BEFORE_TO.has(previous) || /^\s+be\b/.test(text.slice(lastEnd, lastEnd + 4)))) tense = 'future';
    else if (word === 'to' && headline && /^\s+[a-z]/.test(text.slice(lastEnd, lastEnd + 2))) tense = 'future';
    else if (skipAfterFuture > 0) tense = null;
    else if (PAST_WORDS.has(word)) tense = 'past';
    else if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word) && /^[a-z]/.test(raw)) tense = 'past';
    // After an auxiliary the next words are its verb group ("will be held"), not past narration.
    if (tense === 'future' && AUXILIARY.test(word)) skipAfterFuture = 3;
    else if (skipAfterFuture > 0) skipAfterFuture--;
    if (word === 'have' && tense === 'past') {
      // "have to" is obligation, not the perfect; checked when "to" follows, cheap enough to peek.
      if (/^\s+to\b/.test(text.slice(m.index + raw.length, m.index + raw.length + 4))) tense = null;
    }
    if (tense) markers.push({ pos: m.index, tense, clause });
    previous = word;
  }
  return markers;
}

/**
 * The tense of the clause holding `[start, end)` inside the sentence `[from, to)`: the marker
 * nearest to the expression decides.
 */
export function tenseAround(text: string, from: number, to: number, start: number, end: number): Tense {
  return tenseAmong(markersIn(text, from, to), start, end, clauseAt(text, from, start));
}

/** The clause index (as counted by `markersIn`) of position `pos` in the sentence starting at `from`. */
export function clauseAt(text: string, from: number, pos: number): number {
  let clause = 0;
  let lastEnd = from;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < pos; m = WORD.exec(text)) {
    if (/[,;:()—–]/.test(text.slice(lastEnd, m.index)) || CLAUSE_BOUNDARY.test(m[0].toLowerCase())) clause++;
    lastEnd = m.index + m[0].length;
  }
  if (/[,;:()—–]/.test(text.slice(lastEnd, pos))) clause++;
  return clause;
}

/** The tense of an expression at `[start, end)` given its sentence's markers (see `markersIn`). */
export function tenseAmong(markers: readonly Marker[], start: number, end: number, clause: number): Tense {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const marker of markers) {
    if (marker.pos >= start && marker.pos < end) continue; // "last" inside "last Friday" is the expression itself
    // Each clause boundary in between counts as a long way off.
    // A date adjunct mostly follows its verb ("said on Tuesday it would…"): markers after it count less.
    const distance = (marker.pos < start ? start - marker.pos : 3 * (marker.pos - end)) + 1000 * Math.abs(marker.clause - clause);
    if (distance < bestDistance) {
      best = marker;
      bestDistance = distance;
    }
  }
  return best ? best.tense : 'unknown';
}
