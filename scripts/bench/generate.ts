/**
 * A seeded generator of synthetic news corpora for the scale benchmark (bench/scale.ts): invented
 * local stories (fires, floods, strikes, council votes, chemical leaks, bridge closures) in
 * invented towns, with invented people, outlets, dates, numbers and quotes, each story reprinted
 * by several outlets — verbatim copies, lightly edited copies (a sentence dropped or reworded, a
 * toll updated a day later, now and then a number that differs) and independent rewrites of the
 * same facts. A few wire stories are carried by 60 outlets, past the term index's frequency cap.
 * All text comes from the templates and word lists below; the same seed gives the same corpus.
 *
 * `npx tsx scripts/bench/generate.ts COUNT OUT_DIR [SEED]` writes COUNT `.txt` files to OUT_DIR.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GeneratedArticle {
  path: string;
  text: string;
}

/** Mulberry32: a small, fast, seeded generator; enough for choosing words. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

const GIVEN_NAMES = [
  'Maren', 'Tobias', 'Ilse', 'Dorian', 'Priya', 'Callum', 'Noor', 'Esteban', 'Wren', 'Anselm', 'Beatrix', 'Kofi', 'Liesel', 'Ravi', 'Odile',
  'Thaddeus', 'Yara', 'Gideon', 'Solveig', 'Marcus', 'Helena', 'Idris', 'Josefa', 'Lucian', 'Fenna', 'Oskar', 'Talia', 'Cyrus', 'Annika', 'Bram',
];
const FAMILY_NAMES = [
  'Okafor', 'Lindqvist', 'Harrow', 'Castellanos', 'Brennan', 'Vasquez', 'Achterberg', 'Moreau', 'Kowalczyk', 'Delacroix', 'Fairweather',
  'Nakamura', 'Osei', 'Pemberton', 'Quist', 'Ravensworth', 'Szabo', 'Thorne', 'Underhill', 'Valdez', 'Whitlock', 'Yilmaz', 'Zeller',
  'Abernathy', 'Bellweather', 'Corrigan', 'Dunmore', 'Ellery', 'Fontaine', 'Galloway', 'Hartigan', 'Ingersoll', 'Jorgensen', 'Kessler',
];
const TOWN_FIRST = ['Port', 'East', 'West', 'North', 'Lower', 'Upper', 'New', 'Old', 'Saint', 'Fort'];
const TOWN_SECOND = [
  'Alder', 'Greyhaven', 'Millbrook', 'Carran', 'Redmarsh', 'Hollin', 'Stonecross', 'Brackenridge', 'Ashby', 'Wexley', 'Tamsin', 'Orrin',
  'Pellham', 'Quarry', 'Linnet', 'Dunmere', 'Fallow', 'Kestrel', 'Marrow', 'Selby', 'Thistle', 'Vardon', 'Yew', 'Bramble',
];
const STREET_NAMES = ['Linden', 'Harbor', 'Mill', 'Chapel', 'Orchard', 'Foundry', 'Canal', 'Granary', 'Beacon', 'Tanner', 'Willow', 'Quarry', 'Juniper', 'Saddler'];
const STREET_KINDS = ['Street', 'Avenue', 'Road', 'Lane', 'Boulevard'];
const OUTLET_KINDS = ['Courier', 'Post', 'Gazette', 'Dispatch', 'Ledger', 'Observer', 'Herald', 'Bulletin', 'Times', 'Record', 'Chronicle', 'Sentinel'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Person {
  name: string;
  role: string;
  age: number;
}

/** One incident kind: what it is called, what is counted, and sentences about it with slots. */
interface IncidentKind {
  noun: string;
  sites: readonly string[];
  counted: string;
  roles: readonly string[];
  leads: readonly string[];
  details: readonly string[];
  quotes: readonly string[];
}

