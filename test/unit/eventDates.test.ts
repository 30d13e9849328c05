import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../src/core';

// Invented articles: an announcement whose lead names the day of what it schedules.
const article = (path: string, date: string, lead: string): { path: string; text: string } => ({
  path,
  text: `---\ndate: ${date}\nsource: ${path}\n---\n${lead}\nThe academy said the choice was unanimous.\n`,
});

describe('event dates: what the lead schedules is not when the news happened', () => {
  it('dates an announcement by the month of its article, not by the later day it announces', () => {
    const report = analyzeCorpus([article('herald.txt', '2031-08-02', 'Mara Quill will host the Lumen Awards on March 2, the academy announced.')]);
    const incident = report.events.find((e) => e.kind === 'incident');
    assert.ok(incident, JSON.stringify(report.events.map((e) => [e.kind, e.date.value, e.label])));
    // The article's day says when it was written, not when the news happened: its month, marked as counted from it.
    assert.equal(incident.date.value, '2031-08');
    assert.equal(incident.date.how, 'resolved');
  });

  it('keeps a lead day on or before the article as the news day', () => {
    const report = analyzeCorpus([article('herald.txt', '2031-08-02', 'The academy named Mara Quill host of the Lumen Awards on July 30.')]);
    const incident = report.events.find((e) => e.kind === 'incident');
    assert.equal(incident?.date.value, '2031-07-30');
  });

  it('keeps a headline and a lead that name what they schedule in the news, not in a background event of their own', () => {
    const text =
      '---\ndate: 2031-08-02\nsource: Lumen Herald\n---\nMara Quill to host next year\'s Lumen Awards\n' +
      'Mara Quill will host the 2032 Lumen Awards, the academy said on Friday.\n' +
      'The academy said the choice was unanimous.\n';
    const report = analyzeCorpus([{ path: 'lumen.txt', text }]);
    const incident = report.events.find((e) => e.kind === 'incident');
    assert.ok(incident, JSON.stringify(report.events.map((e) => [e.kind, e.date.value, e.label])));
    for (const words of ['Mara Quill to host', 'Mara Quill will host']) {
      assert.ok(incident.mentions.some((m) => m.start === text.indexOf(words)), `${words}: ${JSON.stringify(report.events.map((e) => [e.kind, e.date.value, e.label]))}`);
    }
    assert.equal(incident.date.value, '2031-08-01');
  });
});
