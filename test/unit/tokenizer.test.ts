import * as assert from 'node:assert/strict';
import { foldDiacritics, isWhitespaceCode, tokenizeArticle, tokenizeLine, tokensIn } from '../../src/core/lang/tokenizer';
import { termFeatures } from '../../src/core/extract/claims/features';
import { compareWording } from '../../src/core/report/wording';
import { regexTokenizeLine } from './helpers/regexTokenizer';

const NONE: ReadonlySet<number> = new Set();
const words = (text: string): string[] => tokenizeLine(text, 0, text.length, NONE).map((t) => t.text);

describe('tokenizer (lang/)', () => {
  it('reads Unicode letters whole: accented names and places are one word each', () => {
    assert.deepEqual(words('Erdoğan met Sánchez in Zürich and Łódź.'), ['Erdoğan', 'met', 'Sánchez', 'in', 'Zürich', 'and', 'Łódź']);
  });

  it('keeps the period of abbreviations and initials, and splits off a possessive after it', () => {
    const tokens = tokenizeLine("The U.S.'s envoy met Gen. Smith's aide.", 0, 39, NONE);
    assert.deepEqual(tokens.map((t) => t.text), ['The', 'U.S.', 'envoy', 'met', 'Gen.', 'Smith', 'aide']);
    assert.deepEqual(tokens.filter((t) => t.possessive).map((t) => t.text), ['U.S.', 'Smith']);
    assert.deepEqual(tokens.filter((t) => t.abbreviationPeriod).map((t) => t.text), ['U.S.', 'Gen.']);
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

  it('reads white space as the regex class \\s does, for every UTF-16 code', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    assert.deepEqual(differing, []);
  });

  it('reads the same tokens as the WORD pattern run word by word, on text of joiners, scripts, surrogate pairs and cut lines', () => {
    // Pieces a word scanner can get wrong: joiners at word ends, possessives, abbreviations, letters
    // outside ASCII and outside the BMP, lone surrogate halves, digits of other scripts, and "ſ"
    // (which a case-folding pattern reads as "s").
    const pieces = ['a', 'B', 'z', '0', '9', 's', 'S', "'", '’', '.', '-', ' ', ' ', ',', '“', '”', '"', ':', '!', '—', '\n', 'é', 'Ł', 'İ', 'ß', 'ſ', '٣', 'Ⅻ', '\u00a0',
      '\u{1d400}', '\u{1f600}', '\ud835', '\udc00', '\u0301', 'ǅ', '²', 'the', '-the', 'U.S', 'Jr', 'J', 'NATO', 'ÉÉ', '...'];
    let seed = 1;
    const random = (n: number): number => {
      // The high bits: the low bits of this generator repeat with a short period.
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return Math.floor((seed / 0x80000000) * n);
    };
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = random(14); k > 0; k--) text += pieces[random(pieces.length)];
      const start = random(text.length + 1);
      const end = start + random(text.length - start + 1);
      const starts = new Set([start + random(5)]);
      assert.deepEqual(tokenizeLine(text, start, end, starts), regexTokenizeLine(text, start, end, starts), JSON.stringify([text, start, end]));
    }
  });

  it('folds diacritics for comparison', () => {
    assert.equal(foldDiacritics('Erdoğan Zürich São Paulo'), 'Erdogan Zurich Sao Paulo');
    assert.equal(foldDiacritics('plain'), 'plain');
  });
});

describe('claim features with accented names (bug fix: ASCII-only words)', () => {
  it('reads "Erdoğan met Sánchez in Zürich" as two names and a located place, not erdo / nchez / rich', () => {
    const f = termFeatures('Erdoğan met Sánchez in Zürich on Tuesday.', 0, [], []);
    assert.deepEqual(f.names, ['erdogan', 'sanchez', 'zurich']);
    assert.deepEqual(f.places, ['zurich']);
    assert.deepEqual(f.locations, ['zurich']);
  });

  it('compares an accented and an unaccented spelling as the same name', () => {
    const a = termFeatures('Sánchez arrived in Bogotá.', 0, [], []);
    const b = termFeatures('Sanchez arrived in Bogota.', 0, [], []);
    assert.deepEqual(a.names, b.names);
    assert.deepEqual(a.locations, b.locations);
  });

  it('keeps numbers apart from the letters written against them, and digit groups whole', () => {
    const f = termFeatures('A 1,000-member force stayed 12 hours.', 0, [], []);
    assert.deepEqual(f.quantities.map((q) => [q.text, q.value]), [['1,000-member', 1000], ['12 hours', 12]]);
  });
});

describe('claim features, text after text', () => {
  it('reads each text by its own words: a count that ends a text takes no unit from a longer text read before it', () => {
    assert.deepEqual(termFeatures('The talks lasted three hours.', 0, [], []).quantities.map((q) => q.text), ['three hours']);
    assert.deepEqual(termFeatures('They counted three', 0, [], []).quantities, []);
    assert.deepEqual(termFeatures('The third round of talks', 0, [], []).ordinals.map((o) => o.head), ['round']);
    assert.deepEqual(termFeatures('It came third', 0, [], []).ordinals, []);
  });
});

describe('wording comparison (reads words through the tokenizer)', () => {
  it('marks the content words two sentences share, and the differing phrases, keeping every character', () => {
    const text = 'Russia’s envoy met Erdoğan for a third time.';
    const tokens = compareWording(text, 'The envoy met Erdogan and Erdoğan again, a fourth time', ['third']);
    assert.equal(tokens.map((t) => t.text).join(''), text);
    assert.deepEqual(tokens.filter((t) => t.shared).map((t) => t.text), ['envoy', 'met', 'Erdoğan', 'time']);
    assert.deepEqual(tokens.filter((t) => t.differing).map((t) => t.text), ['third']);
  });
});
