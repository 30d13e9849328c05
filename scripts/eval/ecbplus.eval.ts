/**
 * Cross-document events on ECB+: every topic mixes articles about two real events of one kind
 * (the `ecb` and `ecbplus` subtopics). Each topic folder is analysed as one corpus, as a user would.
 *  - pairwise P/R/F1 over pairs of seminal sentences in different documents: "in the same predicted
 *    event" against "same subtopic";
 *  - precision of `agrees`/`related` matches between claims in seminal sentences (right within a
 *    subtopic), and the share of same-subtopic seminal pairs they join;
 *  - `contradicts` matches across subtopics (false alarms), per topic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpusDetailed, type Report } from '../../src/core';
import { corporaRoot, corpusAvailable, f1, pct, readArticles } from './corpora';

interface EcbKey {
  topic: number;
  documents: Record<string, { subtopic: string; seminalSentences: { start: number; end: number; text: string }[] }>;
}

export interface EcbTopicFigures {
  topic: string;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  matchesSeminal: number;
  matchesCorrect: number;
  goldSentencePairs: number;
  joinedSentencePairs: number;
  crossContradictions: number;
}

interface SeminalSentence {
  document: string;
  subtopic: string;
  events: Set<string>;
  claims: Set<string>;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function scoreTopic(topic: string, key: EcbKey, report: Report): EcbTopicFigures {
  const sentences: SeminalSentence[] = [];
  const subtopicOf = new Map<string, string>();
  for (const doc of report.documents) {
    const gold = key.documents[doc.id];
    if (!gold) continue;
    subtopicOf.set(doc.id, gold.subtopic);
    for (const s of gold.seminalSentences) {
      const claims = new Set(doc.claims.filter((c) => overlaps(c, s)).map((c) => c.id));
      const events = new Set<string>();
      for (const e of report.events) {
        if (e.mentions.some((m) => m.document === doc.id && overlaps(m, s))) events.add(e.id);
      }
      sentences.push({ document: doc.id, subtopic: gold.subtopic, events, claims });
    }
  }
  const figures: EcbTopicFigures = {
    topic, truePairs: 0, predictedPairs: 0, correctPairs: 0, matchesSeminal: 0, matchesCorrect: 0,
    goldSentencePairs: 0, joinedSentencePairs: 0, crossContradictions: 0,
  };
  const joined = new Set<string>();
  for (const m of report.matches) {
    const da = m.a.slice(0, m.a.lastIndexOf('#'));
    const db = m.b.slice(0, m.b.lastIndexOf('#'));
    if (m.relation === 'contradicts') {
      if (subtopicOf.has(da) && subtopicOf.has(db) && subtopicOf.get(da) !== subtopicOf.get(db)) figures.crossContradictions++;
      continue;
    }
    joined.add(`${m.a}\u0000${m.b}`);
    joined.add(`${m.b}\u0000${m.a}`);
    const sa = sentences.find((s) => s.claims.has(m.a));
    const sb = sentences.find((s) => s.claims.has(m.b));
    if (!sa || !sb) continue;
    figures.matchesSeminal++;
    if (sa.subtopic === sb.subtopic) figures.matchesCorrect++;
  }
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const a = sentences[i];
      const b = sentences[j];
      if (a.document === b.document) continue;
      const gold = a.subtopic === b.subtopic;
      const predicted = [...a.events].some((e) => b.events.has(e));
      if (gold) figures.truePairs++;
      if (predicted) figures.predictedPairs++;
      if (gold && predicted) figures.correctPairs++;
      if (gold) {
        figures.goldSentencePairs++;
        if ([...a.claims].some((x) => [...b.claims].some((y) => joined.has(`${x}\u0000${y}`)))) figures.joinedSentencePairs++;
      }
    }
  }
  return figures;
}

export function runEcbPlus(): EcbTopicFigures[] {
  const root = path.join(corporaRoot, 'ecbplus-dev');
  const topics = fs
    .readdirSync(root)
    .filter((d) => d.startsWith('topic-'))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
  return topics.map((topic) => {
    const dir = path.join(root, topic);
    const key = JSON.parse(fs.readFileSync(path.join(dir, 'key.json'), 'utf8')) as EcbKey;
    const { report } = analyzeCorpusDetailed(readArticles(dir));
    return scoreTopic(topic, key, report);
  });
}

function line(f: Omit<EcbTopicFigures, 'topic'>, label: string): string {
  const p = f.predictedPairs ? f.correctPairs / f.predictedPairs : 0;
  const r = f.truePairs ? f.correctPairs / f.truePairs : 0;
  const mp = f.matchesSeminal ? f.matchesCorrect / f.matchesSeminal : 1;
  const mr = f.goldSentencePairs ? f.joinedSentencePairs / f.goldSentencePairs : 0;
  return (
    `${label.padEnd(9)} same-event P ${pct(p)} R ${pct(r)} F1 ${pct(f1(p, r))} | ` +
    `matches in seminal ${f.matchesSeminal}, precision ${pct(mp)}, joined ${pct(mr)} | cross-subtopic contradictions ${f.crossContradictions}`
  );
}

export function evaluate(): void {
  if (!corpusAvailable('ecbplus-dev')) {
    console.log(`ecbplus-dev: not available under ${corporaRoot}`);
    return;
  }
  const figures = runEcbPlus();
  const total = figures.reduce(
    (t, f) => {
      for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += f[k];
      return t;
    },
    { truePairs: 0, predictedPairs: 0, correctPairs: 0, matchesSeminal: 0, matchesCorrect: 0, goldSentencePairs: 0, joinedSentencePairs: 0, crossContradictions: 0 },
  );
  if (process.env.PER_TOPIC !== '0') for (const f of figures) console.log(line(f, f.topic));
  console.log(line(total, 'overall'));
  const macro = figures.reduce((sum, f) => {
    const p = f.predictedPairs ? f.correctPairs / f.predictedPairs : 0;
    const r = f.truePairs ? f.correctPairs / f.truePairs : 0;
    return sum + f1(p, r);
  }, 0) / figures.length;
  console.log(`macro F1 over ${figures.length} topics ${pct(macro)}; cross-subtopic contradictions per topic ${(total.crossContradictions / figures.length).toFixed(2)}`);
}
