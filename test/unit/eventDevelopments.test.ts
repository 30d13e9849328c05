import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../src/core';
import type { CorpusEvent } from '../../src/core';
import { compareActionDays } from '../../src/core/corpus/actionDays';

// Invented articles (no development corpus text): one incident told by two outlets, its later
// developments, a passing mention of another case, and a day the two outlets disagree on.
const LEDGER = {
  path: 'ledger.txt',
  text:
    '---\ndate: 2025-06-12\nsource: Riverton Ledger\n---\nMan shot outside Riverton bakery\n' +
    'A man was shot outside a bakery on Elm Street in Riverton at about 10 p.m. Tuesday, police said.\n' +
    'The victim, Dale Harmon, 41, died on Thursday at a hospital.\n' +
    'The suspect, Carl Voss, 23, was charged with murder on Wednesday.\n' +
    'In an unrelated case, a woman was shot in Lakeport on May 2.\n',
};
const VALLEY = {
  path: 'valley.txt',
  text:
    '---\ndate: 2025-06-12\nsource: Valley News\n---\nRiverton man shot outside bakery dies\n' +
    'Dale Harmon, 41, was shot outside a bakery on Elm Street in Riverton at about 10 p.m. Monday, police said.\n' +
    'Harmon died on Thursday.\n',
};

function incidentOf(events: readonly CorpusEvent[]): CorpusEvent {
  const incidents = events.filter((e) => e.kind === 'incident');
  assert.equal(incidents.length, 1, JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label])));
  return incidents[0];
}

