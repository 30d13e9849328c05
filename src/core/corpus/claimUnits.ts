/**
 * The claims the cross-source engine compares, and their clauses, as read by the article stage
 * (`extract/claims/units.ts`): here only the article's person keys are mapped to merged person ids.
 * No text is read here.
 */
import type { ArticleAnalysis } from '../extract';
import type { ClaimMention } from '../report';
import type { DateRef, TermFeatures } from '../extract/claims/features';
import type { LabelCandidate } from '../extract/claims/labels';
import type { NamedPersonSpan, PersonSpan } from '../extract/claims/units';
import type { Fact } from '../extract/facts';
import type { Span } from '../extract/text';
import { PLURAL_DESCRIPTION_HEADS, RELATIONAL_DESCRIPTION_HEADS } from '../lang/factWords';
import { localKey } from './people';

export type { PersonSpan } from '../extract/claims/units';

export interface ClaimUnit {
  /** Index in the corpus-wide claim list. */
  index: number;
  document: string;
  /** Index of the document in the corpus. */
  documentIndex: number;
  claim: ClaimMention;
  /** Order of the claim in its document (0 = first). */
  position: number;
  /** The claim is the article's headline. */
  headline: boolean;
  /** The claim is the headline or one of the first body claims (the article stage's `lead`). */
  lead: boolean;
  /** The claim tells of another happening in passing (the article stage's `aside`). */
  aside: boolean;
  /** People are merged `Person.id`s. */
  features: TermFeatures;
  /** Named person mentions inside the claim (merged ids), with where a role written before the name starts. */
  personSpans: NamedPersonSpan[];
  /** The parts of the claim inside quotations (the article stage's `quotations`). */
  quotations: Span[];
  clauses: ClaimClause[];
  /** What the claim states, slot by slot, with `participantKey` set for the corpus. */
  facts: CorpusFact[];
}

/**
 * A fact with who it is about across the corpus: `p:` and a merged person id, or `d:` and the
 * description's head noun ("d:girl"); null when the slot has no participant.
 */
export interface CorpusFact extends Fact {
  participantKey: string | null;
  /** The index of the fact's document in the corpus. */
  documentIndex: number;
}

/** A clause of a claim: the unit events are built from. */
export interface ClaimClause {
  claim: ClaimUnit;
  start: number;
  end: number;
  text: string;
  /** The claim's own features object when the clause is the whole claim. */
  features: TermFeatures;
  eventDates: DateRef[];
  date: DateRef | null;
  /** The article stage's reading: background (true), the lead's news (false), or not known (null). */
  background: boolean | null;
  /** Label candidates written by the article stage; people are merged ids. */
  labels: LabelCandidate[];
}

/** The article's claims: the extractor's, or its story sentences while the extractor yields none. */
export function claimsFor(analysis: ArticleAnalysis): ClaimMention[] {
  return analysis.analyzedClaims.map((c) => c.claim);
}

/**
 * Descriptions an article gives one named person by age: "the 16-year-old girl" is Kirsten Ames when
 * the article's only age for girls is 16 and Kirsten Ames is its only person aged 16 (and has no
 * other age). Facts about that description are then the person's, so that they meet the facts
 * other sources state with the name. A description given two ages, an age two people share, or a
 * plural ("the victims") binds to nobody. Description head → the person's article-local key.
 */
export function descriptionsBoundByAge(facts: readonly Fact[]): Map<string, string> {
  const agesOfHead = new Map<string, Set<string>>();
  const agesOfPerson = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.slot !== 'age' || f.hedged || f.negated || f.participant === null) continue;
    const { person, description } = f.participant;
    const [map, key] = person !== null ? [agesOfPerson, person] : [agesOfHead, description];
    if (key === null) continue;
    const set = map.get(key) ?? new Set<string>();
    set.add(f.value);
    map.set(key, set);
  }
  // Age → its one person; null when two people have it or its person has another age as well.
  const personOfAge = new Map<string, string | null>();
  for (const [person, ages] of agesOfPerson) {
    for (const age of ages) personOfAge.set(age, ages.size === 1 && !personOfAge.has(age) ? person : null);
  }
  const bound = new Map<string, string>();
  for (const [head, ages] of agesOfHead) {
    if (ages.size !== 1 || PLURAL_DESCRIPTION_HEADS.has(head)) continue;
    const person = personOfAge.get([...ages][0]);
    if (person) bound.set(head, person);
  }
  return bound;
}

/** Every claim of every article with its features and clauses, people mapped to merged ids, in corpus order. */
export function buildClaimUnits(articles: readonly ArticleAnalysis[], personIdOf: ReadonlyMap<string, string>): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  articles.forEach((analysis, documentIndex) => {
    const personId = (key: string): string => personIdOf.get(localKey(analysis.id, key)) ?? key;
    // What names no person is the article stage's object itself: at 10,000 articles the copies made for
    // nothing held a fifth of the corpus stage's memory. Nothing in the corpus stage changes them.
    const mapFeatures = (f: TermFeatures): TermFeatures => (f.people.length === 0 ? f : { ...f, people: [...new Set(f.people.map(personId))] });
    const mapSpans = <S extends PersonSpan>(spans: S[]): S[] => (spans.length === 0 ? spans : spans.map((p) => ({ ...p, person: personId(p.person) })));
    const factsOf = new Map<string, CorpusFact[]>();
    const boundByAge = descriptionsBoundByAge(analysis.facts);
    for (const fact of analysis.facts) {
      const p = fact.participant;
      const bound = p?.description != null ? boundByAge.get(p.description) : undefined;
      // Relational descriptions ("his brother") are no participant across sources: see RELATIONAL_DESCRIPTION_HEADS.
      const participantKey =
        p === null
          ? null
          : p.person !== null
            ? `p:${personId(p.person)}`
            : bound !== undefined
              ? `p:${personId(bound)}`
              : p.description !== null && !RELATIONAL_DESCRIPTION_HEADS.has(p.description)
                ? `d:${p.description}`
                : null;
      const list = factsOf.get(fact.claim) ?? [];
      list.push({ ...fact, participantKey, documentIndex });
      factsOf.set(fact.claim, list);
    }
    analysis.analyzedClaims.forEach((read, position) => {
      const unit: ClaimUnit = {
        index: units.length,
        document: analysis.id,
        documentIndex,
        claim: read.claim,
        position,
        headline: read.headline,
        lead: read.lead,
        aside: read.aside,
        features: mapFeatures(read.features),
        personSpans: mapSpans(read.personSpans),
        quotations: read.quotations,
        clauses: [],
        facts: factsOf.get(read.claim.id) ?? [],
      };
      unit.clauses = read.clauses.map((c) => ({
        claim: unit,
        start: c.start,
        end: c.end,
        text: c.text,
        features: c.features === null ? unit.features : mapFeatures(c.features),
        eventDates: c.eventDates,
        date: c.date,
        background: c.background,
        labels: c.labels.map((l) => (l.people.length === 0 ? l : { ...l, people: [...new Set(l.people.map(personId))] })),
      }));
      units.push(unit);
    });
  });
  return units;
}
