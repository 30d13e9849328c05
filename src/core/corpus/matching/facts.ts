/**
 * Comparison of aligned facts: two facts are compared only when they fill the same slot for the
 * same participant (or, for a slot that has none, the same kind of thing: what a count counts,
 * the role of a place, the action a time is of). Then they agree (the same value within its
 * precision), contradict (incompatible values), or one updates the other (a later report moves a
 * condition on, raises a count, files a charge). Nothing here reads text: it compares values.
 */
import { CONDITION_RANK, type Condition } from '../../lang/factWords';
import { compareActionDays } from '../actionDays';
import type { Fact } from '../../extract/facts';

export type FactRelation = 'agrees' | 'contradicts' | 'updates';

export interface FactComparison<F extends Fact = Fact> {
  relation: FactRelation;
  slot: Fact['slot'];
  a: F;
  b: F;
}

/** Actions one attack is told with: the shots, the killing, the wounds, the attack itself (not a robbery, which may be another moment). */
export const ATTACK_ACTIONS: ReadonlySet<string> = new Set(['shoot', 'kill', 'wound', 'attack']);

/** Who a fact is about, across the corpus: a merged person id, else the description's head. */
export type ParticipantKey<F extends Fact> = (fact: F) => string | null;

/**
 * What makes a fact comparable with another: its slot and who or what it is about (a count's
 * thing counted, a time's action and day, a place's role and street, else the participant); null
 * when nothing another source says can be compared with it.
 */
export function comparabilityKey<F extends Fact>(f: F, participant: ParticipantKey<F>): string | null {
  switch (f.slot) {
    case 'count':
      // Who was with whom is told too loosely for two numbers to disagree: companions only ever agree (a
      // claim of one event stating the same number is related to it, `sameValueKey`).
      return f.counted === 'companions' ? null : `count|${f.counted ?? ''}`;
    case 'time':
      // A time is of an action: the shooting and the call to police are different moments; one attack told
      // with two verbs ("shot" / "killed") is one moment. Its day is compared when both sides give one
      // (`aligned`): "about 9:10 p.m." and "9:19 p.m. Friday" meet.
      return f.action === null ? null : `time|${ATTACK_ACTIONS.has(f.action) ? 'attack' : f.action}`;
    case 'date':
      // The day of an action: the shooting and the arrest are on days of their own. One attack is told
      // with several verbs ("was shot and hurt Tuesday", "killed on March 2", "the attack on Friday"):
      // its days are compared whichever verb each source dates.
      return f.action === null ? null : `date|${ATTACK_ACTIONS.has(f.action) ? 'attack' : f.action}`;
    case 'place':
      // One street at two blocks, or with two types ("Linden Drive" / "Linden Street"), is a
      // disagreement; two streets of a story are two places.
      return f.streetName === undefined ? null : `place|${f.placeRole ?? ''}|${f.streetName}`;
    case 'weapon':
      // A story holds several weapons (the suspect's knife, the officer's rifle) with no owner read.
      return null;
    case 'manner':
      // How the event's one incident happened ("accidentally"): of the event, not of someone in it.
      return 'manner|';
    case 'act': {
      // One act of one someone: the same act agrees; another act, or the act denied ("did not flee"), is
      // no disagreement with it (when and how are other slots), so the value is part of the key.
      const p = participant(f);
      return p === null ? null : `act|${p}|${f.negated ? '!' : ''}${f.value}`;
    }
    default: {
      const p = participant(f);
      return p === null ? null : `${f.slot}|${p}`;
    }
  }
}

/**
 * A second key a place is comparable under: its role, street type and number, without the street's
 * name, so that one street spelled two ways ("the 300 block of Harlow Street" / "of Harlowe Street")
 * is found; `streetsSpelledAlike` then decides.
 */
export function placeSpellingKey(f: Fact): string | null {
  if (f.slot !== 'place' || f.placeNumber === undefined || f.streetType === undefined) return null;
  return `place~|${f.placeRole ?? ''}|${f.streetType}|${f.placeNumber.kind}|${f.placeNumber.value}`;
}

