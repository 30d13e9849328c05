/**
 * What one run of claim matching leaves for the next one over the same corpus after an edit
 * (`CorpusJoiner` in corpus/index.ts): each representative's search (the candidates it met and the
 * matches it made), reused when nothing the search read has changed, so that after one edited
 * article only the searches that can see the edit run again.
 *
 * A representative's search reads the postings and weights of its own terms (a term's weight is
 * its kind's factor times its idf over the corpus's claims), the near-duplicate groups of its
 * keys, and of each candidate the claim itself, its total weight, its events, its document's date,
 * incident and unclear facts, and the names of the people it shares. A search is reused when its
 * claim, its terms and its keys are unchanged and so is every candidate it met; any other search
 * runs again. With another number of claims every weight and the postings' cap change, and every
 * search runs again.
 */
import type { ClaimMatch } from '../../report';
import type { ClaimUnit } from '../claimUnits';

/**
 * One representative's search: the candidates it met, in order, with what it found each one shares
 * (how many indexed terms, their kinds, their weight), and its matches as classified (before later
 * stages amend them): `results[k]` is the index in `matches` of the match with candidate k, or -1.
 */
export interface SearchRow {
  candidates: Int32Array;
  counts: Int32Array;
  kinds: Int32Array;
  sharedWeights: Float64Array;
  results: Int32Array;
  matches: ClaimMatch[];
}

/** The inputs and searches of one run, as the next run compares them. */
export interface MatchingState<T> extends MatchingInputs {
  termLists: readonly T[];
  /** Each term's document frequency and weight, and each claim's total weight. */
  df: ReadonlyMap<string, number>;
  weights: ReadonlyMap<string, number>;
  totals: readonly number[];
  rows: readonly (SearchRow | undefined)[];
  /** The content signatures of claims in syndicated documents (corpus/matching/copies), where they were needed. */
  signatures: readonly (string | undefined)[];
}

/** Kept by the caller from one run of `matchClaims` to the next (the state is matching's own). */
export class MatchingMemory {
  /** The last run's state; `unknown` terms, as matching's term type is its own. */
  previous: MatchingState<unknown> | undefined;
  /** How many representatives the last run searched for, and how many of their searches it reused. */
  searches = { representatives: 0, reused: 0 };
}