const INCIDENTS: readonly IncidentKind[] = [
  {
    noun: 'fire',
    sites: ['warehouse', 'apartment block', 'textile mill', 'bakery', 'school gymnasium', 'furniture store'],
    counted: 'people were injured',
    roles: ['fire chief', 'battalion commander', 'fire marshal'],
    leads: [
      '{count} people were injured when a fire tore through a {site} on {street} in {town} on {weekday}, officials said.',
      'A fire gutted a {site} on {street} in {town} on {weekday}, injuring {count} people, according to the fire department.',
    ],
    details: [
      'The blaze broke out shortly after {hour} and took {crew} firefighters more than {hours} hours to bring under control.',
      'Crews from {crewTowns} neighbouring stations were called in as the flames spread to the roof.',
      'Investigators have not yet said what started the fire, and the {site} will stay closed while they work.',
      'The {site} had passed an inspection on {inspection}, according to records released by the town.',
    ],
    quotes: ['We were lucky that the alarms worked and most people got out in time', 'The building was fully involved when the first engine arrived', 'It will take days before we know how this started'],
  },
  {
    noun: 'flood',
    sites: ['riverside district', 'low-lying neighbourhood', 'market square', 'industrial estate'],
    counted: 'residents were evacuated',
    roles: ['emergency manager', 'mayor', 'water board director'],
    leads: [
      '{count} residents were evacuated from the {site} of {town} on {weekday} after the river burst its banks, officials said.',
      'Floodwater swept through the {site} of {town} on {weekday}, forcing {count} residents from their homes.',
    ],
    details: [
      'More than {rain} millimetres of rain fell in {hours} hours, the heaviest downpour recorded in the area since {pastYear}.',
      'Sandbags were handed out at {crewTowns} points along {street} as the water kept rising.',
      'Schools in the {site} stayed closed and buses were rerouted around {street}.',
      'The river was last this high on {inspection}, according to the water board.',
    ],
    quotes: ['The water came up faster than anyone expected', 'We ask people not to drive through flooded roads', 'Our crews will keep working through the night'],
  },
  {
    noun: 'strike',
    sites: ['port', 'bus depot', 'hospital', 'rail yard', 'steelworks'],
    counted: 'workers walked out',
    roles: ['union leader', 'company spokesperson', 'labour minister'],
    leads: [
      '{count} workers walked out at the {site} in {town} on {weekday}, demanding a pay rise of {percent} percent.',
      'A strike by {count} workers shut the {site} in {town} on {weekday}, the union said.',
    ],
    details: [
      'The union said the walkout would last {hours} days unless management returned to talks.',
      'Management offered a rise of {lowPercent} percent last month, which members rejected in a vote.',
      'Picket lines formed at dawn outside the gates on {street}.',
      'The last strike at the {site} ended on {inspection} after a week of talks.',
    ],
    quotes: ['Our members have waited long enough for a fair offer', 'We remain open to talks at any time', 'Nobody wants this to drag on'],
  },
  {
    noun: 'chemical leak',
    sites: ['fertiliser plant', 'water treatment works', 'paint factory', 'rail depot'],
    counted: 'people were taken to hospital',
    roles: ['county health officer', 'plant manager', 'police spokesperson'],
    leads: [
      '{count} people were taken to hospital after a chemical leak at a {site} in {town} on {weekday}, authorities said.',
      'A leak of chlorine gas at a {site} in {town} sent {count} people to hospital on {weekday}.',
    ],
    details: [
      'Residents within {rain} metres of the {site} were told to keep their windows shut for {hours} hours.',
      'A valve failed during a routine transfer at about {hour}, the operator said.',
      'Roads around {street} were closed and {crewTowns} decontamination tents were set up.',
      'The {site} was fined over a smaller leak on {inspection}, according to court records.',
    ],
    quotes: ['The leak has been contained and the air readings are back to normal', 'We are cooperating fully with the investigation', 'People who feel unwell should seek medical advice'],
  },
  {
    noun: 'council vote',
    sites: ['town hall', 'county chamber', 'civic centre'],
    counted: 'councillors voted in favour',
    roles: ['council leader', 'opposition councillor', 'finance director'],
    leads: [
      '{count} councillors voted in favour of a new budget at the {site} in {town} on {weekday}, approving cuts to library hours.',
      'The council in {town} approved its budget on {weekday} after {count} councillors voted in favour at the {site}.',
    ],
    details: [
      'The budget sets aside {rain} million for road repairs over the next {hours} years.',
      'A motion to delay the vote failed after a debate of more than {crew} minutes.',
      'Residents protested outside the {site} on {street} before the meeting.',
      'The previous budget was passed on {inspection} with a narrow majority.',
    ],
    quotes: ['This budget protects the services people rely on most', 'These cuts will be felt by the families who can least afford them', 'We had no easy choices this year'],
  },
  {
    noun: 'bridge closure',
    sites: ['river bridge', 'rail viaduct', 'harbour crossing'],
    counted: 'vehicles a day were diverted',
    roles: ['transport director', 'chief engineer', 'mayor'],
    leads: [
      'The {site} in {town} was closed on {weekday} after inspectors found cracks in two supports, diverting {count} vehicles a day.',
      'Inspectors closed the {site} in {town} on {weekday}, and {count} vehicles a day were diverted onto {street}.',
    ],
    details: [
      'Engineers said repairs could take {hours} weeks and cost about {rain} million.',
      'Ferries will run every {crew} minutes while the crossing is shut.',
      'Traffic backed up for {crewTowns} kilometres along {street} during the morning rush.',
      'The {site} was last inspected on {inspection}, when no damage was reported.',
    ],
    quotes: ['Safety has to come first, even if it means delays', 'We will reopen the crossing as soon as it is safe', 'Drivers should allow extra time all week'],
  },
];

