/**
 * People across the corpus: the per-article people merged into one Person per real person.
 * Full names merge when first names agree and surnames are equal or spelling variants
 * (Zelensky / Zelenskyy); a lone surname or first name joins a full name only when exactly one
 * person of the corpus fits it, so two different people sharing a surname stay apart.
 */
import type { ArticleAnalysis } from '../../extract';
import type { RoleReading } from '../../extract/people/names';
import type { Person, PersonRole } from '../../report';
import { firstAfter } from '../../util/search';

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

  // Full names: bucket by the surname's first two letters so variants meet without all pairs. Whether
  // two full names merge depends on their first name and surname only, and one form always merges with
  // itself: each form is compared once, its later entries join its first (a person named in thousands
  // of articles is one comparison, not thousands).
  const buckets = new Map<string, number[]>();
  const firstOfForm = new Map<string, number>();
  for (const { e, i } of full) {
    const surname = e.tokens[e.tokens.length - 1];
    const form = `${e.tokens[0]}\u0000${surname}`;
    const first = firstOfForm.get(form);
    if (first !== undefined) {
      uf.union(i, first);
      continue;
    }
    firstOfForm.set(form, i);
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
  // The full-name entries of each document, for telling an ambiguous lone word by its own document.
  const fullOfDocument = new Map<string, number[]>();
  for (const { e, i } of full) {
    const list = fullOfDocument.get(e.document);
    if (list) list.push(i);
    else fullOfDocument.set(e.document, [i]);
  }
  // The full-name groups (by one member each) whose surname a lone word may be, read once per word.
  const surnameGroupsOf = new Map<string, number[]>();
  for (const { e, i } of single) {
    const word = e.tokens[0];
    let groupsOfWord = surnameGroupsOf.get(word);
    if (!groupsOfWord) {
      groupsOfWord = [];
      for (const surname of fullSurnames) if (surnameVariants(word, surname)) groupsOfWord.push(...groupsBySurname.get(surname)!);
      surnameGroupsOf.set(word, groupsOfWord);
    }
    let candidates = new Set<number>(groupsOfWord.map((g) => uf.find(g)));
    if (candidates.size === 0) {
      // A first name alone ("Lindsay") only when no surname reading exists.
      candidates = new Set([...(groupsByFirst.get(word) ?? [])].map((g) => uf.find(g)));
    }
    if (candidates.size > 1) {
      // Ambiguous across the corpus: the person of the same document, if only one fits there.
      const ofDocument = fullOfDocument.get(e.document) ?? [];
      const local = [...candidates].filter((root) => ofDocument.some((fi) => uf.find(fi) === root));
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
    // What is already listed, so a person of thousands of documents is not searched for each one.
    const listedAliases = new Set<string>();
    const listedRoles = new Set<string>();
    const listedDocuments = new Set<string>();
    for (const m of members) {
      const e = entries[m];
      for (const alias of [e.name, ...e.aliases]) {
        if (alias === name || listedAliases.has(alias)) continue;
        listedAliases.add(alias);
        aliases.push(alias);
      }
      for (const role of e.roles) {
        const listed = localKey(e.document, role);
        if (listedRoles.has(listed)) continue;
        listedRoles.add(listed);
        roles.push({ text: role, document: e.document });
      }
      if (!listedDocuments.has(e.document)) {
        listedDocuments.add(e.document);
        documents.push(e.document);
      }
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
  // A person named in thousands of documents has thousands of roles in a few wordings: the wordings are
  // compared, and for each two that conflict the first pair of roles (in list order) from different documents
  // is the one stated, as a pass over all pairs in order would state it.
  const positionsOf = new Map<string, number[]>();
  roles.forEach((role, k) => {
    const list = positionsOf.get(role.text);
    if (list) list.push(k);
    else positionsOf.set(role.text, [k]);
  });
  const texts = [...positionsOf.keys()];
  const found: { i: number; j: number }[] = [];
  for (let t = 0; t < texts.length; t++) {
    for (let u = t + 1; u < texts.length; u++) {
      const ra = readingOf(texts[t]);
      const rb = readingOf(texts[u]);
      if (ra.former === rb.former) continue;
      const ha = ra.head;
      const hb = rb.head;
      if (!ha || !hb) continue;
      if (!(ha === hb || ha.endsWith(' ' + hb) || hb.endsWith(' ' + ha))) continue;
      const pair = firstPairAcrossDocuments(roles, positionsOf.get(texts[t])!, positionsOf.get(texts[u])!);
      if (pair) found.push(pair);
    }
  }
  return found
    .sort((x, y) => x.i - y.i || x.j - y.j)
    .map(({ i, j }) => {
      const [a, b] = [roles[i], roles[j]];
      const [past, present] = readingOf(a.text).former ? [a, b] : [b, a];
      return { a: past, b: present, reason: `"${past.text}" (${past.document}) vs "${present.text}" (${present.document})` };
    });
}

/**
 * The first pair i < j (by i, then j) of one position from each ascending list whose roles are of
 * different documents. A wording's roles are each of another document, so of the positions after i
 * in the other list the first or the second is of another document than i's.
 */
function firstPairAcrossDocuments(roles: readonly PersonRole[], xs: readonly number[], ys: readonly number[]): { i: number; j: number } | null {
  let best: { i: number; j: number } | null = null;
  const consider = (i: number, others: readonly number[]): void => {
    if (best && i > best.i) return;
    let at = firstAfter(others, i);
    while (at < others.length && roles[others[at]].document === roles[i].document) at++;
    if (at === others.length) return;
    const j = others[at];
    if (!best || i < best.i || (i === best.i && j < best.j)) best = { i, j };
  };
  for (const i of xs) consider(i, ys);
  for (const i of ys) consider(i, xs);
  return best;
}

