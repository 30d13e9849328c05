/**
 * Claim copies: the same sentence in reprints of one article (documents of one syndication group,
 * corpus/syndication), read alike by every stage matching consults. A wire story carried by sixty
 * outlets holds each of its sentences sixty times; matched one by one they agree with each other
 * 1,770 times and multiply every match with another source by sixty. Matching compares one
 * representative per set of copies (corpus/matching) and gives each copy its representative's
 * matches, with the copy in its place: a reprint is not a second source, so the reader loses
 * nothing, and the cost of a story grows with its distinct sentences, not with the square of its
 * outlets.
 *
 * Two claims are copies only when everything matching reads of them is equal: the sentence, its
 * features, facts and named people (offsets counted from the claim's start, so that the copy's
 * spans are the representative's moved by the difference of their starts), and what the caller
 * adds of the claim's context (its events, its document's date and incident, the facts its article
 * leaves unclear). A copy's match with any other claim is then the representative's.
 */
import type { ClaimMatch, TextSpan } from '../../report';
import type { ClaimUnit } from '../claimUnits';

export interface ClaimCopies {
  /** Each claim's representative (a claim index); a claim without copies, or a representative, is its own. */
  representativeOf: Int32Array;
  /** Representative → its copies (claim indexes, ascending); only representatives with copies are listed. */
  copiesOf: Map<number, number[]>;
}

/**
 * The copies of each claim among the documents of one syndication group (`groupOf`: document index
 * → group, -1 when in none). `contextOf` gives what of a claim's surroundings matching reads; two
 * copies must give the same. The representative is the first copy in corpus order, and a document
 * holds at most one claim of a set (a sentence an article repeats is compared as before).
 */
export function findClaimCopies(
  units: readonly ClaimUnit[],
  groupOf: readonly number[],
  contextOf: (unit: ClaimUnit) => string,
  /** `contentSignature`, or the one a caller kept for the same claim (corpus/matching/memory). */
  signatureOf: (unit: ClaimUnit) => string = contentSignature,
): ClaimCopies {
  const representativeOf = Int32Array.from(units, (u) => u.index);
  const copiesOf = new Map<number, number[]>();
  // Sentences of one group that occur in two of its documents: the only ones worth a full signature.
  const bySentence = new Map<string, number[]>();
  for (const unit of units) {
    const group = groupOf[unit.documentIndex] ?? -1;
    if (group < 0) continue;
    const key = `${group}\n${unit.claim.text}`;
    const list = bySentence.get(key);
    if (list) list.push(unit.index);
    else bySentence.set(key, [unit.index]);
  }
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    // Signature → the representative and the documents its set already holds.
    const sets = new Map<string, { representative: number; documents: Set<number> }>();
    for (const i of list) {
      const unit = units[i];
      const signature = `${contextOf(unit)}\n${signatureOf(unit)}`;
      const set = sets.get(signature);
      if (!set) {
        sets.set(signature, { representative: i, documents: new Set([unit.documentIndex]) });
        continue;
      }
      if (set.documents.has(unit.documentIndex)) continue;
      set.documents.add(unit.documentIndex);
      representativeOf[i] = set.representative;
      const copies = copiesOf.get(set.representative);
      if (copies) copies.push(i);
      else copiesOf.set(set.representative, [i]);
    }
  }
  return { representativeOf, copiesOf };
}

/** Keys that name where a claim is (its document, its index, its id), not what it says. */
const PLACE_KEYS: ReadonlySet<string> = new Set(['documentIndex', 'document', 'index', 'claim', 'id']);

/**
 * What matching reads of the claim itself, as one string: its text, place in the article (headline,
 * lead, aside), features, facts and named people, with every offset counted from the claim's start.
 */
export function contentSignature(unit: ClaimUnit): string {
  const base = unit.claim.start;
  // A person span's `from` is an offset too (where a role before the name starts); a fact's time has a `from` in minutes.
  const people = unit.personSpans.map((p) => ({ ...p, from: p.from - base }));
  return JSON.stringify([unit.claim.text, unit.headline, unit.lead, unit.aside, unit.features, unit.facts, people], (key: string, value: unknown) => {
    if (PLACE_KEYS.has(key)) return undefined;
    if ((key === 'start' || key === 'end') && typeof value === 'number') return value - base;
    return value;
  });
}

/**
 * The representative's match with the copy in its place: its id on the representative's side, and
 * the spans of the differences on that side moved to the copy's offsets.
 */
export function matchOfCopy(match: ClaimMatch, representative: ClaimUnit, copy: ClaimUnit): ClaimMatch {
  const side = match.a === representative.claim.id ? 'a' : 'b';
  const shift = copy.claim.start - representative.claim.start;
  const moved = (span: TextSpan): TextSpan => ({ start: span.start + shift, end: span.end + shift, text: span.text });
  const out: ClaimMatch = side === 'a' ? { ...match, a: copy.claim.id } : { ...match, b: copy.claim.id };
  if (match.differences) out.differences = match.differences.map((d) => (side === 'a' ? { ...d, a: moved(d.a) } : { ...d, b: moved(d.b) }));
  return out;
}
