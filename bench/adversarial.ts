/**
 * `npx tsx bench/adversarial.ts [maxKB]`: the per-article pipeline on hostile inputs, each built
 * at 100 KB and doubled up to 800 KB (or `maxKB`): the time of each size and the growth per
 * doubling (about 2 is linear, 4 quadratic). A case is stopped at the first size over 20 s.
 * The shapes are the ones that were found to blow up (issue 13): long paragraphs of quotes,
 * runs of weekdays, relative dates, straight and unbalanced quote marks, lists of names, one huge
 * line, very many one-word lines. Figures only: never a timed assertion.
 */
import { analyzeArticle } from '../src/core/extract';
import { buildCorpusAnalysis } from '../src/core/corpus';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const GIVEN = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro'];
const FAMILY = ['Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tran', 'Umar'];

/** Repeats `unit(i)` until the text reaches `bytes`, then cuts it there. */
function repeat(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts: string[] = [head];
  let length = head.length;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, bytes) + tail;
}

const CASES: Record<string, (bytes: number) => string> = {
  'quotes, no full stop': (n) => repeat(n, (i) => `"we will talk again ${i}," she said, `, 'The envoy spoke. ', '\n'),
  'runs of weekdays': (n) => repeat(n, (i) => `${WEEKDAYS[i % 5]} `, 'Talks were held on ', '.\n'),
  'relative dates': (n) => repeat(n, (i) => `${(i % 9) + 1} days later and `, 'It happened ', 'then.\n'),
  'months and days': (n) => repeat(n, (i) => `${['March', 'April 3', 'May 2024'][i % 3]}, `, 'In ', 'and June.\n'),
  'alternating straight quotes': (n) => repeat(n, (i) => (i % 2 ? '" word ' : "' word "), 'He said ', '\n'),
  'unbalanced curly quotes': (n) => repeat(n, () => '“ word ', 'He said ', '\n'),
  'plural possessives': (n) => repeat(n, () => "the officers' cars and the 'workers' union ", 'He saw ', '.\n'),
  'names in one sentence': (n) => repeat(n, (i) => `${GIVEN[i % 8]} ${FAMILY[(i >> 3) % 8]}, `, 'Present were ', 'and others.\n'),
  'one long line of sentences': (n) => repeat(n, (i) => `${GIVEN[i % 8]} ${FAMILY[i % 8]} met the minister on ${WEEKDAYS[i % 5]}. `),
  'one-word lines': (n) => repeat(n, (i) => `${['yes', 'no', 'Maybe'][i % 3]}\n`),
};

function seconds(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function main(): void {
  const maxKB = Number(process.argv[2] ?? 800);
  console.log(`case                          ${[100, 200, 400, 800].filter((k) => k <= maxKB).map((k) => `${k} KB`.padStart(9)).join('')}   growth per doubling`);
  for (const [name, build] of Object.entries(CASES)) {
    const times: number[] = [];
    for (let kb = 100; kb <= maxKB; kb *= 2) {
      const text = build(kb * 1024);
      // The article, then the corpus stages over it and a copy: both must stay near linear.
      const t = seconds(() => {
        const a = analyzeArticle({ path: 'a.txt', text }, 'a');
        const b = analyzeArticle({ path: 'b.txt', text }, 'b');
        buildCorpusAnalysis([a, b]);
      });
      times.push(t);
      if (t > 20) break;
    }
    const growth = times.slice(1).map((t, i) => (t / times[i]).toFixed(1));
    console.log(`${name.padEnd(30)}${times.map((t) => `${t.toFixed(2)} s`.padStart(9)).join('')}   ${growth.join(' ') || '-'}`);
  }
}

main();
