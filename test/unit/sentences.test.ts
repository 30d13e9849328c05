import * as assert from 'node:assert';
import { splitSentenceSpans, splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';

function split(line: string): string[] {
  return splitSentenceSpans(line, 0, line.length).map((s) => line.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('keeps abbreviations, titles and initials inside the sentence', () => {
    assert.deepStrictEqual(split('On the evening of March 13, 2025, Russian President Vladimir Putin is set to meet with U.S. Special Envoy Steve Witkoff. This significant diplomatic meeting follows Witkoff\'s arrival.'), [
      'On the evening of March 13, 2025, Russian President Vladimir Putin is set to meet with U.S. Special Envoy Steve Witkoff.',
      'This significant diplomatic meeting follows Witkoff\'s arrival.',
    ]);
    assert.deepStrictEqual(split('Witkoff flew to Pulkovo Airport in St. Petersburg on Friday, Russian state media said.'), ['Witkoff flew to Pulkovo Airport in St. Petersburg on Friday, Russian state media said.']);
    assert.deepStrictEqual(split('Mr. Steele and Gen. Smith met Dr. Jones on Jan. 5 in room No. 12. They left.'), ['Mr. Steele and Gen. Smith met Dr. Jones on Jan. 5 in room No. 12.', 'They left.']);
    assert.deepStrictEqual(split('The book by J. R. R. Tolkien sold well, Genesee County Sheriff Robert J. Pickell said.'), ['The book by J. R. R. Tolkien sold well, Genesee County Sheriff Robert J. Pickell said.']);
    assert.deepStrictEqual(split('"This is the kind of crime the death penalty was made for," said Dist. Atty. Steve Cooley.'), ['"This is the kind of crime the death penalty was made for," said Dist. Atty. Steve Cooley.']);
  });

  it('splits after an abbreviation that ends the sentence', () => {
    assert.deepStrictEqual(split('It rejected a ceasefire negotiated by the U.S. The discussions between Witkoff and Putin went on.'), [
      'It rejected a ceasefire negotiated by the U.S.',
      'The discussions between Witkoff and Putin went on.',
    ]);
    assert.deepStrictEqual(split('Apple Inc. announced Friday that it will give owners a case.'), ['Apple Inc. announced Friday that it will give owners a case.']);
    assert.deepStrictEqual(split('EADS N.V. (EADS) have unexpectedly defeated Boeing.'), ['EADS N.V. (EADS) have unexpectedly defeated Boeing.']);
  });

  it('keeps decimals, prices, links and hyphenated compounds whole', () => {
    assert.deepStrictEqual(split('GM shares slipped 1.6% down to $1.92 in U.S.-Russia trading, see https://t.co/qSOY8Pu9Sl for more.'), ['GM shares slipped 1.6% down to $1.92 in U.S.-Russia trading, see https://t.co/qSOY8Pu9Sl for more.']);
    // The ECB+ tokeniser detached decimal points: ". 38-caliber".
    assert.deepStrictEqual(split('Police said a loaded. 38-caliber revolver was recovered at the scene.'), ['Police said a loaded. 38-caliber revolver was recovered at the scene.']);
  });

  it('gives a closing quote after the period to the sentence, and splits inside a multi-sentence quote', () => {
    assert.deepStrictEqual(split('Ushakov said, "Witkoff, as they say, arrived in Moscow. There will be a meeting." The closed nature of the talks matters.'), [
      'Ushakov said, "Witkoff, as they say, arrived in Moscow.',
      'There will be a meeting."',
      'The closed nature of the talks matters.',
    ]);
    assert.deepStrictEqual(split('Trump wrote: “Vladimir, STOP! Let’s get the Peace Deal DONE!” Lavrov did not reply.'), [
      'Trump wrote: “Vladimir, STOP!',
      'Let’s get the Peace Deal DONE!”',
      'Lavrov did not reply.',
    ]);
  });

  it('does not split a quoted question from its attribution', () => {
    assert.deepStrictEqual(split('"What did the person look like when you saw her lying on the ground?" Eyewitness News asked.'), ['"What did the person look like when you saw her lying on the ground?" Eyewitness News asked.']);
    assert.deepStrictEqual(split('“Is it over?” he asked. Nobody answered.'), ['“Is it over?” he asked.', 'Nobody answered.']);
  });

  it('handles ellipses and dashes', () => {
    assert.deepStrictEqual(split('“There are still some specific points… which need to be fine-tuned, and we are busy with this,” Lavrov said.'), ['“There are still some specific points… which need to be fine-tuned, and we are busy with this,” Lavrov said.']);
    assert.deepStrictEqual(split('We heard gunshots... Then silence fell.'), ['We heard gunshots...', 'Then silence fell.']);
    assert.deepStrictEqual(split('It bridged gaps—particularly concerning Ukraine. Notably, the aide spoke.'), ['It bridged gaps—particularly concerning Ukraine.', 'Notably, the aide spoke.']);
    assert.deepStrictEqual(split('They met on March 13th. for U.S.-Russia talks.'), ['They met on March 13th. for U.S.-Russia talks.']);
  });

  it('splits only story and post lines, and keeps line indices', () => {
    const article = parseArticleText('Envoy meets Putin in Moscow\n2 minutes, 13 seconds Read\nHe came. He saw.\nSimilar Posts\n');
    const sentences = splitSentences(article);
    assert.deepStrictEqual(sentences.map((s) => article.text.slice(s.start, s.end)), ['Envoy meets Putin in Moscow', 'He came.', 'He saw.']);
    assert.deepStrictEqual(sentences.map((s) => s.lineKind), ['headline', 'body', 'body']);
    assert.strictEqual(sentences[1].line, 2);
  });

  it('splits a long run of paragraphs into exactly its sentences (speed is measured in bench/, not here)', () => {
    const paragraph = 'Russian Foreign Minister Sergei Lavrov told CBS News that several key issues still need to be addressed. “There are still some specific points… which need to be fine-tuned,” Lavrov said. The U.S. envoy met Mr. Putin on Jan. 5 at 12:31 p.m. in St. Petersburg. ';
    const text = paragraph.repeat(2000);
    const spans = splitSentenceSpans(text, 0, text.length);
    assert.strictEqual(spans.length, 6000);
  });
});
