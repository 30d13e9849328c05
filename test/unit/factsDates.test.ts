/**
 * The date slot (the day of an action) and the comparison of facts between documents of one
 * incident that the event layer placed in different events. Sentences are our own, written the way
 * local news reports shootings and arrests.
 */
import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../src/core';
import type { Fact } from '../../src/core/extract/facts';
import { factsOf } from './helpers/facts';
import { compareAlignedFacts, compareFacts } from '../../src/core/corpus/matching/facts';

const datesOf = (body: string, date?: string): [string, string | null, string][] =>
  factsOf(body, date)
    .filter((f) => f.slot === 'date')
    .map((f) => [f.value, f.action, f.span.text]);

describe('facts: the day of an action', () => {
  it('reads the day an action happened, from a weekday or a calendar date', () => {
    // 2024-03-11 is a Monday: "Saturday" is March 9.
    assert.deepEqual(datesOf('Marcus Hale was shot and killed outside a bar on Saturday.'), [['2024-03-09', 'kill', 'Saturday']]);
    assert.deepEqual(datesOf('Deputies arrested the driver on March 8 near the county line.'), [['2024-03-08', 'arrest', 'March 8']]);
  });

  it('reads the action after the date when none comes before it', () => {
    assert.deepEqual(datesOf('Early Saturday, a gunman shot two men outside a diner in Riverton.'), [['2024-03-09', 'shoot', 'Saturday']]);
  });

  it('a day before an action reached through a preposition or named as "the …" is the day of something else', () => {
    // What was done that day was about the killing: the questioning, the trial, the search.
    assert.deepEqual(datesOf('A neighbour was questioned Sunday over the killing of a shop owner.'), []);
    assert.deepEqual(datesOf('Two brothers went on trial Tuesday for killing a security guard.'), []);
    assert.deepEqual(datesOf('Neighbours gathered at the library Saturday to talk about the shooting.'), []);
    assert.deepEqual(datesOf('Two men on Friday were talking about the recent shooting when a car pulled up.'), []);
    // The day's own actions, told after it.
    assert.deepEqual(datesOf('On Friday, a 62-year-old hiker died near the summit.'), [['2024-03-08', 'die', 'Friday']]);
    assert.deepEqual(datesOf('The inmate took two guards hostage on Friday and then escaped.'), [['2024-03-08', 'escape', 'Friday']]);
    assert.deepEqual(datesOf('On Saturday, the man walked into the shop and stabbed the owner.'), [['2024-03-09', 'attack', 'Saturday']]);
    assert.deepEqual(datesOf('On Saturday, a resident of Elm Street was shot by a neighbour.'), [['2024-03-09', 'shoot', 'Saturday']]);
    assert.deepEqual(datesOf('Saturday’s shooting left a teenager in critical condition.'), [['2024-03-09', 'shoot', 'Saturday']]);
  });

  it('"when" joins two things that happened at one time: the day of either is the other’s', () => {
    assert.deepEqual(datesOf('Two cousins were fishing off the pier on Sunday evening when the stabbing happened.'), [['2024-03-10', 'attack', 'Sunday evening']]);
    assert.deepEqual(datesOf('Two hikers died when a rockslide buried the trail on Sunday.'), [['2024-03-10', 'die', 'Sunday']]);
    // "after" orders two happenings: the day is the later one's.
    assert.deepEqual(datesOf('Two hikers died after a rockslide buried the trail on Sunday.'), []);
  });

  it('"it happened" and "the incident occurred" date the happening the sentences before told', () => {
    const stated = (text: string): [string, string, string | null][] => factsOf(text).filter((f) => f.slot === 'time' || f.slot === 'date').map((f) => [f.slot, f.value, f.action]);
    assert.deepEqual(stated('A delivery driver was shot and wounded outside a pharmacy in Riverton. It happened Saturday around 9:40 p.m.'), [
      ['date', '2024-03-09', 'shoot'],
      ['time', '21:40', 'shoot'],
    ]);
    assert.deepEqual(stated('A cyclist was stabbed near a bus shelter. Police said the incident occurred at 1:15 a.m.'), [['time', '01:15', 'attack']]);
    // Nothing told before: no action to give it.
    assert.deepEqual(stated('The council approved the budget. It happened Saturday.'), []);
  });

  it('words approximating a clock time ("just after", "shortly before") are the time\'s, not a second happening\'s', () => {
    assert.deepEqual(datesOf('Two men were robbed outside a laundromat just after 9:30 p.m. Friday.'), [['2024-03-08', 'rob', '9:30 p.m. Friday']]);
    assert.deepEqual(datesOf('A cyclist was struck and killed shortly before 6 a.m. on Sunday.'), [['2024-03-10', 'kill', '6 a.m. on Sunday']]);
    // "after" that orders two happenings still does.
    assert.deepEqual(datesOf('Two hikers died after a rockslide buried the trail on Sunday.'), []);
    // A clock time written alone, "midnight" too, states no day.
    assert.deepEqual(datesOf('The driver was arrested a few blocks away shortly before midnight.'), []);
  });

  it('a day right after a verb of saying is the report’s, not the action’s', () => {
    assert.deepEqual(datesOf('The man who shot the clerk was identified by police Sunday.'), []);
    assert.deepEqual(datesOf('A round went off, wounding Omar Reyes, county prosecutors announced in a memo Thursday.'), []);
    // The name of a charge is no killing on the day after it.
    assert.deepEqual(datesOf('Carl Voss, 23, was charged with murder on Wednesday.'), [['2024-03-06', 'charge', 'Wednesday']]);
    assert.deepEqual(datesOf('A neighbor was questioned on suspicion of robbery Friday.'), []);
  });

  it('a day after a verb of saying and where or to whom it was said is the saying’s, not the reported action’s', () => {
    // 2024-03-11 is a Monday: Friday is March 8.
    assert.deepEqual(datesOf('Prosecutors said at the arraignment on Friday the two brothers robbed a pawn shop.'), []);
    assert.deepEqual(datesOf('The sheriff told reporters late Friday two deputies were shot.'), []);
    assert.deepEqual(datesOf('The clerk said in a statement Friday a masked man stabbed her.'), []);
    // The reported clause's own day is its action's.
    assert.deepEqual(datesOf('Prosecutors said at the arraignment on Friday the two brothers robbed a pawn shop on March 2.'), [['2024-03-02', 'rob', 'March 2']]);
    // "responded to a call on Saturday" tells a happening, not a saying.
    assert.deepEqual(datesOf('Deputies responded to a call on Saturday and shot a man near the barn.'), [['2024-03-09', 'shoot', 'Saturday']]);
    const times = (text: string): [string, string | null][] => factsOf(text).filter((f) => f.slot === 'time').map((f) => [f.value, f.action]);
    assert.deepEqual(times('A deputy was attacked at the ranch, the sheriff told reporters Friday night.'), [['night', null]]);
  });

  it('a day inside an attribution ("according to a complaint filed Friday, …") is the source’s, not the action’s', () => {
    assert.deepEqual(datesOf('According to a complaint filed Friday, two cousins helped a neighbour rob a grocer.'), []);
    assert.deepEqual(datesOf('According to a warrant read aloud at the hearing Thursday afternoon, the teenager shot a cashier.'), []);
    assert.deepEqual(datesOf('The cashier was stabbed, according to court papers unsealed Thursday.'), []);
    assert.deepEqual(datesOf('The cashier was stabbed, the paper reported, citing records obtained Thursday.'), []);
    const times = (text: string): [string, string | null][] => factsOf(text).filter((f) => f.slot === 'time').map((f) => [f.value, f.action]);
    assert.deepEqual(times('According to a warrant read aloud at the hearing Thursday afternoon, the teenager shot a cashier.'), [['afternoon', null]]);
    // Outside the attribution, or with its own action inside it, a day is the action's.
    assert.deepEqual(datesOf('According to police, the teenager shot a cashier on Friday.'), [['2024-03-08', 'shoot', 'Friday']]);
    assert.deepEqual(datesOf('According to a complaint filed Friday, the teenager shot a cashier on March 2.'), [['2024-03-02', 'shoot', 'March 2']]);
    assert.deepEqual(datesOf('The union praised her, citing a report she wrote after the Aug. 29 attacks on the depot.'), [['2023-08-29', 'attack', 'Aug. 29']]);
  });

  it('a day or time right after a confession or a plea is the saying\'s', () => {
    assert.deepEqual(datesOf('Dale Price confessed late Sunday night to shooting his stepson by accident.'), []);
    const times = (text: string): [string, string | null][] => factsOf(text).filter((f) => f.slot === 'time').map((f) => [f.value, f.action]);
    assert.deepEqual(times('Dale Price confessed late Sunday night to shooting his stepson by accident.'), [['night', null]]);
  });

  it('a page\'s time stamp ("Updated 9:40 a.m.", "Posted: March 9") dates nothing that happened', () => {
    const stated = (text: string): string[][] => factsOf(text).filter((f) => f.slot === 'time' || f.slot === 'date').map((f) => [f.slot, f.value]);
    assert.deepEqual(stated('(Updated 9:40 a.m.) A clerk was stabbed outside a pharmacy early Sunday.'), [['date', '2024-03-10']]);
    assert.deepEqual(stated('Posted: March 9, 2024 8:15 PM. A clerk was stabbed outside a pharmacy.'), []);
  });

  it('a day before a dash aside or a verb of finding is not the day of the action inside it', () => {
    assert.deepEqual(datesOf('On Wednesday — the day an autopsy showed he had been shot twice — the crowd grew angry.'), []);
    assert.deepEqual(datesOf('A judge on Friday found the clerk guilty of killing two co-workers in 2010.'), []);
  });

  it('a day across a clause break belongs to the other clause', () => {
    assert.deepEqual(datesOf('Officers filed a charge that grew out of a traffic stop on Tuesday night.'), []);
    assert.deepEqual(datesOf('The clerk shot the teen after an argument that started on Friday.'), []);
    assert.deepEqual(datesOf('The family had come home on March 8, and days later two men attacked them.'), []);
  });

  it('a clock time written alone states no day (its day would be the article’s), one joined to its day does', () => {
    assert.deepEqual(datesOf('The driver was arrested at the pier around 9.35am.'), []);
    assert.deepEqual(datesOf('The driver was arrested at the pier at 9.35am on Saturday.'), [['2024-03-09', 'arrest', '9.35am on Saturday']]);
    assert.deepEqual(datesOf('Marcus Hale was shot at 9:15 p.m. March 8 outside a bar.'), [['2024-03-08', 'shoot', '9:15 p.m. March 8']]);
    // Its time says so, for whoever places the sentence in time (the events stage).
    const unstated = (text: string): (boolean | undefined)[] => factsOf(text).filter((f) => f.slot === 'time').map((f) => f.time?.dayUnstated);
    assert.deepEqual(unstated('The driver was arrested at the pier around 9.35am.'), [true]);
    assert.deepEqual(unstated('The driver was arrested at the pier at 9.35am on Saturday.'), [undefined]);
  });

  it('a gun that went off or discharged and fire opened are the shot their day is of', () => {
    assert.deepEqual(datesOf('Omar Reyes dropped his shotgun in the barn at 6 p.m. Friday and it discharged.'), [['2024-03-08', 'shoot', '6 p.m. Friday']]);
    assert.deepEqual(datesOf('The pistol accidentally went off on Saturday as the boy climbed a fence.'), [['2024-03-09', 'shoot', 'Saturday']]);
    assert.deepEqual(datesOf('A deputy discharged his service weapon on Saturday near the levee.'), [['2024-03-09', 'shoot', 'Saturday']]);
    assert.deepEqual(datesOf('A masked man opened fire outside a skating rink on Friday.'), [['2024-03-08', 'shoot', 'Friday']]);
    // A patient discharged, a coach fired, a bomb that went off: no shot.
    assert.deepEqual(datesOf('The patient was discharged from the hospital on Friday.'), []);
    assert.deepEqual(datesOf('The coach was fired on Friday.'), []);
    assert.deepEqual(datesOf('A bomb went off near the depot on Friday.'), []);
  });

  it('marks a night, which runs into the next day, and the weekday the words name', () => {
    const [night] = factsOf('Dana Price was shot Tuesday night on Elm Street.').filter((f) => f.slot === 'date');
    assert.deepEqual(night.date, { day: '2024-03-05', night: true, weekday: 'tuesday' });
  });
});