describe('event developments', () => {
  const report = analyzeCorpus([LEDGER, VALLEY]);
  const incident = incidentOf(report.events);

  it('keeps later developments in their incident, each dated on its own day after the incident', () => {
    const developments = incident.developments ?? [];
    assert.deepEqual(
      developments.map((d) => d.date.value),
      ['2025-06-11', '2025-06-12'],
      JSON.stringify(developments),
    );
    assert.match(developments[0].label, /^Voss\b.*charged/);
    assert.match(developments[1].label, /^Harmon\b.*dies/);
    // A victim dying on Thursday, told by both outlets, is one development with both mentions.
    assert.deepEqual(new Set(developments[1].mentions.map((m) => m.document)).size, 2);
    // Every development's mention is also the incident's: the incident is whole.
    const key = (m: { claim: string; start: number }): string => `${m.claim}@${m.start}`;
    const own = new Set(incident.mentions.map(key));
    for (const d of developments) for (const m of d.mentions) assert.ok(own.has(key(m)), key(m));
  });

  it('dates the incident from what reports it, not from a later development', () => {
    assert.ok(incident.date.value !== null && incident.date.value < '2025-06-11', JSON.stringify(incident.date));
    assert.doesNotMatch(incident.label, /dies|charged/);
  });

  it('keeps a passing mention of another case out of the incident, as a happening of its own', () => {
    const unrelated = LEDGER.text.indexOf('In an unrelated case');
    assert.ok(!incident.mentions.some((m) => m.document === 'ledger' && m.start >= unrelated));
    const other = report.events.find((e) => e.mentions.some((m) => m.document === 'ledger' && m.start >= unrelated));
    assert.ok(other);
    assert.equal(other.date.value, '2025-05-02');
  });

  it('a clause telling the lead\'s kind of incident a day or two before the news is the news, with no name or place in common', () => {
    const article = {
      path: 'tribune.txt',
      text:
        '---\ndate: 2025-06-12\nsource: Lakeport Tribune\n---\nTeen dies after garage shooting\n' +
        'A teenager, 17, was shot in the chest inside a parked car and died, Lakeport police said Thursday.\n' +
        'The shooting happened Tuesday evening on the top floor of a parking garage.\n',
    };
    const events = analyzeCorpus([article]).events;
    const evening = article.text.indexOf('The shooting happened');
    assert.ok(incidentOf(events).mentions.some((m) => m.start === evening), JSON.stringify(events.map((e) => [e.kind, e.label])));
  });

  it('an undated sentence of the lead\'s kind of incident, after a passage about another case in another place, goes on telling that case', () => {
    const article = {
      path: 'gazette.txt',
      text:
        '---\ndate: 2025-06-12\nsource: Denver Gazette\n---\nMan shot outside Denver bakery\n' +
        'A man was shot outside a bakery on Elm Street in Denver at about 10 p.m. Tuesday, police said.\n' +
        'The victim was taken to a hospital in serious condition.\nOfficers are looking for a gray sedan seen leaving the area.\n' +
        'In March, a cook was shot outside a diner in Boston.\n' +
        'The cook, 41, was shot in the leg and survived.\n',
    };
    const events = analyzeCorpus([article]).events;
    const unsolved = article.text.indexOf('The cook, 41');
    assert.ok(!incidentOf(events).mentions.some((m) => m.start === unsolved), JSON.stringify(events.map((e) => [e.kind, e.label])));
  });

  it('keeps undated passing mentions out of the incident: "in a separate incident", "came a day after a …", a "Related:" line', () => {
    const asides =
      'Riverton police are still looking for witnesses.\n' +
      // One paragraph: the sentence after the aside goes on telling the other case.
      'In a separate incident, a teenager was shot in the leg near a park in Lakeport. The teenager was taken to a hospital.\n' +
      'The shooting came a day after a cyclist was struck by a car on the river road.\n' +
      '►Related: Lakeport teen hurt in park shooting\n';
    const withAsides = analyzeCorpus([{ ...LEDGER, text: LEDGER.text.replace(/In an unrelated case.*\n/, asides) }, VALLEY]);
    const main = incidentOf(withAsides.events);
    const text = withAsides.documents.find((d) => d.id === 'ledger')!;
    const quoted = (words: string): number => LEDGER.text.replace(/In an unrelated case.*\n/, asides).indexOf(words);
    for (const words of ['In a separate incident', 'The teenager was taken', 'The shooting came a day after', '►Related']) {
      assert.ok(!main.mentions.some((m) => m.document === text.id && m.start === quoted(words)), words);
    }
    assert.ok(main.mentions.some((m) => m.document === text.id && m.start === quoted('Riverton police are still')), 'the news goes on in the incident');
  });

  it('an article telling two incidents of one kind on two days keeps them apart, and each joins its own in another article', () => {
    // Two unnamed children a day apart in one county: the days of the two shootings say they are two incidents.
    const chronicle = {
      path: 'chronicle.txt',
      text:
        '---\ndate: 2025-06-12\nsource: Bay Chronicle\n---\nBoy, 6, recovering after finding relative\'s pistol\n' +
        'A 6-year-old boy is recovering in hospital after he found a relative\'s pistol, deputies said on Thursday.\n' +
        'He was wounded in the hand at about 5:30 p.m. Tuesday in a garden shed on Cedar Bend Drive.\n' +
        'Deputies say a girl, 8, wounded herself in the foot with a rifle at a ranch near Millbrook on Wednesday.\n',
    };
    const herald = {
      path: 'herald.txt',
      text:
        '---\ndate: 2025-06-12\nsource: Millbrook Herald\n---\nGirl, 8, hurt after finding gun at ranch\n' +
        'An 8-year-old girl was wounded in the foot on Wednesday at a ranch near Millbrook when a rifle went off, the sheriff said.\n' +
        'The girl found the loaded gun in a closet, deputies said.\n',
    };
    const events = analyzeCorpus([chronicle, herald]).events;
    const holding = (path: typeof chronicle, words: string): CorpusEvent[] =>
      events.filter((e) => e.mentions.some((m) => m.document === path.path.replace('.txt', '') && m.start === path.text.indexOf(words)));
    const tuesday = holding(chronicle, 'He was wounded');
    const wednesday = holding(chronicle, 'Deputies say a girl');
    assert.equal(tuesday.length, 1);
    assert.equal(wednesday.length, 1);
    assert.notEqual(tuesday[0].id, wednesday[0].id, JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label])));
    assert.equal(wednesday[0].date.value, '2025-06-11');
    // The other outlet's report of the Wednesday case is the same happening.
    assert.deepEqual(holding(herald, 'An 8-year-old girl').map((e) => e.id), [wednesday[0].id]);
  });

  it('an article about a later step (a trial months on) that tells the incident again joins it as a development on its own day', () => {
    const trial = {
      path: 'courier.txt',
      text:
        '---\ndate: 2025-09-03\nsource: Riverton Courier\n---\nRiverton bakery shooting suspect heads to trial\n' +
        'Carl Voss, 23, charged in the death of Dale Harmon, goes on trial on Monday, prosecutors said.\n' +
        'In June, Voss shot Harmon outside a bakery on Elm Street in Riverton, police said.\n',
    };
    const events = analyzeCorpus([LEDGER, VALLEY, trial]).events;
    const withTrial = incidentOf(events);
    assert.ok(withTrial.mentions.some((m) => m.document === 'courier'), JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label])));
    // The incident keeps its own day; the trial is a development on the day its article gives.
    assert.equal(withTrial.date.value, incident.date.value);
    const trialDay = (withTrial.developments ?? []).find((d) => d.mentions.some((m) => m.document === 'courier'));
    assert.equal(trialDay?.date.value, '2025-09-01', JSON.stringify(withTrial.developments));
    // Without the incident told in its body, nothing says the trial's article reports this incident.
    const alone = analyzeCorpus([LEDGER, VALLEY, { ...trial, text: trial.text.replace(/In June.*\n/, '') }]).events;
    assert.ok(!incidentOf(alone.filter((e) => !e.mentions.some((m) => m.document === 'courier'))).mentions.some((m) => m.document === 'courier'));
  });

  it('a trial its articles date to no day joins the incident their bodies tell naming its person, as a development on the article\'s day', () => {
    const herald = {
      path: 'herald.txt',
      text:
        '---\ndate: 2025-09-03\nsource: Riverton Herald\n---\nJudge orders Voss to stand trial for murder\n' +
        'A judge ordered Carl Voss to stand trial for murder, prosecutors said.\n' +
        'Voss went on a shooting rampage in June, according to police.\n',
    };
    const events = analyzeCorpus([LEDGER, VALLEY, herald]).events;
    const whole = incidentOf(events);
    assert.ok(whole.mentions.some((m) => m.document === 'herald'), JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label])));
    assert.equal(whole.date.value, incident.date.value);
    // Its day is the one its article was written on: the lead states none.
    const trial = (whole.developments ?? []).find((d) => d.mentions.some((m) => m.document === 'herald'));
    assert.equal(trial?.date.value, '2025-09-03', JSON.stringify(whole.developments));
  });

  it('what articles retell of an incident in a sentence dated to its month joins it, and brings their later step with it', () => {
    const report = (path: string, date: string, source: string, lead: string): { path: string; text: string } => ({
      path,
      text: `---\ndate: ${date}\nsource: ${source}\n---\nVoss to stand trial\n${lead}\nVoss faces a murder charge over a man shot dead in June 2025.\n`,
    });
    const courier = report('courier.txt', '2025-09-03', 'Riverton Courier', 'Carl Voss will stand trial, a judge ruled on Tuesday.');
    const post = report('post.txt', '2025-09-03', 'Valley Post', 'A judge ruled on Tuesday that Carl Voss must stand trial.');
    const events = analyzeCorpus([LEDGER, VALLEY, courier, post]).events;
    const whole = incidentOf(events);
    const documents = [...new Set(whole.mentions.map((m) => m.document))].sort();
    assert.deepEqual(documents, ['courier', 'ledger', 'post', 'valley'], JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label, [...new Set(e.mentions.map((m) => m.document))]])));
    const ruling = (whole.developments ?? []).find((d) => d.date.value === '2025-09-02');
    assert.ok(ruling, JSON.stringify(whole.developments));
    // Retold in another month, it is another happening of that person: nothing joins.
    const other = (r: typeof courier): typeof courier => ({ ...r, text: r.text.replace('in June 2025', 'in January 2025') });
    const apart = analyzeCorpus([LEDGER, VALLEY, other(courier), other(post)]).events;
    assert.ok(!apart.some((e) => e.mentions.some((m) => m.document === 'ledger') && e.mentions.some((m) => m.document === 'courier')), JSON.stringify(apart.map((e) => [e.kind, e.date.value, e.label])));
  });

  it('a later step whose own sentences tell the incident, naming two of its people, joins it with no dated retelling', () => {
    const indictment = {
      path: 'sentinel.txt',
      text:
        '---\ndate: 2025-07-19\nsource: Riverton Sentinel\n---\nGrand jury indicts Voss\n' +
        'A grand jury has indicted Carl Voss for murder, prosecutors announced on Friday.\n' +
        'Voss is accused of shooting Dale Harmon outside the bakery.\n',
    };
    const events = analyzeCorpus([LEDGER, VALLEY, indictment]).events;
    const whole = incidentOf(events);
    assert.ok(whole.mentions.some((m) => m.document === 'sentinel'), JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label])));
    assert.ok((whole.developments ?? []).some((d) => d.date.value === '2025-07-18' && d.mentions.some((m) => m.document === 'sentinel')), JSON.stringify(whole.developments));
    // Naming one of its people is not enough: another case of the same man stays apart.
    const other = { ...indictment, text: indictment.text.replace('shooting Dale Harmon outside the bakery', 'shooting a clerk in Lakeport') };
    const apart = analyzeCorpus([LEDGER, VALLEY, other]).events;
    assert.ok(!apart.some((e) => e.mentions.some((m) => m.document === 'ledger') && e.mentions.some((m) => m.document === 'sentinel')), JSON.stringify(apart.map((e) => [e.kind, e.date.value, e.label])));
  });

  it('a verdict several outlets report months on, whose articles tell the incident again, joins it as a development on its own day', () => {
    const gazette = {
      path: 'gazette.txt',
      text:
        '---\ndate: 2026-02-12\nsource: Riverton Gazette\n---\nJury convicts Voss in Riverton bakery case\n' +
        'A Riverton jury on Wednesday found Carl Voss guilty of murder in the death of Dale Harmon, prosecutors said.\n' +
        'Voss, 24, will be sentenced in March.\n' +
        'In June 2025, Voss shot Harmon outside a bakery on Elm Street in Riverton, police said.\n',
    };
    const tribune = {
      path: 'tribune.txt',
      text:
        '---\ndate: 2026-02-12\nsource: Valley Tribune\n---\nVoss guilty in Riverton bakery case\n' +
        'Carl Voss was found guilty on Wednesday in the death of Dale Harmon, the district attorney said.\n' +
        'The jury deliberated for two days.\n' +
        'Harmon was shot outside a Riverton bakery on Elm Street in June 2025.\n',
    };
    const events = analyzeCorpus([LEDGER, VALLEY, gazette, tribune]).events;
    const whole = incidentOf(events);
    const documents = new Set(whole.mentions.map((m) => m.document));
    assert.deepEqual([...documents].sort(), ['gazette', 'ledger', 'tribune', 'valley'], JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label, [...new Set(e.mentions.map((m) => m.document))]])));
    // The incident keeps its own day; the verdict is a development on the day its articles give.
    assert.equal(whole.date.value, incident.date.value);
    const verdict = (whole.developments ?? []).find((d) => d.date.value === '2026-02-11');
    assert.ok(verdict, JSON.stringify(whole.developments));
    assert.deepEqual([...new Set(verdict.mentions.map((m) => m.document))].sort(), ['gazette', 'tribune']);
    // A verdict on something else than the incident, in articles that only recall something else of the
    // incident's month (a festival the victim ran), is a story of their own.
    const recall = (article: typeof gazette): typeof gazette => ({
      ...article,
      text: article.text
        .replace(/\n[^\n]*June 2025[^\n]*\n$/, '\nIn June 2025, Harmon ran the Riverton bread festival on Elm Street.\n')
        .replace(/(?:of murder )?in the death of Dale Harmon/, 'of fraud in a case Dale Harmon brought'),
    });
    const apart = analyzeCorpus([LEDGER, VALLEY, recall(gazette), recall(tribune)]).events;
    const lead = gazette.text.indexOf('A Riverton jury');
    const ofLedger = apart.filter((e) => e.mentions.some((m) => m.document === 'ledger'));
    assert.ok(!ofLedger.some((e) => e.mentions.some((m) => m.document === 'gazette' && m.start === lead)), JSON.stringify(apart.map((e) => [e.kind, e.date.value, e.label])));
  });

  it('labels a development by what happened that day, not by a lead clause telling the incident again', () => {
    const trialReport = (path: string, source: string): { path: string; text: string } => ({
      path,
      text:
        `---\ndate: 2026-02-12\nsource: ${source}\n---\n‘He was our friend’\n` +
        'Dale Harmon was killed when Carl Voss and Ray Pike opened fire outside a bakery on Elm Street in Riverton.\n' +
        'Two men went on trial on Wednesday in the death of the baker.\n' +
        'In June 2025, Voss shot Harmon outside the bakery, police said.\n',
    });
    const events = analyzeCorpus([LEDGER, VALLEY, trialReport('gazette.txt', 'Riverton Gazette'), trialReport('tribune.txt', 'Valley Tribune')]).events;
    const whole = incidentOf(events);
    const trial = (whole.developments ?? []).find((d) => d.date.value === '2026-02-11');
    assert.ok(trial, JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label, e.developments?.map((d) => [d.date.value, d.label])])));
    // A body clause telling the killing again would read as if it happened that day.
    assert.doesNotMatch(trial.label, /killed/);
    assert.match(trial.label, /trial/);
  });

  it('reports whose leads stress different places are one story when the other reports name the lead\'s place too', () => {
    const post = {
      path: 'post.txt',
      text:
        'Gulls receiver Tom Brandt arrested on DUI charge in Denver\n' +
        'Denver police arrested Gulls wide receiver Tom Brandt early Sunday on suspicion of drunken driving, the team said.\n' +
        'Brandt was released after posting bail.\n',
    };
    const wire = {
      path: 'wire.txt',
      text:
        'Gulls\' Brandt arrested days before playoff game in Boston\n' +
        'Gulls wide receiver Tom Brandt was arrested early Sunday on suspicion of drunken driving, days before the playoff game in Boston.\n' +
        'Coach Ray Olsen declined to comment.\n' +
        'The traffic stop happened on a highway in Denver, police said.\n',
    };
    const documentsOf = (events: readonly CorpusEvent[]): string[][] => events.filter((e) => e.kind === 'incident').map((e) => [...new Set(e.mentions.map((m) => m.document))].sort());
    assert.deepEqual(documentsOf(analyzeCorpus([post, wire]).events), [['post', 'wire']]);
    // Without Denver in the second report, its lead's Boston and the first's Denver are two places: two stories.
    const elsewhere = { ...wire, text: wire.text.replace(/The traffic stop.*\n/, '') };
    assert.equal(documentsOf(analyzeCorpus([post, elsewhere]).events).length, 2);
  });

  it('news whose lead dates nothing does not join what other articles recall from years before its articles were written', () => {
    const article = (path: string, text: string): { path: string; text: string } => ({ path, text: `---\ndate: 2031-03-08\nsource: ${path}\n---\n${text}` });
    const sun = article(
      'sun.txt',
      'Doyle scores 30 in Lakeport State win\nGuard Sam Doyle scored 30 points on Friday as Lakeport State beat Harbor Tech 81-70.\n' +
        'Len Ortiz became Lakeport State\'s all-time leading scorer with 2,100 points in 2016.\n',
    );
    const news = article(
      'news.txt',
      'Doyle leads Lakeport State past Harbor Tech\nSam Doyle had 30 points on Friday in Lakeport State\'s 81-70 win over Harbor Tech.\n' +
        'In 2016, Len Ortiz became the all-time leading scorer of Lakeport State with 2,100 points.\n',
    );
    const daily = article('daily.txt', 'Doyle becomes Lakeport State\'s all-time leading scorer\nSam Doyle passed Len Ortiz to become Lakeport State\'s all-time leading scorer with 2,117 points.\n');
    const events = analyzeCorpus([sun, news, daily]).events;
    const ofDaily = events.filter((e) => e.mentions.some((m) => m.document === 'daily'));
    assert.equal(ofDaily.length, 1);
    // Written in 2031 and dating nothing itself, the record news is not the 2016 record the others recall.
    assert.notEqual(ofDaily[0].date.value, '2016', JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label])));
    assert.ok(!ofDaily[0].mentions.some((m) => m.start === sun.text.indexOf('Len Ortiz became')));
  });

  it('a clock time written alone dates no development: its day is the article\'s, not stated', () => {
    const article = {
      path: 'record.txt',
      text:
        '---\ndate: 2025-06-12\nsource: Riverton Record\n---\nMan shot outside Riverton bakery\n' +
        'A man was shot outside a bakery on Elm Street in Riverton on Wednesday night, police said.\n' +
        'Officers were called at 9:40 p.m. and found him on the sidewalk.\n',
    };
    const incidentEvent = incidentOf(analyzeCorpus([article]).events);
    assert.ok(incidentEvent.mentions.some((m) => m.start === article.text.indexOf('Officers were called')));
    assert.equal(incidentEvent.developments, undefined, JSON.stringify(incidentEvent.developments));
  });

  it('after a passage about another case, a sentence naming only places the news does not goes on telling that case', () => {
    const article = {
      path: 'dispatch.txt',
      text:
        '---\ndate: 2025-06-12\nsource: Valley Dispatch\n---\nMan shot outside Denver bakery\n' +
        'A man was shot outside a bakery in Denver at about 10 p.m. Tuesday, police said.\n' +
        'On May 2, a cook was shot outside a diner.\n' +
        'That shooting happened in Boston, police said.\n',
    };
    const events = analyzeCorpus([article]).events;
    const boston = article.text.indexOf('That shooting');
    assert.ok(!incidentOf(events).mentions.some((m) => m.start === boston), JSON.stringify(events.map((e) => [e.kind, e.label, e.mentions.map((m) => m.start)])));
  });

  it('a sentence dated on the day the lead\'s incident happened is the news, when the lead dates a later step', () => {
    const article = {
      path: 'ledger3.txt',
      text:
        '---\ndate: 2025-06-11\nsource: Harbor Ledger\n---\nDriver dies a day after warehouse stabbing\n' +
        'A delivery driver died Tuesday, a day after he was stabbed Monday outside a warehouse, police said.\n' +
        'Detectives have not named a suspect.\nThe warehouse was closed on Wednesday.\n' +
        'Two coworkers were with him at the loading dock on Monday.\n',
    };
    const incidentEvent = incidentOf(analyzeCorpus([article]).events);
    assert.ok(incidentEvent.mentions.some((m) => m.start === article.text.indexOf('Two coworkers')), JSON.stringify(incidentEvent.mentions));
  });

  it('a day between the incident and the report is a development of the incident', () => {
    const article = {
      path: 'ledger4.txt',
      text:
        '---\ndate: 2025-06-16\nsource: Harbor Ledger\n---\nMan charged in harbor shooting\n' +
        'A 30-year-old man was charged Monday with assault in the shooting of a dock worker, police said.\n' +
        'Prosecutors asked for a high bail.\nThe worker was shot and wounded on Saturday near the harbor.\n' +
        'On Sunday, the suspect surrendered to detectives.\n',
    };
    const incidentEvent = incidentOf(analyzeCorpus([article]).events);
    const sunday = article.text.indexOf('On Sunday');
    assert.ok(incidentEvent.mentions.some((m) => m.start === sunday), JSON.stringify(incidentEvent));
    assert.ok((incidentEvent.developments ?? []).some((d) => d.date.value === '2025-06-15' && d.mentions.some((m) => m.start === sunday)), JSON.stringify(incidentEvent.developments));
  });

  it('an incident whose lead dates nothing is dated by the day its body says it happened', () => {
    const article = {
      path: 'wire.txt',
      text:
        '---\ndate: 2025-06-12\nsource: Metro Wire\n---\nBaby hurt when father\'s gun goes off\n' +
        'Council approves budget after long debate\n' +
        'Storm knocks out power to thousands\n' +
        'School board names new superintendent\n' +
        'A baby girl was shot and wounded on Tuesday when her father\'s gun went off in their apartment, police said.\n',
    };
    assert.equal(incidentOf(analyzeCorpus([article]).events).date.value, '2025-06-10');
  });

  it('the sentences dated on that day are the news, as they would be under a dated lead', () => {
    const article = {
      path: 'statesman.txt',
      text:
        '---\ndate: 2025-06-11\nsource: Valley Statesman\n---\nThree dead in apartment complex shooting\n' +
        'Residents said the family had lived at the complex for years.\n' +
        'A vigil is planned at the complex.\n' +
        'Three people were shot dead Monday at a housing estate on Birch Road, police said.\n' +
        'A boy was treated at a hospital on Monday night for minor injuries.\n',
    };
    const incidentEvent = incidentOf(analyzeCorpus([article]).events);
    for (const words of ['Three people were shot', 'A boy was treated']) {
      assert.ok(incidentEvent.mentions.some((m) => m.start === article.text.indexOf(words)), words);
    }
    assert.equal(incidentEvent.date.value, '2025-06-09');
  });

  it('an undated article\'s news does not join what another article only recalls from years before', () => {
    const hire = {
      path: 'gulls.txt',
      text: 'Gulls hire Dana Reeve as head coach\nDana Reeve was introduced as the new head coach of the Harbor City Gulls.\nReeve signed a three-year contract as head coach.\n',
    };
    const leaving = {
      path: 'owls.txt',
      text:
        '---\ndate: 2025-03-02\nsource: Lakeport Sun\n---\nReeve leaves the Owls\nDana Reeve left the Lakeport Owls on Friday after six seasons.\n' +
        'Reeve took charge of the Owls in 2019.\n',
    };
    const events = analyzeCorpus([hire, leaving]).events;
    const news = events.find((e) => e.mentions.some((m) => m.document === 'gulls'));
    assert.ok(news);
    assert.ok(!news.mentions.some((m) => m.document === 'owls' && m.start === leaving.text.indexOf('Reeve took charge')), JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label, e.mentions.map((m) => m.document)])));
  });

  it('a meeting that recurs is a happening of its own, not a later step of the first one', () => {
    const first = {
      path: 'post.txt',
      text: '---\ndate: 2025-03-04\nsource: Harbor Post\n---\nFisheries ministers meet in Tromsø\nAnna Berg and Lars Moe met in Tromsø on Monday to discuss cod quotas.\n',
    };
    const second = {
      path: 'times.txt',
      text:
        '---\ndate: 2025-04-09\nsource: Harbor Times\n---\nFisheries ministers hold second round of quota talks\n' +
        'Anna Berg and Lars Moe held a second round of talks on cod quotas in Tromsø on Tuesday.\n' +
        'On March 3, Berg and Moe met in Tromsø to discuss the quotas.\n',
    };
    const events = analyzeCorpus([first, second]).events;
    const secondNews = events.filter((e) => e.kind === 'incident' && e.mentions.some((m) => m.document === 'times' && m.start === second.text.indexOf('Anna Berg')));
    assert.equal(secondNews.length, 1);
    assert.ok(!secondNews[0].mentions.some((m) => m.document === 'post'), JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label])));
  });

  it('after an incident told on another day, the paragraphs that follow go on telling that case until one is back at the news', () => {
    // One sentence a paragraph, no place the gazetteer knows: only the move to another day's incident says where the story went.
    const article = {
      path: 'courier.txt',
      text:
        '---\ndate: 2025-06-12\nsource: County Courier\n---\nBoy, 6, wounded by relative\'s pistol\n' +
        'A 6-year-old boy was wounded in the hand when he found a relative\'s pistol, deputies said Thursday.\n' +
        'He was shot at about 5:30 p.m. Tuesday in a garden shed on Cedar Bend Drive.\n' +
        'In a second case, a girl, 9, shot herself in the arm on Wednesday after finding a pistol in a drawer.\n' +
        'The pistol belonged to an uncle who had left it loaded.\n' +
        'The girl is expected to recover.\n',
    };
    const events = analyzeCorpus([article]).events;
    const main = incidentOf(events);
    const shown = JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label, e.mentions.map((m) => m.start)]));
    for (const words of ['In a second case', 'The pistol belonged', 'The girl is expected']) assert.ok(!main.mentions.some((m) => m.start === article.text.indexOf(words)), `${words} ${shown}`);
    const other = events.filter((e) => e.mentions.some((m) => m.start === article.text.indexOf('In a second case')));
    assert.equal(other.length, 1);
    assert.ok(other[0].mentions.some((m) => m.start === article.text.indexOf('The girl is expected')), shown);
  });

  it('a sentence naming the news\'s person after such a passage is back at the news', () => {
    const article = {
      path: 'courier2.txt',
      text:
        '---\ndate: 2025-06-12\nsource: County Courier\n---\nRoofer shot outside tavern\n' +
        'Roofer Glen Ostrander, 52, was shot outside a tavern at about 11 p.m. Tuesday, deputies said.\n' +
        'He was taken to a hospital in serious condition.\n' +
        'In a second case, a clerk was shot in the leg on Monday during a robbery at a gas station.\n' +
        'The clerk was treated and released.\n' +
        'Ostrander remained in the hospital on Thursday.\n',
    };
    const main = incidentOf(analyzeCorpus([article]).events);
    assert.ok(!main.mentions.some((m) => m.start === article.text.indexOf('The clerk was treated')));
    assert.ok(main.mentions.some((m) => m.start === article.text.indexOf('Ostrander remained')), JSON.stringify(main.mentions));
  });

  it('an incident of the news\'s kind told on a day before the news\'s incident is another one, unless it names the news\'s person', () => {
    // "the Monday shooting" in news of a Wednesday shooting: a shooting two days earlier is another case.
    const article = {
      path: 'courier4.txt',
      text:
        '---\ndate: 2025-06-12\nsource: County Courier\n---\nGirl, 9, wounded by uncle\'s pistol\n' +
        'A 9-year-old girl accidentally shot herself in the arm on Wednesday with her uncle\'s pistol, deputies said.\n' +
        'The girl is expected to recover.\n' +
        'Deputies said the Monday shooting of a teenager at a campsite also appeared to be accidental.\n' +
        'Nobody has been charged.\n',
    };
    const events = analyzeCorpus([article]).events;
    const main = incidentOf(events);
    assert.ok(!main.mentions.some((m) => m.start === article.text.indexOf('Deputies said the Monday')), JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label])));
    // Told of the news's own person by his surname alone ("Ostrander", two of whom the lead names) it is the news.
    const named = {
      path: 'courier5.txt',
      text:
        '---\ndate: 2025-06-12\nsource: County Courier\n---\nFather charged after son, 8, is shot\n' +
        'Glen Ostrander, 52, accidentally shot his son, Kyle Ostrander, 8, on Wednesday while cleaning a rifle, deputies said.\n' +
        'The boy is expected to recover.\n' +
        'On Monday, Ostrander had told a neighbour the rifle was unloaded, and the shooting appeared to be accidental, deputies said.\n',
    };
    const namedMain = incidentOf(analyzeCorpus([named]).events);
    assert.ok(namedMain.mentions.some((m) => m.start === named.text.indexOf('On Monday, Ostrander')), JSON.stringify(namedMain.mentions));
  });

  it('a quotation that dates a killing ("kill today", chanted) starts no passage about another case', () => {
    const article = {
      path: 'metro.txt',
      text:
        '---\ndate: 2025-06-10\nsource: Metro Daily\n---\nTeen shot by officers in Riverton\n' +
        'A 16-year-old was shot and killed by two officers on Saturday night in Riverton, police said.\n' +
        'The officers said the teen pointed a gun at them.\n' +
        'Marchers chanted "how many kids will you kill today" outside the precinct.\n' +
        'Organizers said another vigil is planned.\n',
    };
    const main = incidentOf(analyzeCorpus([article]).events);
    assert.ok(main.mentions.some((m) => m.start === article.text.indexOf('Organizers said')), JSON.stringify(main.mentions));
  });

  it('a later development told in a paragraph about another case is that case\'s, not the news\'s', () => {
    const article = {
      path: 'courier3.txt',
      text:
        '---\ndate: 2025-06-13\nsource: County Courier\n---\nBoy, 7, recovering after shooting himself\n' +
        'A 7-year-old boy accidentally shot himself in the foot on Wednesday at his grandparents\' farm, deputies said.\n' +
        'The boy is expected to recover.\n' +
        'The shooting came a day after another child was hurt. That child shot himself at about 6 p.m. Tuesday in a trailer park. He died on Thursday.\n',
    };
    const events = analyzeCorpus([article]).events;
    const main = incidentOf(events);
    assert.ok(!main.mentions.some((m) => m.start === article.text.indexOf('He died on Thursday')), JSON.stringify(events.map((e) => [e.kind, e.date.value, e.label, e.mentions.map((m) => m.start)])));
    assert.equal(main.developments, undefined, JSON.stringify(main.developments));
  });

  it('shows the sources disagreeing on the day as a disagreement on the event', () => {
    assert.deepEqual(incident.dateDisagreement, [
      { value: '2025-06-09', documents: ['valley'] },
      { value: '2025-06-10', documents: ['ledger'] },
    ]);
  });

  it('states no disagreement when the sources give the same day', () => {
    const agreeing = analyzeCorpus([LEDGER, { ...VALLEY, text: VALLEY.text.replace('Monday', 'Tuesday') }]);
    assert.equal(incidentOf(agreeing.events).dateDisagreement, undefined);
  });

  it('uses the fact layer\'s rule for two days: a night and the next day, or days weeks apart, are no disagreement', () => {
    // "Monday night" and Tuesday may be one moment (compareActionDays says nothing); matching says the same of them.
    const night = analyzeCorpus([
      { ...LEDGER, text: LEDGER.text.replace('at about 10 p.m. Tuesday', 'early Tuesday') },
      { ...VALLEY, text: VALLEY.text.replace('at about 10 p.m. Monday', 'on Monday night') },
    ]);
    assert.equal(incidentOf(night.events).dateDisagreement, undefined);
    assert.equal(compareActionDays({ day: '2025-06-09', night: true, weekday: 'monday' }, { day: '2025-06-10', night: false, weekday: 'tuesday' }), null);
    assert.equal(compareActionDays({ day: '2025-06-09', night: false, weekday: 'monday' }, { day: '2025-06-10', night: false, weekday: 'tuesday' }), 'contradicts');
  });
});
