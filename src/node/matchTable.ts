/**
 * The report's matches as the extension host holds them (issue 13): columns of typed arrays, made
 * by the analysis thread and moved (not copied) to the host, from which a claim's matches are made
 * into objects only when a surface asks for them. At 1,000 articles the matches are 337,000
 * objects (38 MB serialised), and the lookup listed each twice (once per claim): the host read and
 * held all of them, and the young-generation collections that moved them were most of its longest
 * blocks during a full analysis. The columns are 9.9 MB outside the JavaScript heap (each claim's
 * list included); the objects a surface makes from them die young, which costs a collection next
 * to nothing.
 *
 * Claims are numbered in the order of the report's documents and their claims, which the host
 * reads as well, so no claim id is sent twice. The table keeps the matches' order, and each claim's
 * matches are listed in the lookup's order (`lookupSteps`: best first, contradictions first).
 */
import { lookupSteps, type ClaimMatch, type FactDifference, type MatchRelation, type Report, type ReportLookup } from '../core/view';

const RELATIONS: readonly MatchRelation[] = ['agrees', 'contradicts', 'updates', 'related'];
const RELATION_NUMBER: ReadonlyMap<string, number> = new Map(RELATIONS.map((relation, n) => [relation, n]));
/** `lookupSteps`'s order of a claim's matches: contradictions first, related last. */
const RANK_OF_NUMBER: readonly number[] = RELATIONS.map((relation) => ({ contradicts: 0, updates: 1, agrees: 2, related: 3 })[relation]);

/** What of the table travels in the answer's head (serialised); the columns travel as buffers. */
export interface MatchTableHead {
  count: number;
  /** The distinct reasons (at 1,000 articles: 3,922 for 337,000 matches). */
  reasons: string[];
  /** The few matches with differences (contradicts, updates): match number and its differences. */
  differences: [number, FactDifference[]][];
}

/**
 * The columns, each in a buffer of its own (a transfer moves whole buffers), in this order. An
 * entry of a claim's list is `match * 2 + side`: side 0 when the claim is the match's `a` (the
 * other claim is `b`), 1 when it is its `b`.
 */
const COLUMNS = ['a', 'b', 'relation', 'score', 'reason', 'claimStarts', 'claimEntries'] as const;
export const MATCH_TABLE_BUFFERS = COLUMNS.length;

interface Columns {
  a: Int32Array;
  b: Int32Array;
  relation: Uint8Array;
  score: Float64Array;
  reason: Int32Array;
  /** Claim n's entries are `claimEntries[claimStarts[n] .. claimStarts[n + 1]]`. */
  claimStarts: Int32Array;
  claimEntries: Int32Array;
}

/** The claim ids of a report in table order: its documents' claims, document by document. */
function* claimIdsOf(report: Pick<Report, 'documents'>): Generator<void, string[]> {
  const ids: string[] = [];
  for (const doc of report.documents) {
    for (const claim of doc.claims) ids.push(claim.id);
    yield;
  }
  return ids;
}

/** The keys of a match the table holds, in the order the engine writes them. */
const MATCH_KEYS = 'a,b,relation,score,reason';
const MATCH_KEYS_WITH_DIFFERENCES = `${MATCH_KEYS},differences`;

/**
 * The table of `report.matches`, in the analysis thread: its head and its buffers (to transfer).
 * Undefined when a match is not one the table can hold exactly (a claim not in the documents, a
 * field it does not know): the matches are then sent as objects.
 */