describe('facts: comparing days', () => {
  const day = (value: string, over: Partial<NonNullable<Fact['date']>> = {}, action = 'shoot'): Fact => ({
    claim: 'a#1',
    slot: 'date',
    value,
    span: { start: 0, end: 1, text: value },
    participant: null,
    action,
    negated: false,
    hedged: false,
    date: { day: value, night: false, weekday: null, ...over },
  });
  const key = (f: Fact): string | null => f.participant?.person ?? null;

  it('the same day agrees, however it is written ("Friday" resolved and "April 11")', () => {
    assert.equal(compareAlignedFacts(day('2025-04-11', { weekday: 'friday' }), day('2025-04-11'), null), 'agrees');
  });

  it('one attack told with two verbs ("shot and wounded", "killed", "attacked") is one action: its days are compared', () => {
    const [killed, attacked] = [{ ...day('2024-11-15', {}, 'kill'), claim: 'a#1' }, { ...day('2024-11-14', {}, 'attack'), claim: 'b#1' }];
    assert.equal(compareFacts([killed], [attacked], key, null)[0]?.relation, 'contradicts');
    assert.equal(compareFacts([day('2024-11-15', {}, 'wound')], [{ ...day('2024-11-15'), claim: 'b#1' }], key, null)[0]?.relation, 'agrees');
    // A robbery may be another moment of the story than the shots.
    assert.deepEqual(compareFacts([day('2024-11-15', {}, 'rob')], [{ ...day('2024-11-14'), claim: 'b#1' }], key, null), []);
  });

  it('two days of one action a day or two apart contradict', () => {
    assert.equal(compareAlignedFacts(day('2024-11-08'), day('2024-11-09'), null), 'contradicts', '"late Tuesday" / "early Wednesday morning"');
    assert.equal(compareAlignedFacts(day('2014-11-22', { weekday: 'saturday' }), day('2014-11-23', { weekday: 'sunday' }), null), 'contradicts');
  });

  it('a night and the next day may be one moment; one weekday named by both is one day; days weeks apart are another happening', () => {
    assert.equal(compareAlignedFacts(day('2024-11-08', { night: true }), day('2024-11-09'), null), null, '"Tuesday night" / "early Wednesday"');
    assert.equal(compareAlignedFacts(day('2015-02-21', { weekday: 'saturday' }), day('2014-11-22', { weekday: 'saturday' }), null), 'agrees', 'one report resolved "Saturday" against another date');
    assert.equal(compareAlignedFacts(day('2024-10-16'), day('2024-11-16'), null), null);
  });

  it('days of two actions are not compared: the shooting and the arrest', () => {
    assert.deepEqual(compareFacts([day('2024-03-09')], [day('2024-03-11', {}, 'arrest')], key, null), []);
    assert.deepEqual(compareFacts([day('2024-03-09', {}, 'kill')], [day('2024-03-10', {}, 'die')], key, null), [], 'shot one day, died the next');
    assert.equal(compareFacts([day('2024-03-09')], [{ ...day('2024-03-10'), claim: 'b#1' }], key, null)[0]?.relation, 'contradicts');
  });
});

