/**
 * Syndication: articles that are copies of one story (a wire story reprinted by several outlets,
 * a page and its syndicated copy). A reprint is not a second source, so corroboration counts
 * groups, not documents. Two articles are copies when most claims of the shorter one have a
 * claim of the same content words in the other; groups join copies of copies. Compares the
 * claims' features only, never their text.
 */
import type { ClaimUnit } from '../claimUnits';

export interface SyndicationGroup {
  /** Document ids, in corpus order. */
  documents: string[];
}

export interface Syndication {
  groups: SyndicationGroup[];
  /** Document id → index into `groups`, for documents that are in one. */
  groupOf: ReadonlyMap<string, number>;
}

/** Share of the shorter article's claims that must reappear in the other. */
const SHARED_CLAIMS = 0.6;
/** Fewer claims than this say too little to call two articles copies. */
const MIN_SHARED = 3;
/** A claim's content must be this rich for its reappearance to mean a copy, not a stock phrase. */
const MIN_CLAIM_TERMS = 4;

/** The content of a claim as one key: its stems, names and numbers, sorted. */
function contentKey(unit: ClaimUnit): string | null {
  const f = unit.features;
  const terms = [...f.stems, ...f.names.map((n) => `n:${n}`), ...f.quantities.map((q) => `q:${q.value}:${q.unit}`)];
  if (terms.length < MIN_CLAIM_TERMS) return null;
  return [...new Set(terms)].sort().join(' ');
}

export function findSyndication(units: readonly ClaimUnit[], documentIds: readonly string[]): Syndication {
  // Claim content → documents holding it; each document's number of keyed claims.
  const holders = new Map<string, Set<number>>();
  const keyed = new Array<number>(documentIds.length).fill(0);
  const seen = new Set<string>();
  for (const unit of units) {
    const key = contentKey(unit);
    if (key === null) continue;
    const docKey = `${unit.documentIndex} ${key}`;
    if (seen.has(docKey)) continue;
    seen.add(docKey);
    keyed[unit.documentIndex]++;
    const set = holders.get(key) ?? new Set<number>();
    set.add(unit.documentIndex);
    holders.set(key, set);
  }
  // Shared claim counts per document pair, from claims that more than one document holds.
  const shared = new Map<string, number>();
  for (const docs of holders.values()) {
    if (docs.size < 2) continue;
    const list = [...docs].sort((a, b) => a - b);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = `${list[i]} ${list[j]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  const parent = documentIds.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const [pair, count] of shared) {
    const [a, b] = pair.split(' ').map(Number);
    if (count >= MIN_SHARED && count >= SHARED_CLAIMS * Math.min(keyed[a], keyed[b])) {
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  const members = new Map<number, number[]>();
  documentIds.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  });
  const groups: SyndicationGroup[] = [];
  const groupOf = new Map<string, number>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    for (const i of list) groupOf.set(documentIds[i], groups.length);
    groups.push({ documents: list.map((i) => documentIds[i]) });
  }
  return { groups, groupOf };
}
