import * as assert from 'node:assert/strict';
import { OTHER_CASE, RELATED_LINE, TALLY, tellsOfOtherCase } from '../../src/core/lang/asides';

// Our own sentences, written the way local news links and recalls other cases.
describe('asides (lang/asides): sentences that tell of another happening in passing', () => {
  it('reads related-story lines, with bullets and separators', () => {
    for (const line of ['►Related: Teen hurt in park shooting', 'RELATED | Father speaks about his son', 'Read more: Council votes on budget', 'See also — storm closes roads']) {
      assert.ok(RELATED_LINE.test(line), line);
    }
    assert.ok(!RELATED_LINE.test('Related charges were filed against the driver.'), 'a sentence opening with the word');
  });

  it('reads a sentence that opens on another case, or places one a time apart', () => {
    assert.ok(OTHER_CASE.test('In an unrelated incident, a woman was robbed on Main Street.'));
    assert.ok(OTHER_CASE.test('In a similar case last year, a boy found a loaded gun.'));
    assert.ok(OTHER_CASE.test('The fire came two days after a warehouse burned down on the same block.'));
  });

  it('does not read the words qualifying a noun later in a sentence as another case', () => {
    assert.ok(!OTHER_CASE.test('Officers named the driver, who is wanted for burglary in a separate case.'));
    assert.ok(!OTHER_CASE.test('The arrest came a day after the shooting.'), 'a day after the same happening');
  });

  it('reads a sentence that counts cases of a kind over a period, or speaks of their number, as telling of other cases', () => {
    for (const text of [
      'Police have logged more than 350 killings since January; a bus driver was among them.',
      'On Saturday the county passed 90 shootings so far this year.',
      'Hundreds of robberies since January have left shop owners afraid.',
      'The number of stabbings in Lakeport has doubled.',
    ]) {
      assert.ok(TALLY.test(text), text);
      assert.ok(tellsOfOtherCase(text), text);
    }
    // One case's own counts, or its rank among the cases of the year, are not a tally of other cases.
    for (const text of ['Two men were shot Tuesday in the 3400 block of Elm Street.', 'Police said the number of victims rose to five.', 'He had two prior robberies, records show.', 'It was the city\'s 41st homicide of the year.']) {
      assert.ok(!TALLY.test(text), text);
    }
  });

  it('reads a text as OTHER_CASE does when it first asks whether the text has what OTHER_CASE needs', () => {
    // The two shapes OTHER_CASE reads, slot by slot, each slot often filled wrongly: openings, verbs
    // and spans in any case, after quotes and bullets, and "ſ" (which the pattern's case folding reads as "s").
    const opening = [['', '“', '► ', '1 ', 'The '], ['', 'And ', 'also, ', 'alſo ', 'Meanwhile ', 'BUT ', 'so '], ['In ', 'in ', 'IN ', 'on ', 'Ιn '], ['an ', 'a ', 'the ', ''],
      ['unrelated ', 'Similar ', 'separate ', 'big '], ['incident', 'case', 'CRASH', 'fire'], ['', ', a man', '.']];
    const apart = [['', 'The fire ', 'It '], ['came ', 'COMES ', 'comeſ ', 'happened ', 'followed ', 'went '], ['two days ', 'a week ', 'days ', 'a year '],
      ['after ', 'before ', 'since '], ['another ', 'a ', 'an ', 'the '], ['shooting', 'fire', '']];
    let seed = 7;
    const random = (n: number): number => {
      // The high bits: the low bits of this generator repeat with a short period.
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return Math.floor((seed / 0x80000000) * n);
    };
    let matched = 0;
    for (let n = 0; n < 20_000; n++) {
      const slots = random(2) === 0 ? opening : apart;
      let text = random(4) === 0 ? 'Police said ' : '';
      for (const slot of slots) text += slot[random(2) === 0 ? 0 : random(slot.length)];
      const expected = OTHER_CASE.test(text);
      if (expected) matched++;
      assert.equal(tellsOfOtherCase(text), expected, JSON.stringify(text));
    }
    assert.ok(matched > 1000, `the texts match OTHER_CASE often enough to test it (${matched})`);
  });
});