describe('facts: between sources, by day and by incident', () => {
  const corpus = (...articles: [string, string][]) =>
    analyzeCorpus(articles.map(([date, body], i) => ({ path: `s${i + 1}.txt`, text: `---\ndate: ${date}\nsource: Outlet ${i + 1}\n---\n${body}\n` })));
  const story = 'Marcus Hale, 29, was shot on Elm Street in Riverton.';

  it('two outlets giving the day of one shooting two ways contradict on the date, naming both spans', () => {
    const report = corpus(
      ['2024-03-11', `${story} Police said Marcus Hale was shot on Saturday outside his home on Elm Street.`],
      ['2024-03-11', `${story} Police said Marcus Hale was shot on Sunday outside his home on Elm Street.`],
    );
    const conflict = report.matches.find((m) => m.relation === 'contradicts' && m.differences?.some((d) => d.slot === 'date'));
    assert.ok(conflict, 'a date contradiction');
    assert.deepEqual(conflict.differences?.filter((d) => d.slot === 'date').map((d) => [d.a.text, d.b.text]), [['Saturday', 'Sunday']]);
    assert.match(conflict.reason, /date: "Saturday" vs "Sunday"/);
  });

  it('a shot told as a gun that discharged and a wounding told on another day contradict; another incident, or an arrest, does not', () => {
    const lead = (name: string, town: string): string => `Six-year-old ${name} was wounded by a gunshot at an apartment on Birch Lane in ${town}.`;
    const wounded = `${lead('Noah Finch', 'Riverton')} Relatives said Noah Finch was wounded in the leg on Sunday.`;
    const discharged = (name: string): string => `The uncle of ${name} dropped a shotgun in the hallway at 5 p.m. Saturday and it discharged, police said.`;
    const conflict = corpus(['2024-03-11', wounded], ['2024-03-11', `${lead('Noah Finch', 'Riverton')} ${discharged('Noah Finch')}`]).matches.find((m) => m.relation === 'contradicts');
    assert.deepEqual(conflict?.differences?.map((d) => [d.slot, d.a.text, d.b.text]), [['date', 'Sunday', '5 p.m. Saturday']]);
    // Another boy in another town, and the day of an arrest, say nothing about the day of this shot.
    const other = corpus(['2024-03-11', wounded], ['2024-03-11', `${lead('Owen Marsh', 'Lakeview')} ${discharged('Owen Marsh')}`]);
    assert.ok(!other.matches.some((m) => m.relation === 'contradicts'), 'another incident');
    const arrest = `${lead('Noah Finch', 'Riverton')} The uncle of Noah Finch was arrested at the apartment on Saturday after the shotgun discharged, police said.`;
    assert.ok(!corpus(['2024-03-11', wounded], ['2024-03-11', arrest]).matches.some((m) => m.relation === 'contradicts'), 'the day of an arrest');
  });

  it('a weekday and the calendar date of the same day agree', () => {
    const report = corpus(
      ['2024-03-11', `${story} Police said Marcus Hale was shot on Saturday outside his home on Elm Street.`],
      ['2024-03-12', `${story} Police said Marcus Hale was shot on March 9 outside his home on Elm Street.`],
    );
    assert.ok(!report.matches.some((m) => m.relation === 'contradicts'));
  });

  it('reads a wound placed with two words ("upper right thigh")', () => {
    const injuries = factsOf('Medics found a bullet wound to her upper right thigh.').filter((f) => f.slot === 'injury');
    assert.deepEqual(injuries.map((f) => [f.value, f.span.text]), [['leg', 'thigh']]);
  });

  it('documents naming one person of one age are one incident: a street block given two ways contradicts across events', () => {
    const first = 'Marcus Hale, 29, was shot in the 2100 block of Maple Street in Riverton on Saturday night, police said.';
    const later = 'Marcus Hale, 29, testified in a Riverton courtroom on Thursday about the night he was shot in the 2500 block of Maple Street.';
    const report = corpus(['2024-03-11', first], ['2024-05-02', later]);
    const conflict = report.matches.find((m) => m.relation === 'contradicts');
    assert.deepEqual(conflict?.differences?.map((d) => [d.slot, d.a.text, d.b.text]), [['place', '2100 block of Maple Street', '2500 block of Maple Street']]);
    // Another age: maybe another man of that name, and another incident: nothing contradicts.
    const other = corpus(['2024-03-11', first], ['2024-05-02', later.replace('29', '41')]);
    assert.ok(!other.matches.some((m) => m.relation === 'contradicts'));
  });
});

