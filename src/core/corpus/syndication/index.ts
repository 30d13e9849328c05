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

/**
 * Content keys by the claim features' stems array, with the names and quantities they were made
 * with: an unchanged article keeps its features' arrays from join to join (the corpus stage copies
 * a features object only to map its people), so a re-join reads its keys back.
 */
const keysOfFeatures = new WeakMap<readonly string[], { names: readonly string[]; quantities: readonly unknown[]; key: string | null }>();

/** The content of a claim as one key: its stems, names and numbers, sorted. */
function contentKey(unit: ClaimUnit): string | null {
  const f = unit.features;
  const known = keysOfFeatures.get(f.stems);
  if (known && known.names === f.names && known.quantities === f.quantities) return known.key;
  const key = contentKeyOf(unit);
  keysOfFeatures.set(f.stems, { names: f.names, quantities: f.quantities, key });
  return key;
}

function contentKeyOf(unit: ClaimUnit): string | null {
  const f = unit.features;
  const terms = [...f.stems, ...f.names.map((n) => `n:${n}`), ...f.quantities.map((q) => `q:${q.value}:${q.unit}`)];
  if (terms.length < MIN_CLAIM_TERMS) return null;
  return [...new Set(terms)].sort().join(' ');
}

/**
 * How many holders of one claim each document is compared with. A claim carried by thousands of
 * copies would otherwise give millions of document pairs; the first holders (in corpus order) are
 * the same for every claim they hold, so a copy still finds its group through them, and a corpus
 * where no claim has more holders than this is compared exactly as pair by pair.
 */
const HOLDERS_COMPARED = 64;

export function findSyndication(units: readonly ClaimUnit[], documentIds: readonly string[]): Syndication {
  // Claim content → documents holding it (ascending, as units come in corpus order); each document's keyed claims.
  const holders = new Map<string, number[]>();
  const keysOf: string[][] = documentIds.map(() => []);
  const seen = new Set<string>();
  for (const unit of units) {
    const key = contentKey(unit);
    if (key === null) continue;
    const docKey = `${unit.documentIndex} ${key}`;
    if (seen.has(docKey)) continue;
    seen.add(docKey);
    keysOf[unit.documentIndex].push(key);
    const list = holders.get(key);
    if (list) list.push(unit.documentIndex);
    else holders.set(key, [unit.documentIndex]);
  }
  const parent = documentIds.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Per document: the claims it shares with each other document (among each claim's first holders),
  // counted in a map that lives for this document only, so memory stays linear in the corpus.
  for (let a = 0; a < documentIds.length; a++) {
    const shared = new Map<number, number>();
    for (const key of keysOf[a]) {
      const list = holders.get(key)!;
      if (list.length < 2) continue;
      for (let k = 0; k < Math.min(list.length, HOLDERS_COMPARED); k++) {
        const b = list[k];
        if (b !== a) shared.set(b, (shared.get(b) ?? 0) + 1);
      }
    }
    for (const [b, count] of shared) {
      if (count >= MIN_SHARED && count >= SHARED_CLAIMS * Math.min(keysOf[a].length, keysOf[b].length)) {
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
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
