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

describe('people: results lines, scorecards and lists', () => {
  it('reads "Name (Country)" in a results line as a competitor, not a Title Case headline', () => {
    const found = people(LEAD + 'Okwaro Tenbe (Kenya) beat Vasko Drelli (Albania) 6-3 6-4\n');
    assert.deepStrictEqual(mentionTexts(found), ['Okwaro Tenbe', 'Vasko Drelli']);
    const clubs = people(LEAD + 'Vetrano Ludek (Spain) 2 Ajax Amsterdam (Netherlands) 1\n');
    assert.ok(!mentionTexts(clubs).includes('Ajax Amsterdam'));
    // ECB+ topic 12: an organisation's acronym in parentheses is not a country.
    const corridor = people(LEAD + 'The ship was escorting a group of five merchant vessels through the Internationally Recognised Transit Corridor (IRTC) when the bid occurred.\n');
    assert.deepStrictEqual(mentionTexts(corridor), []);
  });

  it('reads numbered results entries whose given name is also a word ("3. Rose Cheruiyot (Kenya)")', () => {
    const found = people('WOMEN 5,000 METRES\n1. Gail Orrenko (U.S.) 15:01.20\n3. Rose Verlund (Kenya) 15:05.41\n');
    assert.deepStrictEqual(mentionTexts(found), ['Gail Orrenko', 'Rose Verlund']);
  });

  it('reads scorers with minutes, a captain in parentheses and bowling figures', () => {
    const found = people(LEAD + 'Scorers: Ostap Verlund (47th), Tavi Orrenko (88th).\nBowling: Quennell 10-2-34-3, Trelawn 4.5-0-22-1\n');
    assert.deepStrictEqual(mentionTexts(found), ['Ostap Verlund', 'Tavi Orrenko', 'Quennell', 'Trelawn']);
    const captain = people(LEAD + 'Kenya - Hasko Belin (captain), Ruud Tessaro.\n');
    assert.deepStrictEqual(mentionTexts(captain), ['Hasko Belin']);
    const aside = people(LEAD + 'Talks in Ostrava (Czech Republic) resumed (briefly) in the 1990s.\n');
    assert.deepStrictEqual(mentionTexts(aside), []);
  });

  it('reads a cricket batting line: batsman, fielder after "c", bowler after "b"', () => {
    const found = people(LEAD + 'K. Ormsby c Trelawn b Quennell 56\nD. Parfitt not out 12\n');
    assert.deepStrictEqual(mentionTexts(found), ['K. Ormsby', 'Trelawn', 'Quennell', 'D. Parfitt']);
    const prose = people(LEAD + 'Ostrava and Quennell are twin towns in plan b.\n');
    assert.deepStrictEqual(mentionTexts(prose), []);
  });

  it('takes an initial before an unusual word as a name ("J. Marwick"), but not before a place ("N. Korea")', () => {
    const found = people(LEAD + 'The report was written by J. Marwick last year.\nTalks with N. Korea stalled.\n');
    assert.deepStrictEqual(mentionTexts(found), ['J. Marwick']);
  });

  it('confirms names listed with a known person, and a squad list of name-like pairs', () => {
    const anchored = people(LEAD + 'The panel named Mary Collins, Ostap Verlund and Tavi Orrenko as members.\n');
    assert.deepStrictEqual(mentionTexts(anchored), ['Mary Collins', 'Ostap Verlund', 'Tavi Orrenko']);
    const squad = people(LEAD + 'Squad: Tavi Orrenko, Ostap Verlund, Hasko Belin, Ruud Tessaro.\n');
    assert.deepStrictEqual(mentionTexts(squad), ['Tavi Orrenko', 'Ostap Verlund', 'Hasko Belin', 'Ruud Tessaro']);
    const alone = people(LEAD + 'The panel met Ostap Verlund and Tavi Orrenko.\n');
    assert.deepStrictEqual(mentionTexts(alone), []);
  });

  it('resolves an all-caps headline against the names given in full in the body', () => {
    const found = people('TENNIS - ORRENKO BEATS BROWN IN MAY FINAL\nTavi Orrenko said on Friday she had beaten Kate Brown in straight sets.\n');
    assert.deepStrictEqual(mentionTexts(found), ['ORRENKO', 'BROWN', 'Tavi Orrenko', 'Kate Brown']);
    const full = people('GOLF - TAVI ORRENKO LEADS\nTavi Orrenko said the course was hard.\n');
    assert.deepStrictEqual(mentionTexts(full), ['TAVI ORRENKO', 'Tavi Orrenko']);
    const nobody = people('SOCCER - BROWN SHIRTS BANNED\nThe league said the kit was against its rules.\n');
    assert.deepStrictEqual(mentionTexts(nobody), []);
  });
});

