/**
 * Claim matching across articles. Candidates come from the term index (corpus/termIndex) over
 * rare-enough terms (stems, names, people, places, numbers, dates), so the cost grows with the overlap between
 * claims, not with the number of claim pairs. Each candidate is scored by the idf-weighted Dice
 * overlap of its terms, then classified:
 *   agrees      — the same fact, possibly in other words;
 *   contradicts — the same fact of the same event with a differing number, ordinal, date or a
 *                 negation (only ever within one event: different events never contradict);
 *   related     — the same event, another fact.
 */
import type { ClaimMatch } from '../../report';
import type { ClaimUnit } from '../claimUnits';
import { dateKey, datesConflict, type Ordinal, type Quantity, type TermFeatures } from '../../extract/claims/features';
import { buildPostings, CandidateFinder, diceScore, documentFrequencies, idf, isAnchorTerm, KIND_BIT, MATCHING_TERMS, termKey, termKind, type TermKind } from '../termIndex';

export const MATCH_SETTINGS = {
  /** Score from which two claims of one event report the same fact. */
  agree: 0.42,
  /** Score from which two claims of one event are related. */
  related: 0.2,
  /** Score from which claims whose events are unknown or differ may still agree (a general fact). */
  agreeAcrossEvents: 0.75,
  /** Score from which a differing detail is a contradiction rather than another fact. */
  contradict: 0.3,
};

interface Term {
  key: string;
  kind: TermKind;
  /** What the reason shows for it. */
  label: string;
}

function termsOf(f: TermFeatures): Term[] {
  const out: Term[] = [];
  const add = (kind: TermKind, value: string, label: string): void => {
    out.push({ key: termKey(kind, value), kind, label });
  };
  for (const p of f.people) add('person', p, p);
  for (const n of f.names) add('name', n, n);
  for (const l of f.places) add('place', l, l);
  for (const s of f.stems) add('stem', s, s);
  for (const q of f.quantities) add('unit', q.unit, q.unit);
  for (const q of f.quantities) add('quantity', `${q.value}:${q.unit}`, q.text);
  for (const d of f.dates) {
    const k = dateKey(d);
    if (k) add('date', k, d.text);
  }
  const seen = new Set<string>();
  return out.filter((t) => (seen.has(t.key) ? false : (seen.add(t.key), true)));
}

export interface MatchIndex {
  matches: ClaimMatch[];
  /** Claim id → indexes into `matches`, for hovers. */
  byClaim: Map<string, number[]>;
}

/** A detail two claims of the same fact state differently. */
export interface Difference {
  kind: 'number' | 'ordinal' | 'date' | 'negation';
  a: string;
  b: string;
}

function sameUnitDifferentValue(qa: readonly Quantity[], qb: readonly Quantity[]): Difference | null {
  for (const x of qa) {
    if (qb.some((y) => y.unit === x.unit && y.value === x.value)) continue;
    const y = qb.find((q) => q.unit === x.unit && q.value !== x.value);
    if (y) return { kind: 'number', a: x.text, b: y.text };
  }
  return null;
}

/** Ordinals and counts of occurrences ("third meeting", "three times"); other ordinals say nothing comparable. */
function occurrenceCounts(o: readonly Ordinal[]): Ordinal[] {
  return o.filter((x) => x.head !== null && !(x.value === 1 && x.head === 'time'));
}

function differentOrdinal(oa: readonly Ordinal[], ob: readonly Ordinal[]): Difference | null {
  const ca = occurrenceCounts(oa);
  const cb = occurrenceCounts(ob);
  if (ca.length !== 1 || cb.length !== 1) return null;
  const [x, y] = [ca[0], cb[0]];
  if (x.value === y.value) return null;
  return { kind: 'ordinal', a: x.text, b: y.text };
}

/**
 * Two claims that count the same people's occurrences ("Witkoff's third meeting with Putin",
 * "his fourth visit") state one fact even when they share few words: the count.
 */
function sameCountFact(a: TermFeatures, b: TermFeatures, sharedKinds: number): boolean {
  return occurrenceCounts(a.ordinals).length === 1 && occurrenceCounts(b.ordinals).length === 1 && (sharedKinds & (KIND_BIT.person | KIND_BIT.name)) !== 0;
}

