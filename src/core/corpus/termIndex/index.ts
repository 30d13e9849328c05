/**
 * The one term index of the corpus stage, used by event building and by claim matching: typed
 * terms ("p:" person, "n:" name, "l:" place, "s:" stem, "u:" unit, "q:" quantity, "d:" date),
 * one weight table per term kind, document frequencies, postings that leave out terms too common
 * to tell items apart (a cap), candidate pairs (items sharing an indexed term) and the two
 * similarities built on the same idf: a weighted Dice overlap (matching) and the cosine of damped
 * tf-idf vectors (events). The two users weigh kinds differently; each has its named table
 * (`MATCHING_TERMS`, `EVENT_TERMS`), so neither's scores change. (Quote echoes, corpus/quotes, keep
 * postings of their own, over quote words as numbers.)
 *
 * Terms over the cap leave the postings but not the index: a sentence reprinted by more sources
 * than the cap has only such terms, and its copies must still find each other. Each item with
 * three or more of them is filed under near-duplicate keys (three of its four rarest frequent
 * terms), and a weighted search (`find` with term weights, as matching does) also proposes the
 * items filed under the same keys whose whole term sets are nearly the same (`NEAR_DUPLICATES`).
 * A weighted search keeps its `MAX_WEIGHTED_CANDIDATES` best candidates: the claims of a story
 * carried by hundreds of outlets would otherwise pair every claim with every other.
 */
import { firstAfter } from '../../util/search';

/** `word`: a quote's words, compared as they are written (hover cards' quote echoes). */
export type TermKind = 'person' | 'name' | 'place' | 'stem' | 'unit' | 'quantity' | 'date' | 'word';

/** The prefix of a term key of each kind: the kind is part of the key, so equal words of two kinds never meet. */
export const TERM_PREFIX: Readonly<Record<TermKind, string>> = { person: 'p:', name: 'n:', place: 'l:', stem: 's:', unit: 'u:', quantity: 'q:', date: 'd:', word: 'w:' };

const KIND_OF_PREFIX: Readonly<Record<string, TermKind>> = { p: 'person', n: 'name', l: 'place', s: 'stem', u: 'unit', q: 'quantity', d: 'date', w: 'word' };

/** One bit per kind, for sets of kinds as numbers (`CandidateFinder.sharedKinds`). */
export const KIND_BIT: Readonly<Record<TermKind, number>> = { person: 1, name: 2, place: 4, stem: 8, unit: 16, quantity: 32, date: 64, word: 128 };

export function termKey(kind: TermKind, value: string): string {
  return TERM_PREFIX[kind] + value;
}

export function termKind(key: string): TermKind {
  return KIND_OF_PREFIX[key[0]];
}

/** Terms that say who and where: what tells one story, or one fact, from another of the same kind. */
export function isAnchorTerm(key: string): boolean {
  const kind = termKind(key);
  return kind === 'person' || kind === 'name' || kind === 'place';
}

export type KindWeights = Readonly<Record<TermKind, number>>;

/**
 * Matching: a shared term counts its kind's factor times its idf; names and numbers identify a
 * fact better than common words. Units alone ("hours") say little and are never indexed.
 */
export const MATCHING_TERMS = {
  weights: { person: 2.5, name: 1.5, place: 2, stem: 1, unit: 0.5, quantity: 2, date: 1.5, word: 0 } satisfies KindWeights as KindWeights,
  /**
   * Postings hold terms of at most this many claims: 2 % of them, at least 50, at most 500. Each
   * claim reads the postings of its terms, so a cap growing with the corpus made matching grow
   * with its square (at 3,000 generated articles, 92,000 claims, nine tenths of the postings read
   * were of terms in 500 to 1,841 claims). A bounded cap keeps a claim's reading bounded; terms
   * over it still weigh in every score and find near-duplicates (`NEAR_DUPLICATES`). Corpora of
   * fewer than 25,000 claims (about 800 articles) are indexed as before.
   */
  cap: (claims: number): number => Math.min(500, Math.max(50, Math.floor(claims * 0.02))),
  unindexed: new Set<TermKind>(['unit']),
};

