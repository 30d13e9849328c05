import * as assert from 'node:assert';
import { extractPeople, personKey, type PeopleFindings } from '../../src/core/extract/people';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';

/** Runs the extractor on article text; a leading "Headline\n" line is the headline when given. */
function people(text: string): PeopleFindings & { text: string } {
  const article = parseArticleText(text);
  return { ...extractPeople(article, splitSentences(article)), text };
}

/** Mention texts in order. */
function mentionTexts(found: PeopleFindings): string[] {
  return found.mentions.map((m) => m.text);
}

function personNamed(found: PeopleFindings, name: string) {
  const person = found.persons.find((p) => p.name === name);
  assert.ok(person, `expected a person "${name}", got ${JSON.stringify(found.persons.map((p) => p.name))}`);
  return person;
}

/** A body with a neutral first line, so the sentence under test is not read as the headline. */
const LEAD = 'Officials met on Monday to discuss the matter in detail.\n';

describe('people: titles and roles split from names', () => {
  it('splits "Russian President Vladimir Putin" into role and name', () => {
    const found = people(LEAD + 'On the evening of March 13, 2025, Russian President Vladimir Putin is set to meet with U.S. Special Envoy Steve Witkoff.');
    assert.deepStrictEqual(mentionTexts(found), ['Vladimir Putin', 'Steve Witkoff']);
    assert.strictEqual(found.mentions[0].role?.text, 'Russian President');
    assert.strictEqual(found.mentions[1].role?.text, 'U.S. Special Envoy');
    assert.deepStrictEqual(personNamed(found, 'Vladimir Putin').roles, ['Russian President']);
  });

  it('takes a lower-case role phrase before the name ("Kremlin foreign policy aide Yuri Ushakov")', () => {
    const found = people(LEAD + 'Kremlin foreign policy aide Yuri Ushakov, who was present during the talks, said both sides “brought their positions closer together.”');
    assert.deepStrictEqual(mentionTexts(found), ['Yuri Ushakov']);
    assert.strictEqual(found.mentions[0].role?.text, 'Kremlin foreign policy aide');
  });

  it('reads an appositive role before the name ("Putin\'s aide, Yuri Ushakov")', () => {
    const found = people(LEAD + 'Discussions reportedly lasted three hours, as stated by Putin’s aide, Yuri Ushakov.');
    const ushakov = found.mentions.find((m) => m.text === 'Yuri Ushakov');
    assert.ok(ushakov);
    assert.strictEqual(ushakov.role?.text, 'Putin’s aide');
  });

  it('reads an appositive role after the name ("Steve Witkoff, a businessman turned envoy")', () => {
    const found = people(LEAD + 'Steve Witkoff, a businessman turned envoy, has emerged as a key figure in Washington’s backchannel efforts.');
    assert.deepStrictEqual(mentionTexts(found), ['Steve Witkoff']);
    assert.strictEqual(found.mentions[0].role?.text, 'businessman turned envoy');
  });

  it('confirms an unknown foreign name by its appositive role ("Jusman Syafii Djamal, minister of transport")', () => {
    const found = people(LEAD + 'Jusman Syafii Djamal, minister of transport for Indonesia, said the ban was unfair.');
    assert.deepStrictEqual(mentionTexts(found), ['Jusman Syafii Djamal']);
  });

  it('drops a courtesy title ("Mr Howard" → "Howard") and takes its gender', () => {
    const found = people(LEAD + 'According to Mr Howard, the injection will secure Ford\'s manufacturing operations in Australia.');
    assert.deepStrictEqual(mentionTexts(found), ['Howard']);
    assert.strictEqual(found.persons[0].gender, 'male');
  });

  it('reads "Mr." with a period and a three-part name ("Mr. Lee Hsien Loong")', () => {
    const found = people(LEAD + 'The aircraft was greeted by some 400 guests, including the Prime Minister of Singapore, Mr. Lee Hsien Loong, at the new terminal.');
    assert.deepStrictEqual(mentionTexts(found), ['Lee Hsien Loong']);
  });

  it('keeps a name whose last word is also an organisation word after a given name ("Jim Press")', () => {
    const found = people(LEAD + '“The market is starting to show small signs of life,” said the vice president and chairman of Chrysler LLC Jim Press.');
    assert.deepStrictEqual(mentionTexts(found), ['Jim Press']);
  });
});

