import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/extract';
import { extractFacts, type Fact } from '../../../src/core/extract/facts';

/** The facts of one invented article body with a dated header; every fact's span is checked to be a slice of the file. */
export function factsOf(body: string, date = '2024-03-11'): Fact[] {
  const text = `---\ndate: ${date}\n---\n${body}\n`;
  const a = analyzeArticle({ path: 'x.txt', text });
  const facts = extractFacts({ text: a.article.text, claims: a.claims, mentions: a.people.mentions, dates: a.dates, quotes: a.quotes });
  for (const f of facts) assert.equal(text.slice(f.span.start, f.span.end), f.span.text, 'spans are slices of the file');
  return facts;
}
