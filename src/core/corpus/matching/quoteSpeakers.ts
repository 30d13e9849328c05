/**
 * One quotation that two sources give to two people of one surname ("… said Dana Whitfield" /
 * "… said Donna Whitfield"): the same words, so the same speaker, named two ways. That is a
 * disagreement on the name, which the people stage cannot see (two given names are two people to
 * it) and the spelling check does not (the names are not near spellings). Compared only where both
 * sources name the speaker in the quote's own attribution, never through a pronoun, and only for a
 * quotation long enough that two people would not both have said it. Nothing here reads text: the
 * quotes, their attributions and the named mentions come from the article stage.
 */
import type { ArticleAnalysis } from '../../extract';
import type { TextSpan } from '../../report';
import type { ClaimUnit } from '../claimUnits';
import { localKey } from '../people';
import type { QuoteEchoes } from '../quotes';

/** Share of the shorter quotation's words the two must have in common: the same quotation, not a similar one. */
const SAME_QUOTE_OVERLAP = 0.8;
/** Words the shorter quotation must have: "We are devastated" is said by many. */
const MIN_QUOTE_WORDS = 6;

/** A name conflict between two claims: `a` is in `x`'s document, `b` in `y`'s. */
export interface SpeakerNameConflict {
  x: ClaimUnit;
  y: ClaimUnit;
  a: TextSpan;
  b: TextSpan;
}

interface NamedSpeaker {
  /** The claim holding the quotation. */
  unit: ClaimUnit;
  /** The speaker's name as the attribution writes it. */
  name: TextSpan;
  words: string[];
  person: string;
}

/**
 * The quotations of `echoes` given to two different people whose names have the same last word
 * and a different first one, in two documents of one event.
 */
export function speakerNameConflicts(
  articles: readonly ArticleAnalysis[],
  units: readonly ClaimUnit[],
  personIdOf: ReadonlyMap<string, string>,
  echoes: QuoteEchoes,
  eventsOfClaim: ReadonlyMap<number, readonly string[]>,
): SpeakerNameConflict[] {
  const unitsOf = new Map<number, ClaimUnit[]>();
  for (const unit of units) {
    const list = unitsOf.get(unit.documentIndex) ?? [];
    list.push(unit);
    unitsOf.set(unit.documentIndex, list);
  }
  const speakerOf = (document: number, quote: number): NamedSpeaker | null => {
    const analysis = articles[document];
    const q = analysis.quotes[quote];
    if (q.speaker?.kind !== 'person' || q.attribution === null || (q.reach !== 'sentence' && q.reach !== 'continuation')) return null;
    const person = personIdOf.get(localKey(analysis.id, q.speaker.person)) ?? q.speaker.person;
    const documentUnits = unitsOf.get(document) ?? [];
    const holder = documentUnits.find((u) => u.claim.start <= q.start && q.start < u.claim.end);
    // The name written in the attribution itself: a pronoun ("she said") names no one to compare.
    const { start, end } = q.attribution;
    let name: NamedSpeaker['name'] | null = null;
    let words: string[] = [];
    for (const u of documentUnits) {
      const span = u.personSpans.find((p) => p.person === person && p.start >= start && p.end <= end && p.words.length >= 2);
      if (span) {
        name = { start: span.start, end: span.end, text: span.text };
        words = span.words;
        break;
      }
    }
    return holder && name ? { unit: holder, name, words, person } : null;
  };
  const conflicts: SpeakerNameConflict[] = [];
  const seen = new Set<string>();
  echoes.forEach((quotes, document) =>
    quotes.forEach((found, quote) => {
      const words = articles[document].quoteWords[quote]?.length ?? 0;
      for (const echo of found) {
        // Each pair once, from the earlier document.
        if (echo.document <= document || echo.overlap < SAME_QUOTE_OVERLAP) continue;
        if (Math.min(words, articles[echo.document].quoteWords[echo.quote]?.length ?? 0) < MIN_QUOTE_WORDS) continue;
        const x = speakerOf(document, quote);
        const y = speakerOf(echo.document, echo.quote);
        if (!x || !y || x.person === y.person || !sameSurnameOtherName(x.words, y.words)) continue;
        const ex = eventsOfClaim.get(x.unit.index) ?? [];
        if (!(eventsOfClaim.get(y.unit.index) ?? []).some((e) => ex.includes(e))) continue;
        const key = `${document} ${echo.document} ${x.words.join(' ')} ${y.words.join(' ')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        conflicts.push({ x: x.unit, y: y.unit, a: x.name, b: y.name });
      }
    }),
  );
  return conflicts;
}

/** Two full names with the same last word and a different first word ("Dana Whitfield" / "Donna Whitfield"). */
function sameSurnameOtherName(a: readonly string[], b: readonly string[]): boolean {
  return a.length >= 2 && b.length >= 2 && a[a.length - 1] === b[b.length - 1] && a[0] !== b[0];
}