describe('people: possessives and short forms', () => {
  it('strips the possessive from "Witkoff\'s" and "Witkoff’s"', () => {
    const found = people(LEAD + 'U.S. envoy Steve Witkoff arrived. Witkoff\'s plane landed, and Witkoff’s visit began.');
    assert.deepStrictEqual(mentionTexts(found), ['Steve Witkoff', 'Witkoff', 'Witkoff']);
    for (const m of found.mentions) assert.strictEqual(found.text.slice(m.start, m.end), m.text);
  });

  it('links a surname and a titled surname to the full name seen in the article', () => {
    const found = people(
      LEAD +
        'Ukrainian President Volodymyr Zelensky’s urgent call was heard.\nDespite this progress, President Zelensky remains skeptical.\nEarlier in the week, Putin hinted at a willingness to negotiate with Zelensky.',
    );
    const zelensky = personNamed(found, 'Volodymyr Zelensky');
    const zelenskyMentions = found.mentions.filter((m) => m.person === zelensky.key);
    assert.deepStrictEqual(zelenskyMentions.map((m) => m.text), ['Volodymyr Zelensky', 'Zelensky', 'Zelensky']);
    assert.strictEqual(zelensky.key, 'volodymyr-zelensky');
    // "Putin" alone has no evidence and no full name here: not a person.
    assert.ok(!mentionTexts(found).includes('Putin'));
  });

  it('links a sentence-initial surname once the person is known ("Jobs welcomed everyone")', () => {
    const found = people(LEAD + 'Apple Computer CEO and co-founder Steve Jobs gave his annual opening keynote.\nJobs welcomed everyone to the event.');
    assert.deepStrictEqual(mentionTexts(found), ['Steve Jobs', 'Jobs']);
    assert.strictEqual(new Set(found.mentions.map((m) => m.person)).size, 1);
  });

  it('links a first name alone when only one person has it ("Vladimir, STOP!")', () => {
    const found = people(
      LEAD + 'Russian President Vladimir Putin met the envoy.\nTrump took to social media with a direct message to the Russian leader: “Vladimir, STOP! Let’s get the Peace Deal DONE!”',
    );
    assert.deepStrictEqual(mentionTexts(found), ['Vladimir Putin', 'Vladimir']);
    assert.strictEqual(found.mentions[1].person, 'vladimir-putin');
  });

  it('does not link a first name shared by two people', () => {
    const found = people(LEAD + 'Analyst John Smith spoke first. Economist John Brown replied. John then left.');
    assert.deepStrictEqual(mentionTexts(found), ['John Smith', 'John Brown']);
  });

  it('does not link a surname that is also an organisation ("Ford" the company)', () => {
    const found = people(LEAD + 'Ford\'s Chief Executive Officer, William Clay Ford Jr., announced cuts.\nFord said the plants would close.');
    assert.deepStrictEqual(mentionTexts(found), ['William Clay Ford Jr.']);
  });
});

describe('people: document-level evidence', () => {
  it('confirms a person by a speech verb and keeps the name a person throughout', () => {
    const found = people(LEAD + '“There are still some specific points,” Sergei Lavrov said.\nLavrov added that talks would go on.');
    assert.deepStrictEqual(mentionTexts(found), ['Sergei Lavrov', 'Lavrov']);
  });

  it('needs evidence for an ambiguous capitalised word on its own', () => {
    const found = people(LEAD + 'Analysts suggest Witkoff is becoming increasingly significant.');
    assert.deepStrictEqual(mentionTexts(found), []);
  });

  it('finds only the known people in a Title Case headline', () => {
    const found = people('Trump Envoy Meets Putin in Moscow as US, Russia Edge Closer on Ukraine Talks\nFormer US President Donald Trump’s special envoy, Steve Witkoff, met Russian President Vladimir Putin.');
    assert.deepStrictEqual(mentionTexts(found).slice(0, 2), ['Trump', 'Putin']);
    assert.ok(!mentionTexts(found).some((t) => /Envoy|Meets|Edge|Talks/.test(t)));
  });

  it('splits a known surname out of a Title Case run ("Putin, Witkoff Dialogue")', () => {
    const found = people('Putin, Witkoff Dialogue on Potential Russia-Ukraine Peace Talks\nUS special envoy Steve Witkoff met with Russian President Vladimir Putin in Moscow.');
    assert.deepStrictEqual(mentionTexts(found).slice(0, 2), ['Putin', 'Witkoff']);
  });

  it('gives gender from pronouns when nothing else tells it', () => {
    const found = people(LEAD + 'Spokesperson Sandy Angers confirmed the delay. She said the plans had changed.');
    assert.strictEqual(personNamed(found, 'Sandy Angers').gender, 'female');
  });

  it('uses the slug of the fullest name as the key', () => {
    assert.strictEqual(personKey('Volodymyr Zelenskyy'), 'volodymyr-zelenskyy');
    assert.strictEqual(personKey("Michael O'Leary"), 'michael-oleary');
    assert.strictEqual(personKey('José Sánchez'), 'jose-sanchez');
    const found = people(LEAD + 'Ryanair CEO, Michael O\'Leary, said the order was good news.');
    assert.strictEqual(found.persons[0]?.key, 'michael-oleary');
  });
});

