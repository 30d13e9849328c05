/**
 * Facts per claim, and their comparison. Sentences are our own, written the way local news
 * reports shootings, trials and meetings.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus, buildReportLookup, claimSupport } from '../../src/core';
import { analyzeArticle } from '../../src/core/extract';
import { extractFacts, type Fact } from '../../src/core/extract/facts';
import { tokenizeArticle, wordLines } from '../../src/core/lang/tokenizer';
import { factsOf } from './helpers/facts';
import { compareAlignedFacts, compareFacts, streetsSpelledAlike } from '../../src/core/corpus/matching/facts';
import { descriptionsBoundByAge } from '../../src/core/corpus/claimUnits';

const slot = (facts: Fact[], name: Fact['slot']): Fact[] => facts.filter((f) => f.slot === name);
const who = (f: Fact): string | null => f.participant?.person ?? f.participant?.description ?? null;

describe('facts: extraction', () => {
  it('reads ages bound to the person they describe', () => {
    const facts = slot(factsOf('Police said Marcus Hale, 29, was shot by a 17-year-old boy outside the store. The 9-month-old girl survived.'), 'age');
    assert.deepEqual(facts.map((f) => [f.value, who(f)]), [['29', 'marcus-hale'], ['17', 'boy'], ['9 months', 'girl']]);
  });

  it('an age before a verb describes someone by age alone, not the person after the verb', () => {
    const facts = slot(factsOf('Outside the diner the 19-year-old stabbed Dana Price in the arm. A 16-year-old Lakeside girl was held.'), 'age');
    assert.deepEqual(facts.map((f) => [f.value, who(f)]), [['19', null], ['16', 'girl']]);
    // A word of action that modifies the noun is no verb.
    assert.deepEqual(slot(factsOf('A 7-year-old shooting victim was taken to the hospital.'), 'age').map(who), ['victim']);
    assert.deepEqual(slot(factsOf('A 15-year-old robbery suspect Dana Price was arrested on Friday.'), 'age').map(who), ['dana-price']);
  });

  it('who speaks is not who a reported condition is about; a passive "fatally shot" is its subject', () => {
    const conditions = (text: string): [string, string | null][] => slot(factsOf(text), 'condition').map((f) => [f.value, who(f)]);
    assert.deepEqual(conditions('Her uncle told reporters she is expected to recover.'), [['survives', null]]);
    assert.deepEqual(conditions('The man, police said, died at the scene.'), [['dead', 'man']]);
    assert.deepEqual(conditions('Dana Price was fatally shot as her cousin ran for help.'), [['dead', 'dana-price']]);
    assert.deepEqual(conditions('A gunman fatally shot Dana Price on Elm Street.'), [['dead', 'dana-price']]);
  });

  it('reads clock times with their approximation and parts of day', () => {
    const facts = slot(factsOf('The shooting happened at about 10:30 p.m. Monday. Witnesses heard shots Monday night.'), 'time');
    const [clock, night] = facts;
    assert.equal(clock.value, '22:30');
    assert.ok(clock.time && clock.time.from === 22 * 60 + 25 && clock.time.to === 22 * 60 + 35, 'about: five minutes either way');
    assert.equal(night.value, 'night');
    assert.equal(clock.action, 'shoot');
  });

  it('reads an accident as the manner of what happened, not a car accident as one', () => {
    const manner = (text: string): string[] => slot(factsOf(text), 'manner').map((f) => f.span.text);
    assert.deepEqual(manner('Deputies said the hunter accidentally fired his rifle into a barn.'), ['accidentally']);
    assert.deepEqual(manner('Officials said the blast seemed to be accidental.'), ['be accidental']);
    assert.deepEqual(manner('The coroner ruled it an accidental death.'), ['accidental']);
    assert.deepEqual(manner('A cyclist was killed in a hit-and-run accident on Elm Street.'), []);
    // Two sources calling it an accident agree; "not an accident" against "accidental" says nothing either way.
    const [plain] = slot(factsOf('The fire at the depot was an accident, the marshal said.'), 'manner');
    const [denied] = slot(factsOf('The fire at the depot was not an accident, the marshal said.'), 'manner');
    const [hedged] = slot(factsOf('A worker may have accidentally started the fire.'), 'manner');
    assert.equal(compareAlignedFacts(plain, hedged, null), 'agrees');
    assert.equal(denied.negated, true);
    assert.equal(compareAlignedFacts(plain, denied, null), null);
  });

  it('reads counts with what they count', () => {
    const facts = slot(factsOf('Three people were killed and five wounded in the attack. The gunman shot 12 people before fleeing.'), 'count');
    assert.deepEqual(facts.map((f) => [f.value, f.counted]), [['3', 'dead'], ['5', 'wounded'], ['12', 'shot']]);
  });

  it('reads counts of "others" and of people a shooting "left" dead or wounded', () => {
    const counted = (sentence: string): string[][] => slot(factsOf(sentence), 'count').map((f) => [f.value, f.counted ?? '']);
    assert.deepEqual(counted('Two men were killed and at least four others hurt.'), [['2', 'dead'], ['4', 'wounded']]);
    assert.deepEqual(counted('The crash left two people dead and four others hurt.'), [['2', 'dead'], ['4', 'wounded']]);
  });

  it('reads counts of people arrested, before and after the verb', () => {
    const facts = slot(factsOf('Two juveniles were detained on Friday. Deputies later arrested the three men in Lakeside.'), 'count');
    assert.deepEqual(facts.map((f) => [f.value, f.counted]), [['2', 'arrested'], ['3', 'arrested']]);
  });

  it('reads where someone was hit, with looser names for the same place', () => {
    const facts = slot(factsOf('The boy was shot in the face. A neighbor was struck in the left leg.'), 'injury');
    assert.deepEqual(facts.map((f) => [f.value, f.span.text, who(f)]), [['head', 'face', 'boy'], ['leg', 'leg', 'neighbor']]);
  });

  it('reads conditions, and a "not" that negates a modifier is no negation of the fact', () => {
    const facts = slot(factsOf('The victim was taken to a hospital where his injuries were not life threatening. His brother died at the scene.'), 'condition');
    assert.deepEqual(facts.map((f) => [f.value, f.negated, who(f)]), [['survives', false, 'victim'], ['dead', false, 'brother']]);
  });

  it('reads injuries that are not life-threatening as survived, however the "not" is written; only life-threatening ones as critical', () => {
    const conditionOf = (sentence: string): string[] => slot(factsOf(sentence), 'condition').map((f) => f.value);
    assert.deepEqual(conditionOf('The driver suffered non-life-threatening injuries.'), ['survives']);
    assert.deepEqual(conditionOf('A passenger had non-life threatening wounds.'), ['survives']);
    assert.deepEqual(conditionOf('A neighbor was hurt, but the wounds were not thought to be life-threatening.'), ['survives']);
    assert.deepEqual(conditionOf('The boy’s wounds are not believed to be life threatening.'), ['survives']);
    assert.deepEqual(conditionOf('The cashier suffered life-threatening injuries.'), ['critical']);
    // Not expected to survive: a grave condition, which a later death moves on, not a negated survival it would contradict.
    assert.deepEqual(slot(factsOf('The boy is not expected to survive.'), 'condition').map((f) => [f.value, f.negated]), [['critical', false]]);
  });

  it('gives a condition to no one when "one of them" or "another" is its subject, but to the person an apposition describes', () => {
    const about = (sentence: string): (string | null)[] => slot(factsOf(sentence), 'condition').map(who);
    assert.deepEqual(about('Two men and a woman were wounded, and one of them later died at the hospital.'), [null]);
    assert.deepEqual(about('One man was shot in the arm, and another was critically wounded.'), [null]);
    assert.deepEqual(about('Officials said some of the injured were in critical condition.'), [null]);
    assert.deepEqual(about('Marcus Hale, one of the founders of the club, died on Sunday.'), ['marcus-hale']);
  });

  it('reads the street of the scene apart from the street someone lived on, and no "one block" as a place', () => {
    const facts = slot(factsOf('He was shot in the 2100 block of Maple St. and lived at 1200 Oak Avenue. The road was closed for one block.'), 'place');
    assert.deepEqual(facts.map((f) => [f.value, f.placeRole]), [['2100 block of maple street', 'scene'], ['oak avenue', 'home']]);
  });

  it('reads a coma as critical and recovering at home as released', () => {
    const facts = slot(factsOf('Doctors said Dana Price is in a coma. Her son is recovering at home now.'), 'condition');
    assert.deepEqual(facts.map((f) => [f.value, who(f)]), [['critical', 'dana-price'], ['released', 'son']]);
  });

  it('leaves out what a clause reports as superseded ("despite earlier reports that…")', () => {
    const facts = slot(factsOf('Contrary to initial reports that the hiker had died, rangers said she is on life support in Denver.'), 'condition');
    assert.deepEqual(facts.map((f) => [f.value, f.span.text]), [['critical', 'on life support']]);
    const own = slot(factsOf('Officers said the boy had died, despite efforts by paramedics.'), 'condition');
    assert.deepEqual(own.map((f) => f.value), ['dead'], '"despite" without an earlier report is the source’s own statement');
  });

  it('reads a body found as a death of the person it names, and "missing" before a name as no condition', () => {
    const found = slot(factsOf('Searchers said the body of a 16-year-old girl was found near the river.'), 'condition');
    assert.deepEqual(found.map((f) => [f.value, who(f)]), [['dead', 'girl']]);
    const attributive = slot(factsOf('Police believe the hiker found on the trail is missing Lakeside resident Dana Price.'), 'condition');
    assert.deepEqual(attributive, []);
  });

  it('a condition of something a person owns is not the person’s: "a car belonging to Dana Price was missing"', () => {
    const [missing] = slot(factsOf('Police said a car belonging to Dana Price was missing from the driveway.'), 'condition');
    assert.equal(missing.value, 'missing');
    assert.equal(missing.participant, null);
  });

  it('marks a condition stated as the state now ("is", "remains", "still"), not a moment of the story', () => {
    const facts = slot(factsOf('The boy is on life support. His sister was unconscious when officers arrived. Their mother remains missing.'), 'condition');
    assert.deepEqual(facts.map((f) => [f.value, f.current === true]), [['critical', true], ['critical', false], ['missing', true]]);
  });

  it('reads charges, and a charge that was not filed as negated', () => {
    const facts = slot(factsOf('The father was charged with aggravated assault. His brother has not been charged with murder.'), 'charge');
    assert.deepEqual(facts.map((f) => [f.value, f.negated]), [['assault', false], ['murder', true]]);
  });

  it('reads a subject that is no one as a negation, and shows it in the span ("No one has been charged", "nobody was hurt")', () => {
    const facts = factsOf('No one has been charged with murder in the case. Deputies said nobody was charged with arson.');
    assert.deepEqual(
      slot(facts, 'charge').map((f) => [f.value, f.negated, f.span.text, f.spanShowsNegation]),
      [['murder', true, 'No one has been charged with murder', true], ['arson', true, 'nobody was charged with arson', true]],
    );
    assert.deepEqual(slot(factsOf('Officers said the man was charged with murder; no one else was arrested.'), 'charge').map((f) => f.negated), [false]);
  });

  it('reads a charge brought "as an adult", and the time someone was pronounced dead as the time of the death', () => {
    assert.deepEqual(slot(factsOf('The 16-year-old was charged as an adult with second-degree murder.'), 'charge').map((f) => f.value), ['murder']);
    const times = slot(factsOf('He was shot several times and was pronounced dead at 10:15 p.m.'), 'time');
    assert.deepEqual(times.map((f) => [f.value, f.action]), [['22:15', 'die']]);
  });

  it('reads "charges of obstruction" and "never charged with a crime" (any charge, negated)', () => {
    const facts = slot(factsOf('Marcus Hale faces charges of obstruction in Lakeside. His cousin was never charged with a crime.'), 'charge');
    assert.deepEqual(facts.map((f) => [f.value, f.negated]), [['obstruction', false], ['crime', true]]);
  });

  it('hedges only what a hedge inside a quote reaches: the quote, not the reporter\'s account around it', () => {
    const facts = factsOf('Mara Lindqvist, 41, was in critical condition on Tuesday, and her brother said "she could be home by Friday, she is 40 at heart."');
    const [age] = slot(facts, 'age');
    assert.ok(age && !age.hedged, 'the age in the narration is not hedged by "could" in the quote');
    const [condition] = slot(facts, 'condition');
    assert.ok(condition && !condition.hedged, 'nor is the condition');
    const narrated = factsOf('Mara Lindqvist, 41, was reportedly in critical condition on Tuesday.');
    assert.ok(slot(narrated, 'condition').every((f) => f.hedged), 'a hedge outside quotes reaches what follows it');
  });

  it('an adverb or modal hedges what follows it; "police believe" hedges the whole claim', () => {
    const modal = factsOf('Dana Price, 29, may have been shot in the leg.');
    assert.deepEqual(slot(modal, 'age').map((f) => f.hedged), [false], 'her age is not what the source is unsure of');
    assert.deepEqual(slot(modal, 'injury').map((f) => f.hedged), [true]);
    const after = factsOf('The clerk, 52, was shot in the arm, apparently by a customer.');
    assert.deepEqual(slot(after, 'injury').map((f) => f.hedged), [false], 'the doubt is about who fired, told after the wound');
    const believed = factsOf('Dana Price, 29, was shot in the leg, police believe.');
    assert.ok(slot(believed, 'age').every((f) => f.hedged) && slot(believed, 'injury').every((f) => f.hedged));
  });

  it('marks hedged facts', () => {
    const [age] = slot(factsOf('The gunman was reportedly a 35-year-old man from Ohio.'), 'age');
    assert.ok(age.hedged);
  });
});

describe('facts: comparison', () => {
  const fact = (over: Partial<Fact>): Fact => ({
    claim: 'a#1', slot: 'age', value: '29', span: { start: 0, end: 2, text: '29' }, participant: { person: 'x', description: null, span: { start: 0, end: 1, text: 'X' } },
    action: null, negated: false, hedged: false, ...over,
  });
  const key = (f: Fact): string | null => f.participant?.person ?? f.participant?.description ?? null;

  it('ages of the same person: equal agree, different contradict; another person is not compared', () => {
    assert.equal(compareFacts([fact({})], [fact({ claim: 'b#1' })], key, null)[0].relation, 'agrees');
    assert.equal(compareFacts([fact({})], [fact({ claim: 'b#1', value: '30' })], key, null)[0].relation, 'contradicts');
    assert.deepEqual(compareFacts([fact({})], [fact({ value: '30', participant: { person: 'y', description: null, span: { start: 0, end: 1, text: 'Y' } } })], key, null), []);
  });

  it('two clock times agree within the looser approximation: "about 1:45" and "around 1:54" do not', () => {
    const t = (value: string, minutes: number, tolerance: number): Fact =>
      fact({ slot: 'time', value, action: 'shoot', participant: null, time: { from: minutes - tolerance, to: minutes + tolerance, day: null } });
    assert.equal(compareAlignedFacts(t('01:45', 105, 5), t('01:54', 114, 5), null), 'contradicts');
    assert.equal(compareAlignedFacts(t('22:30', 1350, 5), t('22:30', 1350, 2), null), 'agrees');
    assert.equal(compareAlignedFacts(t('23:58', 1438, 5), t('00:01', 1, 5), null), 'agrees', 'across midnight');
  });

  it('a time without a day meets one with a day; times of two different days are not compared', () => {
    const t = (value: string, minutes: number, day: string | null): Fact =>
      fact({ slot: 'time', value, action: 'shoot', participant: null, time: { from: minutes - 5, to: minutes + 5, day } });
    assert.equal(compareFacts([t('21:10', 1270, null)], [t('21:19', 1279, '2024-03-13')], key, null)[0]?.relation, 'contradicts', '"about 9:10 p.m." / "around 9:19 p.m. Friday"');
    assert.deepEqual(compareFacts([t('21:10', 1270, '2024-03-12')], [t('21:19', 1279, '2024-03-13')], key, null), [], 'two days: two moments');
  });

  it('a clock time with no a.m. or p.m. may be either half of the day: it meets both, and states neither', () => {
    const timeOf = (text: string): Fact => slot(factsOf(text), 'time')[0];
    const bare = timeOf('A clerk was stabbed on Elm Street on Tuesday around 6:15.');
    assert.equal(bare.time?.eitherHalf, true);
    assert.equal(bare.value, '6:15', 'the value states no half of the day');
    assert.equal(timeOf('A clerk was stabbed on Elm Street at 6:15 p.m. Tuesday.').time?.eitherHalf, undefined);
    assert.equal(timeOf('A clerk was stabbed on Elm Street at 06:15 on Tuesday.').time?.eitherHalf, undefined, 'a 24-hour clock says its half');
    assert.equal(compareAlignedFacts(bare, timeOf('A clerk was stabbed on Elm Street at 6:15 p.m. Tuesday.'), null), 'agrees');
    assert.equal(compareAlignedFacts(bare, timeOf('A clerk was stabbed on Elm Street on Tuesday evening.'), null), 'agrees');
    assert.equal(compareAlignedFacts(bare, timeOf('A clerk was stabbed on Elm Street at 10:40 p.m. Tuesday.'), null), 'contradicts');
    assert.equal(compareAlignedFacts(timeOf('Gunfire rang out at 6:15 a.m. Tuesday.'), timeOf('Gunfire rang out at 6:15 p.m. Tuesday.'), null), 'contradicts');
  });

  it('reads "just before 5 a.m." as within a quarter hour, not the hour of a bare "before"', () => {
    const [clock] = slot(factsOf('A clerk was robbed just before 5 a.m. Sunday.'), 'time');
    assert.ok(clock.time && clock.time.from === 5 * 60 - 15 && clock.time.to === 5 * 60 + 15);
  });

  it('times agree within their approximation and contradict beyond it', () => {
    const t = (value: string, from: number, to: number): Fact => fact({ slot: 'time', value, action: 'shoot', participant: null, time: { from, to, day: '2024-03-11' } });
    assert.equal(compareAlignedFacts(t('22:30', 22 * 60 + 10, 22 * 60 + 50), t('22:30', 22 * 60 + 25, 22 * 60 + 35), null), 'agrees');
    assert.equal(compareAlignedFacts(t('night', 18 * 60, 30 * 60), t('23:00', 22 * 60 + 50, 23 * 60 + 10), null), 'agrees', 'Monday night and 11 p.m. Monday');
    assert.equal(compareAlignedFacts(t('19:15', 19 * 60 + 10, 19 * 60 + 20), t('21:40', 21 * 60 + 35, 21 * 60 + 45), null), 'contradicts');
    assert.deepEqual(compareFacts([t('19:15', 0, 1)], [{ ...t('21:40', 100, 101), action: 'arrest' }], key, null), [], 'times of different actions are not compared');
  });

  it('clock times of one attack told with two verbs ("shot" / "killed" / "stabbed") are compared; the time of a death is not the attack\'s', () => {
    const t = (value: string, minutes: number, action: string): Fact => fact({ slot: 'time', value, action, participant: null, time: { from: minutes - 2, to: minutes + 2, day: '2024-03-11' } });
    assert.equal(compareFacts([t('05:30', 330, 'shoot')], [{ ...t('05:48', 348, 'kill'), claim: 'b#1' }], key, null)[0]?.relation, 'contradicts');
    assert.equal(compareFacts([t('05:30', 330, 'attack')], [{ ...t('05:30', 330, 'wound'), claim: 'b#1' }], key, null)[0]?.relation, 'agrees');
    assert.deepEqual(compareFacts([t('05:30', 330, 'shoot')], [{ ...t('07:10', 430, 'die'), claim: 'b#1' }], key, null), [], 'shot at 5:30, died at 7:10');
  });

  it('a condition that moves on is a later report, never a contradiction', () => {
    const c = (value: string): Fact => fact({ slot: 'condition', value });
    assert.equal(compareAlignedFacts(c('critical'), c('dead'), false), 'updates');
    assert.equal(compareAlignedFacts(c('stable'), c('survives'), null), 'agrees');
  });

  it('against a death, only a living condition stated as the state now is a later report; an earlier moment of the story is not compared', () => {
    const c = (value: string, current?: boolean): Fact => fact({ slot: 'condition', value, current });
    assert.equal(compareAlignedFacts(c('dead'), c('critical', true), null), 'updates', '"has died" / "is on life support"');
    assert.equal(compareAlignedFacts(c('dead'), c('critical'), false), null, '"died", then a later "was unconscious when officers arrived"');
    assert.equal(compareAlignedFacts(c('dead'), c('critical'), null), null, 'the same day: no order to read a change from');
    assert.equal(compareAlignedFacts(c('dead'), c('critical'), true), 'updates', '"was in critical condition", then a later "died"');
    assert.equal(compareAlignedFacts(c('stable'), c('critical'), false), 'updates', 'two living conditions');
  });

  it('a rising count in the later report updates; a different count the same day contradicts', () => {
    const n = (value: string): Fact => fact({ slot: 'count', value, counted: 'dead', participant: null });
    assert.equal(compareAlignedFacts(n('3'), n('2'), true), 'updates');
    assert.equal(compareAlignedFacts(n('3'), n('2'), null), 'contradicts');
  });

  it('a charge filed after "not charged" updates', () => {
    const charge = (negated: boolean): Fact => fact({ slot: 'charge', value: 'murder', negated });
    assert.equal(compareAlignedFacts(charge(false), charge(true), true), 'updates');
  });

  it('places on one street: an address inside a block agrees, two blocks or two street types contradict, two house numbers are not compared', () => {
    const [address, block, otherBlock, otherType, houses] = [
      'The fire started at 412 Linden Avenue.',
      'The fire started in the 400 block of Linden Avenue.',
      'The fire started in the 900 block of Linden Avenue.',
      'The fire started in the 400 block of Linden Street.',
      'The fire started at 418 Linden Avenue.',
    ].map((body) => slot(factsOf(body), 'place')[0]);
    assert.deepEqual([address.streetName, address.streetType, address.placeNumber], ['linden', 'avenue', { kind: 'address', value: 412 }]);
    const placeKey = (): null => null;
    assert.equal(compareFacts([address], [block], placeKey, null)[0].relation, 'agrees');
    assert.equal(compareFacts([block], [otherBlock], placeKey, null)[0].relation, 'contradicts');
    assert.equal(compareFacts([address], [otherType], placeKey, null)[0].relation, 'contradicts', '"Linden Avenue" and "Linden Street" in one story');
    assert.deepEqual(compareFacts([address], [houses], placeKey, null), [], 'two buildings of one street');
  });

  it('reads what happened at a place from the verb before it in its clause: found, or an attack told with any of its verbs', () => {
    const happenings = (body: string): (string | undefined)[] => slot(factsOf(body), 'place').map((f) => f.placeOf);
    assert.deepEqual(happenings('A farmhand was stabbed in a barn in the 600 block of Quarry Road.'), ['attack']);
    assert.deepEqual(happenings('Officers found the suspect under a porch in the 500 block of Quarry Road.'), ['find']);
    assert.deepEqual(happenings('A cyclist was struck and killed at 410 Quarry Road.'), ['kill']);
    // A clause break, or no verb of a happening, leaves it unknown.
    assert.deepEqual(happenings('Deputies were stabbed, and the road was closed in the 600 block of Quarry Road.'), [undefined]);
    assert.deepEqual(happenings('Traffic was heavy in the 600 block of Quarry Road.'), [undefined]);
  });

  it('an article giving two blocks of one street: a block another source gives for the same happening is compared with each', () => {
    const place = (body: string): Fact => ({ ...slot(factsOf(body), 'place')[0], claim: body.slice(0, 12) });
    const stabbedAt600 = place('A farmhand was stabbed in a barn in the 600 block of Quarry Road.');
    const foundAt600 = place('A police dog located the suspect in the 600 block of Quarry Road.');
    const foundAt500 = place('Officers found the suspect under a porch in the 500 block of Quarry Road.');
    const otherFoundAt500 = place('The teenager was discovered in the 500 block of Quarry Road.');
    // The first article places the finding twice (600 and 500): everything it says of Quarry Road is unclear.
    const unclear = (f: Fact): boolean => f === stabbedAt600 || f === foundAt600 || f === foundAt500;
    const none = (): null => null;
    assert.deepEqual(
      compareFacts([foundAt600, foundAt500], [otherFoundAt500], none, null, unclear).map((c) => [c.a.value, c.relation]),
      [
        ['600 block of quarry road', 'contradicts'],
        ['500 block of quarry road', 'agrees'],
      ],
    );
    // The stabbing at 600 is another happening than the finding at 500: still not compared.
    assert.deepEqual(compareFacts([stabbedAt600], [otherFoundAt500], none, null, unclear), []);
    // A place of no known happening stays unclear.
    const unknown = { ...otherFoundAt500, placeOf: undefined };
    assert.deepEqual(compareFacts([foundAt600], [unknown], none, null, unclear), []);
  });

  it('one street spelled two ways at the same block is a place conflict; two different streets are not compared', () => {
    const [a, b, c] = ['The crash happened in the 300 block of Harlow Street.', 'The crash happened in the 300 block of Harlowe Street.', 'The crash happened in the 300 block of Market Street.'].map(
      (body) => slot(factsOf(body), 'place')[0],
    );
    const none = (): null => null;
    assert.equal(compareFacts([a], [b], none, null)[0]?.relation, 'contradicts');
    assert.deepEqual(compareFacts([a], [c], none, null), []);
    assert.ok(streetsSpelledAlike('harlow', 'harlowe') && streetsSpelledAlike('chance', 'chanse') && !streetsSpelledAlike('oak', 'oat') && !streetsSpelledAlike('market', 'marker street'));
  });

  it('"a crime" is any charge: it agrees with a named one; a charge after "not charged with a crime" updates', () => {
    const charge = (value: string, negated: boolean): Fact => fact({ slot: 'charge', value, negated });
    assert.equal(compareAlignedFacts(charge('crime', false), charge('murder', false), null), 'agrees');
    assert.equal(compareAlignedFacts(charge('manslaughter', false), charge('crime', true), true), 'updates');
  });

  it('hedged facts never contradict', () => {
    assert.deepEqual(compareFacts([fact({ hedged: true })], [fact({ value: '31' })], key, null), []);
  });
});

describe('facts: descriptions bound to a named person by age', () => {
  it('binds "the 16-year-old girl" to the one person of that age; not an age two people share, two ages, or a plural', () => {
    const bound = descriptionsBoundByAge(factsOf('Dana Price, 16, left school at noon. Police said the 16-year-old girl was found unharmed.'));
    assert.deepEqual([...bound], [['girl', 'dana-price']]);
    const shared = descriptionsBoundByAge(factsOf('Dana Price, 16, and Lena Ortiz, 16, left school at noon. Police said the 16-year-old girl was found unharmed.'));
    assert.deepEqual([...shared], []);
    const twoAges = descriptionsBoundByAge(factsOf('Dana Price, 16, left school at noon. A 16-year-old girl and a 12-year-old girl were found unharmed.'));
    assert.deepEqual([...twoAges], []);
    const plural = descriptionsBoundByAge(factsOf('Dana Price, 16, left school at noon. The 16-year-old victims were found unharmed.'));
    assert.deepEqual([...plural], []);
  });

  it('a condition given to the description in one source updates the condition given to the name in another', () => {
    const corpus = (...articles: [string, string][]) =>
      analyzeCorpus(articles.map(([date, body], i) => ({ path: `s${i + 1}.txt`, text: `---\ndate: ${date}\nsource: Outlet ${i + 1}\n---\n${body}\n` })));
    const report = corpus(
      ['2024-03-11', 'Deputies said 16-year-old Dana Price of Riverton remains missing after a hike.'],
      ['2024-03-12', 'Dana Price, 16, of Riverton had been missing since Monday. Deputies said the body of a 16-year-old girl was found near Riverton on Tuesday.'],
    );
    const update = report.matches.find((m) => m.relation === 'updates');
    assert.ok(update, 'an update');
    assert.deepEqual(update.differences?.map((d) => [d.slot, d.a.text]), [['condition', 'remains missing']]);
  });
});

describe('facts: between sources (analyzeCorpus)', () => {
  const corpus = (...articles: [string, string][]) =>
    analyzeCorpus(articles.map(([date, body], i) => ({ path: `s${i + 1}.txt`, text: `---\ndate: ${date}\nsource: Outlet ${i + 1}\n---\n${body}\n` })));
  const story = 'Police said the shooting happened on Elm Street in Riverton on Saturday night.';

  it('an age given two ways for the same person contradicts, naming the slot and both spans', () => {
    const report = corpus(['2024-03-11', `Marcus Hale, 29, was shot on Elm Street in Riverton. ${story}`], ['2024-03-11', `Marcus Hale, 30, was shot on Elm Street in Riverton. ${story}`]);
    const conflict = report.matches.find((m) => m.relation === 'contradicts');
    assert.ok(conflict, 'a contradiction');
    assert.deepEqual(conflict.differences?.map((d) => [d.slot, d.a.text, d.b.text]), [['age', '29', '30']]);
    assert.match(conflict.reason, /^age: "29" vs "30"/);
  });

  it('a condition that moves on in a later report is an update, not a contradiction', () => {
    const report = corpus(
      ['2024-03-11', `Marcus Hale was in critical condition after he was shot on Elm Street in Riverton. ${story}`],
      ['2024-03-12', `Marcus Hale died after he was shot on Elm Street in Riverton. ${story}`],
    );
    assert.ok(report.matches.some((m) => m.relation === 'updates' && m.differences?.[0].slot === 'condition'));
    assert.ok(!report.matches.some((m) => m.relation === 'contradicts'));
    // The later report listed first: the update still reads from the earlier claim to the later one.
    const reversed = corpus(
      ['2024-03-12', `Marcus Hale died after he was shot on Elm Street in Riverton. ${story}`],
      ['2024-03-11', `Marcus Hale was in critical condition after he was shot on Elm Street in Riverton. ${story}`],
    );
    const update = reversed.matches.find((m) => m.relation === 'updates');
    assert.ok(update);
    assert.ok(update.a.startsWith('s2#') && update.b.startsWith('s1#'));
    assert.deepEqual(update.differences?.map((d) => [d.a.text, d.b.text]), [['in critical condition', 'died']]);
    assert.match(update.reason, /^later report: condition: "in critical condition" → "died"/);
  });

  it('a name spelled two ways is a name conflict; a transliteration is not', () => {
    const spelled = corpus(['2024-03-11', `Jonathan Walker was shot on Elm Street in Riverton. ${story}`], ['2024-03-11', `Jonathon Walker was shot on Elm Street in Riverton. ${story}`]);
    assert.ok(spelled.matches.some((m) => m.relation === 'contradicts' && m.differences?.[0].slot === 'name'));
    const transliterated = corpus(
      ['2024-03-11', 'President Volodymyr Zelensky met European leaders in Kyiv on Tuesday.'],
      ['2024-03-11', 'President Volodymyr Zelenskyy met European leaders in Kyiv on Tuesday.'],
    );
    assert.ok(!transliterated.matches.some((m) => m.relation === 'contradicts'));
  });

  it('a condition stated as "survived" does not make a later condition unclear: stable, then a coma the next day, is a later report', () => {
    const report = corpus(
      ['2024-03-11', `Dana Price was in fair condition at Mercy General after a gunman fired at her on Elm Street in Riverton. ${story}`],
      ['2024-03-12', `Dana Price survived the shooting on Elm Street in Riverton. Doctors said Dana Price is in a coma. ${story}`],
    );
    const update = report.matches.find((m) => m.relation === 'updates');
    assert.ok(update, 'an update');
    assert.deepEqual(update.differences?.map((d) => [d.slot, d.a.text, d.b.text]), [['condition', 'in fair condition', 'in a coma']]);
    assert.ok(!report.matches.some((m) => m.relation === 'contradicts'));
  });

  it('two people kept apart whose names differ by a near spelling and who have the same age are one person spelled two ways', () => {
    const spelled = corpus(['2024-03-11', `Devan Ellis, 15, was shot on Elm Street in Riverton. ${story}`], ['2024-03-11', `Daven Ellis, 15, was shot on Elm Street in Riverton. ${story}`]);
    assert.ok(spelled.matches.some((m) => m.relation === 'contradicts' && m.differences?.some((d) => d.slot === 'name')));
    const otherAge = corpus(['2024-03-11', `Devan Ellis, 15, was shot on Elm Street in Riverton. ${story}`], ['2024-03-11', `Daven Ellis, 19, was shot on Elm Street in Riverton. ${story}`]);
    assert.ok(!otherAge.matches.some((m) => m.differences?.some((d) => d.slot === 'name')), 'different ages: maybe two people');
    const otherForm = corpus(['2024-03-11', `Alexis Varga, 15, was shot on Elm Street in Riverton. ${story}`], ['2024-03-11', `Alexandros Varga, 15, was shot on Elm Street in Riverton. ${story}`]);
    assert.ok(!otherForm.matches.some((m) => m.differences?.some((d) => d.slot === 'name')), 'another form of a name is no misspelling');
  });

  it('two claims of one event that state the same value of a slot are related, though they share no words', () => {
    const report = corpus(['2024-03-11', `${story} The victim was hit in the shoulder.`], ['2024-03-11', `${story} Doctors treated a gunshot wound to his shoulder overnight.`]);
    const hit = report.documents[0].claims.find((c) => c.text.includes('shoulder'));
    const wound = report.documents[1].claims.find((c) => c.text.includes('shoulder'));
    assert.ok(hit && wound);
    const match = report.matches.find((m) => [m.a, m.b].includes(hit.id) && [m.a, m.b].includes(wound.id));
    assert.equal(match?.relation, 'related');
    assert.match(match.reason, /^same injury/);
    const other = corpus(['2024-03-11', `${story} The victim was hit in the shoulder.`], ['2024-03-11', `${story} Doctors treated a gunshot wound to his leg overnight.`]);
    assert.ok(!other.matches.some((m) => /injury/.test(m.reason)), 'two body parts of possibly two people: nothing said');
  });

  it('a named person of the same age relates claims the events keep apart; a different age there is left unsaid', () => {
    const a = 'Marcus Hale, 29, was arrested in Riverton on Monday after a robbery at a gas station.';
    const same = corpus(['2024-03-11', a], ['2024-06-02', 'Marcus Hale, 29, spoke at a school board meeting in Lakeside on Friday about bus routes.']);
    assert.ok(same.matches.some((m) => m.relation === 'related' && /^same age/.test(m.reason)));
    const other = corpus(['2024-03-11', a], ['2024-06-02', 'Marcus Hale, 30, spoke at a school board meeting in Lakeside on Friday about bus routes.']);
    assert.ok(!other.matches.some((m) => m.relation === 'contradicts' || /^same age/.test(m.reason)));
  });

  it('two clock times of the shooting on the same day contradict though the claims name no one in common', () => {
    const lead = 'A man was shot on Elm Street in Riverton early Saturday, police said.';
    const conflict = (second: string) =>
      corpus(['2024-03-09', `${lead} Gunfire broke out at about 1:15 a.m. Saturday, and a man was shot.`], ['2024-03-09', `${lead} ${second}`]).matches.find(
        (m) => m.relation === 'contradicts' && m.differences?.some((d) => d.slot === 'time'),
      );
    const found = conflict('Officers said the man was shot at 1:50 a.m. Saturday.');
    assert.ok(found, 'a time contradiction');
    assert.deepEqual(found.differences?.map((d) => [d.slot, d.a.text, d.b.text]), [['time', '1:15 a.m. Saturday', '1:50 a.m. Saturday']]);
    assert.ok(!conflict('Officers said the man was shot at 1:20 a.m. Saturday.'), 'within the stated approximation');
    assert.ok(!conflict('Officers said the man was shot at 1:50 a.m. Sunday.'), 'another day: another moment');
  });

  it('an article placing one finding at two blocks contradicts, where it differs, a source placing it at one; the stabbing elsewhere on that street does not', () => {
    const lead = 'Kyle Dorn, 17, was shot dead by deputies in Elmwood hours after a stabbing at a farmhouse on Quarry Road.';
    const found = `${lead} Officers found Kyle Dorn behind a shed in the 500 block of Linden Road.`;
    const later = 'A police dog later located Kyle Dorn in the 500 block of Linden Road.';
    const twice = corpus(['2024-03-11', `${lead} A photo caption said officers found the teen in the 600 block of Linden Road. ${later}`], ['2024-03-11', found]);
    const conflicts = twice.matches.filter((m) => m.relation === 'contradicts');
    assert.deepEqual(conflicts.map((m) => m.differences?.map((d) => [d.slot, d.a.text, d.b.text])), [[['place', '600 block of Linden Road', '500 block of Linden Road']]]);
    const stabbedElsewhere = corpus(['2024-03-11', `${lead} Two farmhands were stabbed in the 600 block of Linden Road. ${later}`], ['2024-03-11', found]);
    assert.ok(!stabbedElsewhere.matches.some((m) => m.relation === 'contradicts'), 'the stabbing and the finding are two places');
  });

  it('one quotation given to two names of one surname is a name conflict; to two other people, or a short one, is not', () => {
    const quoted = (speaker: string, words = 'He always had a smile for everyone who came through that door') =>
      `Marcus Hale was shot on Elm Street in Riverton. ${story} "${words}," said ${speaker}, a neighbor.`;
    const conflictOf = (x: string, y: string, words?: string) =>
      corpus(['2024-03-11', quoted(x, words)], ['2024-03-11', quoted(y, words)]).matches.find((m) => m.relation === 'contradicts' && m.differences?.some((d) => d.slot === 'name'));
    const found = conflictOf('Dana Whitfield', 'Donna Whitfield');
    assert.ok(found, 'a name conflict');
    assert.deepEqual(found.differences?.map((d) => [d.slot, d.a.text, d.b.text]), [['name', 'Dana Whitfield', 'Donna Whitfield']]);
    assert.match(found.reason, /^name: "Dana Whitfield" vs "Donna Whitfield"/);
    assert.equal(conflictOf('Dana Whitfield', 'Gloria Ramos'), undefined, 'two surnames: not one name written two ways');
    assert.equal(conflictOf('Dana Whitfield', 'Donna Whitfield', 'He was a good man'), undefined, 'a short quotation may be said by two people');
  });

  it('"he has not been charged" then, in a later report, a named man charged: a later report, with the "not" shown; never a contradiction', () => {
    const first = `${story} Officers kept a 19-year-old man in a holding cell overnight. He has not yet been charged with assault.`;
    const second = `Prosecutors charged Tyler Grant, 19, with arson and said he was charged with burglary as well, after the Elm Street shooting in Riverton. ${story}`;
    const later = corpus(['2024-03-11', first], ['2024-03-12', second]).matches.find((m) => m.relation === 'updates' && m.differences?.some((d) => d.slot === 'charge'));
    assert.ok(later, 'an update');
    assert.deepEqual(later.differences?.map((d) => [d.slot, d.a.text, d.b.text]), [['charge', 'not yet been charged with assault', 'charged with burglary']]);
    assert.match(later.reason, /^later report: charge: "not yet been charged with assault" → "charged with burglary"/);
    const sameDay = corpus(['2024-03-11', first], ['2024-03-11', second]).matches;
    assert.ok(!sameDay.some((m) => m.differences?.some((d) => d.slot === 'charge')), 'the same day: who was not charged is not known to be who was');
  });

  it('different people are not compared: two victims of different ages agree on nothing and contradict nothing', () => {
    const report = corpus(['2024-03-11', `Marcus Hale, 29, was shot on Elm Street in Riverton. ${story}`], ['2024-03-11', `Dana Price, 41, was shot on Elm Street in Riverton. ${story}`]);
    assert.ok(!report.matches.some((m) => m.relation === 'contradicts'));
  });

  it('false alarms: a home address against the scene, "one block" against an address, durations in two quotes, a negated modifier', () => {
    const home = corpus(
      ['2024-03-11', `Marcus Hale, 29, who lived at 1200 Oak Avenue, was shot in the 2100 block of Maple Street in Riverton. ${story}`],
      ['2024-03-11', `Marcus Hale, 29, was shot in the 1500 block of Oak Avenue in Riverton, police said. ${story}`],
    );
    assert.ok(!home.matches.some((m) => m.relation === 'contradicts'), 'where he lived is not where he was shot');
    const block = corpus(
      ['2024-03-11', `Police closed Maple Street for one block after Marcus Hale was shot in Riverton. ${story}`],
      ['2024-03-11', `Marcus Hale was shot at 2140 Maple Street in Riverton. ${story}`],
    );
    assert.ok(!block.matches.some((m) => m.relation === 'contradicts'), '"one block" is no place');
    const quotes = corpus(
      ['2024-03-11', `"We waited three hours for news," a neighbor of Marcus Hale said after the shooting in Riverton. ${story}`],
      ['2024-03-11', `"It took twenty minutes for the ambulance to come," a neighbor of Marcus Hale said after the shooting in Riverton. ${story}`],
    );
    assert.ok(!quotes.matches.some((m) => m.relation === 'contradicts'), 'two unrelated durations');
    const modifier = corpus(
      ['2024-03-11', `Marcus Hale was taken to a hospital after he was shot in Riverton; his injuries were not life threatening. ${story}`],
      ['2024-03-11', `Marcus Hale suffered non-life-threatening wounds when a gunman fired at him in Riverton. ${story}`],
    );
    assert.ok(!modifier.matches.some((m) => m.relation === 'contradicts'), '"not" of "life threatening" is no negation of the fact');
  });

  it('a reprint is grouped with its original and is not a second source', () => {
    const body = `Marcus Hale, 29, was shot on Elm Street in Riverton on Saturday night. ${story} The gunman fled in a gray sedan, police said. Officers found three shell casings near the corner store. Anyone with information is asked to call the Riverton police department.`;
    const report = corpus(['2024-03-11', body], ['2024-03-11', body], ['2024-03-12', `Marcus Hale, 29, died on Sunday after he was shot on Elm Street in Riverton. ${story}`]);
    assert.deepEqual(report.syndication, [{ documents: ['s1', 's2'] }]);
  });
});

describe('independent corroboration', () => {
  it('counts copies of one story once, and a copy of the claim’s own article not at all', () => {
    const body = 'Marcus Hale, 29, was shot on Elm Street in Riverton on Saturday night. The gunman fled in a gray sedan, police said. Officers found three shell casings near the corner store.';
    const files = [body, body, body, 'Police said Marcus Hale, 29, was shot on Elm Street in Riverton on Saturday night.'].map((b, i) => ({
      path: `r${i + 1}.txt`,
      text: `---\ndate: 2024-03-11\n---\n${b}\n`,
    }));
    const report = analyzeCorpus(files);
    assert.deepEqual(report.syndication, [{ documents: ['r1', 'r2', 'r3'] }]);
    const lookup = buildReportLookup(report);
    const support = claimSupport(lookup, 'r1#1');
    assert.equal(support.sources, 1, 'r4 is the one independent source; r2 and r3 reprint r1');
    assert.equal(support.reprints, 2);
  });
});

describe('facts: the word cues', () => {
  /** The facts of an article read with its words at hand (as `analyzeArticle` does) and without them. */
  function withAndWithout(text: string): [Fact[], Fact[]] {
    const a = analyzeArticle({ path: 'x.txt', text });
    const input = { text: a.article.text, claims: a.analyzedClaims.map((c) => c.claim), mentions: a.people.mentions, dates: a.dates, quotes: a.quotes };
    return [extractFacts({ ...input, tokens: tokenizeArticle(a.article.text, wordLines(a.article), a.sentences) }), extractFacts(input)];
  }

  it('finds the same facts whether or not the words are at hand: a cue inside a hyphenated word or beside a digit still opens its family', () => {
    const [cued, plain] = withAndWithout(
      '---\ndate: 2024-03-11\n---\nA gun-toting man, 41, wounded a 17-year-old at 2200 Elm Street on Saturday.\n' +
        'The teen was hit in the shoulder-blade area and is in stable condition; the 9mm pistol was accidentally left loaded.\n' +
        'Two people were arrested. The weather was mild.\n',
    );
    assert.ok(plain.some((f) => f.slot === 'age') && plain.some((f) => f.slot === 'place') && plain.some((f) => f.slot === 'manner'), 'the article states these facts');
    assert.deepEqual(cued, plain);
  });

  it('finds the same facts whether or not the words are at hand, over every seed article', () => {
    const dir = path.join(__dirname, '..', '..', 'seeds');
    let facts = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const [cued, plain] = withAndWithout(fs.readFileSync(path.join(dir, file), 'utf8'));
      assert.deepEqual(cued, plain, file);
      facts += plain.length;
    }
    assert.ok(facts > 5, `the seeds state facts (${facts})`);
  });
});