/**
 * Events: each mention of a term in an event's clauses adds its kind's weight to the term's
 * frequency (dates by precision: a day identifies an occurrence about as well as a name does, a
 * year alone much less); vectors are √tf × idf, compared by cosine. Stems are too common to
 * propose candidate pairs, but count in the similarity. Quantities and units are not event terms.
 */
export const EVENT_TERMS = {
  weights: { person: 3, name: 2, place: 2, stem: 1, unit: 0, quantity: 0, date: 1, word: 0 } satisfies KindWeights as KindWeights,
  dateWeights: { day: 3, month: 2, year: 1 },
  /**
   * Postings of the clause-level pass hold terms of at most this many article events: 5 % of them,
   * at least 30, at most 500. Every pair of article events sharing an indexed term is scored (a
   * cosine over all their terms), so a cap growing with the corpus made the pass grow with its
   * square: at 10,000 generated articles (about 40,000 article events) town names and days in a
   * thousand article events each made it a minute of CPU. Terms over the cap still weigh in every
   * cosine; two article events of one story share rarer terms (people, streets) that stay
   * indexed. Corpora of fewer than 10,000 article events are indexed as before.
   */
  cap: (events: number): number => Math.min(500, Math.max(30, Math.floor(events * 0.05))),
  unindexed: new Set<TermKind>(['stem']),
  /** The article-level pass (anchors only) tolerates commoner terms: 10 %, at most 500 (corpora under 5,000 articles as before). */
  storyCap: (articles: number): number => Math.min(500, Math.max(30, Math.floor(articles * 0.1))),
};

/** Inverse document frequency, the same for both users. */
export function idf(items: number, documentFrequency: number): number {
  return Math.log(1 + items / documentFrequency);
}

export interface TermPostings {
  /** Items per term, for the terms kept in the index (ascending item order). */
  postings: Map<string, number[]>;
  /** Near-duplicate keys → items (ascending), and each item's keys; empty when no term is over the cap. */
  nearDuplicates?: {
    items: Map<string, number[]>;
    keysOf: Map<number, string[]>;
    /** Each item's terms as numbers (indexes into `terms`), in the item's order: comparing whole term sets reads arrays, not maps. */
    termIdsOf: readonly Int32Array[];
    terms: readonly string[];
  };
}

/**
 * Near-duplicates found through terms over the cap: an item's keys are three of its four rarest
 * such terms (so that one edited word still leaves a key in common), a search reads at most
 * `proposals` items per key, and an item is proposed when the weighted Dice overlap of the whole
 * term sets reaches `similarity` (reprints and lightly edited copies, not claims on one topic).
 */
const NEAR_DUPLICATES = { keyTerms: 4, minimumTerms: 3, proposals: 16, similarity: 0.8 };

/** A weighted search (matching) returns at most this many candidates, those sharing the most weight. */
const MAX_WEIGHTED_CANDIDATES = 60;

/**
 * Postings of the items' terms, leaving out the terms in more than `cap` items (they would make
 * almost every pair a candidate and carry almost no weight) and those `indexed` refuses.
 */
export function buildPostings(
  termsOfItems: readonly Iterable<string>[],
  df: ReadonlyMap<string, number>,
  cap: number,
  indexed: (term: string) => boolean = () => true,
): TermPostings {
  const postings = new Map<string, number[]>();
  const items = new Map<string, number[]>();
  const keysOf = new Map<number, string[]>();
  const termsOf: string[][] = [];
  termsOfItems.forEach((terms, i) => {
    const list = [...terms];
    termsOf.push(list);
    let frequent: string[] | null = null;
    for (const t of list) {
      if (!indexed(t)) continue;
      if (df.get(t)! > cap) {
        (frequent ??= []).push(t);
        continue;
      }
      const posting = postings.get(t);
      if (posting) posting.push(i);
      else postings.set(t, [i]);
    }
    if (frequent && frequent.length >= NEAR_DUPLICATES.minimumTerms) {
      const keys = nearDuplicateKeys(frequent, df);
      keysOf.set(i, keys);
      for (const key of keys) {
        const group = items.get(key);
        if (group) group.push(i);
        else items.set(key, [i]);
      }
    }
  });
  if (!keysOf.size) return { postings };
  const idOf = new Map<string, number>();
  const termIdsOf = termsOf.map((list) =>
    Int32Array.from(list, (t) => {
      let id = idOf.get(t);
      if (id === undefined) idOf.set(t, (id = idOf.size));
      return id;
    }),
  );
  return { postings, nearDuplicates: { items, keysOf, termIdsOf, terms: [...idOf.keys()] } };
}

