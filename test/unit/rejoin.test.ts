/**
 * Re-joining after edits (`CorpusJoiner`): after each random edit of a corpus of invented local
 * news (shootings in invented towns, their reprints, follow-ups and unrelated stories), the
 * re-join reports exactly what a full join of the same analyses reports. The edits change a word,
 * a name (people merging and spelling conflicts), an age (facts and incidents), a report's date
 * (later reports, events), a count, and add, remove, reprint or move articles.
 */
import * as assert from 'node:assert/strict';
import { buildCorpusReport, CorpusJoiner } from '../../src/core/corpus';
import { IncrementalCorpus, type CorpusFile } from '../../src/core/incremental';
// The bench generator's seeded random numbers (mulberry32), so that a failure can be replayed.
import { seededRandom as random } from '../../scripts/bench/generate';

interface Incident {
  first: string;
  last: string;
  age: number;
  town: string;
  street: string;
  weekday: string;
  wounded: number;
  chief: string;
}

const INCIDENTS: Incident[] = [
  { first: 'Dana', last: 'Ruiz', age: 34, town: 'Marlow Falls', street: 'Linden Avenue', weekday: 'Tuesday', wounded: 2, chief: 'Helen Okafor' },
  { first: 'Tomas', last: 'Brennick', age: 19, town: 'Eastcombe', street: 'Harbor Road', weekday: 'Friday', wounded: 3, chief: 'Martin Vale' },
  { first: 'Priya', last: 'Castell', age: 52, town: 'Westbury', street: 'Orchard Lane', weekday: 'Sunday', wounded: 1, chief: 'Aaron Fisk' },
];

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five'];

function incidentSentences(x: Incident): string[] {
  return [
    `${x.first} ${x.last}, ${x.age}, was shot on ${x.street} in ${x.town} on ${x.weekday} night, police said.`,
    `Police said ${NUMBERS[x.wounded]} people were wounded in the shooting on ${x.street}.`,
    `${x.last} was taken to ${x.town} General Hospital in critical condition.`,
    `A neighbour said she heard three shots just after 9 p.m. on ${x.weekday}.`,
    `"We are asking anyone with information to come forward," said ${x.town} police chief ${x.chief}.`,
    `Officers arrested a 22-year-old man on Thursday and charged him with attempted murder in the shooting of ${x.first} ${x.last}.`,
    `The shooting was the third in ${x.town} this month, ${x.chief} said.`,
    `${x.first} ${x.last} died of the wounds on Saturday, the hospital said.`,
  ];
}

const OTHER_STORIES = [
  [
    'The town council of Eastcombe approved a new budget on Monday.',
    'Council leader Rhona Pike said the budget adds four million pounds for road repairs.',
    'Two members voted against the plan, saying taxes would rise by three percent.',
  ],
  [
    'A new library opened in Westbury on Saturday with a reading room for two hundred people.',
    'The mayor, Colin Ashby, said the building cost six million pounds.',
    'Children queued for an hour before the doors opened, librarian Jo Amadi said.',
  ],
];

function article(rand: () => number, day: number): string {
  const pick = Math.floor(rand() * (INCIDENTS.length + OTHER_STORIES.length));
  const sentences = pick < INCIDENTS.length ? incidentSentences(INCIDENTS[pick]) : OTHER_STORIES[pick - INCIDENTS.length];
  const chosen = sentences.filter(() => rand() < 0.7);
  if (chosen.length === 0) chosen.push(sentences[0]);
  return `---\ndate: 2025-03-${String(day).padStart(2, '0')}\n---\n${chosen.join(' ')}\n`;
}

type Edit = (files: CorpusFile[], rand: () => number) => void;

const at = (files: readonly CorpusFile[], rand: () => number): number => Math.floor(rand() * files.length);
const withText = (file: CorpusFile, text: string): CorpusFile => ({ ...file, text });

function replaceWord(text: string, rand: () => number, pattern: RegExp, replace: (word: string) => string): string {
  const words = [...text.matchAll(pattern)];
  if (words.length === 0) return text;
  const word = words[Math.floor(rand() * words.length)];
  return text.slice(0, word.index) + replace(word[0]) + text.slice(word.index + word[0].length);
}

let nextFile = 0;
function newFile(text: string): CorpusFile {
  const n = nextFile++;
  return { key: `file-${n}`, path: `story-${n}.txt`, id: `story-${n}`, text };
}

