/**
 * The timeline's shape, per corpus and topic:
 *  - the largest event's share of the corpus's claims, beside the largest share the key allows (the
 *    largest subtopic's or incident's share of the claims, those of its documents): an event holding more than a third of
 *    a corpus's claims is a topic, not a happening, unless the key says one happening is that big;
 *  - event dates against the key's, where it has dates (gvc-dev: each incident's date): the event
 *    that holds most of an incident's annotated lines is dated right when its date is the incident's
 *    day; "compatible" when it only lacks precision ("2016-11" for 2016-11-19); inferred dates must
 *    be marked (`date.how === 'inferred'` whenever `date.source` is not 'text');
 *  - how events are labelled and dated: kinds, and how dates were obtained.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpusDetailed, type Report } from '../../src/core';
import { corporaRoot, corpusAvailable, pct, readArticles } from './corpora';

/** Share of one corpus's claims held by its largest event (each claim counted once per event). */
export function largestEventShare(report: Report): { share: number; label: string } {
  const claims = report.documents.reduce((n, d) => n + d.claims.length, 0);
  let best = { share: 0, label: '' };
  for (const e of report.events) {
    const share = claims ? new Set(e.mentions.map((m) => m.claim)).size / claims : 0;
    if (share > best.share) best = { share, label: e.label };
  }
  return best;
}

/**
 * The largest share of the corpus's claims that one key group (subtopic, incident) holds: the claims
 * of its documents. Counted in claims, as the event's share is: an ECB+ subtopic of ten one-line
 * documents and one of ten long reports are halves of the documents but not of the claims.
 */
function largestKeyShare(report: Report, groupOf: Readonly<Record<string, string>>): number {
  const claims = new Map<string, number>();
  let total = 0;
  for (const d of report.documents) {
    total += d.claims.length;
    const group = groupOf[d.id] ?? groupOf[path.basename(d.path).replace(/\.txt$/, '')];
    if (group !== undefined) claims.set(group, (claims.get(group) ?? 0) + d.claims.length);
  }
  return total ? Math.max(0, ...claims.values()) / total : 0;
}

interface ShareRow {
  corpus: string;
  share: number;
  keyShare: number | null;
  label: string;
}

function shareLine(r: ShareRow): string {
  const over = r.share > 1 / 3 && (r.keyShare === null || r.share > r.keyShare + 0.05);
  return `${r.corpus.padEnd(16)} largest event ${pct(r.share).padStart(6)}${r.keyShare === null ? '' : ` (key allows ${pct(r.keyShare)})`}${over ? '  OVER' : ''}  "${r.label}"`;
}

function kindsAndDates(reports: readonly Report[]): string {
  const counts = new Map<string, number>();
  let unmarked = 0;
  for (const r of reports) {
    for (const e of r.events) {
      const key = `${e.kind ?? '?'}/${e.date.how ?? 'undated'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (e.date.value !== null && e.date.source !== 'text' && e.date.how !== 'inferred' && e.date.how !== 'resolved') unmarked++;
    }
  }
  const parts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  return `events by kind/date: ${parts.join(', ')}; dates counted from article dates but not marked: ${unmarked}`;
}

interface GvcKey {
  events: { id: string; date: string }[];
  documents: Record<string, { event: string; eventLines?: number[] }>;
}

/** gvc-dev: each incident's date against the event holding most of its annotated lines. */
function gvcDates(report: Report, dir: string, key: GvcKey): string {
  const lineStarts = new Map<string, number[]>();
  for (const id of Object.keys(key.documents)) {
    const text = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    lineStarts.set(id, starts);
  }
  const lineOf = (doc: string, offset: number): number => {
    const starts = lineStarts.get(doc) ?? [0];
    let lo = 0;
    while (lo + 1 < starts.length && starts[lo + 1] <= offset) lo++;
    return lo + 1;
  };
  let right = 0;
  let compatible = 0;
  let inferredUnmarked = 0;
  const wrong: string[] = [];
  for (const incident of key.events) {
    const lines = new Set<string>();
    for (const [id, d] of Object.entries(key.documents)) if (d.event === incident.id) for (const l of d.eventLines ?? []) lines.add(`${id}:${l}`);
    let best: { date: Report['events'][number]['date']; hits: number } | null = null;
    for (const e of report.events) {
      const hit = new Set<string>();
      for (const m of e.mentions) {
        for (let l = lineOf(m.document, m.start); l <= lineOf(m.document, m.end - 1); l++) if (lines.has(`${m.document}:${l}`)) hit.add(`${m.document}:${l}`);
      }
      if (hit.size > 0 && (!best || hit.size > best.hits)) best = { date: e.date, hits: hit.size };
    }
    const value = best?.date.value ?? null;
    if (value === incident.date) right++;
    else if (value !== null && incident.date.startsWith(value)) compatible++;
    else wrong.push(`${incident.id} ${value ?? 'undated'} (key ${incident.date})`);
    if (best && best.date.value !== null && best.date.source !== 'text' && best.date.how === undefined) inferredUnmarked++;
  }
  const n = key.events.length;
  return `gvc-dev event dates: right ${right}/${n} (${pct(right / n)}), only less precise ${compatible}, wrong ${wrong.length}${wrong.length ? `: ${wrong.join('; ')}` : ''}; inferred and unmarked ${inferredUnmarked}`;
}

export function evaluate(): void {
  const rows: ShareRow[] = [];
  const reports: Report[] = [];
  if (corpusAvailable('ecbplus-dev')) {
    const root = path.join(corporaRoot, 'ecbplus-dev');
    const topics = fs.readdirSync(root).filter((d) => d.startsWith('topic-')).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
    for (const topic of topics) {
      const dir = path.join(root, topic);
      const key = JSON.parse(fs.readFileSync(path.join(dir, 'key.json'), 'utf8')) as { documents: Record<string, { subtopic: string }> };
      const { report } = analyzeCorpusDetailed(readArticles(dir));
      reports.push(report);
      rows.push({ corpus: `ecb ${topic}`, ...largestEventShare(report), keyShare: largestKeyShare(report, Object.fromEntries(Object.entries(key.documents).map(([id, d]) => [id, d.subtopic]))) });
    }
  }
  let gvcLine: string | null = null;
  if (corpusAvailable('gvc-dev')) {
    const dir = path.join(corporaRoot, 'gvc-dev');
    const key = JSON.parse(fs.readFileSync(path.join(dir, 'key.json'), 'utf8')) as GvcKey;
    const { report } = analyzeCorpusDetailed(readArticles(dir));
    reports.push(report);
    rows.push({ corpus: 'gvc-dev', ...largestEventShare(report), keyShare: largestKeyShare(report, Object.fromEntries(Object.entries(key.documents).map(([id, d]) => [id, d.event]))) });
    gvcLine = gvcDates(report, dir, key);
  }
  if (corpusAvailable('seeds')) {
    const { report } = analyzeCorpusDetailed(readArticles(path.join(corporaRoot, 'seeds')));
    reports.push(report);
    rows.push({ corpus: 'seeds', ...largestEventShare(report), keyShare: null });
  }
  if (rows.length === 0) {
    console.log(`events: no corpora under ${corporaRoot}`);
    return;
  }
  for (const r of rows) console.log(shareLine(r));
  const over = rows.filter((r) => r.share > 1 / 3 && (r.keyShare === null || r.share > r.keyShare + 0.05)).length;
  console.log(`corpora whose largest event holds over a third of the claims, more than the key allows: ${over}/${rows.length}`);
  if (gvcLine) console.log(gvcLine);
  console.log(kindsAndDates(reports));
}
