import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeCorpusDetailed, type ArticleInput } from '../../src/core';
import { QUOTE_ECHO_LIMIT } from '../../src/core/corpus/quotes';
import { compareWording } from '../../src/core/report/wording';
import { collectArticles } from '../../src/node/articleFiles';

/** The hover's former quote matching, every quote against every other: what the corpus stage must reproduce. */
function bruteForceEchoes(documents: readonly { quotes: readonly { text: string }[] }[], d: number, q: number): { document: number; quote: number; overlap: number }[] {
  const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const words = wordsOf(documents[d].quotes[q].text);
  if (words.size < 2) return [];
  const similar: { document: number; quote: number; overlap: number }[] = [];
  documents.forEach((doc, od) => {
    if (od === d) return;
    doc.quotes.forEach((other, oq) => {
      const otherWords = wordsOf(other.text);
      let shared = 0;
      for (const w of otherWords) if (words.has(w)) shared++;
      const overlap = shared / Math.min(words.size, otherWords.size);
      if (overlap >= 0.6 && shared >= 2) similar.push({ document: od, quote: oq, overlap });
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
          assert.deepEqual(e.wording, compareWording(other, quote.text, []));
          checked++;
        }
      }),
    );
    assert.ok(checked >= 2, `echoes were found (${checked})`);
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