const EDITS: Record<string, Edit> = {
  word: (files, rand) => {
    const i = at(files, rand);
    files[i] = withText(files[i], replaceWord(files[i].text, rand, /\b[a-z]{4,}\b/g, (w) => `${w}x`));
  },
  name: (files, rand) => {
    const i = at(files, rand);
    files[i] = withText(files[i], replaceWord(files[i].text, rand, /\b(?:Ruiz|Brennick|Castell|Okafor|Tomas)\b/g, (w) => (rand() < 0.5 ? w.replace(/.$/, 's') : 'Ellison')));
  },
  age: (files, rand) => {
    const i = at(files, rand);
    files[i] = withText(files[i], replaceWord(files[i].text, rand, /\b\d{2}\b(?=,)/g, (w) => String(Number(w) + 1)));
  },
  count: (files, rand) => {
    const i = at(files, rand);
    files[i] = withText(files[i], replaceWord(files[i].text, rand, /\b(?:one|two|three|four)\b/g, (w) => NUMBERS[(NUMBERS.indexOf(w) + 1) % NUMBERS.length]));
  },
  date: (files, rand) => {
    const i = at(files, rand);
    files[i] = withText(files[i], files[i].text.replace(/date: 2025-03-(\d\d)/, (_, d: string) => `date: 2025-03-${String((Number(d) % 27) + 1).padStart(2, '0')}`));
  },
  weekday: (files, rand) => {
    const i = at(files, rand);
    files[i] = withText(files[i], replaceWord(files[i].text, rand, /\b(?:Tuesday|Friday|Sunday)\b/g, () => 'Wednesday'));
  },
  remove: (files, rand) => {
    if (files.length > 4) files.splice(at(files, rand), 1);
  },
  add: (files, rand) => {
    files.splice(at(files, rand), 0, newFile(article(rand, 1 + Math.floor(rand() * 27))));
  },
  append: (files, rand) => {
    files.push(newFile(article(rand, 1 + Math.floor(rand() * 27))));
  },
  reprint: (files, rand) => {
    const source = files[at(files, rand)];
    files.push(newFile(source.text));
  },
  becomeReprint: (files, rand) => {
    const [i, j] = [at(files, rand), at(files, rand)];
    if (i !== j) files[i] = withText(files[i], files[j].text);
  },
  sentence: (files, rand) => {
    const i = at(files, rand);
    files[i] = withText(files[i], files[i].text.replace(/\n$/, ` ${incidentSentences(INCIDENTS[Math.floor(rand() * INCIDENTS.length)])[Math.floor(rand() * 8)]}\n`));
  },
  move: (files, rand) => {
    const [file] = files.splice(at(files, rand), 1);
    files.splice(at(files, rand), 0, file);
  },
};

/** The first place two strings differ, shown with some context: a whole report would drown the message. */
function firstDifference(a: string, b: string): string {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return `at ${k}: ${JSON.stringify(a.slice(Math.max(0, k - 200), k + 200))}\nvs ${JSON.stringify(b.slice(Math.max(0, k - 200), k + 200))}`;
}

describe('re-joining after edits (CorpusJoiner)', function () {
  this.timeout(120000);

  it('reports after every random edit exactly what a full join of the same analyses reports, reusing searches the edit cannot affect', () => {
    const rand = random(20251130);
    const files: CorpusFile[] = [];
    for (let k = 0; k < 24; k++) files.push(newFile(article(rand, 1 + Math.floor(rand() * 27))));
    // Reprints, so that syndication groups and the copies of sentences are in play from the start.
    for (let k = 0; k < 6; k++) files.push(newFile(files[Math.floor(rand() * 24)].text));
    const corpus = new IncrementalCorpus();
    const joiner = new CorpusJoiner();
    const names = Object.keys(EDITS);
    let reused = 0;
    const applied: string[] = [];
    for (let step = 0; step < 40; step++) {
      // Word edits most often, as in an editor; every kind of edit often enough.
      const name = step === 0 ? 'none' : rand() < 0.3 ? 'word' : names[Math.floor(rand() * names.length)];
      if (name !== 'none') EDITS[name](files, rand);
      applied.push(name);
      const result = corpus.update(files)!;
      const rejoined = JSON.stringify(joiner.join(result.articles, result.failures).report);
      const full = JSON.stringify(buildCorpusReport(result.articles, result.failures));
      assert.ok(rejoined === full, `after edits ${applied.join(', ')}: the re-join differs ${firstDifference(rejoined, full)}`);
      if (step > 0) reused += joiner.searches.reused;
    }
    // Most edits leave most searches as they were: a joiner that never reused one would pass the check above.
    assert.ok(reused > 0, 'no search was reused');
  });
});
