/**
 * People across the corpus: the per-article people merged into one Person per real person.
 * Full names merge when first names agree and surnames are equal or spelling variants
 * (Zelensky / Zelenskyy); a lone surname or first name joins a full name only when exactly one
 * person of the corpus fits it, so two different people sharing a surname stay apart.
 */
import type { ArticleAnalysis } from '../../extract';
import type { RoleReading } from '../../extract/people/names';
import type { Person, PersonRole } from '../../report';

/** Two roles of one person that cannot both be true at once, from different documents. */
export interface RoleConflict {
  a: PersonRole;
  b: PersonRole;
  reason: string;
}

export interface MergedPeople {
  people: Person[];
  /** `${documentId}\u0000${LocalPerson.key}` → Person.id */
  idOf: Map<string, string>;
}

export function localKey(documentId: string, personKey: string): string {
  return `${documentId}\u0000${personKey}`;
}

interface Entry {
  document: string;
  key: string;
  name: string;
  aliases: string[];
  roles: string[];
  /** Lower-cased name words without titles or suffixes. */
  tokens: string[];
  slug: string;
  roleReadings: RoleReading[];
}

/** Levenshtein distance, bounded: returns limit+1 as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Surnames that are spelling variants of one name: Zelensky / Zelenskyy / Zelenskiy. */
export function surnameVariants(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  // Short names differ in one letter between different families (Kim / Kin): require length.
  if (shorter < 5 || a[0] !== b[0]) return false;
  return editDistance(a, b, 2) <= (shorter >= 7 ? 2 : 1);
}

