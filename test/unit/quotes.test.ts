import * as assert from 'node:assert';
import type { Gender, LocalPerson, LocalPersonMention, PeopleFindings } from '../../src/core/extract/people';
import { extractQuotes, type QuoteFinding } from '../../src/core/extract/quotes';
import { speakerHints } from '../../src/core/extract/quotes/hints';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';

/** Hand-built people findings: every occurrence of each given name form is a mention. */
function peopleOf(text: string, persons: { name: string; aliases?: string[]; gender?: Gender }[]): PeopleFindings {
  const locals: LocalPerson[] = [];
  const mentions: LocalPersonMention[] = [];
  for (const p of persons) {
    const key = p.name.toLowerCase().replace(/[^a-z]+/g, '-');
    locals.push({ key, name: p.name, aliases: p.aliases ?? [], roles: [], gender: p.gender ?? null });
    for (const form of [p.name, ...(p.aliases ?? [])]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (mentions.some((m) => m.start <= at && m.end > at)) continue;
        mentions.push({ start: at, end: at + form.length, person: key, text: form, role: null });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { persons: locals, mentions };
}

function quotesOf(text: string, persons: { name: string; aliases?: string[]; gender?: Gender }[] = []): QuoteFinding[] {
  const article = parseArticleText(text);
  return extractQuotes(article, splitSentences(article), peopleOf(text, persons));
}

function speakers(quotes: QuoteFinding[]): (string | null)[] {
  return quotes.map((q) => (q.speaker === null ? null : q.speaker.kind === 'person' ? q.speaker.person : q.speaker.kind === 'organisation' ? q.speaker.name : q.speaker.text));
}

describe('quotes', () => {
  it('finds a multi-sentence quote whole, with the speaker from a participle ("…, stating, “…”")', () => {
    const text = 'Ushakov confirmed the details of the meeting during his conversation with journalists, stating, "Witkoff, as they say, arrived in Moscow. There will be a meeting. He will meet with very high-ranking Russian representatives." The closed nature of the discussions indicates the sensitivity.';
    const quotes = quotesOf(text, [{ name: 'Yuri Ushakov', aliases: ['Ushakov'] }, { name: 'Steve Witkoff', aliases: ['Witkoff'] }]);
    assert.strictEqual(quotes.length, 1);
    assert.strictEqual(quotes[0].text, 'Witkoff, as they say, arrived in Moscow. There will be a meeting. He will meet with very high-ranking Russian representatives.');
    assert.strictEqual(text.slice(quotes[0].start, quotes[0].end), quotes[0].text);
    assert.deepStrictEqual(speakers(quotes), ['yuri-ushakov']);
    assert.ok(quotes[0].attribution && text.slice(quotes[0].attribution.start, quotes[0].attribution.end).startsWith('Ushakov'));
  });

  it('takes short curly scare quotes and tells apostrophes from marks', () => {
    const text = 'According to the Kremlin, the meeting brought the two sides’ positions “closer,” raising optimism about Witkoff’s role in the ’90s style talks that don\'t stop.';
    const quotes = quotesOf(text);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['closer,']);
    assert.deepStrictEqual(speakers(quotes), ['Kremlin']);
  });

  it('attributes "X said" after the quote and "said X" inverted', () => {
    const text = '“There are still some specific points… which need to be fine-tuned, and we are busy with this,” Lavrov said.\n"We are working on it," said MWEB Operations.\n“We appreciate your respect,” the 33-year-old actress\'s rep Jack Ketsoyan told the magazine.';
    const quotes = quotesOf(text, [{ name: 'Sergei Lavrov', aliases: ['Lavrov'] }, { name: 'Jack Ketsoyan' }]);
    assert.deepStrictEqual(speakers(quotes), ['sergei-lavrov', 'MWEB Operations', 'jack-ketsoyan']);
  });

  it('attributes a colon introduction to the sentence subject', () => {
    const text = 'Tensions escalated further.\nIn response, Trump took to social media with a direct message to the Russian leader: “Vladimir, STOP! Let’s get the Peace Deal DONE!”\n';
    const quotes = quotesOf(text, [{ name: 'Donald Trump', aliases: ['Trump'] }]);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['Vladimir, STOP! Let’s get the Peace Deal DONE!']);
    assert.deepStrictEqual(speakers(quotes), ['donald-trump']);
  });

  it('attributes "who described it as", "calling" and "what he calls"', () => {
    const text = 'The plan was received by Ukrainian President Volodymyr Zelensky, who described it as “positive,” but also asked for more.\nUshakov articulated earlier on March 13, calling the truce notion "a temporary respite" and more.\nPresident Trump said he had become “very angry” and was threatening what he calls “secondary tariffs”, punishments on third countries.';
    const quotes = quotesOf(text, [{ name: 'Volodymyr Zelensky', gender: 'male' }, { name: 'Yuri Ushakov', aliases: ['Ushakov'] }, { name: 'Donald Trump', aliases: ['Trump'], gender: 'male' }]);
    assert.deepStrictEqual(speakers(quotes), ['volodymyr-zelensky', 'yuri-ushakov', 'donald-trump', 'donald-trump']);
  });

  it('resolves "he said" to the nearest compatible person, skipping a woman', () => {
    const text = 'Mr Steele said the blaze was being treated as arson.\nAuthorities did not know whether Mrs Palin\'s connection to the church was relevant.\n“It\'s hard to say at this point.\nEverything is just speculation,” he said.\n“We have no information on intent or motive.”\n';
    const quotes = quotesOf(text, [{ name: 'James Steele', aliases: ['Steele'], gender: 'male' }, { name: 'Sarah Palin', aliases: ['Palin'], gender: 'female' }]);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['It\'s hard to say at this point.\nEverything is just speculation,', 'We have no information on intent or motive.']);
    // The second quote continues the first speaker (the paragraph-continuation convention).
    assert.deepStrictEqual(speakers(quotes), ['james-steele', 'james-steele']);
  });

  it('ends an unclosed quote at its paragraph when the next paragraph reopens it', () => {
    const text = '"What I did witness was the battlefields," he said.\n"There were a few still burning cars.\n"Otherwise, it was an empty city without people."\nProfessor Varoufakis blames angry youths.';
    const quotes = quotesOf('Yanis Varoufakis rode his bicycle into the city.\n' + text, [{ name: 'Yanis Varoufakis', aliases: ['Varoufakis'], gender: 'male' }]);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['What I did witness was the battlefields,', 'There were a few still burning cars.', 'Otherwise, it was an empty city without people.']);
    assert.deepStrictEqual(speakers(quotes), ['yanis-varoufakis', 'yanis-varoufakis', 'yanis-varoufakis']);
  });

  it('gives a name before the verb that is no known person as written, never another person', () => {
    const text = 'Sergei Ryabkov arrived first.\n“We are busy with this,” Lavrov said.';
    assert.deepStrictEqual(speakers(quotesOf(text, [{ name: 'Sergei Ryabkov', gender: 'male' }])), ['Lavrov']);
  });

  it('reads no name from capitals in a Title Case line', () => {
    const text = 'The talks went on.\n‘Manipulative’ Leader Is Stalling For Time Says Envoy\nThe meeting lasted six hours.';
    assert.deepStrictEqual(speakers(quotesOf(text)), [null]);
  });

  it('finds single quotes in headlines and posts; the post author speaks only if a person', () => {
    const text = 'The talks went on in Istanbul yesterday.\n‘Manipulative’ Putin Doesn’t Really Want Peace, Stalling For Time https://t.co/aSxY39BsAX\n— Breitbart London (@BreitbartLondon) March 14, 2025\nThe meeting lasted six hours.';
    const quotes = quotesOf(text);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['Manipulative']);
    assert.deepStrictEqual(speakers(quotes), [null]);
    const byPerson = quotesOf(text.replace(/Breitbart London/g, 'Jane Doe'), [{ name: 'Jane Doe' }]);
    assert.deepStrictEqual(speakers(byPerson), ['jane-doe']);
  });

  it('takes straight single quotes but not possessives or elisions', () => {
    const text = "In an October interview, Reid claimed she was a 'social drinker' and that the Yankees' offer of rock 'n' roll nights was fine.\n'Tonight was a peaceful vigil that devolved into a riot,' he wrote.";
    const quotes = quotesOf(text, [{ name: 'Tara Reid', aliases: ['Reid'], gender: 'female' }]);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['social drinker', 'Tonight was a peaceful vigil that devolved into a riot,']);
    assert.deepStrictEqual(speakers(quotes), ['tara-reid', null]);
  });

  it('treats quoted titles as nobody’s words', () => {
    const text = 'Mark said the 2006 film hit “Dreamgirls” was great, and Jackman, star of “Australia,” agreed.';
    const quotes = quotesOf(text, [{ name: 'Laurence Mark', aliases: ['Mark'] }]);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['Dreamgirls', 'Australia,']);
    assert.deepStrictEqual(speakers(quotes), [null, null]);
  });

  it('follows a quote across sentence-per-line breaks to its closing mark', () => {
    const text = '“I never thought it was shameful.\nI felt normal.\nIt was better than pounding a typewriter,” she told Playboy in 1998.\n';
    const quotes = quotesOf('Bettie Page defended the trade she pioneered.\n' + text, [{ name: 'Bettie Page', gender: 'female' }]);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['I never thought it was shameful.\nI felt normal.\nIt was better than pounding a typewriter,']);
    assert.deepStrictEqual(speakers(quotes), ['bettie-page']);
  });

  describe('paragraph continuations and reported introductions', () => {
    it('continues the speaker into the next sentence of the paragraph even when the attribution names others', () => {
      const text = '“We saw it coming,” Mr. Kemp said on Monday night at the Riverside Hall in Dover, where Mrs. Marsh also spoke. “Nobody listened.”\n';
      const quotes = quotesOf(text, [{ name: 'Alan Kemp', aliases: ['Kemp'] }, { name: 'Ruth Marsh', aliases: ['Marsh'] }]);
      assert.deepStrictEqual(speakers(quotes), ['alan-kemp', 'alan-kemp']);
      assert.strictEqual(quotes[1].reach, 'continuation');
    });

    it('continues after an inverted attribution with an appositive clause', () => {
      const text = '“Nothing changed for the workers,” said Helen Marsh, a builder in Dover, who introduced Mr. Kemp to the council. “We still wait.”\n';
      const quotes = quotesOf(text, [{ name: 'Helen Marsh', aliases: ['Marsh'] }, { name: 'Alan Kemp', aliases: ['Kemp'] }]);
      assert.deepStrictEqual(speakers(quotes), ['helen-marsh', 'helen-marsh']);
    });

    it('reads an inverted attribution through a title abbreviation ("said the Rev. Daniel Okafor, of …")', () => {
      const text = '“The park was closed for years,” said the Rev. Daniel Okafor, of Grace Chapel Church. “Now it is open again.”\n';
      const quotes = quotesOf(text, [{ name: 'Daniel Okafor', aliases: ['Okafor'] }]);
      assert.deepStrictEqual(speakers(quotes), ['daniel-okafor', 'daniel-okafor']);
    });

    it('gives a quote opening the sentence after "…, X said." in the same paragraph to X', () => {
      const text = 'The council may act soon, Tarrant said. “The money is there. We only need the vote.”\n';
      const quotes = quotesOf(text, [{ name: 'Joan Tarrant', aliases: ['Tarrant'] }]);
      assert.deepStrictEqual(speakers(quotes), ['joan-tarrant']);
      assert.strictEqual(quotes[0].reach, 'introduction');
    });

    it('does not carry a speaker into a new paragraph whose quote sits inside someone else\'s sentence', () => {
      const text = '“The vote was fair,” Tarrant said.\nThe auditors rated the count as “sloppy” in their report.\n';
      const quotes = quotesOf(text, [{ name: 'Joan Tarrant', aliases: ['Tarrant'] }]);
      assert.deepStrictEqual(speakers(quotes), ['joan-tarrant', null]);
    });

    it('does not continue a speaker into a quote followed by another name ("“…,” Laura Pinsky demanded")', () => {
      const text = '“The vote was fair,” Tarrant said.\n“It is a mistake,” Laura Pinsky demanded.\n';
      const quotes = quotesOf(text, [{ name: 'Joan Tarrant', aliases: ['Tarrant'] }, { name: 'Laura Pinsky' }]);
      assert.deepStrictEqual(speakers(quotes), ['joan-tarrant', 'laura-pinsky']);
    });
  });

  it('reads a signature after a no-break space, ending at its line ("”\u2015\u00a0Jane Doe." then a credits line)', () => {
    const text = 'Letters\n\n“The plan helps nobody.” \u2015 Marta Arbour \n\n“We can build a bridge instead.”\u2015\u00a0Ines Sandoval.\n\nPhoto credits\n';
    const quotes = quotesOf(text, [{ name: 'Marta Arbour' }, { name: 'Ines Sandoval' }]);
    assert.deepStrictEqual(speakers(quotes), ['marta-arbour', 'ines-sandoval']);
  });

  describe('what is not a subject', () => {
    it('does not take a place after "of" for the speaker ("Mayor Ann Roe of North Dakota praised …")', () => {
      const text = 'In March, Mayor Ann Roe of North Dakota praised the plan for its "fresh thinking."\n';
      const quotes = quotesOf(text);
      assert.notStrictEqual(speakers(quotes)[0], 'North Dakota');
    });

    it('reads a capitalised cue word inside a name in running text as no verb ("United States Coast Guard crews")', () => {
      const text = 'Letters sent among United States Coast Guard crews about a "routine" patrol were published.\n';
      const quotes = quotesOf(text);
      assert.deepStrictEqual(speakers(quotes), [null]);
    });
  });

  describe('speakers without a full name', () => {
    it('gives a bare surname the people stage did not link to the person of that name', () => {
      const text = 'Maria Delgado toured the plant on Monday.\n“We will reopen in May,” Delgado said.';
      assert.deepStrictEqual(speakers(quotesOf(text, [{ name: 'Maria Delgado', gender: 'female' }])), ['maria-delgado']);
    });

    it('gives a shared surname to the most mentioned person unless the other was just named', () => {
      const people = [{ name: 'Anna Brandt', gender: 'female' as const }, { name: 'Paul Brandt', gender: 'male' as const }];
      const salient = 'Anna Brandt leads the council. Anna Brandt called the vote.\nPaul Brandt, her brother, stayed home.\nThe vote went ahead a week later in the old town hall, which was full.\n“We won,” Brandt said.';
      assert.deepStrictEqual(speakers(quotesOf(salient, people)), ['anna-brandt']);
      const context = 'Anna Brandt leads the council. Anna Brandt called the vote.\nThe vote went ahead a week later in the old town hall, which was full.\nPaul Brandt watched.\n“We won,” Brandt said.';
      assert.deepStrictEqual(speakers(quotesOf(context, people)), ['paul-brandt']);
    });

    it('keeps a described speaker as written: before the verb, after it, and after "according to"', () => {
      assert.deepStrictEqual(speakers(quotesOf('The fire spread fast.\n“Nobody was hurt,” a police spokeswoman said.')), ['a police spokeswoman']);
      assert.deepStrictEqual(speakers(quotesOf('The fire spread fast.\n“Nobody was hurt,” said a fire department spokesman.')), ['a fire department spokesman']);
      assert.deepStrictEqual(speakers(quotesOf('Costs rose, according to the audit report, by “a wide margin.”')), ['the audit report']);
      assert.deepStrictEqual(speakers(quotesOf('The mill closed.\nLocal officials said the town was “in shock.”')), ['Local officials']);
    });

    it('lets a name inside a description be its modifier: "the Rivera campaign said"', () => {
      const text = 'Ana Rivera spoke in Denver.\nThe Rivera campaign said the rally was “a success.”';
      assert.deepStrictEqual(speakers(quotesOf(text, [{ name: 'Ana Rivera', aliases: ['Rivera'], gender: 'female' }])), ['The Rivera campaign']);
    });

    it('gives "X, who …, said" and "X, the director of …, said" to X, not to a name inside the clause', () => {
      const people = [{ name: 'Tomas Berg', gender: 'male' as const }, { name: 'Lena Ford', gender: 'female' as const }];
      const text = 'Lena Ford opened the session.\nTomas Berg, who worked with Lena Ford for years, said the plan was “a mistake.”';
      assert.deepStrictEqual(speakers(quotesOf(text, people)), ['tomas-berg']);
      const unknown = 'The board met.\nOla Nordmann, the director of the Harbour Authority, said the port was “ready.”';
      assert.deepStrictEqual(speakers(quotesOf(unknown)), ['Ola Nordmann']);
    });

    it('resolves "he" to the subject of the nearest earlier sentence naming a man, past a woman and a man after a preposition', () => {
      const people = [
        { name: 'Tomas Berg', gender: 'male' as const },
        { name: 'Karl Wendt', gender: 'male' as const },
        { name: 'Lena Ford', gender: 'female' as const },
      ];
      const text = 'Tomas Berg met reporters after talks with Karl Wendt.\nLena Ford left early.\n“It went well,” he said.';
      assert.deepStrictEqual(speakers(quotesOf(text, people)), ['tomas-berg']);
    });

    it('reads a surname with an inner capital ("DeLuca") as a name, so a later "he" is not given to someone named earlier', () => {
      const people = [{ name: 'Sam DeLuca', gender: 'male' as const }, { name: 'Marco DeLuca', gender: 'male' as const }];
      const text = 'Sam DeLuca scored 30 points on Friday. Sam DeLuca also set a school record.\nHis father, Marco DeLuca, coaches the team.\nThe team has won five games in a row.\nIt is the fans, DeLuca said, that kept him at home.\n“I care so much about this town,” he said.';
      assert.deepStrictEqual(speakers(quotesOf(text, people)), ['sam-deluca']);
    });

    it('gives "he" opening the sentence after "…, X said." to X, not to the subject of what X said', () => {
      const people = [{ name: 'Peter Gomes', aliases: ['Gomes'], gender: 'male' as const }, { name: 'Mark Ruiz', aliases: ['Ruiz'], gender: 'male' as const }];
      const text = 'Peter Gomes was arrested on Monday.\nGomes had been fired a week earlier, police Lt. Mark Ruiz said.\nHe said officers found “a box of shells” in a bin.';
      assert.deepStrictEqual(speakers(quotesOf(text, people)), ['mark-ruiz']);
    });

    it('gives "Mr." and "Mrs." before a shared surname to a man and a woman of that name', () => {
      const people = [{ name: 'Arthur Penn', gender: 'male' as const }, { name: 'Mary Penn', gender: 'female' as const }];
      const intro = 'Mary Penn and Arthur Penn ran the shop for forty years. Mary Penn kept the books.\nThe rent doubled last year.\n';
      assert.deepStrictEqual(speakers(quotesOf(`${intro}“We could not stay,” Mr. Penn said.`, people)), ['arthur-penn']);
      assert.deepStrictEqual(speakers(quotesOf(`${intro}“We could not stay,” Mrs. Penn said.`, people)), ['mary-penn']);
    });

    it('gives no one the words of a noun phrase opened after a comma ("As she lay there, a man next to her shouted")', () => {
      const people = [{ name: 'Ella Park', aliases: ['Park'], gender: 'female' as const }, { name: 'Tom Reyes', gender: 'male' as const }];
      const lying = 'Ella Park was struck by a car on Main Street.\nAs she lay on the pavement, a man standing next to her shouted, “Call an ambulance!”';
      assert.deepStrictEqual(speakers(quotesOf(lying, people)), [null]);
      const appositive = 'The strike went on.\nTom Reyes, the head of the union said the offer was “a disgrace.”';
      assert.deepStrictEqual(speakers(quotesOf(appositive, people)), ['tom-reyes']);
    });

    it('resolves "she" to a person named only by surname in the sentence before, past a woman named in full earlier', () => {
      const people = [{ name: 'Maria Delgado', gender: 'female' as const }, { name: 'Lena Ford', gender: 'female' as const }];
      const text = 'Maria Delgado arrived.\nLena Ford stayed.\nDelgado toured the plant.\n“We will reopen,” she said.';
      assert.deepStrictEqual(speakers(quotesOf(text, people)), ['maria-delgado']);
    });
  });

  describe('speaker hints', () => {
    const people = [{ name: 'Tomas Berg', gender: 'male' as const }];
    const hintsOf = (text: string): string[] => {
      const article = parseArticleText(text);
      const sentences = splitSentences(article);
      const found = peopleOf(text, people);
      const quotes = extractQuotes(article, sentences, found);
      return speakerHints(article.text, sentences, quotes, found.persons).map((h) => `${h.quote.text}@${h.at}`);
    };

    it('hints a pronoun speaker after the closing mark', () => {
      const text = 'Tomas Berg left the talks early.\n“It went well,” he said.';
      assert.deepStrictEqual(hintsOf(text), [`It went well,@${text.indexOf('” he')+1}`]);
    });

    it('gives no hint when the name is written beside the quote', () => {
      assert.deepStrictEqual(hintsOf('Tomas Berg left the talks early.\n“It went well,” Berg said.'), []);
      assert.deepStrictEqual(hintsOf('The talks ended.\n“It went well,” said Tomas Berg.'), []);
    });

    it('gives one hint to a quote split around its attribution', () => {
      const text = 'Tomas Berg left the talks early.\n“It went well,” he said, “and we will meet again.”';
      assert.strictEqual(hintsOf(text).length, 1);
    });

    it('hints a paragraph that continues the quote of a speaker named in the paragraph before', () => {
      const text = '“It went well,” said Tomas Berg, who led the team.\n\n“We will meet again in May.”';
      assert.deepStrictEqual(hintsOf(text), [`We will meet again in May.@${text.length}`]);
    });

    it('gives no hint to a quote with no attribution near it', () => {
      assert.deepStrictEqual(hintsOf('Tomas Berg left.\nThe talks had been “constructive.”'), []);
    });
  });

  describe('transcripts, signatures and inverted names', () => {
    it('gives a transcript turn to the upper-case label before its colon, resolved to the person', () => {
      const text = 'Anna Brandt joined the show on Sunday.\n"HOST: Will you run again?\n"BRANDT: I have not decided yet."';
      assert.deepStrictEqual(speakers(quotesOf(text, [{ name: 'Anna Brandt', gender: 'female' }])), ['HOST', 'anna-brandt']);
    });

    it('gives a quote signed with a dash after its closing mark to the name signed', () => {
      const text = 'Readers wrote in.\n\n“The park should stay open.” ― Jane Mills\n\n“We need more buses, not fewer.”― Omar Haddad.\n';
      assert.deepStrictEqual(speakers(quotesOf(text)), ['Jane Mills', 'Omar Haddad']);
    });

    it('reads an inverted name the people stage did not find: “…,” said Rep. Jane Doe (D-Ore.)', () => {
      const text = 'The vote failed.\n“This is a sad day,” said Rep. Jane Doe (D-Ore.), who chairs the panel.';
      assert.deepStrictEqual(speakers(quotesOf(text)), ['Rep. Jane Doe']);
    });

    it('takes "the letter reads" as an attribution', () => {
      const text = 'Parents sent a letter to the board.\n“Our schools need funding now,” the letter reads.';
      assert.deepStrictEqual(speakers(quotesOf(text)), ['the letter']);
    });
  });
});