function kindsOf(terms: readonly Term[]): number {
  let kinds = 0;
  for (const t of terms) kinds |= KIND_BIT[t.kind];
  return kinds;
}

/**
 * The detail in which two claims reporting one fact of one event disagree, if any. Only
 * calendar dates precise to the day count: "in March" and "on March 13" do not disagree.
 */
export function differenceOf(a: TermFeatures, b: TermFeatures): Difference | null {
  const number = sameUnitDifferentValue(a.quantities, b.quantities);
  if (number) return number;
  const ordinal = differentOrdinal(a.ordinals, b.ordinals);
  if (ordinal) return ordinal;
  const da = a.dates.filter((d) => d.day !== null && d.month !== null);
  const db = b.dates.filter((d) => d.day !== null && d.month !== null);
  if (da.length === 1 && db.length === 1 && datesConflict(da[0], db[0])) return { kind: 'date', a: da[0].text, b: db[0].text };
  // A negation only contradicts a near-identical statement; otherwise the two say different things.
  if ((a.negation === null) !== (b.negation === null) && negationComparable(a, b)) {
    const neg = a.negation ?? b.negation!;
    return a.negation ? { kind: 'negation', a: neg.text, b: '(affirmed)' } : { kind: 'negation', a: '(affirmed)', b: neg.text };
  }
  return null;
}

function negationComparable(a: TermFeatures, b: TermFeatures): boolean {
  const sa = new Set(a.stems);
  const common = b.stems.filter((s) => sa.has(s)).length;
  return common >= 3 && common / Math.min(a.stems.length, b.stems.length) >= 0.6;
}

/** Claims that cannot be about the same occurrence: different places or days named. */
export function differentOccurrences(a: TermFeatures, b: TermFeatures): string | null {
  if (a.locations.length > 0 && b.locations.length > 0 && !a.locations.some((p) => b.locations.includes(p))) {
    return `${a.locations.join('/')} vs ${b.locations.join('/')}`;
  }
  const da = a.dates.filter((d) => d.month !== null || d.weekday !== null || d.relativeDay !== undefined);
  const db = b.dates.filter((d) => d.month !== null || d.weekday !== null || d.relativeDay !== undefined);
  if (da.length > 0 && db.length > 0 && da.every((x) => db.every((y) => datesConflict(x, y)))) return `${da[0].text} vs ${db[0].text}`;
  return null;
}

/** Finds the matches of every claim with the claims of other documents. */
export function matchClaims(units: readonly ClaimUnit[], eventsOfClaim: ReadonlyMap<number, readonly string[]>, personName: ReadonlyMap<string, string>): MatchIndex {
  const n = units.length;
  const termLists = units.map((u) => termsOf(u.features));
  const keyLists = termLists.map((terms) => terms.map((t) => t.key));
  const df = documentFrequencies(keyLists);
  const weights = new Map<string, number>();
  for (const [key, count] of df) weights.set(key, MATCHING_TERMS.weights[termKind(key)] * idf(n, count));
  const weight = (t: Term): number => weights.get(t.key)!;
  const weightOfKey = (key: string): number => weights.get(key)!;
  const totals = termLists.map((terms) => terms.reduce((sum, t) => sum + weight(t), 0));
  const index = buildPostings(keyLists, df, MATCHING_TERMS.cap(n), (key) => !MATCHING_TERMS.unindexed.has(termKind(key)));
  const termSets = keyLists.map((keys) => new Set(keys));

  const matches: ClaimMatch[] = [];
  const finder = new CandidateFinder(index, n);
  for (let i = 0; i < n; i++) {
    const documentIndex = units[i].documentIndex;
    const candidates = finder.find(keyLists[i], i, (j) => units[j].documentIndex !== documentIndex, weightOfKey);
    for (const j of candidates) {
      const count = finder.sharedCount(j);
      if (count < 2) continue;
      const kinds = finder.sharedKinds(j);
      // Stems alone need three in common.
      if ((kinds & ~KIND_BIT.stem) === 0 && count < 3) continue;
      // The weights of the shared terms summed in the order of claim i's terms.
      const score = diceScore(finder.sharedWeight(j), totals[i], totals[j]);
      if (score < MATCH_SETTINGS.related && !sameCountFact(units[i].features, units[j].features, kinds)) continue;
      // The shared indexed terms, in the order of claim i's terms.
      const other = termSets[j];
      const terms = termLists[i].filter((t) => other.has(t.key) && index.postings.has(t.key));
      const match = classify(units[i], units[j], score, terms, eventsOfClaim, personName);
      if (match) matches.push(match);
    }
  }
  matches.sort((x, y) => x.a.localeCompare(y.a) || y.score - x.score || x.b.localeCompare(y.b));
  const byClaim = new Map<string, number[]>();
  matches.forEach((m, k) => {
    for (const id of [m.a, m.b]) {
      const list = byClaim.get(id) ?? [];
      list.push(k);
      byClaim.set(id, list);
    }
  });
  return { matches, byClaim };
}

