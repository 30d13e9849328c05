import * as assert from 'node:assert/strict';
import { OTHER_CASE, RELATED_LINE } from '../../src/core/lang/asides';

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
});