describe('facts: acts told in other words', () => {
  const acts = (body: string): [string, string, string | null, boolean][] =>
    factsOf(body)
      .filter((f) => f.slot === 'act')
      .map((f) => [f.value, f.span.text, f.participant?.person ?? f.participant?.description ?? null, f.negated]);

  it('reads fleeing, giving oneself up, calling 911, hearing shots, shielding someone and a weapon recovered, each with its own words', () => {
    assert.deepEqual(acts('The driver fled on foot after the crash.'), [['flee', 'fled', 'driver', false]]);
    assert.deepEqual(acts('Marcus Hale turned himself in at the county jail on Monday.'), [['surrender', 'turned himself in', 'marcus-hale', false]]);
    assert.deepEqual(acts('The gunman surrendered to deputies an hour later.'), [['surrender', 'surrendered', 'gunman', false]]);
    assert.deepEqual(acts('A neighbor dialed 911 when she heard shots.'), [
      ['call 911', 'dialed 911', 'neighbor', false],
      ['hear shots', 'heard shots', 'neighbor', false],
    ]);
    assert.deepEqual(acts('Officers recovered a 9 mm handgun from the car.'), [['recover weapon', 'recovered a 9 mm handgun', null, false]]);
    assert.deepEqual(acts('A rifle was found in a ditch near the house.'), [['recover weapon', 'rifle was found', null, false]]);
    assert.deepEqual(acts('Neighbors heard what sounded like three shots just after midnight.'), [['hear shots', 'heard what sounded like three shots', 'neighbors', false]]);
    assert.deepEqual(acts('The teacher shielded a student with her body.'), [['shield', 'shielded a student', 'teacher', false]]);
  });

  it('a weapon seized by an attacker, DNA found on a weapon, or surrendering a licence is no act of these', () => {
    assert.deepEqual(acts('The prisoner seized a guard’s gun and opened fire.'), []);
    assert.deepEqual(acts('Investigators said DNA was found on the murder weapon.'), []);
    assert.deepEqual(acts('He surrendered his passport to the court.'), []);
  });

  it('binds the act of a sentence opening with "he" to the one man the sentence before names', () => {
    assert.deepEqual(acts('Marcus Hale hid in a barn for two days. He surrendered at dawn.'), [['surrender', 'surrendered', 'marcus-hale', false]]);
  });
});