describe('people: surnames, evidence across mentions and hyphenated titles', () => {
  it('links a surname that is also a word at a sentence start when it stands as a name', () => {
    const found = people(LEAD + 'Senator Anna Rice spoke first.\nRice, who chairs the panel, left early.\nRice prices rose.\n');
    assert.deepStrictEqual(mentionTexts(found), ['Anna Rice', 'Rice']);
  });

  it('keeps a surname that looks like a plural ("Woods") and reads an age before a name', () => {
    const found = people(LEAD + 'The 20-year-old Tavi Woods shot 67 on Thursday.\n');
    assert.deepStrictEqual(mentionTexts(found), ['Tavi Woods']);
    // ECB+ topics 13 and 18: one word between an age and a noun is a place.
    const place = people(LEAD + 'A 57-year-old Wasilla woman has been indicted by a federal grand jury.\n');
    assert.deepStrictEqual(mentionTexts(place), []);
  });

  it('adds up evidence over mentions of one surname ("Frank Orrenko" … "Orrenko said")', () => {
    const found = people(LEAD + 'Former champion Frank Orrenko has quit the ring.\nOrrenko said he was sad.\n');
    assert.deepStrictEqual(mentionTexts(found), ['Frank Orrenko', 'Orrenko']);
    const unknown = people(LEAD + 'The deal went to Zorvan Dellic on Monday.\nDellic said he was pleased.\n');
    assert.deepStrictEqual(mentionTexts(unknown), ['Zorvan Dellic', 'Dellic']);
    // The last word alone with nothing around it that only a person has proves nothing.
    const company = people(LEAD + 'The deal went to Zorvan Dellic on Monday.\nDellic shares rose.\n');
    assert.deepStrictEqual(mentionTexts(company), []);
    // A sentence-initial adverb is not a given name (ECB+ topic 3).
    const adverb = people(LEAD + 'Curiously Nichols had offered to pay.\nNichols said he was pleased.\n');
    assert.deepStrictEqual(mentionTexts(adverb), ['Nichols', 'Nichols']);
    // A nickname beside the full name does not split the person ("Mo Cheeks" beside "Maurice Cheeks", ECB+ topic 5).
    const nickname = people(LEAD + 'Coach Maurice Orrenko was fired.\nOrrenko said he was sad.\nFans loved Mo Orrenko.\n');
    assert.deepStrictEqual(nickname.persons.map((p) => p.name), ['Maurice Orrenko']);
  });

  it('keeps a hyphenated title out of the name ("Major-General Ostap Verlund")', () => {
    const found = people(LEAD + 'The commander, Major-General Ostap Verlund, flew to the front.\n');
    assert.deepStrictEqual(mentionTexts(found), ['Ostap Verlund']);
    assert.strictEqual(found.mentions[0].role?.text, 'Major-General');
  });

  it('drops an unknown descriptor before a given name at a sentence start ("Undersheriff Larry Waldie", ECB+ topic 16)', () => {
    const found = people(LEAD + 'Undersheriff Larry Waldie said the deputies were safe.\n');
    assert.deepStrictEqual(mentionTexts(found), ['Larry Waldie']);
  });

  it('keeps an Arabic article inside a name ("Karim al-Haddadi")', () => {
    const found = people(LEAD + 'Investigators questioned the cleric Karim al-Haddadi at his home on Tuesday.\n');
    assert.deepStrictEqual(mentionTexts(found), ['Karim al-Haddadi']);
  });

  it('does not cut a relative\'s name down to the surname at a sentence start ("Marta Orrenko")', () => {
    const found = people(LEAD + 'President Boris Orrenko thanked the doctors.\nMarta Orrenko spoke to reporters outside the clinic.\n');
    assert.ok(!found.mentions.some((m) => m.text === 'Orrenko'), JSON.stringify(mentionTexts(found)));
  });
});