const BACKGROUND = [
  '{town} has about {population} residents and sits on the {river} River.',
  'Local businesses on {street} said they expected to lose trade for several days.',
  'The regional government said it would review what happened and report within {hours} weeks.',
  'Neighbours gathered at a community hall on {street}, where volunteers served food and tea.',
  'A spokesperson for the regional government said the minister had been briefed.',
  'Officials urged residents to check on elderly neighbours and follow updates from the town.',
  'Photographs shared online showed crowds watching from the end of {street}.',
  'The town last faced a comparable emergency in {pastYear}, residents recalled.',
];

/** The longer middle of an article: reactions, context and follow-up, with people and numbers of their own. */
const CONTEXT = [
  '{extra1}, a {job1} who has lived in {town} for {years} years, said the {noun} was the talk of every shop on {street}.',
  '"{reaction}," said {extra1}, who runs a {shop} two streets away.',
  '{extra2}, a {job2}, said {pronoun2} had warned the town about the {site} as early as {pastYear}.',
  'In a statement on {weekday} evening, the town council said it would hold a public meeting within {hours} days.',
  'The meeting will take place at the library on {street}, and residents can send written questions beforehand.',
  'According to figures published by the regional statistics office, {town} had {smallCount} similar incidents in the past decade.',
  'Insurance companies said claims could run to {rain} thousand, although it was too early to give a firm estimate.',
  '"{reaction}," {extra2} told the {outlet}.',
  'A fundraising page set up by {extra3} had collected more than {money} by {weekday} night.',
  '{extra3}, {age3}, said the money would go to the families most affected.',
  'The opposition group on the council called for an independent review, saying the town had ignored earlier complaints.',
  'The regional minister, {minister}, is expected to visit {town} later this week.',
  '{minister} said in a short statement that the government stood ready to help.',
  'Police closed part of {street} to traffic, and a diversion was in place through {otherStreet}.',
  'Public transport was running with delays of up to {crew} minutes on routes through the centre.',
  'Volunteers from {smallCount} local groups offered rooms, meals and transport to those who needed them.',
  'Several schools sent letters home on {weekday} explaining how lessons would continue.',
  'A hotline for residents has been opened and had taken {calls} calls by the evening.',
  '"{reaction}," added {extra1}, standing outside the {shop} with a cup of coffee.',
  'The last time the town asked for regional help was in {pastYear}, when a storm brought down power lines across {otherStreet}.',
  'Residents said they would keep an eye on what happens next, and many said they hoped lessons would be learned.',
  'Engineers and inspectors are expected to publish a first report by {inspectionNext}.',
];
const JOBS = ['retired teacher', 'nurse', 'taxi driver', 'pharmacist', 'carpenter', 'student', 'shop owner', 'bus driver', 'librarian', 'electrician', 'chef', 'accountant'];
const SHOPS = ['bakery', 'hardware store', 'cafe', 'bookshop', 'pharmacy', 'florist', 'barber shop', 'grocery'];
const REACTIONS = [
  'People here look out for each other, and that is what you see today',
  'We have been asking for answers for years',
  'I just want to know that my children are safe',
  'It could have been so much worse',
  'Nobody from the council has come to talk to us yet',
  'The whole street came together',
  'I was shaking when I saw the news',
  'We will rebuild, we always do',
];

