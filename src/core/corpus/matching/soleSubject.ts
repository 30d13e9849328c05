/**
 * The one someone an article tells the condition of. A local report of a shooting often never names
 * the person hit: one outlet writes that "a driver" is in critical condition, another, a day later,
 * that "the young man" died. Neither description is the other's, and neither article names the
 * person, yet each tells of one someone hurt and nobody else. Between two such articles of one event, the two someones are the
 * same one, and their conditions are compared (`soleSubjectComparisons`): a condition moving on
 * (critical → dead) is a later report. Nothing else is concluded from it: ages, wounds and places
 * are not compared this way, and an article telling of two people hurt, or of a group ("the victims",
 * "two were wounded"), has no sole subject.
 */
import { FEMALE_DESCRIPTION_HEADS, MALE_DESCRIPTION_HEADS, PLURAL_DESCRIPTION_HEADS } from '../../lang/factWords';
import type { CorpusFact } from '../claimUnits';
import { compareAlignedFacts, type FactComparison } from './facts';

/** Descriptions that say only that someone was involved ("one person", "the victim"): any someone of the article. */
const UNSPECIFIC_HEADS: ReadonlySet<string> = new Set(['person', 'victim']);

/** Slots whose participant is someone hurt: who they are is read from these. */
const HURT_SLOTS: ReadonlySet<CorpusFact['slot']> = new Set<CorpusFact['slot']>(['condition', 'injury']);

/** The sole someone of a document: their participant key, and the sex their description says, if any. */
export interface SoleSubject {
  /** A description's participant key ("d:man"). */
  key: string;
  sex: 'female' | 'male' | null;
  /** The article tells the someone's death. */
  dead: boolean;
}

function sexOf(key: string): SoleSubject['sex'] {
  if (!key.startsWith('d:')) return null;
  const head = key.slice(2);
  return FEMALE_DESCRIPTION_HEADS.has(head) ? 'female' : MALE_DESCRIPTION_HEADS.has(head) ? 'male' : null;
}

function unspecific(key: string): boolean {
  return key.startsWith('d:') && UNSPECIFIC_HEADS.has(key.slice(2));
}

/**
 * Each document's sole someone hurt, if it has one: the facts telling a condition or a wound name one
 * someone, a singular description no name gives ("the victim" fits anyone), none names a group, and
 * no count says several were hurt or killed.
 */
export function soleSubjectsOf(facts: readonly CorpusFact[]): Map<number, SoleSubject> {
  const keys = new Map<number, Set<string>>();
  const several = new Set<number>();
  for (const f of facts) {
    if (f.hedged) continue;
    if (f.slot === 'count' && f.counted !== 'companions' && f.counted !== 'arrested' && Number(f.value) >= 2) several.add(f.documentIndex);
    if (!HURT_SLOTS.has(f.slot) || f.participantKey === null) continue;
    if (f.participantKey.startsWith('d:') && PLURAL_DESCRIPTION_HEADS.has(f.participantKey.slice(2))) several.add(f.documentIndex);
    if (unspecific(f.participantKey)) continue;
    const set = keys.get(f.documentIndex) ?? new Set<string>();
    set.add(f.participantKey);
    keys.set(f.documentIndex, set);
  }
  const out = new Map<number, SoleSubject>();
  for (const [document, set] of keys) {
    // A named someone is compared by name already; a sole subject is someone no name gives.
    const key = [...set][0];
    if (set.size !== 1 || several.has(document) || !key.startsWith('d:')) continue;
    out.set(document, { key, sex: sexOf(key), dead: false });
  }
  // An article that tells its someone's death told any living condition before it as a moment of the story.
  for (const f of facts) {
    const subject = out.get(f.documentIndex);
    if (subject && aboutSoleSubject(f, out) && f.value === 'dead' && !f.negated) subject.dead = true;
  }
  return out;
}

/** A living condition ("was unconscious when deputies arrived") in an article that goes on to tell the death. */
function storyMoment(f: CorpusFact, subject: SoleSubject): boolean {
  return subject.dead && f.value !== 'dead' && f.current !== true;
}

/** Whether a fact is a condition of its document's sole someone. */
export function aboutSoleSubject(f: CorpusFact, subjects: ReadonlyMap<number, SoleSubject>): boolean {
  const subject = subjects.get(f.documentIndex);
  return subject !== undefined && f.slot === 'condition' && !f.hedged && f.participantKey !== null && (f.participantKey === subject.key || unspecific(f.participantKey));
}

/**
 * The conditions of two documents' sole someones, compared as one person's: only between reports of
 * two different days (`aLater` known), and only when their descriptions do not say two sexes. Facts already compared by
 * their own participants (`compared`) are left to that comparison.
 */
export function soleSubjectComparisons(
  as: readonly CorpusFact[],
  bs: readonly CorpusFact[],
  subjects: ReadonlyMap<number, SoleSubject>,
  aLater: boolean | null,
  compared: readonly FactComparison<CorpusFact>[],
): FactComparison<CorpusFact>[] {
  if (aLater === null || as.length === 0 || bs.length === 0) return [];
  const sa = subjects.get(as[0].documentIndex);
  const sb = subjects.get(bs[0].documentIndex);
  if (!sa || !sb || as[0].documentIndex === bs[0].documentIndex) return [];
  if (sa.sex !== null && sb.sex !== null && sa.sex !== sb.sex) return [];
  const out: FactComparison<CorpusFact>[] = [];
  for (const a of as) {
    if (!aboutSoleSubject(a, subjects) || storyMoment(a, sa)) continue;
    for (const b of bs) {
      if (!aboutSoleSubject(b, subjects) || storyMoment(b, sb) || a.negated !== b.negated) continue;
      if (compared.some((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))) continue;
      const relation = compareAlignedFacts(a, b, aLater);
      if (relation === 'agrees' || relation === 'updates') out.push({ relation, slot: 'condition', a, b });
    }
  }
  return out;
}
