import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { placesConflict } from '../../src/core/corpus/events';
import { analyzeCorpus } from '../../src/core';
import { differenceOf, differentOccurrences } from '../../src/core/corpus/matching';
import { editDistance, roleConflicts, surnameVariants } from '../../src/core/corpus/people';
import { readRole } from '../../src/core/extract/people/names';
import { completedSegment, labelQuality, segmentAround, shortLabel } from '../../src/core/extract/claims/labels';
import { porterStem } from '../../src/core/lang/stem';
import { termFeatures } from '../../src/core/extract/claims/features';

const features = (text: string) => termFeatures(text, 0, [], []);

function relationBetween(a: string, b: string): string | null {
  const report = analyzeCorpus([
    { path: 'a.txt', text: a },
    { path: 'b.txt', text: b },
  ]);
  const match = report.matches.find((m) => m.a.startsWith('a#') && m.b.startsWith('b#'));
  return match ? match.relation : null;
}

describe('crossSource', () => {
  describe('stemmer', () => {
    it('conflates inflections', () => {
      assert.strictEqual(porterStem('meetings'), porterStem('meeting'));
      assert.strictEqual(porterStem('negotiations'), porterStem('negotiation'));
      assert.strictEqual(porterStem('caresses'), 'caress');
      assert.notStrictEqual(porterStem('meeting'), porterStem('visit'));
    });
  });

  describe('terms', () => {
    it('reads "three hours" and "three-hour" as the same quantity', () => {
      const a = features('discussions reportedly lasted three hours').quantities;
      const b = features('a three-hour conversation').quantities;
      assert.deepStrictEqual([a[0].value, a[0].unit], [3, 'hour']);
      assert.deepStrictEqual([b[0].value, b[0].unit], [3, 'hour']);
    });
    it('reads ordinals of occurrences with their head', () => {
      const o = features('This marks Witkoff’s third extended meeting with Putin.').ordinals;
      assert.strictEqual(o.length, 1);
      assert.strictEqual(o[0].value, 3);
      assert.strictEqual(o[0].head, 'meet');
    });
    it('counts a round or session only of something ("third round of talks"), not a stage inside one happening ("the seventh round")', () => {
      assert.deepStrictEqual(features('The envoys opened a third round of talks in Geneva.').ordinals.map((o) => [o.value, o.head]), [[3, 'round']]);
      assert.deepStrictEqual(features('The champion stopped his rival in the seventh round.').ordinals.map((o) => o.head), [null]);
      assert.deepStrictEqual(features('The jury heard the tapes in the first session on Monday.').ordinals.map((o) => o.head), [null]);
    });
    it('counts occurrences only after a meeting or visit ("has met Putin three times"), not any "three times"', () => {
      assert.deepStrictEqual(features('Witkoff has met Putin three times in recent months.').ordinals.map((o) => [o.value, o.head]), [[3, 'time']]);
      assert.deepStrictEqual(features('The victim was shot three times in the chest.').ordinals.map((o) => o.head), [null]);
    });
    it('does not locate anything at a place named as a possessive ("in Washington’s outreach")', () => {
      const f = features('Witkoff, now seen as a central figure in Washington’s unofficial diplomatic outreach to Moscow, has met Putin three times.');
      assert.deepStrictEqual(f.locations, []);
    });
    it('finds locations below country level', () => {
      const f = features('Witkoff flew to Pulkovo Airport in St. Petersburg on Friday.');
      assert.ok(f.locations.includes('st. petersburg'), f.locations.join(','));
    });
  });

  describe('differences', () => {
    it('finds "third" vs "fourth"', () => {
      const d = differenceOf(features('This marks Witkoff’s third meeting with Putin.'), features('Witkoff arrived for his fourth visit with Putin.'));
      assert.ok(d);
      assert.deepStrictEqual([d.kind, d.a, d.b], ['ordinal', 'third', 'fourth']);
    });
    it('finds no difference between "lasted three hours" and "a three-hour conversation"', () => {
      assert.strictEqual(differenceOf(features('The talks lasted three hours.'), features('They held a three-hour conversation.')), null);
    });
    it('sees a six-hour meeting in Istanbul and a three-hour meeting in Moscow as different occurrences', () => {
      assert.ok(differentOccurrences(features('a six-hour meeting in Istanbul'), features('a three-hour meeting in Moscow')));
    });
  });

  describe('people', () => {
    it('takes Zelensky and Zelenskyy for one surname, Kim and Kin not', () => {
      assert.ok(surnameVariants('zelensky', 'zelenskyy'));
      assert.ok(!surnameVariants('kim', 'kin'));
      assert.strictEqual(editDistance('zelensky', 'zelenskyy'), 1);
    });
    it('reports "former US President" against "President" as a role conflict', () => {
      const conflicts = roleConflicts([
        { text: 'former US President', document: 'a' },
        { text: 'President', document: 'b' },
      ], readRole);
      assert.strictEqual(conflicts.length, 1);
    });
    it('does not report roles of one document against each other', () => {
      assert.strictEqual(roleConflicts([{ text: 'former President', document: 'a' }, { text: 'President', document: 'a' }], readRole).length, 0);
    });
  });

  describe('matching', () => {
    it('agrees: the same meeting worded differently', () => {
      const r = relationBetween(
        'U.S. envoy Steve Witkoff met with Russian President Vladimir Putin in Moscow, where discussions reportedly lasted three hours.',
        'US special envoy Steve Witkoff met with Russian President Vladimir Putin in Moscow for a three-hour conversation.',
      );
      assert.strictEqual(r, 'agrees');
    });
    it('contradicts: "third meeting" vs "fourth visit" about the same meeting', () => {
      const r = relationBetween(
        'Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday. This marks Witkoff’s third meeting with Putin.',
        'Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday. Witkoff was in Moscow for his fourth visit with Putin.',
      );
      const report = analyzeCorpus([
        { path: 'a.txt', text: 'Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday. This marks Witkoff’s third meeting with Putin.' },
        { path: 'b.txt', text: 'Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday. Witkoff was in Moscow for his fourth visit with Putin.' },
      ]);
      const c = report.matches.find((m) => m.relation === 'contradicts');
      assert.ok(c, JSON.stringify(report.matches) + r);
      assert.match(c.reason, /"third" vs "fourth"/);
    });
    it('contradicts: "has met Putin three times" vs "his fourth visit" about the same meeting', () => {
      const report = analyzeCorpus([
        { path: 'a.txt', text: 'Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday.\nWitkoff, now seen as a central figure in Washington’s unofficial diplomatic outreach to Moscow, has met Putin three times in recent months.' },
        { path: 'b.txt', text: 'Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday.\nUpon Witkoff’s arrival in central Moscow for his fourth visit, traffic was halted.' },
      ]);
      const c = report.matches.find((m) => m.relation === 'contradicts');
      assert.ok(c, JSON.stringify(report.matches));
      assert.match(c.reason, /"three times" vs "fourth"/);
    });
    it('does not contradict a count of shots with a count of visits', () => {
      const report = analyzeCorpus([
        { path: 'a.txt', text: 'Steve Witkoff met Vladimir Putin in Moscow on Thursday.\nA guard near Witkoff was shot three times outside the Kremlin.' },
        { path: 'b.txt', text: 'Steve Witkoff met Vladimir Putin in Moscow on Thursday.\nWitkoff was in Moscow for his fourth visit, near the Kremlin.' },
      ]);
      assert.ok(!report.matches.some((m) => m.relation === 'contradicts'), JSON.stringify(report.matches));
    });
    it('does not contradict a six-hour meeting in Istanbul with a three-hour meeting in Moscow', () => {
      const report = analyzeCorpus([
        { path: 'a.txt', text: 'U.S. and Russian diplomats held a six-hour meeting in Istanbul on Thursday.' },
        { path: 'b.txt', text: 'U.S. and Russian diplomats held a three-hour meeting in Moscow on Friday.' },
      ]);
      assert.ok(!report.matches.some((m) => m.relation === 'contradicts'), JSON.stringify(report.matches));
    });
    it('matches only claims of different documents', () => {
      const report = analyzeCorpus([{ path: 'a.txt', text: 'Witkoff met Putin in Moscow. Witkoff met Putin in Moscow again.' }]);
      assert.strictEqual(report.matches.length, 0);
    });
  });

  describe('events', () => {
    it('keeps two meetings of the same people in different cities apart', () => {
      const report = analyzeCorpus([
        { path: 'a.txt', text: '---\ndate: 2025-04-25\n---\nSteve Witkoff met Vladimir Putin in Moscow on Thursday for three hours.' },
        { path: 'b.txt', text: '---\ndate: 2025-04-11\n---\nSteve Witkoff met Vladimir Putin in St. Petersburg on Friday.' },
      ]);
      const eventOf = (doc: string) => report.events.find((e) => e.mentions.some((m) => m.document === doc))!.id;
      assert.notStrictEqual(eventOf('a'), eventOf('b'));
    });
    it('a state and a town in it are no disagreement of place; two states, two towns are', () => {
      const conflict = (a: string[], b: string[]) => placesConflict(new Set(a), new Set(b));
      assert.equal(conflict(['texas'], ['houston']), false, 'Houston may be in Texas');
      assert.equal(conflict(['california'], ['los angeles', 'malibu']), false);
      assert.equal(conflict(['ohio'], ['iowa']), true);
      assert.equal(conflict(['houston'], ['dallas']), true);
      // "New York" is a state and a city: it disagrees with another city and with another state.
      assert.equal(conflict(['new york'], ['boston']), true);
      assert.equal(conflict(['new york'], ['ohio']), true);
      // Where a region abroad lies is not known: it is compared as a town is.
      assert.equal(conflict(['chechnya'], ['moscow']), true);
      assert.equal(conflict(['texas', 'houston'], ['texas']), false);
    });
    it('merges two reports of one meeting and explains why', () => {
      const report = analyzeCorpus([
        { path: 'a.txt', text: 'Steve Witkoff met Vladimir Putin in Moscow for three hours.\nThe Kremlin called the talks constructive.' },
        { path: 'b.txt', text: 'Putin received Steve Witkoff in Moscow, and the Kremlin said the three-hour talks were constructive.' },
      ]);
      const shared = report.events.find((e) => new Set(e.mentions.map((m) => m.document)).size === 2);
      assert.ok(shared, JSON.stringify(report.events.map((e) => e.label)));
      assert.match(shared.explanation ?? '', /shared/);
    });
    it('joins differently worded articles about one story, dated days apart, through the people and places they share', () => {
      const report = analyzeCorpus([
        {
          path: 'a.txt',
          text: '---\ndate: 2010-09-10\n---\nKraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder\nA Kraft Foods plant worker who had been suspended opened fire on co-workers in Philadelphia on September 9, police said.',
        },
        {
          path: 'b.txt',
          // Charged on Monday, September 13: four days after the shooting, too far apart for the clause-level pass.
          text: '---\ndate: 2010-09-14\n---\nYvonne Hiller, Accused in Kraft Shooting, Is A Muslim\nYvonne Hiller was formally charged in Philadelphia on Monday; she converted to Islam years ago, her neighbours say.',
        },
      ]);
      const eventOf = (doc: string) => report.events.find((e) => e.mentions.some((m) => m.document === doc && m.claim === `${doc}#1`))!.id;
      assert.strictEqual(eventOf('a'), eventOf('b'), JSON.stringify(report.events.map((e) => [e.label, e.mentions.map((m) => m.claim)])));
    });
    it('keeps articles naming the same people apart when one is dated and the other cannot be placed in time', () => {
      const report = analyzeCorpus([
        { path: 'a.txt', text: '---\ndate: 2013-09-17\n---\nMicrosoft patches Internet Explorer\nOn September 17 the software giant shipped a temporary fix for a flaw that attackers exploit.' },
        { path: 'b.txt', text: 'Hackers target Internet Explorer\nMicrosoft warned of attacks on its browser.' },
      ]);
      const eventOf = (doc: string) => report.events.find((e) => e.mentions.some((m) => m.document === doc))!.id;
      assert.notStrictEqual(eventOf('a'), eventOf('b'));
    });
    it('dates a background event on its own and sorts the timeline', () => {
      const report = analyzeCorpus([
        { path: 'a.txt', text: '---\ndate: 2025-04-25\n---\nWitkoff met Putin in Moscow on Thursday.\nThe war began with Russia’s full-scale invasion of Ukraine in February 2022.' },
      ]);
      const values = report.events.map((e) => e.date.value);
      assert.ok(values.includes('2022-02'), values.join(','));
      const dated = values.filter((v): v is string => v !== null);
      assert.deepStrictEqual(dated, [...dated].sort());
    });
  });

  describe('labels', () => {
    it('labels a meeting who-does-what-where: surnames, present tense, place, no roles or adverbials', () => {
      const report = analyzeCorpus([
        {
          path: 'a.txt',
          text: '---\ndate: 2025-04-25\n---\nIn a high-stakes diplomatic move, US special envoy Steve Witkoff met with Russian President Vladimir Putin in Moscow for a three-hour conversation to break the deadlock in the war.',
        },
      ]);
      assert.deepStrictEqual(report.events.map((e) => e.label), ['Witkoff meets Putin in Moscow']);
    });
    it('labels a background event from the words around its date, not from the sentence it sits in', () => {
      const report = analyzeCorpus([
        {
          path: 'a.txt',
          text: '---\ndate: 2025-04-25\n---\nWitkoff met Putin in Moscow on Thursday.\nThe war, which began with Russia’s full-scale invasion of Ukraine in February 2022, has resulted in hundreds of thousands of casualties.',
        },
      ]);
      const background = report.events.find((e) => e.date.value === '2022-02');
      assert.ok(background);
      assert.match(background.label, /invasion of Ukraine/);
      assert.doesNotMatch(background.label, /casualties|The war/);
    });
    it('keeps a headline passive as it is and drops an age after the name', () => {
      const passive = 'Yvonne Hiller Charged With Two Counts Of Murder';
      const people = [{ start: 0, end: 13, person: 'yvonne-hiller', from: 0 }];
      assert.strictEqual(shortLabel({ text: passive, start: 0, people }, () => 'Yvonne Hiller', null), 'Hiller Charged With Two Counts Of Murder');
      const aged = 'Robert Buckley, 32, died while climbing to a hut on Mount Sefton.';
      assert.strictEqual(shortLabel({ text: aged, start: 0, people: [{ start: 0, end: 14, person: 'robert-buckley', from: 0 }] }, () => 'Robert Buckley', null), 'Buckley dies');
    });
    it('puts the verb of two people in the plural present: "Voss and Pike went" → "Voss and Pike go"', () => {
      const span = (text: string, name: string, person: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, person, from: text.indexOf(name) });
      const names: Record<string, string> = { 'carl-voss': 'Carl Voss', 'ray-pike': 'Ray Pike', 'ana-ruiz': 'Ana Ruiz' };
      const label = (text: string): string => shortLabel({ text, start: 0, people: Object.keys(names).filter((id) => text.includes(names[id])).map((id) => span(text, names[id], id)) }, (id) => names[id], null);
      assert.strictEqual(label('Carl Voss and Ray Pike went on trial on Wednesday.'), 'Voss and Pike go on trial');
      assert.strictEqual(label('Carl Voss and Ana Ruiz met the mayor on Monday.'), 'Voss and Ruiz meet the mayor');
      assert.strictEqual(label('Carl Voss and Ray Pike discussed the budget on Monday.'), 'Voss and Pike discuss the budget');
      assert.strictEqual(label('Carl Voss went on trial on Wednesday.'), 'Voss goes on trial');
    });
    it('writes plans and hedged reports the headline way: "is set to meet with" → "to meet", no report frame', () => {
      const plan = 'Russian President Vladimir Putin is set to meet with U.S. Special Envoy Steve Witkoff.';
      const span = (name: string, role: string, person: string) => ({ start: plan.indexOf(name), end: plan.indexOf(name) + name.length, person, from: plan.indexOf(role) });
      const people = [span('Vladimir Putin', 'Russian President', 'vladimir-putin'), span('Steve Witkoff', 'U.S. Special Envoy', 'steve-witkoff')];
      const names: Record<string, string> = { 'vladimir-putin': 'Vladimir Putin', 'steve-witkoff': 'Steve Witkoff' };
      assert.strictEqual(shortLabel({ text: plan, start: 0, people }, (id) => names[id], 'Moscow'), 'Putin to meet Witkoff in Moscow');
      const frame = 'it was reported by multiple media outlets, including Bloomberg, about the U.S. proposal for a 30-day ceasefire between Kyiv and Moscow.';
      assert.strictEqual(shortLabel({ text: frame, start: 0, people: [] }, (id) => id, null), 'U.S. proposal for 30-day ceasefire between Kyiv and Moscow');
    });
    it('puts back the object a relative clause leaves implicit: "the Crimean peninsula, which Russia annexed in 2014"', () => {
      const text = 'Zelensky stressed that Ukraine continues to face pressure to concede territory, particularly concerning the Crimean peninsula, which Russia annexed in 2014 without international recognition.';
      const at = text.indexOf('2014');
      const seg = segmentAround(text, at, at + 4);
      const completed = completedSegment({ text, start: 0, people: [] }, seg.start, seg.end);
      assert.ok(completed);
      assert.strictEqual(shortLabel(completed, (id) => id, null), 'Russia annexes the Crimean peninsula');
    });
    it('labels a verbless background fragment with the subject and verb of the clause it hangs from', () => {
      const report = analyzeCorpus([
        {
          path: 'a.txt',
          text: '---\ndate: 2025-04-04\n---\nSteve Witkoff flew to Pulkovo Airport in St. Petersburg on Friday.\nLast week, Witkoff hosted Kirill Dmitriev for talks and met with Vladimir Putin in Moscow twice before, once in February for the Marc Fogel prisoner swap, then again on March 13th.',
        },
      ]);
      const february = report.events.find((e) => e.date.value === '2025-02');
      assert.ok(february, JSON.stringify(report.events.map((e) => [e.date.value, e.label])));
      assert.strictEqual(february.label, 'Witkoff meets Putin in Moscow for the Fogel prisoner swap');
    });
    it('rates a content clause above a hedge or a fragment that opens with a function word', () => {
      assert.ok(labelQuality('Witkoff flies to Pulkovo Airport in St. Petersburg') > labelQuality('New round of U.S.-Russia talks reportedly starting'));
      assert.ok(labelQuality('Russia annexes the Crimean peninsula') > labelQuality('Once for the Fogel prisoner swap'));
      assert.ok(labelQuality('Reid checks into Promises Treatment Center') > labelQuality('Involves freezing the current front lines'));
    });
    it('never exceeds 60 characters', () => {
      const text = 'Officials from the ministry of transport and the national railway company announced sweeping changes to the timetable of regional trains across the northern provinces.';
      assert.ok(shortLabel({ text, start: 0, people: [] }, (id) => id, null).length <= 60);
    });
    it('finds the segment of a clause around a date', () => {
      const text = 'Zelensky stressed the pressure to concede the Crimean peninsula, which Russia annexed in 2014 without international recognition.';
      const at = text.indexOf('2014');
      const seg = segmentAround(text, at, at + 4);
      assert.strictEqual(text.slice(seg.start, seg.end).trim(), 'Russia annexed in 2014 without international recognition.');
    });
  });
});

