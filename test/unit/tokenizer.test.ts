import * as assert from 'node:assert/strict';
import { tokenizeArticle, tokenizeLine, tokensIn } from '../../src/core/lang/tokenizer';

const NONE: ReadonlySet<number> = new Set();
const words = (text: string): string[] => tokenizeLine(text, 0, text.length, NONE).map((t) => t.text);

describe('tokenizer (lang/)', () => {
  it('reads Unicode letters whole: accented names and places are one word each', () => {
    assert.deepEqual(words('Erdoğan met Sánchez in Zürich and Łódź.'), ['Erdoğan', 'met', 'Sánchez', 'in', 'Zürich', 'and', 'Łódź']);
  });

  it('gives each token its offsets, key and capitalisation', () => {
    const text = 'Then Zelenskyy’s office said';
    const [, name] = tokenizeLine(text, 0, text.length, NONE);
    assert.equal(text.slice(name.start, name.end), 'Zelenskyy');
    assert.equal(name.key, 'zelenskyy');
    assert.ok(name.capitalised && name.possessive && !name.allCaps);
  });

  it('marks sentence-initial words from the sentence starts and from quotation boundaries', () => {
    const text = 'He left. “Nobody came,” she said: “Later it rained.”';
    const tokens = tokenizeLine(text, 0, text.length, new Set([9]));
    assert.deepEqual(tokens.filter((t) => t.sentenceInitial).map((t) => t.text), ['He', 'Nobody', 'Later']);
  });

  it('tokenises an article once, line by line, and finds the tokens of a span', () => {
    const text = 'First line here.\nSecond line, Müller said.';
    const lines = [{ start: 0, end: 16 }, { start: 17, end: text.length }];
    const article = tokenizeArticle(text, lines, lines);
    assert.deepEqual(tokensIn(article, 17, text.length).map((t) => t.text), ['Second', 'line', 'Müller', 'said']);
    assert.equal(tokensIn(article, 17, text.length)[0].index, 0, 'indexes count within the line');
  });
});
