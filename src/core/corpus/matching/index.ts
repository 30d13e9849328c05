/**
 * Claim matching across articles. Candidates come from the term index (corpus/termIndex) over
 * rare-enough terms (stems, names, people, places, numbers, dates), so the cost grows with the overlap between
 * claims, not with the number of claim pairs. Each candidate is scored by the idf-weighted Dice
 * overlap of its terms, then classified:
 *   agrees      — the same fact, possibly in other words;
 *   contradicts — facts of the same slot about the same participant in one event with
 *                 incompatible values (corpus/matching/facts), or a differing count of
 *                 occurrences ("third meeting" / "fourth visit"); different events never contradict;
 *   updates     — a later report moves a fact on (a condition, a rising toll, a charge filed);
 *   related     — the same event, another fact.
 * Claims of one event that state a fact about the same participant are compared even when they
 * share few words (a second candidate source, keyed by slot and participant).
 */
import type { ClaimMatch, FactDifference, OmittedMatches, TextSpan } from '../../report';
import { boundMatches } from './bound';
import type { ClaimUnit, CorpusFact } from '../claimUnits';
import { dayNumber, isFullDate, parsePartial } from '../../extract/dates/calendar';
import type { Fact } from '../../extract/facts';
import { placeNamesListed } from '../placeNames';
import { ATTACK_ACTIONS, comparabilityKey, compareAlignedFacts, compareFacts, placeSpellingKey, type FactComparison } from './facts';
import type { SpeakerNameConflict } from './quoteSpeakers';
import { foldDiacritics } from '../../lang/tokenizer';
import { dateKey, datesConflict, type Ordinal, type Quantity, type TermFeatures } from '../../extract/claims/features';
import { contentSignature, findClaimCopies, matchOfCopy, type ClaimCopies } from './copies';
import { changedTerms, reusableSearches, unchangedClaims, type MatchingReuse, type MatchingState, type SearchRow } from './memory';
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

export interface Term {
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
  /** The copies of sentences in reprints that were matched through a representative (corpus/matching/copies); absent when none. */
  copies?: ClaimCopies;
}

/** The matches each claim keeps (corpus/matching/bound), and per claim what it left out. */
export interface BoundedMatchIndex extends MatchIndex {
  omitted: OmittedMatches[];
}