describe('people: not persons', () => {
  it('ignores places, airports and aircraft', () => {
    const found = people(
      LEAD +
        'America’s Middle East Envoy Steve Witkoff flew from Fort Lauderdale in Florida to Pulkovo Airport in St. Petersburg on Friday.\nThe plane carrying Witkoff, identified as (a) Gulfstream G650ER, reportedly landed at Vnukovo Airport.\nThe proposal for a ceasefire between Kyiv and Moscow reached Crimea.',
    );
    assert.deepStrictEqual(mentionTexts(found), ['Steve Witkoff', 'Witkoff']);
  });

  it('ignores organisations and media', () => {
    const found = people(
      LEAD +
        'The Kremlin said the White House and the State Department agreed, Bloomberg and Axios reported.\nCBS News, Breitbart London, NATO, Wikinews, Apple and General Motors did not comment.',
    );
    assert.deepStrictEqual(mentionTexts(found), []);
  });

  it('ignores publications, events and titles on their own', () => {
    const found = people(
      LEAD + 'He said so in a TIME magazine interview.\nIt is Europe’s deadliest conflict since the Second World War, and a truce over Easter was proposed.\nHis role as Special Envoy for the Middle East places him with the President.',
    );
    assert.deepStrictEqual(mentionTexts(found), []);
  });

  it('ignores demonyms and sentence-initial capitals', () => {
    const found = people(LEAD + 'Ukrainians Predict Russia Is Preparing for Spring Offensive.\nNotably, the aide revealed that Russian and Ukrainian officials met.');
    assert.deepStrictEqual(mentionTexts(found), []);
  });

  it('ignores capitalised slogans inside quotes', () => {
    const found = people(LEAD + 'He wrote: “STOP! Let’s get the Peace Deal DONE!”');
    assert.deepStrictEqual(mentionTexts(found), []);
  });

  it('ignores an organisation named after a person ("Betty Ford Center") and the bare words elsewhere', () => {
    const found = people(LEAD + 'Lindsay Lohan has checked into the Betty Ford Center.\nLohan was previously at Betty Ford from September 2010.');
    assert.deepStrictEqual(mentionTexts(found), ['Lindsay Lohan', 'Lohan']);
  });

  it('ignores a place introduced as one ("the port city of Bandar Abbas")', () => {
    const found = people(LEAD + 'The quake struck near the port city of Bandar Abbas.\nInjured were flown to Bandar Abbas.');
    assert.deepStrictEqual(mentionTexts(found), []);
  });

  it('reads no people from front matter, boilerplate or an organisation\'s post signature', () => {
    const found = people(
      '---\ntitle: Witkoff meets Putin\nauthor: Jane Doe\n---\nTalks resumed on Friday in the capital.\n![]() |\nRussian President Vladimir Putin, right, welcomes envoy Steve Witkoff. [Photo: Kristina Kormilitsyna/Pool/AFP] |\nUkrainians Predict Russia Is Preparing for Spring Offensive https://t.co/x\n— Breitbart London (@BreitbartLondon) March 29, 2025\n',
    );
    assert.deepStrictEqual(mentionTexts(found), []);
  });

  it('reads a person from a post signature when it is clearly a person', () => {
    const found = people(LEAD + 'Talks will resume next week https://t.co/x\n— Sarah Johnson (@sjohnson) March 29, 2025\n');
    assert.deepStrictEqual(mentionTexts(found), ['Sarah Johnson']);
  });
});

describe('people: offsets', () => {
  it('gives UTF-16 offsets into the whole file, front matter and CRLF included', () => {
    const text = '---\r\ntitle: Talks\r\n---\r\nTalks resumed 🙂 today.\r\nRussian President Vladimir Putin met envoy Steve Witkoff.\r\n';
    const found = people(text);
    assert.deepStrictEqual(mentionTexts(found), ['Vladimir Putin', 'Steve Witkoff']);
    for (const m of found.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });

  it('keeps a country acronym inside a role ("former US President", seed 001) but not the pronoun "us"', () => {
    const former = people(LEAD + 'This marks Witkoff’s third extended meeting with Putin since former US President Donald Trump re-entered the global diplomatic scene.\n');
    assert.deepStrictEqual(former.mentions.find((m) => m.text === 'Donald Trump')?.role?.text, 'former US President');
    const pronoun = people(LEAD + 'Aides told us President Donald Trump would travel.\n');
    assert.deepStrictEqual(pronoun.mentions.find((m) => m.text === 'Donald Trump')?.role?.text, 'President');
  });

  it('does not take ships, headline participles or plural groups for people (ECB+ topics 12 and 22)', () => {
    const ship = people(LEAD + 'A day earlier, the German cruise liner MS Columbus said it would fly its 246 passengers over the Gulf of Aden.\nThe passengers rejoined the M/S Columbus in Salalah.\n');
    assert.deepStrictEqual(mentionTexts(ship), []);
    const headline = people('Woman Convicted of Double Murder In 2010 Kraft Foods Rampage In NE Philadelphia\nWitnesses say defendant Yvonne Hiller had long complained of abuse.\n');
    assert.deepStrictEqual(mentionTexts(headline), ['Yvonne Hiller']);
    const group = people(LEAD + 'An Indian warship moved its Special Commandos on a helicopter to help the ship.\n');
    assert.deepStrictEqual(mentionTexts(group), []);
  });

  it('keys names in any script, so people written in Cyrillic or Greek keep distinct ids', () => {
    assert.strictEqual(personKey('Владимир Путин'), 'владимир-путин');
    assert.strictEqual(personKey('José Ángel Gurría'), 'jose-angel-gurria');
    assert.notStrictEqual(personKey('Αλέξης Τσίπρας'), personKey('Владимир Путин'));
  });
});