export function encodeMatchTable(report: Report): { head: MatchTableHead; buffers: ArrayBuffer[] } | undefined {
  const { matches } = report;
  const claimIds = runToEnd(claimIdsOf(report));
  const claimNumber = new Map(claimIds.map((id, n) => [id, n]));
  const count = matches.length;
  const columns: Columns = {
    a: new Int32Array(count),
    b: new Int32Array(count),
    relation: new Uint8Array(count),
    score: new Float64Array(count),
    reason: new Int32Array(count),
    claimStarts: new Int32Array(claimIds.length + 1),
    claimEntries: new Int32Array(2 * count),
  };
  const reasonNumber = new Map<string, number>();
  const reasons: string[] = [];
  const differences: [number, FactDifference[]][] = [];
  for (let i = 0; i < count; i++) {
    const match = matches[i];
    const keys = Object.keys(match).join(',');
    const a = claimNumber.get(match.a);
    const b = claimNumber.get(match.b);
    const relation = RELATION_NUMBER.get(match.relation);
    if ((keys !== MATCH_KEYS && keys !== MATCH_KEYS_WITH_DIFFERENCES) || a === undefined || b === undefined || relation === undefined) return undefined;
    if (typeof match.score !== 'number' || typeof match.reason !== 'string' || (match.differences !== undefined && !Array.isArray(match.differences))) return undefined;
    columns.a[i] = a;
    columns.b[i] = b;
    columns.relation[i] = relation;
    columns.score[i] = match.score;
    let reason = reasonNumber.get(match.reason);
    if (reason === undefined) {
      reason = reasons.length;
      reasons.push(match.reason);
      reasonNumber.set(match.reason, reason);
    }
    columns.reason[i] = reason;
    if (match.differences) differences.push([i, match.differences]);
  }
  // Each claim's list: counted, placed in the order of the matches (as the lookup pushes them), then sorted as the lookup sorts.
  const { claimStarts, claimEntries } = columns;
  for (let i = 0; i < count; i++) {
    claimStarts[columns.a[i] + 1]++;
    claimStarts[columns.b[i] + 1]++;
  }
  for (let n = 0; n < claimIds.length; n++) claimStarts[n + 1] += claimStarts[n];
  const filled = claimStarts.slice(0, claimIds.length);
  for (let i = 0; i < count; i++) {
    claimEntries[filled[columns.a[i]]++] = i * 2;
    claimEntries[filled[columns.b[i]]++] = i * 2 + 1;
  }
  const byRank = (x: number, y: number): number => {
    const mx = x >> 1;
    const my = y >> 1;
    return RANK_OF_NUMBER[columns.relation[mx]] - RANK_OF_NUMBER[columns.relation[my]] || columns.score[my] - columns.score[mx];
  };
  for (let n = 0; n < claimIds.length; n++) {
    // Array.prototype.sort is stable, as the lookup's is: equal matches keep the order of the matches.
    const list = Array.from(claimEntries.subarray(claimStarts[n], claimStarts[n + 1])).sort(byRank);
    claimEntries.set(list, claimStarts[n]);
  }
  return { head: { count, reasons, differences }, buffers: COLUMNS.map((column) => columns[column].buffer as ArrayBuffer) };
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A claim's match as the lookup lists it: the match and the claim on its far side. */
export interface ClaimMatchEntry {
  match: ClaimMatch;
  other: string;
}

/** The table in the extension host: matches made into objects when asked for. */
export class MatchTable {
  private readonly columns: Columns;
  private readonly differences: Map<number, FactDifference[]>;

  constructor(
    private readonly head: MatchTableHead,
    buffers: readonly ArrayBuffer[],
    /** Claim ids by number (`claimIdsOf` the report). */
    private readonly claimIds: readonly string[],
  ) {
    const [a, b, relation, score, reason, claimStarts, claimEntries] = buffers;
    this.columns = {
      a: new Int32Array(a),
      b: new Int32Array(b),
      relation: new Uint8Array(relation),
      score: new Float64Array(score),
      reason: new Int32Array(reason),
      claimStarts: new Int32Array(claimStarts),
      claimEntries: new Int32Array(claimEntries),
    };
    if (this.columns.a.length !== head.count || this.columns.claimStarts.length !== claimIds.length + 1) throw new Error('a match table that does not fit its report');
    this.differences = new Map(head.differences);
  }

  get count(): number {
    return this.head.count;
  }

  /** Match `i`, a new object with the engine's keys in its order. */
  match(i: number): ClaimMatch {
    const { columns } = this;
    const match: ClaimMatch = {
      a: this.claimIds[columns.a[i]],
      b: this.claimIds[columns.b[i]],
      relation: RELATIONS[columns.relation[i]],
      score: columns.score[i],
      reason: this.head.reasons[columns.reason[i]],
    };
    const differences = this.differences.get(i);
    if (differences) match.differences = differences;
    return match;
  }

  /** Every match, in the report's order (an export of the report). */
  all(): ClaimMatch[] {
    const all = new Array<ClaimMatch>(this.head.count);
    for (let i = 0; i < all.length; i++) all[i] = this.match(i);
    return all;
  }

  /** How many matches list claim number `n`. */
  entryCount(n: number): number {
    return this.columns.claimStarts[n + 1] - this.columns.claimStarts[n];
  }

  /** Claim number `n`'s matches in the lookup's order, as new objects. */
  entries(n: number): ClaimMatchEntry[] {
    const { claimStarts, claimEntries } = this.columns;
    const list: ClaimMatchEntry[] = [];
    for (let k = claimStarts[n]; k < claimStarts[n + 1]; k++) {
      const entry = claimEntries[k];
      const match = this.match(entry >> 1);
      list.push({ match, other: entry & 1 ? match.a : match.b });
    }
    return list;
  }

  /** The claims some match contradicts, in the order the lookup adds them. */
  contradictedClaims(): Set<string> {
    const claims = new Set<string>();
    const contradicts = RELATION_NUMBER.get('contradicts');
    const { a, b, relation } = this.columns;
    for (let i = 0; i < this.head.count; i++) {
      if (relation[i] === contradicts) claims.add(this.claimIds[a[i]]).add(this.claimIds[b[i]]);
    }
    return claims;
  }

  /** The claims with matches, in the order the lookup first lists them (by their first match). */
  claimsInLookupOrder(): number[] {
    const seen = new Uint8Array(this.claimIds.length);
    const order: number[] = [];
    const { a, b } = this.columns;
    for (let i = 0; i < this.head.count; i++) {
      for (const n of [a[i], b[i]]) {
        if (!seen[n]) {
          seen[n] = 1;
          order.push(n);
        }
      }
    }
    return order;
  }

  claimId(n: number): string {
    return this.claimIds[n];
  }
}

type Entries = ClaimMatchEntry[];

/**
 * The lookup's `matchesByClaim` over a table: each `get` makes the claim's list anew (nothing is
 * kept, so what a surface reads dies young). Read-only.
 */
export class MatchesByClaim extends Map<string, Entries> {
  private withMatches: number | undefined;

  constructor(
    private readonly table: MatchTable,
    private readonly claimNumber: ReadonlyMap<string, number>,
  ) {
    super();
  }

  override get(claimId: string): Entries | undefined {
    const n = this.claimNumber.get(claimId);
    return n === undefined || this.table.entryCount(n) === 0 ? undefined : this.table.entries(n);
  }

  override has(claimId: string): boolean {
    const n = this.claimNumber.get(claimId);
    return n !== undefined && this.table.entryCount(n) > 0;
  }

  override get size(): number {
    return (this.withMatches ??= this.table.claimsInLookupOrder().length);
  }

  override *entries(): MapIterator<[string, Entries]> {
    for (const n of this.table.claimsInLookupOrder()) yield [this.table.claimId(n), this.table.entries(n)];
  }

  override *keys(): MapIterator<string> {
    for (const n of this.table.claimsInLookupOrder()) yield this.table.claimId(n);
  }

  override *values(): MapIterator<Entries> {
    for (const n of this.table.claimsInLookupOrder()) yield this.table.entries(n);
  }

  override [Symbol.iterator](): MapIterator<[string, Entries]> {
    return this.entries();
  }

  override forEach(callback: (value: Entries, key: string, map: Map<string, Entries>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override set(): this {
    throw new Error('the matches of a table are read-only');
  }

  override delete(): boolean {
    throw new Error('the matches of a table are read-only');
  }

  override clear(): void {
    throw new Error('the matches of a table are read-only');
  }
}

/** The table a joined report's matches are read from (set by `attachMatchTable`). */
const tables = new WeakMap<Report, MatchTable>();

/**
 * Makes `report.matches` read from `table`: the array is made (once) only when something reads it
 * (an export of the report); the lookup reads the table.
 */
export function attachMatchTable(report: Report, table: MatchTable): void {
  tables.set(report, table);
  // Defined in the place of the report's own key, so that the report's keys keep their order.
  Object.defineProperty(report, 'matches', {
    enumerable: true,
    configurable: true,
    get(): ClaimMatch[] {
      const all = table.all();
      Object.defineProperty(report, 'matches', { value: all, enumerable: true, configurable: true, writable: true });
      return all;
    },
    set(value: ClaimMatch[]) {
      tables.delete(report);
      Object.defineProperty(report, 'matches', { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/** The table behind `claimIds` of a report, for the host's join. */
export function tableClaimIds(report: Pick<Report, 'documents'>): Generator<void, string[]> {
  return claimIdsOf(report);
}

/**
 * The report's lookup (`lookupSteps`), with its matches read from the report's table when it has
 * one: the rest is built by `lookupSteps` over the report without its matches.
 */
export function* hostLookupSteps(report: Report): Generator<void, ReportLookup> {
  const table = tables.get(report);
  if (!table) return yield* lookupSteps(report);
  // Copied key by key: a spread would read (and so make) the matches.
  const withoutMatches: Record<string, unknown> = {};
  for (const key of Object.keys(report)) withoutMatches[key] = key === 'matches' ? [] : (report as unknown as Record<string, unknown>)[key];
  const lookup = yield* lookupSteps(withoutMatches as unknown as Report);
  const claimNumber = new Map<string, number>();
  let n = 0;
  for (const doc of report.documents) {
    for (const claim of doc.claims) claimNumber.set(claim.id, n++);
    yield;
  }
  lookup.report = report;
  lookup.matchesByClaim = new MatchesByClaim(table, claimNumber);
  yield;
  lookup.contradictedClaims = table.contradictedClaims();
  return lookup;
}
