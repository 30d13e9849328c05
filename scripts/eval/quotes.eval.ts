/**
 * Quotes against the hand-annotated fixtures (test/fixtures/quotes): recall and precision of quoted
 * spans (overlap) and speaker accuracy over the gold quotes found. Person speakers are compared by
 * the person's full name (LocalPerson.key → name through analysis.people.persons).
 *
 * Speakers depend on the people extractor. So that the speaker logic can be judged before
 * people.ts is complete, the figures are printed twice: with the real pipeline, and with a crude
 * stand-in people extractor defined here (capitalised name runs and their surnames) — the second
 * figure is an estimate of the quote logic, not of the engine.
 * `VERBOSE=1` lists every miss and wrong speaker.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/extract';
import type { LocalPerson, LocalPersonMention, PeopleFindings } from '../../src/core/extract/people';
import { extractQuotes, type QuoteFinding } from '../../src/core/extract/quotes';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';
import { corporaRoot, pct } from './corpora';

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  kind: 'direct' | 'term';
  accept?: (string | null)[];
}

interface GoldFile {
  documents: Record<string, { file: string; quotes: GoldQuote[] }>;
}

const repoRoot = path.join(__dirname, '../..');

interface Figures {
  gold: number;
  goldDirect: number;
  foundDirect: number;
  foundAll: number;
  predicted: number;
  predictedRight: number;
  speakerJudged: number;
  speakerRight: number;
  speakerJudgedDirect: number;
  speakerRightDirect: number;
  notes: string[];
}

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(?:the|u\.s\.|us)\s+/g, '')
    .replace(/\b(?:mr|mrs|ms|dr|president|professor|prof|gen|sen)\.?\s+/g, '')
    .replace(/[^\p{L}\p{N}&' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same speaker: equal names, or the same surname with no conflicting first name, or orgs that contain each other. */
export function sameSpeaker(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = normaliseName(predicted);
  const g = normaliseName(gold);
  if (p === g) return true;
  const pw = p.split(' ');
  const gw = g.split(' ');
  if (pw[pw.length - 1] === gw[gw.length - 1] && (pw.length === 1 || gw.length === 1 || pw[0] === gw[0])) return true;
  return ` ${p} `.includes(` ${g} `) || ` ${g} `.includes(` ${p} `);
}

function speakerName(quote: QuoteFinding, people: PeopleFindings): string | null {
  if (!quote.speaker) return null;
  if (quote.speaker.kind === 'organisation') return quote.speaker.name;
  if (quote.speaker.kind === 'description') return quote.speaker.text;
  const key = quote.speaker.person;
  return people.persons.find((p) => p.key === key)?.name ?? key;
}

/** A deliberately crude people extractor for the estimate: capitalised runs of 2–3 words and later surnames. */
export function standInPeople(text: string, from: number): PeopleFindings {
  const persons = new Map<string, LocalPerson>();
  const mentions: LocalPersonMention[] = [];
  const notName = /^(?:The|A|An|In|On|At|But|And|However|As|After|When|While|This|That|He|She|It|They|We|His|Her|Their|According|Earlier|Later|Despite|During|Still|With|For|Of|By|From|If|Since|Russian|Ukrainian|American|Former|New|North|South|West|East|Air|United|States|Department|Ministry|Office|House|White|Kremlin|Center|Centre|Hospital|University|Street|Court|County|City|Police|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
  const titles = /^(?:Mr|Mrs|Ms|Dr|President|Secretary|Senator|Sen|Gov|Governor|Minister|Chancellor|Professor|Prof|Sheriff|Undersheriff|Chief|Lieutenant|Lt|Const|Judge|Pastor|Rev|Aide|Envoy)\.?$/;
  const body = text.slice(from);
  const fullName = /\b([A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+){1,2})\b/g;
  const surnames = new Map<string, string>();
  for (let m = fullName.exec(body); m; m = fullName.exec(body)) {
    let words = m[1].split(/\s+/);
    while (words.length > 0 && (notName.test(words[0]) || titles.test(words[0]))) words = words.slice(1);
    if (words.length < 2 || words.some((w) => notName.test(w))) continue;
    const name = words.join(' ');
    const key = name.toLowerCase().replace(/[^a-z]+/g, '-');
    const start = from + m.index + m[1].indexOf(words[0]);
    const before = text.slice(Math.max(0, start - 5), start);
    const gender = /Mrs|Ms/.test(before) ? 'female' : /Mr/.test(before) ? 'male' : null;
    if (!persons.has(key)) persons.set(key, { key, name, aliases: [], roles: [], gender });
    surnames.set(words[words.length - 1], key);
    mentions.push({ start, end: start + name.length, person: key, text: name, role: null });
  }
  for (const [surname, key] of surnames) {
    const re = new RegExp(`\\b${surname}\\b`, 'g');
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = from + m.index;
      if (mentions.some((x) => x.start <= start && x.end >= start + surname.length)) continue;
      mentions.push({ start, end: start + surname.length, person: key, text: surname, role: null });
    }
  }
  // Gender from the pronoun that most often follows a mention of the person.
  for (const person of persons.values()) {
    if (person.gender) continue;
    let he = 0;
    let she = 0;
    for (const mention of mentions.filter((x) => x.person === person.key)) {
      const after = text.slice(mention.end, mention.end + 150);
      if (/\b(?:he|his|him)\b/i.test(after)) he++;
      if (/\b(?:she|her)\b/i.test(after)) she++;
    }
    person.gender = he > she ? 'male' : she > he ? 'female' : null;
  }
  mentions.sort((a, b) => a.start - b.start);
  return { persons: [...persons.values()], mentions };
}