function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  // An initial ("J. Smith") fits any first name with that letter.
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return surnameVariants(a, b);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Merges every article's people into corpus people. */
export function mergeCorpusPeople(articles: readonly ArticleAnalysis[]): MergedPeople {
  const entries: Entry[] = [];
  for (const analysis of articles) {
    analysis.people.persons.forEach((local, k) => {
      // Name words, slug and roles as the article stage read them (extract/people/names.ts).
      const { tokens, slug, roles: roleReadings } = analysis.personNames[k];
      if (tokens.length === 0) return;
      entries.push({ document: analysis.id, key: local.key, name: local.name, aliases: local.aliases, roles: local.roles, tokens, slug, roleReadings });
    });
  }
  const uf = new UnionFind(entries.length);
  const full = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.tokens.length >= 2);
  const single = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.tokens.length === 1);

  // Full names: bucket by the surname's first two letters so variants meet without all pairs.
  const buckets = new Map<string, number[]>();
  for (const { e, i } of full) {
    const surname = e.tokens[e.tokens.length - 1];
    const bucket = surname.slice(0, 2);
    const list = buckets.get(bucket) ?? [];
    for (const j of list) {
      const other = entries[j].tokens;
      if (surnameVariants(surname, other[other.length - 1]) && firstNamesCompatible(e.tokens[0], other[0])) uf.union(i, j);
    }
    list.push(i);
    buckets.set(bucket, list);
  }

  // Lone words: a surname (or a first name) fitting exactly one full-name group of the corpus.
  const groupsBySurname = new Map<string, Set<number>>();
  const groupsByFirst = new Map<string, Set<number>>();
  for (const { e, i } of full) {
    const root = uf.find(i);
    const add = (map: Map<string, Set<number>>, k: string): void => {
      const set = map.get(k) ?? new Set<number>();
      set.add(root);
      map.set(k, set);
    };
    add(groupsBySurname, e.tokens[e.tokens.length - 1]);
    add(groupsByFirst, e.tokens[0]);
  }
  const fullSurnames = [...groupsBySurname.keys()];
  for (const { e, i } of single) {
    const word = e.tokens[0];
    let candidates = new Set<number>();
    for (const surname of fullSurnames) {
      if (surnameVariants(word, surname)) for (const g of groupsBySurname.get(surname)!) candidates.add(uf.find(g));
    }
    if (candidates.size === 0) {
      // A first name alone ("Lindsay") only when no surname reading exists.
      candidates = new Set([...(groupsByFirst.get(word) ?? [])].map((g) => uf.find(g)));
    }
    if (candidates.size > 1) {
      // Ambiguous across the corpus: the person of the same document, if only one fits there.
      const local = [...candidates].filter((root) => full.some(({ e: f, i: fi }) => uf.find(fi) === root && f.document === e.document));
      candidates = new Set(local);
    }
    if (candidates.size === 1) uf.union(i, [...candidates][0]);
  }
  // Lone words that matched no full name still merge with the same lone word elsewhere.
  const loneRoots = new Map<string, number>();
  for (const { e, i } of single) {
    if (uf.find(i) !== i) continue;
    const existing = loneRoots.get(e.tokens[0]);
    if (existing === undefined) loneRoots.set(e.tokens[0], i);
    else uf.union(i, existing);
  }

  const groups = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const root = uf.find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });

  // A name's words and slug are the same whichever article it is from.
  const entryOfName = new Map<string, Entry>();
  for (const e of entries) if (!entryOfName.has(e.name)) entryOfName.set(e.name, e);
  const roleReading = new Map<string, RoleReading>();
  for (const e of entries) e.roles.forEach((role, k) => roleReading.set(role, e.roleReadings[k]));
  const people: Person[] = [];
  const idOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const ordered = [...groups.values()]
    .map((members) => {
      // Fullest form: most name words, then most frequent, then longest.
      const counts = new Map<string, number>();
      for (const m of members) counts.set(entries[m].name, (counts.get(entries[m].name) ?? 0) + 1);
      const names = [...counts.keys()].sort(
        (a, b) => entryOfName.get(b)!.tokens.length - entryOfName.get(a)!.tokens.length || counts.get(b)! - counts.get(a)! || b.length - a.length || a.localeCompare(b),
      );
      return { members, name: names[0] };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const { members, name } of ordered) {
    // The same slug as the article's own key, so ids read alike everywhere ('person' if nothing is left).
    let id = entryOfName.get(name)!.slug || 'person';
    const base = id;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const aliases: string[] = [];
    const roles: PersonRole[] = [];
    const documents: string[] = [];
    for (const m of members) {
      const e = entries[m];
      for (const alias of [e.name, ...e.aliases]) if (alias !== name && !aliases.includes(alias)) aliases.push(alias);
      for (const role of e.roles) if (!roles.some((r) => r.text === role && r.document === e.document)) roles.push({ text: role, document: e.document });
      if (!documents.includes(e.document)) documents.push(e.document);
      idOf.set(localKey(e.document, e.key), id);
    }
    const person: Person = { id, name, aliases, roles, documents };
    const conflicts = roleConflicts(roles, (text) => roleReading.get(text)!);
    if (conflicts.length > 0) person.roleConflicts = conflicts;
    people.push(person);
  }
  return { people: people.sort((a, b) => a.id.localeCompare(b.id)), idOf };
}

/**
 * Roles from different documents that contradict each other: the same office held now in one
 * ("President") and formerly in another ("former US President").
 */
export function roleConflicts(roles: readonly PersonRole[], readingOf: (text: string) => RoleReading): RoleConflict[] {
  const out: RoleConflict[] = [];
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) {
      const a = roles[i];
      const b = roles[j];
      if (a.document === b.document) continue;
      const ra = readingOf(a.text);
      const rb = readingOf(b.text);
      const aFormer = ra.former;
      if (aFormer === rb.former) continue;
      const ha = ra.head;
      const hb = rb.head;
      if (!ha || !hb) continue;
      if (ha === hb || ha.endsWith(' ' + hb) || hb.endsWith(' ' + ha)) {
        const [past, present] = aFormer ? [a, b] : [b, a];
        if (!out.some((c) => c.a.text === past.text && c.b.text === present.text)) {
          out.push({ a: past, b: present, reason: `"${past.text}" (${past.document}) vs "${present.text}" (${present.document})` });
        }
      }
    }
  }
  return out;
}