/** The item's near-duplicate keys: each three of its `keyTerms` rarest frequent terms (rarest first, then by key). */
function nearDuplicateKeys(frequent: string[], df: ReadonlyMap<string, number>): string[] {
  const rarest = [...new Set(frequent)].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).slice(0, NEAR_DUPLICATES.keyTerms);
  if (rarest.length < NEAR_DUPLICATES.minimumTerms) return [];
  if (rarest.length === 3) return [rarest.join('\u0000')];
  return rarest.map((_, skip) => rarest.filter((__, k) => k !== skip).join('\u0000'));
}

/** Document frequency of each term `keep` accepts. */
export function documentFrequencies(termsOfItems: readonly Iterable<string>[], keep: (term: string) => boolean = () => true): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termsOfItems) for (const t of terms) if (keep(t)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * Finds candidate pairs without allocating per pair: for one item, the items that share at least
 * one indexed term with it (and that `accept` admits), in the order they are first met, with the
 * number of indexed terms each shares, the kinds of those terms and, given term weights, the sum
 * of their weights. The sum is added in the order of the item's terms, as a sum over the shared
 * terms listed in that order would be, so scores are the same to the last bit. The arrays are
 * reused from call to call.
 */
export class CandidateFinder {
  private readonly mark: Int32Array;
  private readonly counts: Int32Array;
  private readonly kinds: Int32Array;
  private readonly weights: Float64Array;
  /** Items' total term weights for near-duplicate checks, computed when first needed (NaN until then). */
  private readonly totals: Float64Array;
  private stamp = 0;
  /** The candidates of the last `find`, in first-met order. */
  readonly found: number[] = [];
  /** Scratch of `addNearDuplicates`, reused from item to item: the items checked (marked with `nearStamp`). */
  private readonly checkedMark: Int32Array;
  private nearStamp = 0;
  /** The terms of the near-duplicate being compared, marked with `otherStamp`. */
  private readonly otherMark: Int32Array;
  private otherStamp = 0;
  /** Scratch of `find`: the candidates' shared weights, sorted to find the best ones' threshold. */
  private sortedWeights = new Float64Array(0);
  /** Each term's weight and kind bit by term number, read once (NaN and -1 until then). */
  private readonly termWeight: Float64Array;
  private readonly termBit: Int32Array;

  constructor(
    private readonly index: TermPostings,
    items: number,
  ) {
    this.mark = new Int32Array(items);
    this.counts = new Int32Array(items);
    this.kinds = new Int32Array(items);
    this.weights = new Float64Array(items);
    this.totals = new Float64Array(index.nearDuplicates ? items : 0).fill(NaN);
    const terms = index.nearDuplicates?.terms.length ?? 0;
    this.otherMark = new Int32Array(terms);
    this.checkedMark = new Int32Array(index.nearDuplicates ? items : 0);
    this.termWeight = new Float64Array(terms).fill(NaN);
    this.termBit = new Int32Array(terms).fill(-1);
  }

  /**
   * The candidates after item `after` (each pair is found once, from its first item) that
   * `accept` admits. `accept` is asked once per item.
   */
  find(terms: Iterable<string>, after: number, accept: (item: number) => boolean, weightOf?: (term: string) => number): number[] {
    const stamp = ++this.stamp;
    const { mark, counts, kinds, weights, found } = this;
    found.length = 0;
    const nearKeys = weightOf ? this.index.nearDuplicates?.keysOf.get(after) : undefined;
    for (const t of terms) {
      const list = this.index.postings.get(t);
      if (!list) continue;
      const bit = KIND_BIT[termKind(t)];
      const w = weightOf ? weightOf(t) : 0;
      for (let k = firstAfter(list, after); k < list.length; k++) {
        const j = list[k];
        const m = mark[j];
        if (m === stamp) {
          counts[j]++;
          kinds[j] |= bit;
          weights[j] += w;
          continue;
        }
        if (m === -stamp) continue;
        if (!accept(j)) {
          mark[j] = -stamp;
          continue;
        }
        mark[j] = stamp;
        counts[j] = 1;
        kinds[j] = bit;
        // 0 + w, as a sum starting from 0 would have it.
        weights[j] = 0 + w;
        found.push(j);
      }
    }
    if (nearKeys && weightOf) this.addNearDuplicates(after, nearKeys, accept, weightOf, stamp);
    if (weightOf && found.length > MAX_WEIGHTED_CANDIDATES) {
      // The best by shared weight, ties in first-met order, kept in first-met order: every candidate above the
      // weight of the MAX_WEIGHTED_CANDIDATES-th best, then the first ones met at that weight. The weights are
      // sorted as numbers (a search at 10,000 articles meets thousands of candidates; a sort calling back
      // for each comparison of them was most of matching's time).
      let sorted = this.sortedWeights;
      if (sorted.length < found.length) sorted = this.sortedWeights = new Float64Array(Math.max(found.length, 2 * sorted.length));
      const view = sorted.subarray(0, found.length);
      for (let k = 0; k < found.length; k++) view[k] = weights[found[k]];
      view.sort();
      const threshold = view[found.length - MAX_WEIGHTED_CANDIDATES];
      let above = 0;
      for (let k = found.length - MAX_WEIGHTED_CANDIDATES + 1; k < found.length; k++) if (view[k] > threshold) above++;
      let atThreshold = MAX_WEIGHTED_CANDIDATES - above;
      let kept = 0;
      for (const j of found) {
        const w = weights[j];
        if (w > threshold || (w === threshold && atThreshold-- > 0)) found[kept++] = j;
      }
      found.length = kept;
    }
    return found;
  }

  /**
   * Adds the near-duplicates of `item` after it, found through its near-duplicate keys. Between
   * near-duplicates every shared term counts (the frequent ones too): what they share is the
   * whole sentence. The weights are summed in the order of the item's terms, as `find` sums.
   */
  private addNearDuplicates(item: number, keys: readonly string[], accept: (item: number) => boolean, weightOf: (term: string) => number, stamp: number): void {
    const near = this.index.nearDuplicates!;
    const own = near.termIdsOf[item];
    const { checkedMark, otherMark } = this;
    const mark = ++this.nearStamp;
    const ownTotal = this.totalOf(item, weightOf);
    for (const key of keys) {
      const group = near.items.get(key)!;
      let proposed = 0;
      for (let k = firstAfter(group, item); k < group.length && proposed < NEAR_DUPLICATES.proposals; k++) {
        const j = group[k];
        if (checkedMark[j] === mark) continue;
        checkedMark[j] = mark;
        if (this.mark[j] === -stamp) continue;
        if (this.mark[j] !== stamp && !accept(j)) {
          this.mark[j] = -stamp;
          continue;
        }
        proposed++;
        // The other item's terms marked, then the item's own read in order: the shared weight is summed in the
        // item's order (an item's terms are distinct).
        const others = near.termIdsOf[j];
        const otherStamp = ++this.otherStamp;
        for (let k = 0; k < others.length; k++) otherMark[others[k]] = otherStamp;
        let shared = 0;
        let kinds = 0;
        let count = 0;
        for (let k = 0; k < own.length; k++) {
          if (otherMark[own[k]] !== otherStamp) continue;
          shared += this.weightOfTerm(own[k], weightOf);
          kinds |= this.bitOfTerm(own[k]);
          count++;
        }
        if (diceScore(shared, ownTotal, this.totalOf(j, weightOf)) < NEAR_DUPLICATES.similarity) continue;
        if (this.mark[j] !== stamp) {
          this.mark[j] = stamp;
          this.found.push(j);
        }
        this.counts[j] = count;
        this.kinds[j] = kinds;
        this.weights[j] = shared;
      }
    }
  }

  /** The total weight of an item's terms (a finder serves one weighting: matching's). */
  private totalOf(item: number, weightOf: (term: string) => number): number {
    let total = this.totals[item];
    if (Number.isNaN(total)) {
      total = 0;
      for (const id of this.index.nearDuplicates!.termIdsOf[item]) total += this.weightOfTerm(id, weightOf);
      this.totals[item] = total;
    }
    return total;
  }

  private weightOfTerm(id: number, weightOf: (term: string) => number): number {
    let w = this.termWeight[id];
    if (Number.isNaN(w)) this.termWeight[id] = w = weightOf(this.index.nearDuplicates!.terms[id]);
    return w;
  }

  private bitOfTerm(id: number): number {
    let bit = this.termBit[id];
    if (bit === -1) this.termBit[id] = bit = KIND_BIT[termKind(this.index.nearDuplicates!.terms[id])];
    return bit;
  }

  /** How many indexed terms `item` shares with the item of the last `find`. */
  sharedCount(item: number): number {
    return this.counts[item];
  }

  /** The kinds of those terms, as `KIND_BIT`s. */
  sharedKinds(item: number): number {
    return this.kinds[item];
  }

  /** The sum of their weights (`weightOf`), added in the order of the searched item's terms. */
  sharedWeight(item: number): number {
    return this.weights[item];
  }
}

/** A weighted term vector with its Euclidean norm (1 when empty, so cosines stay finite). */
export interface TermVector {
  v: Map<string, number>;
  norm: number;
  /** The same terms as numbers (see `tfIdfVectors`) and their weights, in the order of `v`. */
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Damped tf-idf vectors (√tf × idf over `bags`) of the terms `keep` accepts, with the document
 * frequencies they were weighed with.
 */
export function tfIdfVectors(
  bags: readonly ReadonlyMap<string, number>[],
  keep: (term: string) => boolean,
): { df: Map<string, number>; vectors: TermVector[]; cosines: CosineScorer } {
  const df = documentFrequencies(bags.map((bag) => bag.keys()), keep);
  const n = bags.length;
  // Terms as numbers, so cosines index arrays rather than hash strings.
  const idOf = new Map<string, number>();
  for (const t of df.keys()) idOf.set(t, idOf.size);
  const vectors = bags.map((bag) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, tf] of bag) {
      if (!keep(t)) continue;
      const w = Math.sqrt(tf) * idf(n, df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    const ids = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      ids[k] = idOf.get(t)!;
      weights[k++] = w;
    }
    return { v, norm: Math.sqrt(norm) || 1, ids, weights };
  });
  return { df, vectors, cosines: new CosineScorer(idOf.size) };
}