/** What a story is: its facts, fixed once and told by every outlet that carries it. */
interface Story {
  kind: IncidentKind;
  town: string;
  site: string;
  street: string;
  weekday: string;
  date: Date;
  count: number;
  official: Person;
  witness: Person;
  slots: Record<string, string>;
}

function newStory(random: Random, index: number): Story {
  const kind = INCIDENTS[index % INCIDENTS.length];
  const date = new Date(Date.UTC(2025, between(random, 0, 11), between(random, 1, 28)));
  const town = `${pick(random, TOWN_FIRST)} ${pick(random, TOWN_SECOND)}`;
  const person = (role: string): Person => ({ name: `${pick(random, GIVEN_NAMES)} ${pick(random, FAMILY_NAMES)}`, role, age: between(random, 24, 78) });
  const inspection = new Date(Date.UTC(2024, between(random, 0, 11), between(random, 1, 28)));
  const story: Story = {
    kind,
    town,
    site: pick(random, kind.sites),
    street: `${pick(random, STREET_NAMES)} ${pick(random, STREET_KINDS)}`,
    weekday: WEEKDAYS[(date.getUTCDay() + 6) % 7],
    date,
    count: between(random, 3, 400),
    official: person(pick(random, kind.roles)),
    witness: person('resident'),
    slots: {},
  };
  story.slots = {
    town,
    site: story.site,
    street: story.street,
    weekday: story.weekday,
    count: String(story.count),
    hour: `${between(random, 1, 11)}:${String(between(random, 0, 59)).padStart(2, '0')} ${random() < 0.5 ? 'a.m.' : 'p.m.'}`,
    crew: String(between(random, 12, 90)),
    crewTowns: String(between(random, 2, 9)),
    hours: String(between(random, 2, 14)),
    rain: String(between(random, 40, 900)),
    percent: String(between(random, 6, 15)),
    lowPercent: String(between(random, 1, 5)),
    pastYear: String(between(random, 1968, 2019)),
    inspection: `${MONTHS[inspection.getUTCMonth()]} ${inspection.getUTCDate()}, ${inspection.getUTCFullYear()}`,
    population: `${between(random, 4, 180)},000`,
    river: pick(random, TOWN_SECOND),
    noun: kind.noun,
    extra1: person('resident').name,
    extra2: person('resident').name,
    extra3: person('resident').name,
    minister: person('minister').name,
    job1: pick(random, JOBS),
    job2: pick(random, JOBS),
    shop: pick(random, SHOPS),
    pronoun2: random() < 0.5 ? 'she' : 'he',
    years: String(between(random, 3, 60)),
    age3: String(between(random, 19, 80)),
    smallCount: String(between(random, 2, 14)),
    money: `$${between(random, 2, 95)},${String(between(random, 0, 999)).padStart(3, '0')}`,
    calls: String(between(random, 40, 2500)),
    otherStreet: `${pick(random, STREET_NAMES)} ${pick(random, STREET_KINDS)}`,
    inspectionNext: `${MONTHS[(date.getUTCMonth() + 1) % 12]} ${between(random, 1, 28)}`,
  };
  return story;
}

function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

/** The paragraphs of one outlet's own telling of a story (its choice of lead, order and quotes). */
function tell(story: Story, random: Random, outlet: string): string[] {
  const { kind, official, witness, slots } = story;
  const paragraphs: string[] = [];
  paragraphs.push(fill(pick(random, kind.leads), slots));
  const details = [...kind.details].sort(() => random() - 0.5);
  const quote = pick(random, kind.quotes);
  const title = official.role.charAt(0).toUpperCase() + official.role.slice(1);
  paragraphs.push(
    random() < 0.5
      ? `"${quote}," said ${title} ${official.name}. ${fill(details[0], slots)}`
      : `${title} ${official.name} told reporters: "${quote}." ${fill(details[0], slots)}`,
  );
  paragraphs.push(`${fill(details[1], slots)} ${fill(details[2], slots)}`);
  paragraphs.push(
    `${witness.name}, ${witness.age}, who lives on ${story.street}, said ${random() < 0.5 ? 'she' : 'he'} heard about the ${kind.noun} from a neighbour. "${pick(random, [
      'I have never seen anything like it here',
      'Everyone was out in the street asking what to do',
      'We just hope everyone is safe',
      'It happened so quickly',
    ])}," ${witness.name.split(' ')[1]} said.`,
  );
  paragraphs.push(fill(details[3], slots));
  // The middle: most of the context sentences, three or four to a paragraph, each reaction its own.
  const context = CONTEXT.filter(() => random() < 0.85);
  for (let k = 0; k < context.length; k += 3) {
    paragraphs.push(context.slice(k, k + 3).map((c) => fill(c, { ...slots, reaction: pick(random, REACTIONS), outlet: outlet })).join(' '));
  }
  const background = [...BACKGROUND].sort(() => random() - 0.5).slice(0, 5);
  for (let k = 0; k < background.length; k += 2) paragraphs.push(background.slice(k, k + 2).map((b) => fill(b, slots)).join(' '));
  paragraphs.push(`${official.name} said a further update would be given on ${story.weekday === 'Sunday' ? 'Monday' : 'the following day'}.`);
  return paragraphs;
}

