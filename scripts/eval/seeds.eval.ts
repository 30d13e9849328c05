/**
 * The seed articles against a hand-made key (test/fixtures/seeds-key.json): which real-world
 * events they report (kept apart, with their dates), which claims agree, which contradict, and
 * which pairs must never be called contradictions (different events).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus, type Report } from '../../src/core';
import { pct, readArticles } from './corpora';

type Snippet = [string, string];

interface SeedsKey {
  events: { id: string; date: string | null; place: string | null; mentions: Snippet[] }[];
  agreements: [Snippet, Snippet][];
  contradictions: [Snippet, Snippet][];
  falseAlarms: [Snippet, Snippet][];
}

/** The claim and offsets of a snippet: the document whose id starts with the prefix, the claim containing the text. */
function locate(report: Report, texts: Map<string, string>, [prefix, snippet]: Snippet): { document: string; claim: string | null; start: number; end: number } | null {
  const doc = report.documents.find((d) => d.id.startsWith(prefix));
  if (!doc) return null;
  const at = texts.get(doc.id)!.indexOf(snippet);
  if (at < 0) return null;
  const claim = doc.claims.find((c) => c.start <= at && c.end > at);
  return { document: doc.id, claim: claim?.id ?? null, start: at, end: at + snippet.length };
}

export function scoreSeeds(report: Report, texts: Map<string, string>, key: SeedsKey): string[] {
  const lines: string[] = [];
  const eventAt = (s: Snippet): string | null => {
    const loc = locate(report, texts, s);
    if (!loc) return null;
    const e = report.events.find((ev) => ev.mentions.some((m) => m.document === loc.document && m.start < loc.end && loc.start < m.end));
    return e?.id ?? null;
  };
  let eventsRight = 0;
  const assigned = new Map<string, string>();
  for (const ke of key.events) {
    const ids = ke.mentions.map(eventAt);
    const together = ids.every((id) => id !== null && id === ids[0]);
    const event = together ? report.events.find((e) => e.id === ids[0]) : undefined;
    const dateRight = event ? (ke.date === null ? true : (event.date.value ?? '').startsWith(ke.date)) : false;
    if (together) assigned.set(ke.id, ids[0]!);
    if (together && dateRight) eventsRight++;
    lines.push(`  ${ke.id.padEnd(26)} ${together ? 'one event' : `split ${ids.join(',')}`}; date ${event?.date.value ?? '-'} (${event?.date.source ?? '-'}) expected ${ke.date}; place ${event?.place ?? '-'}`);
  }
  const distinct = new Set(assigned.values()).size === assigned.size;
  lines.unshift(`events: ${eventsRight}/${key.events.length} together with the right date; key events kept apart: ${distinct ? 'yes' : 'NO'}`);
  const relationOf = (a: Snippet, b: Snippet): string | null => {
    const x = locate(report, texts, a)?.claim;
    const y = locate(report, texts, b)?.claim;
    const m = report.matches.find((mm) => (mm.a === x && mm.b === y) || (mm.a === y && mm.b === x));
    return m?.relation ?? null;
  };
  const agreements = key.agreements.filter(([a, b]) => relationOf(a, b) === 'agrees').length;
  const contradictions = key.contradictions.filter(([a, b]) => relationOf(a, b) === 'contradicts').length;
  const alarms = key.falseAlarms.filter(([a, b]) => relationOf(a, b) === 'contradicts').length;
  const predictedContradictions = report.matches.filter((m) => m.relation === 'contradicts').length;
  lines.push(`agreements found ${agreements}/${key.agreements.length} (${pct(agreements / key.agreements.length)})`);
  lines.push(`contradictions found ${contradictions}/${key.contradictions.length}; predicted contradictions ${predictedContradictions}; false alarms on key pairs ${alarms}`);
  return lines;
}

export function evaluate(): void {
  const root = path.join(__dirname, '../..');
  const key = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/seeds-key.json'), 'utf8')) as SeedsKey;
  const inputs = readArticles(path.join(root, 'seeds'));
  const report = analyzeCorpus(inputs);
  const texts = new Map(report.documents.map((d, i) => [d.id, inputs[i].text]));
  for (const line of scoreSeeds(report, texts, key)) console.log(line);
}
