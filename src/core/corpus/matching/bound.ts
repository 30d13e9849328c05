/**
 * Bounded output: a claim carried by dozens of sources agrees with every copy, and the claims of
 * a story told by hundreds of outlets relate to each other by the hundred thousand — more than a
 * hover, an export or a reader can use. After matching, each claim keeps all its contradictions
 * and updates (they are what the reader is warned of, and rare), and its best agreements and
 * related claims up to `MATCH_BOUND`; a match stays when either of its claims keeps it. What a
 * claim loses is counted (`Report.omittedMatches`), so a card can say "and 212 more sources agree".
 */
import type { ClaimMatch, OmittedMatches } from '../../report';
import type { MatchIndex } from './index';

/** Per claim, the most agreements and related claims kept (contradictions and updates are all kept). */
export const MATCH_BOUND = { agrees: 25, related: 25 };

/**
 * The matches each claim keeps (see the module comment), in their original order, with the index
 * by claim rebuilt, and per claim the agreements and related claims it lost. A corpus in which no
 * claim passes the bound is returned as it is.
 */
export function boundMatches(index: MatchIndex): { matches: MatchIndex; omitted: OmittedMatches[] } {
  const { matches, byClaim } = index;
  const kept = new Uint8Array(matches.length);
  let anyDropped = false;
  // Best first: higher score, then the other claim's id (as `<` orders strings), so the choice is the same
  // from run to run. Ids are compared through their ranks, sorted once, not once per comparison.
  let rankA: Int32Array | null = null;
  let rankB: Int32Array | null = null;
  const ranks = (): [Int32Array, Int32Array] => {
    if (!rankA || !rankB) {
      const rank = new Map<string, number>();
      [...byClaim.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).forEach((id, r) => rank.set(id, r));
      rankA = Int32Array.from(matches, (m) => rank.get(m.a)!);
      rankB = Int32Array.from(matches, (m) => rank.get(m.b)!);
    }
    return [rankA, rankB];
  };
  // Scratch: one claim's scores, sorted.
  let scores = new Float64Array(0);
  for (const [claim, list] of byClaim) {
    const byRelation: Record<'agrees' | 'related', number[]> = { agrees: [], related: [] };
    for (const k of list) {
      const relation = matches[k].relation;
      if (relation === 'agrees' || relation === 'related') byRelation[relation].push(k);
      else kept[k] = 1;
    }
    for (const relation of ['agrees', 'related'] as const) {
      const candidates = byRelation[relation];
      if (candidates.length <= MATCH_BOUND[relation]) {
        for (const k of candidates) kept[k] = 1;
        continue;
      }
      anyDropped = true;
      const [a, b] = ranks();
      const otherRank = (k: number): number => (matches[k].a === claim ? b[k] : a[k]);
      // The best `limit`: every score above the limit-th best score, then at that score the first other claims.
      // The scores are sorted as numbers: a claim of a wire story has thousands of agreements.
      const limit = MATCH_BOUND[relation];
      if (scores.length < candidates.length) scores = new Float64Array(Math.max(candidates.length, 2 * scores.length));
      const view = scores.subarray(0, candidates.length);
      candidates.forEach((k, at) => (view[at] = matches[k].score));
      view.sort();
      const threshold = view[candidates.length - limit];
      const tied: number[] = [];
      let above = 0;
      for (const k of candidates) {
        const score = matches[k].score;
        if (score > threshold) {
          kept[k] = 1;
          above++;
        } else if (score === threshold) tied.push(k);
      }
      tied.sort((x, y) => otherRank(x) - otherRank(y) || x - y);
      for (const k of tied.slice(0, limit - above)) kept[k] = 1;
    }
  }
  if (!anyDropped) return { matches: index, omitted: [] };
  const remap = new Int32Array(matches.length).fill(-1);
  const boundedMatches: ClaimMatch[] = [];
  matches.forEach((m, k) => {
    if (!kept[k]) return;
    remap[k] = boundedMatches.length;
    boundedMatches.push(m);
  });
  const boundedByClaim = new Map<string, number[]>();
  const omitted: OmittedMatches[] = [];
  for (const [claim, list] of byClaim) {
    const left: number[] = [];
    let agrees = 0;
    let related = 0;
    for (const k of list) {
      if (remap[k] !== -1) left.push(remap[k]);
      else if (matches[k].relation === 'agrees') agrees++;
      else related++;
    }
    if (left.length) boundedByClaim.set(claim, left);
    if (agrees || related) omitted.push({ claim, agrees, related });
  }
  omitted.sort((x, y) => (x.claim < y.claim ? -1 : x.claim > y.claim ? 1 : 0));
  return { matches: { matches: boundedMatches, byClaim: boundedByClaim }, omitted };
}