describe('facts: acts between sources (analyzeCorpus)', () => {
  const corpus = (...articles: [string, string][]) =>
    analyzeCorpus(articles.map(([date, body], i) => ({ path: `s${i + 1}.txt`, text: `---\ndate: ${date}\nsource: Outlet ${i + 1}\n---\n${body}\n` })));
  const lead = 'A clerk was shot and wounded during a robbery at a gas station on Elm Street in Riverton on Saturday night.';
  const claimWith = (report: ReturnType<typeof analyzeCorpus>, words: string): string =>
    report.documents.flatMap((d) => d.claims).find((c) => c.text.includes(words))!.id;

  it('two claims of one event telling one act in different words are related by it', () => {
    const report = corpus(['2024-03-11', `${lead} The robber took off on foot with about $200.`], ['2024-03-11', `${lead} Witnesses said the man fled toward the river.`]);
    const a = claimWith(report, 'took off on foot');
    const b = claimWith(report, 'fled toward');
    const match = report.matches.find((m) => (m.a === a && m.b === b) || (m.a === b && m.b === a));
    assert.ok(match, 'the two tellings are matched');
    assert.equal(match.relation, 'related');
    assert.match(match.reason, /same act/);
  });

  it('hearing the shots told two ways relates the claims', () => {
    const report = corpus(['2024-03-11', `${lead} A neighbor heard gunfire and looked outside.`], ['2024-03-11', `${lead} People on the block reported hearing five loud bangs.`]);
    assert.ok(report.matches.some((m) => m.relation === 'related' && /same act/.test(m.reason)));
  });

  it('an act denied in one source and told in another is no contradiction', () => {
    const report = corpus(['2024-03-11', `${lead} The robber did not flee and waited for police.`], ['2024-03-11', `${lead} The robber fled toward the river.`]);
    assert.ok(!report.matches.some((m) => m.relation === 'contradicts'));
  });
});