describe('facts: "he" and "she" as the subject', () => {
  const about = (body: string, slotName: Fact['slot']): (string | null)[] =>
    factsOf(body)
      .filter((f) => f.slot === slotName)
      .map((f) => f.participant?.person ?? f.participant?.description ?? null);

  it('binds the subject pronoun to the one someone the sentence before names or describes', () => {
    assert.deepEqual(about('Troopers detained Marcus Hale near the marina. He faces charges of burglary.', 'charge'), ['marcus-hale']);
    assert.deepEqual(about('The girl was flown to Mercy General by helicopter. She is in fair condition.', 'condition'), ['girl']);
    assert.deepEqual(about('His niece Lena was grazed on the arm. She is in fair condition.', 'condition'), ['lena']);
  });

  it('binds nobody when the sentence before has two candidates, only someone of the other sex, or someone named by age alone', () => {
    assert.deepEqual(about('Marcus Hale and Dana Price left the pier at dusk. He faces charges of burglary.', 'charge'), [null]);
    assert.deepEqual(about('The woman was found in the kitchen. He died at the scene.', 'condition'), [null]);
    assert.deepEqual(about('The 19-year-old spent a night in jail. He was never charged with arson.', 'charge'), [null]);
  });

  it('a speaker is not the subject, nor is someone after a preposition', () => {
    assert.deepEqual(about('The clerk was struck in the chest, said Dana Price. She died at the hospital.', 'condition'), ['clerk']);
    assert.deepEqual(about('The suspect fled with a third man. He was charged with robbery.', 'charge'), ['suspect']);
    assert.deepEqual(about('Marcus Hale quarrelled with Dana Price by the pier. He faces charges of burglary.', 'charge'), ['marcus-hale']);
  });

  it('a fact of another clause or someone else in the sentence is not the subject’s; "survived by" is no survival', () => {
    assert.deepEqual(about('Marcus Hale spoke to reporters. He said the girl died at the scene.', 'condition'), ['girl']);
    assert.deepEqual(about('Marcus Hale was a coach in Riverton. He is survived by his wife.', 'condition'), []);
  });
});

describe('facts: a person ages between reports', () => {
  const article = (path: string, date: string, body: string): { path: string; text: string } => ({ path, text: `---\ndate: ${date}\n---\nDeputy killed in Hawthorne\n${body}\n` });
  const ageConflicts = (first: string, second: string): number =>
    analyzeCorpus([
      article('a.txt', first, 'Deputy Alan Price was shot and killed in Hawthorne. Police said Marco Ruiz, 27, was found hiding in a garage near the shooting.'),
      article('b.txt', second, 'A jury found Marco Ruiz, 29, guilty of killing Deputy Alan Price in Hawthorne. Marco Ruiz was found hiding in a garage near the shooting.'),
    ]).matches.filter((m) => m.relation === 'contradicts' && m.differences?.some((d) => d.slot === 'age')).length;

  it('reads 27 in one report and 29 in a report two years later as the same person, older', () => {
    assert.equal(ageConflicts('2005-06-25', '2007-04-04'), 0);
  });

  it('still contradicts two ages given two days apart', () => {
    assert.equal(ageConflicts('2005-06-25', '2005-06-27'), 1);
  });
});