/** A detail two claims of the same fact state differently. */
export interface Difference {
  kind: 'number' | 'ordinal' | 'date' | 'negation';
  a: string;
  b: string;
  /** The words on each side, for an ordinal. */
  spans?: { a: { start: number; end: number; text: string }; b: { start: number; end: number; text: string } };
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
  return { kind: 'ordinal', a: x.text, b: y.text, spans: { a: { start: x.start, end: x.end, text: x.text }, b: { start: y.start, end: y.end, text: y.text } } };
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

/**
 * Finds the matches of every claim with the claims of other documents. `syndicationGroupOf` (each
 * document's syndication group, -1 when in none) lets the copies of one sentence in reprints of one
 * article be matched once (corpus/matching/copies): each copy gets its representative's matches with
 * the copy in its place, and agrees with its representative.
 */
export function matchClaims(
  units: readonly ClaimUnit[],
  eventsOfClaim: ReadonlyMap<number, readonly string[]>,
  personName: ReadonlyMap<string, string>,
  documentDates: readonly (string | null)[] = [],
  speakerConflicts: readonly SpeakerNameConflict[] = [],
  syndicationGroupOf: readonly number[] = [],
  /** The last run's searches, reused where nothing they read changed (`CorpusJoiner`); the result is the same without. */
  reuse?: MatchingReuse,
): BoundedMatchIndex {
  const n = units.length;
  const previous = reuse?.memory.previous as MatchingState<Term[]> | undefined;
  const same = reuse ? unchangedClaims(previous, units, reuse.sameDocument) : undefined;
  const incidentOf = incidentsOfDocuments(units);
  const context: MatchContext = { eventsOfClaim, personName, documentDates, unclearFacts: unclearFacts(units), incidentOf };
  const incidentSizes = new Map<number, number>();
  for (const incident of incidentOf) incidentSizes.set(incident, (incidentSizes.get(incident) ?? 0) + 1);
  // A claim's content signature is kept while its document is unchanged.
  const signatures: (string | undefined)[] = reuse ? new Array<string | undefined>(n) : [];
  const signatureOf = (unit: ClaimUnit): string => (signatures[unit.index] ??= (same?.[unit.index] ? previous?.signatures[unit.index] : undefined) ?? contentSignature(unit));
  const copies = findClaimCopies(units, syndicationGroupOf, (unit) => copyContext(unit, context, incidentSizes), reuse ? signatureOf : contentSignature);
  const { representativeOf } = copies;
  // Claims stating a fact about the same participant (see below), found first so that the pairs the words
  // find can be crossed off without a set of every pair matched.
  const factPairList = factPairs(units, eventsOfClaim, incidentOf, representativeOf);
  const factPairMatched = new Uint8Array(factPairList.length);
  // Where each claim's pairs (as the first claim) start in the list, which is sorted by first and second claim.
  const factPairsFrom = new Int32Array(n + 1);
  for (const [i] of factPairList) factPairsFrom[i + 1]++;
  for (let i = 0; i < n; i++) factPairsFrom[i + 1] += factPairsFrom[i];
  const matched = (x: number, y: number): void => {
    const [i, j] = x < y ? [x, y] : [y, x];
    let low = factPairsFrom[i];
    let high = factPairsFrom[i + 1];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (factPairList[middle][1] < j) low = middle + 1;
      else high = middle;
    }
    if (low < factPairsFrom[i + 1] && factPairList[low][1] === j) factPairMatched[low] = 1;
  };
  const termLists = units.map((u, c) => (same?.[c] ? previous!.termLists[c] : termsOf(u.features)));
  const keyLists = termLists.map((terms, c) => (same?.[c] ? previous!.keyLists[c] : terms.map((t) => t.key)));
  // Frequencies and weights count every copy (a reprinted sentence's words are as common as they are); the
  // postings hold the representatives alone, which are all that is searched.
  // After an edit, the last run's frequencies, weights and totals are brought up to date where they changed.
  const changed = same ? changedTerms(previous, { keyLists, representativeOf, personName }, same) : undefined;
  const df = changed ? new Map(previous!.df) : documentFrequencies(keyLists);
  if (changed) {
    for (let c = 0; c < n; c++) {
      if (same![c]) continue;
      for (const key of previous!.keyLists[c]) {
        const count = df.get(key)! - 1;
        if (count === 0) df.delete(key);
        else df.set(key, count);
      }
      for (const key of keyLists[c]) df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
  const weighOf = (key: string, count: number): number => MATCHING_TERMS.weights[termKind(key)] * idf(n, count);
  const weights = changed ? new Map(previous!.weights) : new Map<string, number>();
  if (changed) {
    for (const key of changed) {
      const count = df.get(key);
      if (count === undefined) weights.delete(key);
      else weights.set(key, weighOf(key, count));
    }
  } else for (const [key, count] of df) weights.set(key, weighOf(key, count));
  const weight = (t: Term): number => weights.get(t.key)!;
  const weightOfKey = (key: string): number => weights.get(key)!;
  const totals = termLists.map((terms, c) =>
    changed && same![c] && !keyLists[c].some((key) => changed.has(key)) ? previous!.totals[c] : terms.reduce((sum, t) => sum + weight(t), 0),
  );
  const searched = copies.copiesOf.size ? keyLists.map((keys, i) => (representativeOf[i] === i ? keys : [])) : keyLists;
  const index = buildPostings(searched, df, MATCHING_TERMS.cap(n), (key) => !MATCHING_TERMS.unindexed.has(termKind(key)));
  const shared = new SharedTerms(keyLists, (key) => index.postings.has(key));

  let matches: ClaimMatch[] = [];
  const finder = new CandidateFinder(index, n);
  // Asked of every claim a search meets: read from an array, not from the claims' objects.
  const documentOf = Int32Array.from(units, (u) => u.documentIndex);
  const nearKeysOf = index.nearDuplicates?.keysOf;
  const reusable = changed ? reusableSearches(previous!, { units, keyLists, representativeOf, nearKeysOf, eventsOfClaim, incidentOf, personName, postings: index.postings }, same!, changed) : undefined;
  // Claim i's match with candidate j, given what the search found they share.
  const pairMatch = (i: number, j: number, count: number, kinds: number, sharedWeight: number): ClaimMatch | null => {
    if (count < 2 || !sharesEnough(count, kinds)) return null;
    // The weights of the shared terms summed in the order of claim i's terms.
    const score = diceScore(sharedWeight, totals[i], totals[j]);
    if (score < MATCH_SETTINGS.related && !sameCountFact(units[i].features, units[j].features, kinds)) return null;
    // The shared indexed terms, in the order of claim i's terms.
    const terms = shared.of(termLists[i], i, j, true);
    return classify(units[i], units[j], score, terms, context);
  };
  // Each search as it ran or was reused, for the next run; its matches are kept as classified (later stages amend the ones in `matches`).
  const rows: (SearchRow | undefined)[] = reuse ? new Array<SearchRow | undefined>(n) : [];
  for (let i = 0; i < n; i++) {
    if (representativeOf[i] !== i) continue;
    if (reusable?.search[i]) {
      // The same candidates with the same shared terms: each pair is classified again only where either claim changed.
      const before = previous!.rows[i]!;
      let unchanged = reusable.claim[i] === 1;
      for (let k = 0; k < before.candidates.length && unchanged; k++) if (!reusable.claim[before.candidates[k]]) unchanged = false;
      if (unchanged) {
        rows[i] = before;
        before.results.forEach((r, k) => {
          if (r < 0) return;
          matched(i, before.candidates[k]);
          matches.push({ ...before.matches[r] });
        });
        continue;
      }
      const results = new Int32Array(before.candidates.length).fill(-1);
      const rowMatches: ClaimMatch[] = [];
      for (let k = 0; k < before.candidates.length; k++) {
        const j = before.candidates[k];
        // The kept match is never handed out, so it stays as classified.
        const kept = reusable.claim[i] && reusable.claim[j] ? (before.results[k] >= 0 ? before.matches[before.results[k]] : null) : undefined;
        const match = kept === undefined ? pairMatch(i, j, before.counts[k], before.kinds[k], before.sharedWeights[k]) : kept && { ...kept };
        if (!match) continue;
        matched(i, j);
        matches.push(match);
        results[k] = rowMatches.length;
        rowMatches.push(kept ?? { ...match });
      }
      rows[i] = { ...before, results, matches: rowMatches };
      continue;
    }
    const documentIndex = documentOf[i];
    const candidates = finder.find(keyLists[i], i, (j) => documentOf[j] !== documentIndex, weightOfKey);
    const row: SearchRow | undefined = reuse
      ? {
          candidates: Int32Array.from(candidates),
          counts: Int32Array.from(candidates, (j) => finder.sharedCount(j)),
          kinds: Int32Array.from(candidates, (j) => finder.sharedKinds(j)),
          sharedWeights: Float64Array.from(candidates, (j) => finder.sharedWeight(j)),
          results: new Int32Array(candidates.length).fill(-1),
          matches: [],
        }
      : undefined;
    candidates.forEach((j, k) => {
      const match = pairMatch(i, j, finder.sharedCount(j), finder.sharedKinds(j), finder.sharedWeight(j));
      if (!match) return;
      matched(i, j);
      matches.push(match);
      if (row) {
        row.results[k] = row.matches.length;
        row.matches.push({ ...match });
      }
    });
    if (row) rows[i] = row;
  }
  // A copy meets the other claims of its representative's article itself: the representative never meets
  // them (one document), and they are not copies of the copy's own sentences.
  const claimsOfDocument = new Map<number, number[]>();
  for (const [representative] of copies.copiesOf) claimsOfDocument.set(documentOf[representative], []);
  for (let y = 0; y < n; y++) if (representativeOf[y] === y) claimsOfDocument.get(documentOf[y])?.push(y);
  for (const [representative, list] of copies.copiesOf) {
    for (const copy of list) {
      for (const y of claimsOfDocument.get(documentOf[representative])!) {
        if (y === representative) continue;
        const [i, j] = copy < y ? [copy, y] : [y, copy];
        const terms = shared.of(termLists[i], i, j, true);
        const kinds = kindsOf(terms);
        if (!sharesEnough(terms.length, kinds)) continue;
        const score = diceScore(terms.reduce((sum, t) => sum + weight(t), 0), totals[i], totals[j]);
        if (score < MATCH_SETTINGS.related && !sameCountFact(units[i].features, units[j].features, kinds)) continue;
        const match = classify(units[i], units[j], score, terms, context);
        if (!match) continue;
        matched(i, j);
        matches.push(match);
      }
    }
  }
  // Claims stating a fact about the same participant, or the same value of a slot in one event, which the
  // words alone did not pair (or paired across events, where only a named person's fact can relate them).
  for (let k = 0; k < factPairList.length; k++) {
    if (factPairMatched[k]) continue;
    const [i, j] = factPairList[k];
    const terms = shared.of(termLists[i], i, j, false);
    const score = diceScore(terms.reduce((sum, t) => sum + weight(t), 0), totals[i], totals[j]);
    const match = classifyByFacts(units[i], units[j], score, terms, context);
    if (match) matches.push(match);
  }
  addSpellingConflicts(units, eventsOfClaim, matches, representativeOf);
  // A quotation given to two names by two representatives is decided before the bound, as any contradiction;
  // one involving a copy once the copies have their matches.
  const isRepresentative = (u: ClaimUnit): boolean => representativeOf[u.index] === u.index;
  addSpeakerConflicts(units, matches, speakerConflicts.filter((c) => isRepresentative(c.x) && isRepresentative(c.y)));
  const bounded = boundMatches({ matches, byClaim: byClaimOf(matches) });
  let omitted = bounded.omitted;
  if (copies.copiesOf.size) {
    const expanded = withCopies(units, bounded.matches.matches, omitted, copies, (representative) => {
      // A copy's match with its representative, as a search would have found it: the shared indexed terms,
      // or the whole sentence for one with near-duplicate keys (every term is shared).
      const near = index.nearDuplicates?.keysOf.has(representative) === true;
      const terms = termLists[representative].filter((t) => index.postings.has(t.key));
      const kinds = kindsOf(terms);
      if (!near && !sharesEnough(terms.length, kinds)) return null;
      const shared = near ? termLists[representative] : terms;
      const score = diceScore(shared.reduce((sum, t) => sum + weight(t), 0), totals[representative], totals[representative]);
      return { score, terms };
    }, context);
    matches = expanded.matches;
    omitted = expanded.omitted;
  } else matches = bounded.matches.matches;
  addSpeakerConflicts(units, matches, speakerConflicts.filter((c) => !isRepresentative(c.x) || !isRepresentative(c.y)));
  // By claim id as `localeCompare` orders them, through each id's rank: the ids are compared once each, not once per comparison of matches.
  const rank = collationRanks(units.map((u) => u.claim.id));
  const rankA = Int32Array.from(matches, (m) => rank.get(m.a)!);
  const rankB = Int32Array.from(matches, (m) => rank.get(m.b)!);
  // Counted into places by the first claim's rank (in match order), then each claim's own sorted by score and
  // the second claim: the order of one stable sort by all three, without a comparison callback for each of
  // four million matches.
  const ranks = rank.size + 1;
  const from = new Int32Array(ranks + 1);
  for (const r of rankA) from[r + 1]++;
  for (let r = 0; r < ranks; r++) from[r + 1] += from[r];
  const order = new Int32Array(matches.length);
  const next = from.slice(0, ranks);
  for (let k = 0; k < matches.length; k++) order[next[rankA[k]]++] = k;
  const scores = Float64Array.from(matches, (m) => m.score);
  const byScore = (x: number, y: number): number => scores[y] - scores[x] || rankB[x] - rankB[y] || x - y;
  for (let r = 0; r < ranks; r++) if (from[r + 1] - from[r] > 1) order.subarray(from[r], from[r + 1]).sort(byScore);
  const sorted = Array.from(order, (k) => matches[k]);
  if (reuse) {
    reuse.memory.previous = { units, termLists, keyLists, representativeOf, nearKeysOf, eventsOfClaim, incidentOf, personName, postings: index.postings, df, weights, totals, rows, signatures };
    let representatives = 0;
    let reused = 0;
    for (let i = 0; i < n; i++) {
      if (representativeOf[i] !== i) continue;
      representatives++;
      if (reusable?.search[i]) reused++;
    }
    reuse.memory.searches = { representatives, reused };
  }
  return { matches: sorted, byClaim: byClaimOf(sorted), omitted, ...(copies.copiesOf.size ? { copies } : {}) };
}

/**
 * The terms two claims share, as numbers: claim `j`'s terms are marked, and claim `i`'s read in
 * their order. Asked of every candidate pair, so it reads arrays, not a set of strings per claim.
 */
class SharedTerms {
  private readonly idsOf: Int32Array[];
  /** 1 for a term the postings hold (`indexed`). */
  private readonly indexed: Uint8Array;
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(keyLists: readonly (readonly string[])[], indexed: (key: string) => boolean) {
    const idOf = new Map<string, number>();
    const flags: number[] = [];
    this.idsOf = keyLists.map((keys) =>
      Int32Array.from(keys, (key) => {
        let id = idOf.get(key);
        if (id === undefined) {
          idOf.set(key, (id = flags.length));
          flags.push(indexed(key) ? 1 : 0);
        }
        return id;
      }),
    );
    this.indexed = Uint8Array.from(flags);
    this.mark = new Int32Array(flags.length);
  }

  /** Claim `i`'s terms (`terms`, in the order of its keys) that claim `j` has too; with `indexedOnly`, those the postings hold. */
  of(terms: readonly Term[], i: number, j: number, indexedOnly: boolean): Term[] {
    const stamp = ++this.stamp;
    const { mark, indexed } = this;
    for (const id of this.idsOf[j]) mark[id] = stamp;
    const own = this.idsOf[i];
    const out: Term[] = [];
    for (let k = 0; k < own.length; k++) if (mark[own[k]] === stamp && (!indexedOnly || indexed[own[k]] === 1)) out.push(terms[k]);
    return out;
  }
}

/** Whether two claims share enough indexed terms to be compared: two, or three when all are stems. */
function sharesEnough(count: number, kinds: number): boolean {
  return count >= 2 && ((kinds & ~KIND_BIT.stem) !== 0 || count >= 3);
}

/** Claim id → indexes of its matches. */
function byClaimOf(matches: readonly ClaimMatch[]): Map<string, number[]> {
  const byClaim = new Map<string, number[]>();
  matches.forEach((m, k) => {
    for (const id of [m.a, m.b]) {
      const list = byClaim.get(id);
      if (list) list.push(k);
      else byClaim.set(id, [k]);
    }
  });
  return byClaim;
}

/**
 * What of a claim's surroundings matching reads: its events, its document's date, whether its
 * document's incident holds other documents (and which), and which of its facts the article leaves
 * unclear. Copies must agree on all of it.
 */
function copyContext(unit: ClaimUnit, context: MatchContext, incidentSizes: ReadonlyMap<number, number>): string {
  const incident = context.incidentOf[unit.documentIndex];
  const sharedIncident = incidentSizes.get(incident)! > 1;
  const unclear = unit.facts.map((f) => (context.unclearFacts.has(unclearKey(f)) ? '1' : '0')).join('');
  return [(context.eventsOfClaim.get(unit.index) ?? []).join(' '), context.documentDates[unit.documentIndex] ?? '', sharedIncident ? incident : '-', unclear].join('\n');
}

/**
 * The representatives' matches with each copy in its representative's place, and each copy's match
 * with its representative (`ownMatch` gives the score and shared terms a search would have found).
 */
function withCopies(
  units: readonly ClaimUnit[],
  matches: readonly ClaimMatch[],
  omitted: readonly OmittedMatches[],
  copies: ClaimCopies,
  ownMatch: (representative: number) => { score: number; terms: Term[] } | null,
  context: MatchContext,
): { matches: ClaimMatch[]; omitted: OmittedMatches[] } {
  const indexOf = new Map<string, number>();
  for (const representative of copies.copiesOf.keys()) indexOf.set(units[representative].claim.id, representative);
  // What a representative left out, each copy leaves out too.
  const omittedOut = [...omitted];
  for (const entry of omitted) {
    const representative = indexOf.get(entry.claim);
    if (representative !== undefined) for (const copy of copies.copiesOf.get(representative)!) omittedOut.push({ ...entry, claim: units[copy].claim.id });
  }
  omittedOut.sort((x, y) => (x.claim < y.claim ? -1 : x.claim > y.claim ? 1 : 0));
  const documentOfId = new Map<string, number>();
  for (const match of matches) for (const id of [match.a, match.b]) if (!documentOfId.has(id)) documentOfId.set(id, -1);
  for (const unit of units) if (documentOfId.has(unit.claim.id)) documentOfId.set(unit.claim.id, unit.documentIndex);
  const out: ClaimMatch[] = [];
  for (const match of matches) {
    out.push(match);
    for (const [id, other] of [[match.a, match.b], [match.b, match.a]]) {
      const representative = indexOf.get(id);
      if (representative === undefined) continue;
      const otherDocument = documentOfId.get(other);
      for (const copy of copies.copiesOf.get(representative)!) {
        // A claim of the copy's own article is no other source's (the copy met its representative's article itself).
        if (units[copy].documentIndex !== otherDocument) out.push(matchOfCopy(match, units[representative], units[copy]));
      }
    }
  }
  for (const [representative, list] of copies.copiesOf) {
    const shared = ownMatch(representative);
    if (!shared) continue;
    for (const copy of list) {
      const [a, b] = representative < copy ? [representative, copy] : [copy, representative];
      const match = classify(units[a], units[b], shared.score, shared.terms, context);
      if (match) out.push(match);
    }
  }
  return { matches: out, omitted: omittedOut };
}

/** Each string's place in the order of `localeCompare` (strings it holds equal share a place). */
function collationRanks(strings: readonly string[]): Map<string, number> {
  // The collator `localeCompare` uses when given no locale or options.
  const { compare } = new Intl.Collator();
  const sorted = [...new Set(strings)].sort(compare);
  const rank = new Map<string, number>();
  sorted.forEach((s, k) => rank.set(s, k > 0 && compare(sorted[k - 1], s) === 0 ? rank.get(sorted[k - 1])! : k));
  return rank;
}

function describeShared(terms: readonly Term[], personName: ReadonlyMap<string, string>): string {
  const people = terms.filter((t) => t.kind === 'person').map((t) => personName.get(t.label) ?? t.label);
  // "New York" names "York" too: a place inside another one listed is not a second place shared.
  const places = placeNamesListed(terms.filter((t) => t.kind === 'place').map((t) => t.label));
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

/** A full name as written in a claim ("Jonathon Walker"), of a merged person. */
interface NameUse {
  unit: ClaimUnit;
  span: FactDifference['a'];
  words: string[];
}

/**
 * Two full names of one person that differ in the spelling of one word ("Jonathan" / "Jonathon",
 * "Morris" / "Mooris"): a disagreement between the sources about the name, not two people.
 */
function spelledDifferently(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  const differing = a.filter((w, i) => w !== b[i]);
  return (
    differing.length === 1 &&
    a.every((w, i) => w === b[i] || (w.length >= 4 && b[i].length >= 4 && w[0] === b[i][0] && transliterated(w) !== transliterated(b[i])))
  );
}

/**
 * A name as transliterations write it alike: Zelensky / Zelenskyy / Zelenskiy, Heidar / Heydar,
 * Berdymukhamedov / Berdimuhamedov are one spelling choice, not a disagreement (y and i, kh and h,
 * a doubled final letter), while Jonathan / Jonathon or Morris / Mooris are not.
 */
function transliterated(word: string): string {
  return foldDiacritics(word).replace(/y/g, 'i').replace(/kh/g, 'h').replace(/(.)\1+$/, '$1');
}

/**
 * Marks the sources that spell one person's name differently: for each merged person and each
 * pair of documents of one event that write the name two ways, the first claims using each
 * spelling contradict on the name (an existing match between them is upgraded). Two people the
 * people stage kept apart count as one when their full names differ in the spelling of one word
 * and the sources give them the same age ("Devan Ellis, 15" / "Daven Ellis, 15" in one event).
 */
function addSpellingConflicts(
  units: readonly ClaimUnit[],
  eventsOfClaim: ReadonlyMap<number, readonly string[]>,
  matches: ClaimMatch[],
  representativeOf: Int32Array,
): void {
  const uses = new Map<string, NameUse[]>();
  for (const unit of units) {
    // A copy spells the name as its representative does, and gets its conflicts with it (`withCopies`).
    if (representativeOf[unit.index] !== unit.index) continue;
    for (const p of unit.personSpans) {
      if (p.words.length < 2) continue;
      const list = uses.get(p.person) ?? [];
      list.push({ unit, span: { start: p.start, end: p.end, text: p.text }, words: p.words });
      uses.set(p.person, list);
    }
  }
  const record = conflictRecorder(units, matches);
  const conflicts = (xs: readonly NameUse[], ys: readonly NameUse[], spelled = spelledDifferently): void => {
    const done = new Set<string>();
    // A central person is written thousands of times in a few spellings: each use meets only the uses of
    // the spellings that differ from its own (the check is symmetric), in the order of `ys`.
    const spellings = new Map<string, { words: string[]; positions: number[] }>();
    ys.forEach((use, k) => {
      const key = use.words.join(' ');
      const spelling = spellings.get(key);
      if (spelling) spelling.positions.push(k);
      else spellings.set(key, { words: use.words, positions: [k] });
    });
    const partnersOf = new Map<string, number[]>();
    for (const first of xs) {
      const key = first.words.join(' ');
      let partners = partnersOf.get(key);
      if (!partners) {
        partners = [];
        for (const spelling of spellings.values()) if (spelled(first.words, spelling.words)) for (const k of spelling.positions) partners.push(k);
        partners.sort((p, q) => p - q);
        partnersOf.set(key, partners);
      }
      for (const k of partners) {
        const second = ys[k];
        const [x, y] = first.unit.index < second.unit.index ? [first, second] : [second, first];
        if (x.unit.index === y.unit.index || x.unit.documentIndex === y.unit.documentIndex) continue;
        const documents = `${x.unit.documentIndex} ${y.unit.documentIndex} ${x.words.join(' ')} ${y.words.join(' ')}`;
        if (done.has(documents)) continue;
        const ex = eventsOfClaim.get(x.unit.index) ?? [];
        if (!(eventsOfClaim.get(y.unit.index) ?? []).some((e) => ex.includes(e))) continue;
        done.add(documents);
        record(x, y);
      }
    }
  };
  for (const list of uses.values()) conflicts(list, list);
  // Two people kept apart are one only when the differing word is a near spelling ("Devan" / "Daven"), not
  // another form of the name ("Alexis" / "Alexandros").
  for (const [p, q] of samePersonByAge(units, uses)) conflicts(uses.get(p) ?? [], uses.get(q) ?? [], (a, b) => spelledDifferently(a, b) && a.every((w, i) => w === b[i] || nearSpelling(w, b[i])));
}

/** One quotation given to two names of one surname (quoteSpeakers.ts), in corpus order: the names contradict. */
function addSpeakerConflicts(units: readonly ClaimUnit[], matches: ClaimMatch[], speakerConflicts: readonly SpeakerNameConflict[]): void {
  if (!speakerConflicts.length) return;
  const record = conflictRecorder(units, matches);
  for (const c of speakerConflicts) {
    const [x, y] = c.x.index < c.y.index ? [{ unit: c.x, span: c.a }, { unit: c.y, span: c.b }] : [{ unit: c.y, span: c.b }, { unit: c.x, span: c.a }];
    record(x, y);
  }
}

/**
 * Records a name written two ways by two claims (`x` first in the corpus): their match becomes a
 * contradiction on the name, or one is made if there is none.
 */
function conflictRecorder(units: readonly ClaimUnit[], matches: ClaimMatch[]): (x: { unit: ClaimUnit; span: TextSpan }, y: { unit: ClaimUnit; span: TextSpan }) => void {
  // The matches by their two claims (unit indexes, in match order), made when the first conflict needs them.
  const n = units.length;
  let byPair: Map<number, ClaimMatch> | null = null;
  const matchOf = (a: ClaimUnit, b: ClaimUnit): ClaimMatch | undefined => {
    if (!byPair) {
      const indexOf = new Map(units.map((u) => [u.claim.id, u.index]));
      byPair = new Map(matches.map((match) => [indexOf.get(match.a)! * n + indexOf.get(match.b)!, match]));
    }
    return byPair.get(a.index * n + b.index) ?? byPair.get(b.index * n + a.index);
  };
  // A name written two ways contradicts the match of the two claims (made one if there is none).
  return (x: { unit: ClaimUnit; span: TextSpan }, y: { unit: ClaimUnit; span: TextSpan }): void => {
    const difference: FactDifference = { slot: 'name', a: x.span, b: y.span };
    const reason = `name: "${x.span.text}" vs "${y.span.text}"`;
    // A later report is stored from the earlier claim to the later one, whichever comes first in the corpus.
    const existing = matchOf(x.unit, y.unit);
    if (existing) {
      const own = existing.a === x.unit.claim.id ? difference : { slot: difference.slot, a: difference.b, b: difference.a };
      const ownReason = existing.a === x.unit.claim.id ? reason : `name: "${y.span.text}" vs "${x.span.text}"`;
      existing.reason = existing.relation === 'contradicts' ? `${ownReason}; ${existing.reason}` : `${ownReason}; ${existing.reason.replace(/^(?:later report|changed between reports of one day): /, '')}`;
      existing.relation = 'contradicts';
      existing.differences = [own, ...(existing.differences ?? [])];
    } else {
      const match: ClaimMatch = { a: x.unit.claim.id, b: y.unit.claim.id, relation: 'contradicts', score: 0, reason, differences: [difference] };
      matches.push(match);
      byPair?.set(x.unit.index * n + y.unit.index, match);
    }
  };
}

/** Two words at most two edits apart (a swapped or changed letter), of lengths at most one apart. */
function nearSpelling(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length] <= 2;
}

/**
 * Pairs of merged people whose full names differ in one word (any word: the name with that word
 * left out is shared) and to whom the sources give a common age, unhedged: one person spelled two
 * ways. `spelledDifferently` and the shared event are checked on each use.
 */
function samePersonByAge(units: readonly ClaimUnit[], uses: ReadonlyMap<string, readonly NameUse[]>): [string, string][] {
  const ages = new Map<string, Set<string>>();
  for (const unit of units) {
    for (const f of unit.facts) {
      if (f.slot !== 'age' || f.hedged || f.participantKey === null || !f.participantKey.startsWith('p:')) continue;
      const id = f.participantKey.slice(2);
      const set = ages.get(id) ?? new Set<string>();
      set.add(f.value);
      ages.set(id, set);
    }
  }
  const byRest = new Map<string, Set<string>>();
  for (const [person, list] of uses) {
    if (!ages.has(person)) continue;
    for (const use of list) {
      for (let i = 0; i < use.words.length; i++) {
        const rest = `${use.words.length}|${i}|${use.words.filter((_, k) => k !== i).join(' ')}`;
        const set = byRest.get(rest) ?? new Set<string>();
        set.add(person);
        byRest.set(rest, set);
      }
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const people of byRest.values()) {
    if (people.size < 2) continue;
    const list = [...people].sort();
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const ax = ages.get(list[x]) ?? new Set<string>();
        if (![...(ages.get(list[y]) ?? [])].some((age) => ax.has(age))) continue;
        pairs.set(`${list[x]}\n${list[y]}`, [list[x], list[y]]);
      }
    }
  }
  return [...pairs.values()];
}

/**
 * Documents that report one incident: they name one person and give that person the same age
 * ("Dana Ruiz, 34" in both), directly or through a third document. The event layer splits an
 * incident when its reports tell it from different moments (the shooting, the arrest, the
 * charge); a named person of one age is the same person in all of them, and so is the incident.
 * A person named with one word, or without an age in either document, links nothing: a spokesman
 * or an official speaks about many incidents. Document index → incident number (its smallest
 * document index).
 */
function incidentsOfDocuments(units: readonly ClaimUnit[]): number[] {
  const documents = units.reduce((n, u) => Math.max(n, u.documentIndex + 1), 0);
  const parent = Array.from({ length: documents }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const fullyNamed = new Set<string>();
  for (const unit of units) for (const p of unit.personSpans) if (p.words.length >= 2) fullyNamed.add(p.person);
  // "person age" → the first document giving that person that age; later ones join it.
  const firstWithAge = new Map<string, number>();
  for (const unit of units) {
    for (const f of unit.facts) {
      if (f.slot !== 'age' || f.hedged || f.negated || f.participantKey === null || !f.participantKey.startsWith('p:')) continue;
      if (!fullyNamed.has(f.participantKey.slice(2))) continue;
      const key = `${f.participantKey}\n${f.value}`;
      const first = firstWithAge.get(key);
      if (first === undefined) firstWithAge.set(key, unit.documentIndex);
      else {
        const [ra, rb] = [find(first), find(unit.documentIndex)];
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
  return parent.map((_, i) => find(i));
}

/**
 * Slots compared between claims of one incident that the event layer put in different events. Not
 * the day (the event layer tells happenings apart by it: a person of one age can be in two), and
 * not a count (a toll is of one happening).
 */
const INCIDENT_SLOTS: ReadonlySet<Fact['slot']> = new Set<Fact['slot']>(['age', 'time', 'injury', 'condition', 'place', 'charge']);

/**
 * The fact comparisons of two claims of one incident placed in different events: only facts about a
 * named person, or a street, or any fact when the claims name a person in common.
 */
function incidentComparisons(a: ClaimUnit, b: ClaimUnit, terms: readonly Term[], context: MatchContext): FactComparison<CorpusFact>[] {
  if (a.documentIndex === b.documentIndex || context.incidentOf[a.documentIndex] !== context.incidentOf[b.documentIndex]) return [];
  const sharePerson = terms.some((t) => t.kind === 'person');
  return trustedComparisons(a, b, terms, context).filter((c) => INCIDENT_SLOTS.has(c.slot) && (sharePerson || c.slot === 'place' || c.a.participantKey?.startsWith('p:') === true));
}

interface MatchContext {
  eventsOfClaim: ReadonlyMap<number, readonly string[]>;
  personName: ReadonlyMap<string, string>;
  /** Each document's date (`referenceDate.value`), to tell the later of two reports. */
  documentDates: readonly (string | null)[];
  /** `unclearKey`s of slots an article fills twice with different values. */
  unclearFacts: ReadonlySet<string>;
  /** Each document's incident (see `incidentsOfDocuments`). */
  incidentOf: readonly number[];
}

/** Most claims of one event a fact key may pair: a key shared by more says too little (a generic "the victim"). */
const MAX_CLAIMS_PER_FACT_KEY = 40;

/** What makes two facts comparable (see `comparabilityKey`), with merged participants. */
function factKey(f: CorpusFact): string | null {
  return comparabilityKey(f, participantKeyOf);
}

/**
 * What pairs a charge denied for no one named ("no one has been charged", "the man was not charged")
 * with a charge filed against a named person in the same event, which a later report may bring
 * (`compareFacts`).
 */
function chargeStatusKey(f: CorpusFact): string | null {
  if (f.slot !== 'charge' || f.hedged) return null;
  const named = f.participantKey?.startsWith('p:') === true;
  return f.negated !== named ? 'charge~' : null;
}

/** Pairs (i < j, different documents, one event or one incident) of representative claims with a fact key in common. */
function factPairs(units: readonly ClaimUnit[], eventsOfClaim: ReadonlyMap<number, readonly string[]>, incidentOf: readonly number[], representativeOf: Int32Array): [number, number][] {
  const groups = new Map<string, number[]>();
  for (const unit of units) {
    // Copies are paired through their representatives (`withCopies`).
    if (unit.facts.length === 0 || representativeOf[unit.index] !== unit.index) continue;
    const keys = new Set(unit.facts.flatMap((f) => [factKey(f), placeSpellingKey(f), sameValueKey(f), chargeStatusKey(f)]).filter((k): k is string => k !== null));
    const add = (group: string): void => {
      const list = groups.get(group) ?? [];
      list.push(unit.index);
      groups.set(group, list);
    };
    for (const event of eventsOfClaim.get(unit.index) ?? []) for (const key of keys) add(`${event}\n${key}`);
    // Documents of one incident (one named person of one age): their facts meet whatever events hold them.
    for (const f of unit.facts) {
      const key = factKey(f);
      if (key !== null && INCIDENT_SLOTS.has(f.slot)) add(`#${incidentOf[unit.documentIndex]}\n${key}`);
    }
    // A named person's fact is the same person's in any event (the event layer may split one incident).
    for (const f of unit.facts) if (f.participantKey?.startsWith('p:') && !f.hedged) add(`*\n${factKey(f) ?? ''}\n${f.value}`);
  }
  const pairs = new Map<number, [number, number]>();
  for (const list of groups.values()) {
    if (list.length < 2 || list.length > MAX_CLAIMS_PER_FACT_KEY) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = list[x] < list[y] ? [list[x], list[y]] : [list[y], list[x]];
        if (units[i].documentIndex === units[j].documentIndex) continue;
        pairs.set(i * units.length + j, [i, j]);
      }
    }
  }
  return [...pairs.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

const participantKeyOf = (f: CorpusFact): string | null => f.participantKey;

/** Whether the first claim's report is dated after the second's; null when equal or unknown. */
function laterReport(a: ClaimUnit, b: ClaimUnit, dates: readonly (string | null)[]): boolean | null {
  const da = dates[a.documentIndex] ?? null;
  const db = dates[b.documentIndex] ?? null;
  if (!da || !db || da.length < 10 || db.length < 10 || da.slice(0, 10) === db.slice(0, 10)) return null;
  return da.slice(0, 10) > db.slice(0, 10);
}

/**
 * The fact comparisons of two claims of one event that can be trusted. A fact about a named
 * person is compared as it is; a fact about a description ("the girl"), or with no participant
 * (a count, a time, the scene), only when the two claims also share a person, name or place:
 * two incidents of one kind have their own girls, tolls and streets.
 */
function trustedComparisons(a: ClaimUnit, b: ClaimUnit, terms: readonly Term[], context: MatchContext): FactComparison<CorpusFact>[] {
  if (a.facts.length === 0 || b.facts.length === 0) return [];
  // A city is shared by every incident a local outlet covers: a person in common, or two anchors, is needed.
  const anchored = terms.some((t) => t.kind === 'person') || new Set(terms.filter((t) => isAnchorTerm(t.key)).map((t) => t.label)).size >= 2;
  const unclear = (f: CorpusFact): boolean => context.unclearFacts.has(unclearKey(f));
  // A toll changes as a story develops: two counts disagree only between reports known to be of one day or in order.
  const dated = Boolean(context.documentDates[a.documentIndex]) && Boolean(context.documentDates[b.documentIndex]);
  return compareFacts(a.facts, b.facts, participantKeyOf, laterReport(a, b, context.documentDates), unclear).filter(
    // A street of one event is itself specific enough: it names the place, as a person's name names someone.
    // So is a clock time of one action on one day: one event does not hold two shootings minutes apart.
    // An agreement only relates two claims of one event, so it needs no anchor; a disagreement does.
    (c) => (anchored || c.relation === 'agrees' || c.slot === 'place' || sameDayClockTimes(c) || c.a.participantKey?.startsWith('p:') === true || chargeFiledAgainstNamed(c)) && (dated || c.slot !== 'count' || c.relation === 'agrees') &&
      !(c.slot === 'age' && c.relation === 'contradicts' && agedBetweenReports(c.a, c.b, context.documentDates)),
  );
}

/** A charge filed against a named person, in a later report than one saying no one was charged (`compareFacts`). */
function chargeFiledAgainstNamed(c: FactComparison<CorpusFact>): boolean {
  return c.relation === 'updates' && c.slot === 'charge' && (c.a.participantKey?.startsWith('p:') === true || c.b.participantKey?.startsWith('p:') === true);
}

/** Two clock times of one action that both sides date to the same day ("1:40 a.m." / "2:10 a.m. Wednesday"). */
function sameDayClockTimes(c: FactComparison<CorpusFact>): boolean {
  const day = c.a.time?.day;
  return c.slot === 'time' && typeof day === 'string' && day === c.b.time?.day;
}

/**
 * Two ages a person reached between the dates of two reports: "27" in a report of 2005 and "29" in
 * one of 2007 are the same person two years on. The later report's age is higher by no more than
 * the years between them (a birthday is counted only across a gap of more than about five weeks).
 */
function agedBetweenReports(a: CorpusFact, b: CorpusFact, dates: readonly (string | null)[]): boolean {
  const da = parsePartial(dates[a.documentIndex]);
  const db = parsePartial(dates[b.documentIndex]);
  if (!isFullDate(da) || !isFullDate(db)) return false;
  const days = dayNumber(da) - dayNumber(db);
  const [later, earlier] = days >= 0 ? [a, b] : [b, a];
  const grown = Number(later.value) - Number(earlier.value);
  return grown >= 1 && grown <= Math.ceil(Math.abs(days) / 365.25 - 0.1);
}

/** A fact's slot and participant in its document, for finding the ones an article states twice. */
function unclearKey(f: CorpusFact): string {
  return `${f.documentIndex}\n${factKey(f) ?? ''}`;
}

/** Slots and participants for which an article gives two different values: their facts are not compared. */
function unclearFacts(units: readonly ClaimUnit[]): Set<string> {
  const values = new Map<string, Set<string>>();
  // Times and places are stated at several precisions ("5:52 a.m." and "just before 6 a.m.", "412 Linden
  // Avenue" and "the 400 block of Linden Avenue"): an article gives two of them only when two disagree.
  const measured = new Map<string, CorpusFact[]>();
  for (const unit of units) {
    for (const f of unit.facts) {
      if (factKey(f) === null) continue;
      if (f.slot === 'time' || f.slot === 'date' || f.slot === 'place') {
        const list = measured.get(unclearKey(f)) ?? [];
        list.push(f);
        measured.set(unclearKey(f), list);
        continue;
      }
      // "Survived" says only that someone lives, which any later condition but death refines ("survived
      // the shooting and is in a coma"): no second value.
      if (f.slot === 'condition' && f.value === 'survives' && !f.negated) continue;
      const key = unclearKey(f);
      const set = values.get(key) ?? new Set<string>();
      // A condition the story passed through on the way to a death ("had been missing", "was in critical
      // condition") is not a second value beside the death; one stated as the state now is.
      set.add(`${f.negated ? '!' : ''}${f.value}${f.slot === 'condition' && f.value !== 'dead' && f.current !== true ? '~' : ''}`);
      values.set(key, set);
    }
  }
  const clear = (set: ReadonlySet<string>): boolean => {
    const stated = set.has('dead') ? [...set].filter((v) => !v.endsWith('~')) : [...set];
    return new Set(stated.map((v) => v.replace(/~$/, ''))).size <= 1;
  };
  const unclear = new Set([...values].filter(([, set]) => !clear(set)).map(([key]) => key));
  for (const [key, list] of measured) {
    if (list.some((x, i) => list.some((y, j) => j > i && x.negated === y.negated && compareAlignedFacts(x, y, null) === 'contradicts'))) unclear.add(key);
  }
  return unclear;
}

function differencesOf(comparisons: readonly FactComparison<CorpusFact>[]): FactDifference[] {
  return comparisons.map((c) => ({ slot: c.slot, a: { ...c.a.span }, b: { ...c.b.span } }));
}

/**
 * The slot and both spans of each comparison, with who asserts each one when its sentence says
 * ("police said", "according to the hospital"): two attributed figures still disagree, and the
 * reader sees whose figures they are.
 */
function describeFacts(comparisons: readonly FactComparison<CorpusFact>[], separator: string, claims: readonly ClaimUnit[]): string {
  const attribution = new Map<string, string>();
  for (const unit of claims) if (unit.claim.attribution) attribution.set(unit.claim.id, unit.claim.attribution.text);
  // A negated fact's span starts at its "not" when the "not" is right before it; else the reason says it.
  // Who asserts it is shown when the two sides differ in it ("police said" / "the hospital said").
  const told = (f: CorpusFact, by: string | undefined): string => `${f.negated && f.spanShowsNegation !== true ? 'not ' : ''}"${f.span.text}"${by ? ` (${by})` : ''}`;
  return comparisons
    .map((c) => {
      const [byA, byB] = [attribution.get(c.a.claim), attribution.get(c.b.claim)];
      const shown = byA?.toLowerCase() !== byB?.toLowerCase();
      return `${c.slot}: ${told(c.a, shown ? byA : undefined)}${separator}${told(c.b, shown ? byB : undefined)}`;
    })
    .join('; ');
}

/** A match decided by facts: a contradiction, a later report, or an agreement of facts. */
function factMatch(
  a: ClaimUnit,
  b: ClaimUnit,
  rounded: number,
  reason: string,
  comparisons: readonly FactComparison<CorpusFact>[],
  aLater: boolean | null,
): ClaimMatch | null {
  const conflicts = comparisons.filter((c) => c.relation === 'contradicts');
  if (conflicts.length > 0) {
    return { a: a.claim.id, b: b.claim.id, relation: 'contradicts', score: rounded, reason: `${describeFacts(conflicts, ' vs ', [a, b])}; ${reason}`, differences: differencesOf(conflicts) };
  }
  const updates = comparisons.filter((c) => c.relation === 'updates');
  if (updates.length > 0) {
    // An update reads from the earlier report to the later one (`a` → `b`): the later claim goes second.
    if (aLater === true) {
      const swapped = updates.map((c) => ({ ...c, a: c.b, b: c.a }));
      return { a: b.claim.id, b: a.claim.id, relation: 'updates', score: rounded, reason: `later report: ${describeFacts(swapped, ' → ', [a, b])}; ${reason}`, differences: differencesOf(swapped) };
    }
    const separator = aLater === false ? ' → ' : ' / ';
    const lead = aLater === false ? 'later report' : 'changed between reports of one day';
    return { a: a.claim.id, b: b.claim.id, relation: 'updates', score: rounded, reason: `${lead}: ${describeFacts(updates, separator, [a, b])}; ${reason}`, differences: differencesOf(updates) };
  }
  return null;
}

/**
 * What two facts of one event may share although their participants are not known to be one: the
 * slot and a specific value ("15-year-old", "died", "shoulder", "capital murder"). Two claims of one
 * event that state the same value are related; nothing else is concluded from it. A bare "gun" and
 * the generic "victims" counted say too little.
 */
function sameValueKey(f: CorpusFact): string | null {
  if (f.hedged) return null;
  switch (f.slot) {
    case 'age':
    case 'injury':
    case 'condition':
    case 'charge':
      return `=${f.slot}|${f.negated ? '!' : ''}${f.value}`;
    case 'act':
      return `=act|${f.negated ? '!' : ''}${f.value}`;
    case 'count':
      return f.counted === 'victims' ? null : `=count|${f.counted ?? ''}|${f.value}`;
    case 'weapon':
      return f.value === 'gun' ? null : `=weapon|${f.value}`;
    case 'date':
      // "murdered the couple on Friday" and "shot the couple Friday": one attack told with two verbs.
      return f.action === null ? null : `=date|${ATTACK_ACTIONS.has(f.action) ? 'attack' : f.action}|${f.value}`;
    default:
      return null;
  }
}


function sameValues(a: ClaimUnit, b: ClaimUnit): CorpusFact[] {
  const keys = new Set(b.facts.map(sameValueKey).filter((k): k is string => k !== null));
  return a.facts.filter((f) => {
    const key = sameValueKey(f);
    return key !== null && keys.has(key);
  });
}

/** A pair found by a shared fact key only: related, agreeing, contradicting or updating by its facts. */
function classifyByFacts(a: ClaimUnit, b: ClaimUnit, score: number, terms: readonly Term[], context: MatchContext): ClaimMatch | null {
  const rounded = Math.round(Math.min(1, score) * 1000) / 1000;
  const reason = describeShared(terms, context.personName);
  const ea = context.eventsOfClaim.get(a.index) ?? [];
  const sameEvent = (context.eventsOfClaim.get(b.index) ?? []).some((e) => ea.includes(e));
  const related = (slots: readonly string[]): ClaimMatch => {
    const facts = `same ${[...new Set(slots)].join(', ')}`;
    return { a: a.claim.id, b: b.claim.id, relation: 'related', score: rounded, reason: terms.length ? `${facts}; ${reason}` : facts };
  };
  if (!sameEvent) {
    const incident = incidentComparisons(a, b, terms, context);
    const decided = factMatch(a, b, rounded, reason, incident, laterReport(a, b, context.documentDates));
    if (decided) return decided;
    if (incident.length > 0) return related(incident.map((c) => c.slot));
    // Across events only a named person's facts, and only when they all agree: the same person of the same
    // age is one person, whatever events the claims were placed in; a difference there is left unsaid.
    const personal = compareFacts(a.facts, b.facts, participantKeyOf, null).filter((c) => c.a.participantKey?.startsWith('p:') === true);
    if (personal.length === 0 || personal.some((c) => c.relation !== 'agrees')) return null;
    return related(personal.map((c) => c.slot));
  }
  const comparisons = trustedComparisons(a, b, terms, context);
  const decided = factMatch(a, b, rounded, reason, comparisons, laterReport(a, b, context.documentDates));
  if (decided) return decided;
  const agreeing = comparisons.filter((c) => c.relation === 'agrees');
  if (agreeing.length > 0) return related(agreeing.map((c) => c.slot));
  // The same value of a slot stated by two claims of one event, about participants not known to be one.
  const same = sameValues(a, b);
  return same.length > 0 ? related(same.map((f) => f.slot)) : null;
}

function classify(a: ClaimUnit, b: ClaimUnit, score: number, terms: readonly Term[], context: MatchContext): ClaimMatch | null {
  const { eventsOfClaim, personName } = context;
  const ea = eventsOfClaim.get(a.index) ?? [];
  const eb = eventsOfClaim.get(b.index) ?? [];
  const sameEvent = ea.some((e) => eb.includes(e));
  const rounded = Math.round(Math.min(1, score) * 1000) / 1000;
  const reason = describeShared(terms, personName);
  if (!sameEvent) {
    // Claims of one incident that the event layer placed apart are compared by their facts.
    const decided = factMatch(a, b, rounded, reason, incidentComparisons(a, b, terms, context), laterReport(a, b, context.documentDates));
    if (decided) return decided;
    // Another event's claim may state the same general fact, but never contradicts or relates.
    if (score < MATCH_SETTINGS.agreeAcrossEvents || differenceOf(a.features, b.features) || differentOccurrences(a.features, b.features)) return null;
    return { a: a.claim.id, b: b.claim.id, relation: 'agrees', score: rounded, reason };
  }
  const decided = factMatch(a, b, rounded, reason, trustedComparisons(a, b, terms, context), laterReport(a, b, context.documentDates));
  if (decided) return decided;
  const occurrence = differentOccurrences(a.features, b.features);
  const difference = differenceOf(a.features, b.features);
  const countFact = sameCountFact(a.features, b.features, kindsOf(terms));
  // Of the term-level differences only a count of occurrences contradicts ("third meeting" / "fourth visit"):
  // numbers, dates and negations are compared as facts, slot by slot, above.
  if (difference?.kind === 'ordinal' && !occurrence && (score >= MATCH_SETTINGS.contradict || countFact) && sharesAnchor(terms)) {
    const match: ClaimMatch = { a: a.claim.id, b: b.claim.id, relation: 'contradicts', score: rounded, reason: `occurrence: "${difference.a}" vs "${difference.b}"; ${reason}` };
    if (difference.spans) match.differences = [{ slot: 'occurrence', a: difference.spans.a, b: difference.spans.b }];
    return match;
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