describe('facts: how many were with someone', () => {
  const companions = (body: string): [string, string][] =>
    factsOf(body)
      .filter((f) => f.slot === 'count' && f.counted === 'companions')
      .map((f) => [f.value, f.span.text]);

  it('reads the number of people with someone, however it is put', () => {
    assert.deepEqual(companions('The driver was sitting in a pickup with two other men when the shots were fired.'), [['2', 'with two other men']]);
    assert.deepEqual(companions('Nora Vance and three of her college friends were walking home.'), [['3', 'and three of her college friends']]);
    assert.deepEqual(companions('Four other passengers, all of them adults, were in the van.'), [['4', 'Four other passengers, all of them adults, were in']]);
    assert.deepEqual(companions('The boy left the park with three others before dark.'), [['3', 'with three others']]);
  });

  it('a charge with counts, the wounded, or a meeting with officials counts no companions', () => {
    assert.deepEqual(companions('He was charged with two counts of robbery.'), []);
    assert.deepEqual(companions('The crash left two people dead and four others hurt.'), []);
    assert.deepEqual(companions('The mayor met with three council members on Monday.'), []);
  });
});

describe('facts: companions between sources (analyzeCorpus)', () => {
  const corpus = (...articles: [string, string][]) =>
    analyzeCorpus(articles.map(([date, body], i) => ({ path: `s${i + 1}.txt`, text: `---\ndate: ${date}\nsource: Outlet ${i + 1}\n---\n${body}\n` })));
  const lead = 'A man was shot and wounded while sitting in a parked car outside a bowling alley on Elm Street in Riverton on Saturday night.';

  it('the same number told two ways relates the claims; two numbers never contradict', () => {
    const same = corpus(['2024-03-11', `${lead} He had driven there with two other men.`], ['2024-03-11', `${lead} Two other people were in the car, police said.`]);
    assert.ok(same.matches.some((m) => m.relation === 'related' && /same count/.test(m.reason)));
    const apart = corpus(['2024-03-11', `${lead} He had driven there with two other men.`], ['2024-03-11', `${lead} Three other people were in the car, police said.`]);
    assert.ok(!apart.matches.some((m) => m.relation === 'contradicts'));
  });
});