describe('people: surnames that are also ordinary words', () => {
  it('reads "May" after a given name as a surname, but not the modal verb or the month', () => {
    const found = people(LEAD + 'Harriet May spoke to reporters. May we ask why? In May the vote was held.');
    assert.deepStrictEqual(mentionTexts(found), ['Harriet May']);
  });

  it('links a surname that is also a common word to the person named in full, even opening a sentence', () => {
    const found = people(LEAD + 'Gordon Brown arrived late. Brown said nothing. Later, Brown left.');
    assert.deepStrictEqual(mentionTexts(found), ['Gordon Brown', 'Brown', 'Brown']);
    assert.strictEqual(found.persons.length, 1);
  });
});

describe('people: organisations named after people, towns before states, appositions', () => {
  it('keeps institutions named after a person out ("the Billy Graham Crusade", "Betty Ford Rehab", ECB+ topics 1 and 4)', () => {
    const crusade = people(LEAD + 'She had become a born-again Christian working for the Billy Graham Crusade.\n');
    assert.deepStrictEqual(mentionTexts(crusade), []);
    const rehab = people('Lindsay Lohan Checks Into Betty Ford Rehab\nLindsay Lohan is back in rehab, her lawyer said.\n');
    assert.deepStrictEqual(mentionTexts(rehab), ['Lindsay Lohan', 'Lindsay Lohan']);
    const person = people(LEAD + 'Billy Bob Thornton and Mary Ann Cotton said hello.\n');
    assert.deepStrictEqual(mentionTexts(person), ['Billy Bob Thornton', 'Mary Ann Cotton']);
  });

  it('reads "X, <US state>" as a place ("Everett, Wash.", "Cupertino, California"), not a described person', () => {
    const places = people(LEAD + 'The plant in Everett, Wash. employs 30,000 workers.\nEverett said nothing.\nA firm in Cupertino, California, said sales rose.\n');
    assert.deepStrictEqual(mentionTexts(places), []);
    const person = people(LEAD + 'Tyler Hansbrough, North Carolina\'s new career scoring leader, said he was proud.\n');
    assert.deepStrictEqual(mentionTexts(person), ['Tyler Hansbrough']);
  });

  it('reads an apposition with nouns of the trade ("Dan Cook, the senior market analyst at IG Markets", MEANTIME)', () => {
    const found = people(LEAD + 'Dan Cook, the senior market analyst at IG Markets, told reporters stocks fell.\n');
    assert.deepStrictEqual(mentionTexts(found), ['Dan Cook']);
    assert.strictEqual(found.mentions[0].role?.text, 'senior market analyst at IG Markets');
  });
});