describe('crossSource: the timeline order', () => {
  it('puts undated events after the dated ones, which are in date order', () => {
    // The seeds date every event; two undated reports of one local story add an undated one.
    const seedsDir = path.resolve(__dirname, '../../seeds');
    const seeds = fs.readdirSync(seedsDir).sort().map((name) => ({ path: `seeds/${name}`, text: fs.readFileSync(path.join(seedsDir, name), 'utf8') }));
    const report = analyzeCorpus([
      ...seeds,
      { path: 'local/a.txt', text: 'Mayor opens bridge\nThe mayor of Springfield opened the new river bridge, officials said.\n' },
      { path: 'local/b.txt', text: 'Bridge opened\nSpringfield mayor Joe Quimby opened the new river bridge to traffic.\n' },
    ]);
    const dates = report.events.map((e) => e.date.value);
    const firstUndated = dates.indexOf(null);
    assert.ok(firstUndated > 0, `dated and undated events: ${JSON.stringify(dates)}`);
    assert.deepStrictEqual(dates.slice(firstUndated), dates.slice(firstUndated).map(() => null), 'nothing dated after the first undated event');
    const dated = dates.slice(0, firstUndated) as string[];
    assert.deepStrictEqual(dated, [...dated].sort(), 'dated events in date order');
  });
});