/** Two street names one letter apart ("Harlow" / "Harlowe"), neither short: one street spelled two ways. */
export function streetsSpelledAlike(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a[0] !== b[0] || a.includes(' ') || b.includes(' ')) return false;
  if (a.length === b.length) {
    let differing = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
    return differing === 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  // One letter more: dropping some letter of the longer name gives the shorter.
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Whether two facts are about the same someone or something, so that their values are comparable. */
function aligned<F extends Fact>(a: F, b: F, participant: ParticipantKey<F>): boolean {
  // Times of two different days are of two moments, never the same one told two ways.
  if (a.slot === 'time' && a.time?.day && b.time?.day && a.time.day !== b.time.day) return false;
  const key = comparabilityKey(a, participant);
  if (key !== null && key === comparabilityKey(b, participant)) return true;
  const spelling = placeSpellingKey(a);
  return spelling !== null && spelling === placeSpellingKey(b) && streetsSpelledAlike(a.streetName ?? '', b.streetName ?? '');
}

/**
 * Two places on one street: the same when their numbers fit (an address inside a block: "202" is in
 * "the 200 block"), different when two blocks or a block and an address do not; two house numbers
 * are two buildings a story may both name, so they are not compared (null).
 */
function comparePlaces(a: Fact, b: Fact): FactRelation | null {
  if (a.streetName !== b.streetName || (a.streetType !== undefined && b.streetType !== undefined && a.streetType !== b.streetType)) return 'contradicts';
  const na = a.placeNumber;
  const nb = b.placeNumber;
  if (!na || !nb) return a.value === b.value ? 'agrees' : null;
  const block = (n: { kind: string; value: number }): number => (n.kind === 'block' ? n.value : Math.floor(n.value / 100) * 100);
  if (na.kind === 'address' && nb.kind === 'address') return na.value === nb.value ? 'agrees' : null;
  return block(na) === block(nb) ? 'agrees' : 'contradicts';
}

/** Two days of one action, by the rule the events stage also marks date disagreements with (actionDays.ts). */
function compareDates(a: Fact, b: Fact): FactRelation | null {
  if (!a.date || !b.date) return a.value === b.value ? 'agrees' : null;
  return compareActionDays(a.date, b.date);
}

function timesOverlap(a: Fact, b: Fact): boolean {
  const ta = a.time;
  const tb = b.time;
  if (!ta || !tb) return a.value === b.value;
  // Two clock times: the same when apart by no more than the looser one's approximation.
  if (/^\d/.test(a.value) && /^\d/.test(b.value)) {
    const mid = (t: { from: number; to: number }): number => (t.from + t.to) / 2;
    const apart = Math.abs(mid(ta) - mid(tb));
    // A time with no a.m. or p.m. may be either half of the day: "6:15" meets "6:15 p.m.".
    const halves = ta.eitherHalf || tb.eitherHalf ? [apart, Math.abs(apart - 720)] : [apart];
    return halves.some((d) => Math.min(d, 1440 - d) <= Math.max((ta.to - ta.from) / 2, (tb.to - tb.from) / 2));
  }
  const overlaps = (x: { from: number; to: number }, y: { from: number; to: number }): boolean => x.from <= y.to && y.from <= x.to;
  // "6:15" with no a.m. or p.m. and "Tuesday evening": the time's other half of the day may be the one.
  const later = (t: typeof ta): typeof ta => ({ from: t.from + 720, to: t.to + 720, day: t.day });
  if ((ta.eitherHalf && timesOverlap({ ...a, time: later(ta) }, b)) || (tb.eitherHalf && timesOverlap(a, { ...b, time: later(tb) }))) return true;
  // A night runs past midnight: 23:30 and 00:30 can be the same night.
  return overlaps(ta, tb) || overlaps({ from: ta.from + 1440, to: ta.to + 1440 }, tb) || overlaps(ta, { from: tb.from + 1440, to: tb.to + 1440 });
}

/**
 * The relation of two aligned facts. `aLater` says the first fact's report is dated after the
 * second's (null when their dates are equal or unknown). Null when the two values say nothing
 * about each other (two house numbers on one street).
 */
export function compareAlignedFacts(a: Fact, b: Fact, aLater: boolean | null): FactRelation | null {
  // A manner only agrees: "not an accident" and "accidental" may be two moments of an investigation,
  // and a story may tell two happenings of two manners.
  if (a.slot === 'manner') return a.value === b.value && a.negated === b.negated ? 'agrees' : null;
  if (a.negated !== b.negated) {
    // "was not charged" then "was charged": a charge filed later is news, not a disagreement.
    if (a.slot === 'charge' && aLater !== null) return (aLater ? !a.negated : !b.negated) ? 'updates' : 'contradicts';
    return 'contradicts';
  }
  switch (a.slot) {
    case 'time':
      if (timesOverlap(a, b)) return 'agrees';
      // Only two clock times disagree: a part of day ("Saturday night") is too loose to contradict one.
      return /^\d/.test(a.value) && /^\d/.test(b.value) ? 'contradicts' : 'agrees';
    case 'condition': {
      // "Stable", "expected to survive" and "released" say the same; a condition moving on
      // (critical → dead, missing → found dead, or a death corrected to "on life support") is a
      // development between reports, shown as a later report, never as a contradiction.
      const ra = CONDITION_RANK[a.value as Condition];
      const rb = CONDITION_RANK[b.value as Condition];
      if (ra === rb) return 'agrees';
      // A living condition reported after (or the same day as) a death is news only as the person's state
      // now ("is on life support"); "was unconscious when officers arrived" is an earlier moment of the
      // same story. Before the death, "was in critical condition" was that report's news.
      const living = a.value === 'dead' ? b : b.value === 'dead' ? a : null;
      const livingLater = living === null ? false : aLater === null || (living === a) === aLater;
      return living !== null && livingLater && living.current !== true ? null : 'updates';
    }
    case 'count': {
      if (a.value === b.value) return 'agrees';
      // A toll that rises in the later report is an update; one that differs on the same day contradicts.
      if (aLater !== null) {
        const later = aLater ? a : b;
        const earlier = aLater ? b : a;
        if (Number(later.value) > Number(earlier.value)) return 'updates';
      }
      return 'contradicts';
    }
    case 'charge':
      // "a crime" is any charge: it names none that another could differ from.
      return a.value === b.value || a.value === 'crime' || b.value === 'crime' ? 'agrees' : aLater !== null ? 'updates' : 'contradicts';
    case 'weapon':
      return a.value === b.value || a.value === 'gun' || b.value === 'gun' ? 'agrees' : 'contradicts';
    case 'place':
      return comparePlaces(a, b);
    case 'date':
      return compareDates(a, b);
    default:
      return a.value === b.value ? 'agrees' : 'contradicts';
  }
}

/**
 * Compares the facts of two claims: every aligned pair. Hedged facts never contradict (the source
 * itself is unsure); `unclear` facts (a slot the article states twice with different values, as
 * two victims' ages without names) are left alone.
 */
export function compareFacts<F extends Fact>(
  as: readonly F[],
  bs: readonly F[],
  participant: ParticipantKey<F>,
  aLater: boolean | null,
  unclear: (fact: F) => boolean = () => false,
): FactComparison<F>[] {
  const out: FactComparison<F>[] = [];
  for (const a of as) {
    for (const b of bs) {
      if (!aligned(a, b, participant)) {
        // "No one has been charged" / "He has not been charged" (no one named) then, in a later report,
        // a charge filed in the same story: the case's charges moved on. Only ever a later report: who
        // was not charged is not known to be who was.
        const filed = chargeFiledLater(a, b, aLater);
        if (filed) out.push(filed);
        continue;
      }
      // An article that gives two values for this slot and participant (two daughters' ages, a toll
      // that rises within the story) cannot say which of them the other source's value answers. A place
      // of the same happening in both (where someone was found, where the shots were) is the answer,
      // whatever else the article placed on that street.
      if ((unclear(a) || unclear(b)) && !placesOfOneHappening(a, b)) continue;
      let relation = compareAlignedFacts(a, b, aLater);
      if (relation === null) continue;
      if (relation === 'contradicts' && (a.hedged || b.hedged)) continue;
      if (relation === 'updates' && aLater === null && a.slot !== 'condition') relation = 'contradicts';
      out.push({ relation, slot: a.slot, a, b });
    }
  }
  return out;
}

/** Two places of one happening: both clauses tell what happened there, and it is the same (one attack told with any of its verbs). */
function placesOfOneHappening(a: Fact, b: Fact): boolean {
  if (a.slot !== 'place' || a.placeOf === undefined || b.placeOf === undefined) return false;
  const of = (action: string): string => (ATTACK_ACTIONS.has(action) ? 'attack' : action);
  return of(a.placeOf) === of(b.placeOf);
}

/** A charge denied for no one named, then filed in a later report (see `compareFacts`), as an update. */
function chargeFiledLater<F extends Fact>(a: F, b: F, aLater: boolean | null): FactComparison<F> | null {
  if (a.slot !== 'charge' || b.slot !== 'charge' || aLater === null || a.negated === b.negated || a.hedged || b.hedged) return null;
  const earlier = aLater ? b : a;
  // Not charged: no one named ("no one", "he", "the man"). A named person's charge is compared as it is.
  if (!earlier.negated || (earlier.participant?.person ?? null) !== null) return null;
  return { relation: 'updates', slot: 'charge', a, b };
}