function score(goldPath: string, root: string, useStandIn: boolean): Figures {
  const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8')) as GoldFile;
  const f: Figures = {
    gold: 0, goldDirect: 0, foundDirect: 0, foundAll: 0, predicted: 0, predictedRight: 0,
    speakerJudged: 0, speakerRight: 0, speakerJudgedDirect: 0, speakerRightDirect: 0, notes: [],
  };
  for (const [id, doc] of Object.entries(gold.documents)) {
    const text = fs.readFileSync(path.join(root, doc.file), 'utf8');
    let quotes: QuoteFinding[];
    let people: PeopleFindings;
    if (useStandIn) {
      const article = parseArticleText(text);
      people = standInPeople(text, article.bodyStart);
      quotes = extractQuotes(article, splitSentences(article), people);
    } else {
      const analysis = analyzeArticle({ path: doc.file, text }, id);
      quotes = analysis.quotes;
      people = analysis.people;
    }
    f.predicted += quotes.length;
    for (const p of quotes) {
      if (doc.quotes.some((g) => p.start < g.end && p.end > g.start)) f.predictedRight++;
      else f.notes.push(`${id}: extra quote ${JSON.stringify(p.text.slice(0, 70))}`);
    }
    for (const g of doc.quotes) {
      f.gold++;
      if (g.kind === 'direct') f.goldDirect++;
      const found = quotes.find((p) => p.start < g.end && p.end > g.start);
      if (!found) {
        f.notes.push(`${id}: missed ${g.kind} ${JSON.stringify(g.text.slice(0, 70))}`);
        continue;
      }
      f.foundAll++;
      if (g.kind === 'direct') f.foundDirect++;
      const predicted = speakerName(found, people);
      const right = [g.speaker, ...(g.accept ?? [])].some((s) => sameSpeaker(predicted, s));
      f.speakerJudged++;
      if (right) f.speakerRight++;
      if (g.kind === 'direct') {
        f.speakerJudgedDirect++;
        if (right) f.speakerRightDirect++;
      }
      if (!right) f.notes.push(`${id}: speaker ${JSON.stringify(predicted)} ≠ ${JSON.stringify(g.speaker)} for ${JSON.stringify(g.text.slice(0, 50))}`);
    }
  }
  return f;
}

function report(label: string, f: Figures): void {
  console.log(
    `${label}: direct-quote recall ${pct(f.foundDirect / f.goldDirect)} (${f.foundDirect}/${f.goldDirect}), ` +
      `all-quote recall ${pct(f.foundAll / f.gold)}, precision ${pct(f.predictedRight / Math.max(1, f.predicted))} (${f.predictedRight}/${f.predicted}), ` +
      `speaker right ${pct(f.speakerRightDirect / Math.max(1, f.speakerJudgedDirect))} of found direct quotes ` +
      `(${f.speakerRightDirect}/${f.speakerJudgedDirect}; all found ${pct(f.speakerRight / Math.max(1, f.speakerJudged))})`,
  );
  if (process.env.VERBOSE) for (const note of f.notes) console.log(`    ${note}`);
}

export function evaluate(): void {
  const fixtures = path.join(repoRoot, 'test/fixtures/quotes');
  const sets: [string, string, string][] = [
    ['seeds', path.join(fixtures, 'seeds-quotes.json'), repoRoot],
    ['dev (ECB+/MEANTIME)', path.join(fixtures, 'dev-quotes.json'), corporaRoot],
  ];
  for (const [label, file, root] of sets) {
    if (!fs.existsSync(file)) continue;
    if (label.startsWith('dev') && !fs.existsSync(root)) {
      console.log(`${label}: corpora not available under ${root}`);
      continue;
    }
    report(`${label}, engine people`, score(file, root, false));
    report(`${label}, stand-in people (estimate)`, score(file, root, true));
  }
}
