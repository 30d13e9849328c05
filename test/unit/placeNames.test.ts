import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../src/core';
import { placeName, placeNamesListed } from '../../src/core/corpus/placeNames';

describe('place names as shown', () => {
  it('writes a place key as a name: capitals, particles in lower case, "St." with its stop', () => {
    const shown = ['moscow', 'new york', 'st louis', 'rio de janeiro', 'winston-salem', 'stratford-upon-avon', 'washington, d.c.', "o'fallon", 'isle of wight', 'são paulo'].map(placeName);
    assert.deepEqual(shown, ['Moscow', 'New York', 'St. Louis', 'Rio de Janeiro', 'Winston-Salem', 'Stratford-upon-Avon', 'Washington, D.C.', "O'Fallon", 'Isle of Wight', 'São Paulo']);
  });

  it('lists places without one inside another listed ("York" beside "New York"), as names', () => {
    assert.deepEqual(placeNamesListed(['new york', 'york', 'brooklyn']), ['New York', 'Brooklyn']);
    assert.deepEqual(placeNamesListed(['york', 'yorkshire']), ['York', 'Yorkshire'], 'whole words only');
  });

  it('names shared places in a match reason as places are written ("New York")', () => {
    const article = (name: string, source: string, sentence: string) => ({ path: `${name}.txt`, text: `---\ndate: 2025-05-02\nsource: ${source}\n---\n${sentence}\n` });
    const report = analyzeCorpus([
      article('a', 'Harbor Daily', 'The ferry company opened a second terminal in New York on Friday, officials said.'),
      article('b', 'Bay Courier', 'A second ferry terminal opened in New York on Friday, the company said.'),
    ]);
    const reasons = report.matches.map((m) => m.reason).filter((r) => r.includes('places'));
    assert.ok(reasons.length > 0, JSON.stringify(report.matches));
    for (const reason of reasons) assert.match(reason, /places: New York(?:;|$)/);
  });
});
