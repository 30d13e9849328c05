import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeCorpusDetailed, type ArticleInput } from '../../src/core';
import { QUOTE_ECHO_LIMIT } from '../../src/core/corpus/quotes';
import { STOP_WORDS } from '../../src/core/lang/stopWords';
import { collectArticles } from '../../src/node/articleFiles';

/**
 * Every quote against every other, the rule written plainly: what the corpus stage must reproduce.
 * Two quotes sharing 60 % of the smaller one's words, two at least; a one-word quote (not a
 * function word) and any quote holding its word, told only to the one-word quote.
 */
function bruteForceEchoes(documents: readonly { quotes: readonly { text: string }[] }[], d: number, q: number): { document: number; quote: number; overlap: number }[] {
  const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const words = wordsOf(documents[d].quotes[q].text);
  if (words.size === 0 || (words.size === 1 && STOP_WORDS.has([...words][0]))) return [];
  const similar: { document: number; quote: number; overlap: number }[] = [];
  documents.forEach((doc, od) => {
    if (od === d) return;
    doc.quotes.forEach((other, oq) => {
      const otherWords = wordsOf(other.text);
      if (otherWords.size === 1 && words.size > 1) return;
      let shared = 0;
      for (const w of otherWords) if (words.has(w)) shared++;
      const overlap = shared / Math.min(words.size, otherWords.size);
      if (overlap >= 0.6 && shared >= Math.min(2, words.size, otherWords.size)) similar.push({ document: od, quote: oq, overlap });
    });
  });
  return similar.sort((a, b) => b.overlap - a.overlap);
}

function quoteArticle(name: string, body: string): ArticleInput {
  return { path: `${name}.md`, text: `---\ntitle: ${name}\ndate: 2025-03-14\n---\n\n${body}\n` };
}

describe('quote echoes (corpus stage)', () => {
  it('finds what the hover used to find, in the same order, with the wording compared', () => {
    const root = path.join(__dirname, '..', '..');
    const inputs = [
      ...collectArticles(['seeds'], root).articles,
      quoteArticle('a', '"We will not accept any deal that gives away our land," Zelensky said on Friday.'),
      quoteArticle('b', 'Zelensky said: "We will not accept any deal that gives away our land."'),
      quoteArticle('c', '"We will never accept a deal that gives away land," the president said.'),
    ];
    const { report, crossSource } = analyzeCorpusDetailed(inputs);
    let checked = 0;
    report.documents.forEach((doc, d) =>
      doc.quotes.forEach((quote, q) => {
        const expected = bruteForceEchoes(report.documents, d, q).slice(0, QUOTE_ECHO_LIMIT);
        const echoes = crossSource!.quoteEchoes[d][q];
        assert.deepEqual(echoes.map((e) => ({ document: e.document, quote: e.quote, overlap: e.overlap })), expected);
        for (const e of echoes) {
          const other = report.documents[e.document].quotes[e.quote].text;
          assert.equal(e.sameWording, other === quote.text);
          checked++;
        }
      }),
    );
    assert.ok(checked >= 2, `echoes were found (${checked})`);
  });

  it('matches a one-word quote with another source quoting that word, alone or in a longer quote; never a function word', () => {
    const { report, crossSource } = analyzeCorpusDetailed([
      quoteArticle('a', 'The minister called the talks "constructive" on Friday.'),
      quoteArticle('b', '"The talks were constructive and frank," the minister said.'),
      quoteArticle('c', 'Officials described the mood as "constructive" after the meeting.'),
      quoteArticle('d', 'He said the plan was "the" answer, and officials called it "frank".'),
    ]);
    const echoes = crossSource!.quoteEchoes;
    const quoteOf = (d: number, text: string): number => report.documents[d].quotes.findIndex((q) => q.text.includes(text));
    const echoed = (d: number, text: string): string[] => echoes[d][quoteOf(d, text)].map((e) => report.documents[e.document].quotes[e.quote].text);
    const words = (texts: string[]): string[] => texts.map((t) => t.replace(/[,.]$/, ''));
    assert.deepEqual(words(echoed(0, 'constructive')), ['The talks were constructive and frank', 'constructive']);
    assert.deepEqual(echoed(1, 'frank'), [], 'a longer quote is not told of one of its words quoted alone');
    assert.deepEqual(words(echoed(3, 'frank')), ['The talks were constructive and frank']);
    assert.deepEqual(echoed(3, 'the'), [], 'a function word quoted alone is no quotation of anything');
  });

  it('finds the echoes of a quote reprinted by very many sources, and of one among many similar quotes', () => {
    const copies = Array.from({ length: 120 }, (_, i) =>
      quoteArticle(`outlet-${i}`, `The mayor spoke on Friday. "We will rebuild the harbour before winter," she said. "Ask me again in spring ${i}," she added.`),
    );
    const { report, crossSource } = analyzeCorpusDetailed(copies);
    const quoteEchoes = crossSource!.quoteEchoes;
    report.documents.forEach((doc, d) => {
      const rebuild = doc.quotes.findIndex((q) => q.text.includes('rebuild'));
      assert.ok(rebuild >= 0);
      const echoes = quoteEchoes[d][rebuild];
      assert.equal(echoes.length, QUOTE_ECHO_LIMIT, 'a card shows the limit, however many sources carry the quote');
      assert.ok(echoes.every((e) => e.sameWording && e.overlap === 1 && e.document !== d));
      // "Ask me again in spring N": the same words but the number, in every source.
      const ask = doc.quotes.findIndex((q) => q.text.includes('spring'));
      assert.equal(quoteEchoes[d][ask].length, QUOTE_ECHO_LIMIT);
    });
  });
});