describe('people: evidence from the rest of the article (names the lexicon does not know)', () => {
  it('confirms a pair of unknown words when its surname acts as a person twice ("X, who …", "said X")', () => {
    const found = people(LEAD + 'Torvald Brekkestad of Norway won the sprint stage on Tuesday.\nBrekkestad, who rides for a small team, now leads the race.\n"The legs felt good," said Brekkestad.');
    assert.deepStrictEqual(mentionTexts(found), ['Torvald Brekkestad', 'Brekkestad', 'Brekkestad']);
  });

  it('does not confirm an unknown pair on one mention of its surname alone', () => {
    const found = people(LEAD + 'Torvald Brekkestad of Norway won the sprint stage on Tuesday.\n"The legs felt good," said Brekkestad.');
    assert.deepStrictEqual(mentionTexts(found), []);
  });

  it('reads a long appositive role with an article after its preposition ("secretary of the Harbour Workers union")', () => {
    const found = people(LEAD + 'Dorvan Keltisse, secretary of the Harbour Workers union, told a meeting the strike would end.');
    assert.deepStrictEqual(mentionTexts(found), ['Dorvan Keltisse']);
    const long = people(LEAD + 'Dorvan Keltisse, the chairman of the Council for Harbour Safety and Shipping in the North Sea (CHSS), told radio the strike would end.');
    assert.deepStrictEqual(mentionTexts(long), ['Dorvan Keltisse']);
  });

  it('does not read a list after "and the" as one appositive role ("…, a baker\'s nephew and the brother of a drummer")', () => {
    const found = people(LEAD + 'The storm took the barn of Denver Owl Trevik Marlowe, a retired baker\'s nephew and the brother of a well-known drummer.');
    assert.ok(!found.mentions.some((m) => m.text.startsWith('Denver')), JSON.stringify(mentionTexts(found)));
  });

  it('takes "dissident" and "finalist" as roles before a name', () => {
    const found = people(LEAD + 'Officers arrested the dissident Liu Quanshan, and the chess finalist Marek Zadvorny withdrew.');
    assert.deepStrictEqual(mentionTexts(found), ['Liu Quanshan', 'Marek Zadvorny']);
  });

  it('links a surname that is also a place to the person named in full when it speaks or acts ("Denver said"), not after a preposition', () => {
    const found = people(LEAD + 'Choir director Anna Denver defended the programme.\nDenver said in a letter that the songs were traditional.\nThe choir toured in Denver and Austin.');
    assert.deepStrictEqual(mentionTexts(found), ['Anna Denver', 'Denver']);
    const alone = people(LEAD + 'Denver said on Monday it would close the roads.');
    assert.deepStrictEqual(mentionTexts(alone), []);
  });

  it('strips a sentence-initial adjective before a demonym and a name ("Outspoken Canadian Jane Doe")', () => {
    const found = people(LEAD + 'Outspoken Canadian Anthony Carrick called the referee unfair.');
    assert.deepStrictEqual(mentionTexts(found), ['Anthony Carrick']);
  });
});

describe('people: faiths and speaking places are not names', () => {
  it('reads "Roman Catholic" as a faith, not a person, and a place that "urges" as no person', () => {
    const found = people(LEAD + 'Cardinal Joseph Harlan, head of the oldest Roman Catholic parish, spoke on Friday.\nS. Sudan warns N. Uganda about the border.');
    assert.deepStrictEqual(mentionTexts(found), ['Joseph Harlan']);
  });
});

describe('people: a his/her after a name', () => {
  it('takes a his/her a few words after a sentence-initial pair as evidence ("Mark Orlander lifted his cup": Mark is also an ordinary word)', () => {
    const found = people(LEAD + 'Mark Orlander lifted his cup on Sunday.\nOn Saturday, Ysolde Halloran kept her seat.');
    assert.deepStrictEqual(mentionTexts(found), ['Mark Orlander', 'Ysolde Halloran']);
    assert.strictEqual(personNamed(found, 'Ysolde Halloran').gender, 'female');
  });

  it('does not take "its" or a pronoun after another name as such evidence', () => {
    const found = people(LEAD + 'Norvik Steelworks raised its forecast on Monday.\nKestrel Dunmore met Mr. Tovey and his aides.');
    assert.ok(!mentionTexts(found).includes('Norvik Steelworks') && !mentionTexts(found).includes('Kestrel Dunmore'), JSON.stringify(mentionTexts(found)));
  });
});