function describeShared(terms: readonly Term[], personName: ReadonlyMap<string, string>): string {
  const people = terms.filter((t) => t.kind === 'person').map((t) => personName.get(t.label) ?? t.label);
  const places = terms.filter((t) => t.kind === 'place').map((t) => t.label);
  const dates = terms.filter((t) => t.kind === 'date').map((t) => t.label);
  const numbers = terms.filter((t) => t.kind === 'quantity').map((t) => t.label);
  const words = terms.filter((t) => t.kind === 'stem' || t.kind === 'name').map((t) => t.label);
  const parts: string[] = [];
  if (people.length) parts.push(`people: ${people.join(', ')}`);
  if (places.length) parts.push(`places: ${places.join(', ')}`);
  if (dates.length) parts.push(`dates: ${dates.join(', ')}`);
  if (numbers.length) parts.push(`numbers: ${numbers.join(', ')}`);
  if (words.length) parts.push(`terms: ${words.slice(0, 8).join(', ')}`);
  return 'shared ' + parts.join('; ');
}

function classify(
  a: ClaimUnit,
  b: ClaimUnit,
  score: number,
  terms: readonly Term[],
  eventsOfClaim: ReadonlyMap<number, readonly string[]>,
  personName: ReadonlyMap<string, string>,
): ClaimMatch | null {
  const ea = eventsOfClaim.get(a.index) ?? [];
  const eb = eventsOfClaim.get(b.index) ?? [];
  const sameEvent = ea.some((e) => eb.includes(e));
  const rounded = Math.round(Math.min(1, score) * 1000) / 1000;
  const reason = describeShared(terms, personName);
  if (!sameEvent) {
    // Another event's claim may state the same general fact, but never contradicts or relates.
    if (score < MATCH_SETTINGS.agreeAcrossEvents || differenceOf(a.features, b.features) || differentOccurrences(a.features, b.features)) return null;
    return { a: a.claim.id, b: b.claim.id, relation: 'agrees', score: rounded, reason };
  }
  const occurrence = differentOccurrences(a.features, b.features);
  const difference = differenceOf(a.features, b.features);
  const countFact = sameCountFact(a.features, b.features, kindsOf(terms));
  if (difference && !occurrence && (score >= MATCH_SETTINGS.contradict || (countFact && difference.kind === 'ordinal')) && sharesAnchor(terms)) {
    const what = difference.kind === 'negation' ? 'one denies what the other states' : `${difference.kind} differs`;
    return { a: a.claim.id, b: b.claim.id, relation: 'contradicts', score: rounded, reason: `"${difference.a}" vs "${difference.b}" (${what}); ${reason}` };
  }
  if (score >= MATCH_SETTINGS.agree && !difference && !occurrence) {
    return { a: a.claim.id, b: b.claim.id, relation: 'agrees', score: rounded, reason };
  }
  return { a: a.claim.id, b: b.claim.id, relation: 'related', score: rounded, reason: occurrence ? `${reason}; differs: ${occurrence}` : reason };
}

/** A contradiction needs the claims to be about the same someone or something, not only the same words. */
function sharesAnchor(terms: readonly Term[]): boolean {
  return terms.some((t) => isAnchorTerm(t.key));
}