/**
 * Cosines of one vector (`load`) with many others. Each dot product sums over the smaller vector
 * in its order, the larger one's weights read from an array it was spread into: the order of
 * the sum fixes its rounding, and scores must not change by a bit.
 */
export class CosineScorer {
  private readonly loaded: Float64Array;
  private readonly loadedMark: Int32Array;
  private readonly other: Float64Array;
  private readonly otherMark: Int32Array;
  private loadStamp = 0;
  private otherStamp = 0;
  private current: TermVector | null = null;

  constructor(terms: number) {
    this.loaded = new Float64Array(terms);
    this.loadedMark = new Int32Array(terms);
    this.other = new Float64Array(terms);
    this.otherMark = new Int32Array(terms);
  }

  load(a: TermVector): void {
    const stamp = ++this.loadStamp;
    for (let k = 0; k < a.ids.length; k++) {
      this.loaded[a.ids[k]] = a.weights[k];
      this.loadedMark[a.ids[k]] = stamp;
    }
    this.current = a;
  }

  /** The cosine of the loaded vector with `b`. */
  cosine(b: TermVector): number {
    const a = this.current!;
    let dot = 0;
    if (a.ids.length < b.ids.length) {
      // `a` is the smaller: over its terms in order, with `b` spread out.
      const stamp = ++this.otherStamp;
      for (let k = 0; k < b.ids.length; k++) {
        this.other[b.ids[k]] = b.weights[k];
        this.otherMark[b.ids[k]] = stamp;
      }
      for (let k = 0; k < a.ids.length; k++) {
        const id = a.ids[k];
        if (this.otherMark[id] === stamp) dot += a.weights[k] * this.other[id];
      }
    } else {
      const stamp = this.loadStamp;
      for (let k = 0; k < b.ids.length; k++) {
        const id = b.ids[k];
        if (this.loadedMark[id] === stamp) dot += b.weights[k] * this.loaded[id];
      }
    }
    return dot / (a.norm * b.norm);
  }
}

/** Weighted Dice overlap: twice the weight of the shared terms over the two items' total weights. */
export function diceScore(sharedWeight: number, totalA: number, totalB: number): number {
  return (2 * sharedWeight) / (totalA + totalB);
}