/** A lightly edited copy: a paragraph dropped, "said" reworded, and sometimes the count moved on (a later report) or different. */
function edit(paragraphs: readonly string[], story: Story, random: Random, later: boolean): string[] {
  const out = paragraphs.filter((_, i) => i === 0 || random() > 0.15);
  const count = String(story.count);
  const changed = later ? String(story.count + between(random, 1, 9)) : random() < 0.1 ? String(story.count + between(random, 1, 20)) : count;
  return out.map((p, i) => {
    let text = i === 0 && changed !== count ? p.replace(count, changed) : p;
    if (random() < 0.3) text = text.replace(/, officials said\./, ', officials told reporters.');
    return text;
  });
}

function isoDate(date: Date, plusDays: number): string {
  return new Date(date.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

function outletName(random: Random): string {
  return `${pick(random, TOWN_SECOND)} ${pick(random, OUTLET_KINDS)}`;
}

function articleText(title: string, source: string, date: string, paragraphs: readonly string[]): string {
  return `---\ntitle: ${title}\nsource: ${source}\ndate: ${date}\n---\n${paragraphs.join('\n')}\n`;
}

/**
 * `count` articles: stories told by 1 to 9 outlets each (every fiftieth story is a wire story
 * carried by 60), as verbatim copies, edited copies and independent tellings.
 */
export function generateCorpus(count: number, seed = 20251130): GeneratedArticle[] {
  const random = seededRandom(seed);
  const articles: GeneratedArticle[] = [];
  for (let s = 0; articles.length < count; s++) {
    const story = newStory(random, s);
    const title = `${story.kind.noun.charAt(0).toUpperCase() + story.kind.noun.slice(1)} in ${story.town}: ${story.count} ${story.kind.counted}`;
    const carriers = s % 50 === 49 ? 60 : between(random, 1, 9);
    const original = tell(story, random, 'wire service');
    for (let c = 0; c < carriers && articles.length < count; c++) {
      const roll = random();
      const later = roll > 0.85;
      const source = outletName(random);
      const paragraphs = c === 0 || roll < 0.45 ? original : roll < 0.75 || later ? edit(original, story, random, later) : tell(story, random, source);
      const name = `story${String(s).padStart(5, '0')}-${String(c).padStart(2, '0')}.txt`;
      articles.push({ path: name, text: articleText(title, source, isoDate(story.date, later ? 1 : 0), paragraphs) });
    }
  }
  return articles;
}

function writeCorpus(count: number, outDir: string, seed: number): void {
  fs.mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (const article of generateCorpus(count, seed)) {
    fs.writeFileSync(path.join(outDir, article.path), article.text);
    bytes += Buffer.byteLength(article.text);
  }
  console.log(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${outDir}`);
}

// Run as a script only (a bundle that imports this file has it as its main module too).
if (/^generate\.[jt]s$/.test(path.basename(process.argv[1] ?? ''))) {
  const [count, outDir, seed] = process.argv.slice(2);
  if (!count || !outDir) {
    console.error('usage: npx tsx scripts/bench/generate.ts COUNT OUT_DIR [SEED]');
    process.exit(2);
  }
  writeCorpus(Number(count), outDir, seed ? Number(seed) : 20251130);
}