/** What a caller gives `matchClaims` to reuse the last run's searches. */
export interface MatchingReuse {
  memory: MatchingMemory;
  /** Per document: its analysis is the one of the last run, at the same place in the corpus. */
  sameDocument: readonly boolean[];
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The same claim of the same analysis at the same place, with the same merged people. */
function sameUnit(a: ClaimUnit, b: ClaimUnit): boolean {
  return (
    a.claim === b.claim &&
    a.index === b.index &&
    a.documentIndex === b.documentIndex &&
    a.document === b.document &&
    sameStrings(a.features.people, b.features.people) &&
    a.personSpans.length === b.personSpans.length &&
    a.personSpans.every((p, k) => p.person === b.personSpans[k].person) &&
    a.facts.length === b.facts.length &&
    a.facts.every((f, k) => f.participantKey === b.facts[k].participantKey)
  );
}

/**
 * 1 for each claim whose document is unchanged since the last run: the same analysis, every claim
 * of it the same unit. A document's claims are compared together because matching reads some of a
 * document's facts together (which slots it leaves unclear).
 */
export function unchangedClaims(previous: MatchingState<unknown> | undefined, units: readonly ClaimUnit[], sameDocument: readonly boolean[]): Uint8Array {
  const same = new Uint8Array(units.length);
  if (!previous || previous.units.length !== units.length) return same;
  const documentSame = sameDocument.slice();
  for (const unit of units) if (!sameUnit(previous.units[unit.index], unit)) documentSame[unit.documentIndex] = false;
  for (const unit of units) if (documentSame[unit.documentIndex] === true) same[unit.index] = 1;
  return same;
}

/** Each event's members (claim indexes, ascending, joined): an event is the same when its members are. */
function eventMemberships(eventsOfClaim: ReadonlyMap<number, readonly string[]>): Map<string, string> {
  const members = new Map<string, number[]>();
  for (const [claim, events] of eventsOfClaim) {
    for (const event of events) {
      const list = members.get(event);
      if (list) list.push(claim);
      else members.set(event, [claim]);
    }
  }
  const out = new Map<string, string>();
  for (const [event, list] of members) out.set(event, list.sort((a, b) => a - b).join(','));
  return out;
}

/** Each document's incident as the list of its documents: a document's incident is the same when the list is. */
function incidentMembers(incidentOf: readonly number[]): string[] {
  const members = new Map<number, number[]>();
  incidentOf.forEach((incident, d) => {
    const list = members.get(incident);
    if (list) list.push(d);
    else members.set(incident, [d]);
  });
  const joined = new Map<number, string>();
  for (const [incident, list] of members) joined.set(incident, list.join(','));
  return incidentOf.map((incident) => joined.get(incident)!);
}

/**
 * The terms whose postings or weight may have changed since the last run (undefined when there is
 * none to compare with, or it had another number of claims): those a changed claim gained or lost
 * (the others it keeps have the same claims and frequency), all those of a claim that became or
 * ceased to be searched (a representative), and people whose name changed (the reasons name them).
 */
export function changedTerms(
  previous: MatchingState<unknown> | undefined,
  current: Pick<MatchingInputs, 'keyLists' | 'representativeOf' | 'personName'>,
  same: Uint8Array,
): Set<string> | undefined {
  const { keyLists, representativeOf } = current;
  const n = keyLists.length;
  if (!previous || previous.units.length !== n) return undefined;
  const changed = new Set<string>();
  for (let c = 0; c < n; c++) {
    const [before, now] = [previous.keyLists[c], keyLists[c]];
    if ((previous.representativeOf[c] === c) !== (representativeOf[c] === c)) {
      for (const key of before) changed.add(key);
      for (const key of now) changed.add(key);
    } else if (!same[c] && !sameStrings(before, now)) {
      const had = new Set(before);
      const has = new Set(now);
      for (const key of before) if (!has.has(key)) changed.add(key);
      for (const key of now) if (!had.has(key)) changed.add(key);
    }
  }
  for (const [person, name] of current.personName) if (previous.personName.get(person) !== name) changed.add(`p:${person}`);
  for (const person of previous.personName.keys()) if (!current.personName.has(person)) changed.add(`p:${person}`);
  return changed;
}

/** What this run has that the last one's searches are compared with. */
export interface MatchingInputs {
  units: readonly ClaimUnit[];
  keyLists: readonly (readonly string[])[];
  representativeOf: Int32Array;
  nearKeysOf: ReadonlyMap<number, readonly string[]> | undefined;
  eventsOfClaim: ReadonlyMap<number, readonly string[]>;
  incidentOf: readonly number[];
  personName: ReadonlyMap<string, string>;
  /** The terms the postings held. */
  postings: ReadonlyMap<string, unknown>;
}

/**
 * What of the last run can be reused: `search` is 1 for each representative whose search would
 * meet the same candidates and find the same shared terms and weights with each (its postings,
 * their weights and its near-duplicate groups are unchanged); `claim` is 1 for each claim that
 * reads as it did (the same claim, the same total weight and surroundings). A pair of two such
 * claims is classified as it was.
 */
export function reusableSearches(
  previous: MatchingState<unknown>,
  current: MatchingInputs,
  same: Uint8Array,
  /** `changedTerms` of this run. */
  changedTerms: ReadonlySet<string>,
): { search: Uint8Array; claim: Uint8Array } {
  const { units, keyLists, representativeOf, nearKeysOf, postings } = current;
  const n = units.length;
  const search = new Uint8Array(n);
  const claim = new Uint8Array(n);
  const statusChanged = (c: number): boolean => (previous.representativeOf[c] === c) !== (representativeOf[c] === c);
  // Claims a search reads differently: changed, searched or not since, weighed differently (a changed term).
  const changed = new Uint8Array(n);
  const changedKeys = new Set<string>();
  for (let c = 0; c < n; c++) {
    if (!same[c] || statusChanged(c) || (changedTerms.size > 0 && keyLists[c].some((key) => changedTerms.has(key)))) {
      changed[c] = 1;
      // The near-duplicate groups it is (or was) in.
      for (const key of previous.nearKeysOf?.get(c) ?? []) changedKeys.add(key);
      for (const key of nearKeysOf?.get(c) ?? []) changedKeys.add(key);
    }
  }
  // Claims placed in other events (events as their members: the numbering of events may shift), or whose document's incident changed.
  const [eventsBefore, eventsNow] = [eventMemberships(previous.eventsOfClaim), eventMemberships(current.eventsOfClaim)];
  const eventsKept = new Set(eventsBefore.values());
  const eventsStill = new Set(eventsNow.values());
  const [incidentBefore, incidentNow] = [incidentMembers(previous.incidentOf), incidentMembers(current.incidentOf)];
  for (let c = 0; c < n; c++) {
    if (changed[c]) continue;
    const d = units[c].documentIndex;
    if (incidentBefore[d] !== incidentNow[d]) changed[c] = 1;
    else if ((current.eventsOfClaim.get(c) ?? []).some((e) => !eventsKept.has(eventsNow.get(e)!))) changed[c] = 1;
    else if ((previous.eventsOfClaim.get(c) ?? []).some((e) => !eventsStill.has(eventsBefore.get(e)!))) changed[c] = 1;
  }
  for (let c = 0; c < n; c++) claim[c] = changed[c] ? 0 : 1;
  // A search reads the postings and weights of its indexed terms (held in the postings before or now), and its near-duplicate groups.
  const searchedTermChanged = (key: string): boolean => changedTerms.has(key) && (postings.has(key) || previous.postings.has(key));
  for (let i = 0; i < n; i++) {
    if (representativeOf[i] !== i || previous.representativeOf[i] !== i || !same[i] || !previous.rows[i]) continue;
    if (changedTerms.size > 0 && keyLists[i].some(searchedTermChanged)) continue;
    const [keysBefore, keysNow] = [previous.nearKeysOf?.get(i) ?? [], nearKeysOf?.get(i) ?? []];
    if (!sameStrings(keysBefore, keysNow) || keysNow.some((key) => changedKeys.has(key))) continue;
    search[i] = 1;
  }
  return { search, claim };
}
