/**
 * Writes the word lists in `src/core/lang/lexicon/generated/` from the lexicon of the `compromise`
 * npm package (MIT licence, (c) Spencer Kelly and contributors), pinned to one version so the
 * lists only change when someone bumps the pin on purpose.
 *
 *   npm run lexicon            write the lists
 *   npm run lexicon -- --check exit 1 when the committed lists differ from what would be written
 *
 * What comes from where:
 * - names, places, organisations and person nouns are compromise's lexicon entries with that tag
 *   (after compromise's own normalisation, so "ben & jerry's" and its plain-apostrophe twin both
 *   appear), lower-cased;
 * - common words are the entries tagged with an ordinary part of speech, plus the inflections
 *   compromise derives from them (plurals, conjugations, comparatives) — except inflections of a
 *   word that is itself already inflected ("went" → "wented", "banks" → "bankses"), which are
 *   conjugator artefacts, not English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The compromise version the committed lists come from; bump it together with the lists. */
export const PINNED_COMPROMISE_VERSION = '14.17.0';

const repoRoot = resolve(__dirname, '..', '..');
const outDir = join(repoRoot, 'src', 'core', 'lang', 'lexicon', 'generated');

type Separator = ' ' | '|';
interface GeneratedList {
  readonly exportName: string;
  readonly doc: string;
  readonly separator: Separator;
  readonly words: Iterable<string>;
}
interface GeneratedFile {
  readonly fileName: string;
  readonly doc: string;
  readonly lists: readonly GeneratedList[];
}

/** compromise's package directory, found the way Node would resolve it from this repository. */
function compromiseDir(): string {
  const requireFromRepo = createRequire(join(repoRoot, 'package.json'));
  // The package's `exports` hide package.json; its main entry lives in `<dir>/src/` or `<dir>/builds/`.
  let dir = dirname(requireFromRepo.resolve('compromise'));
  while (!dir.endsWith('compromise')) dir = dirname(dir);
  return dir;
}

function installedCompromiseVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Tag names as compromise joins them in its expanded lexicon ("Region,ProperNoun"). */
function tagKey(tag: string | string[]): string {
  return Array.isArray(tag) ? tag.join(',') : tag;
}

/** Lexicon tags of ordinary English words (parts of speech, not names, numbers or abbreviations). */
const COMMON_WORD_TAGS = new Set([
  'Adjective', 'Adverb', 'Comparative', 'Condition', 'Conjunction', 'Copula,PastTense', 'Copula,PresentTense',
  'Determiner', 'Duration', 'Expression', 'Gerund', 'Imperative', 'Infinitive', 'Modal', 'Negative', 'Noun',
  'Participle', 'PastTense', 'Plural', 'Plural,Actor', 'Possessive', 'Possessive,Pronoun', 'Preposition',
  'PresentTense', 'Pronoun', 'QuestionWord', 'Reflexive', 'Singular', 'Superlative', 'Actor', 'Uncountable',
  'Unit', 'Verb',
]);
/** One lower-case word (letters, apostrophe, hyphen): no units like "km2", no symbols, no phrases. */
const SINGLE_WORD = /^[a-z][a-z'-]*$/;

/** Raw lexicon tags that mark an already inflected form. */
const INFLECTED_TAGS = new Set(['PastTense', 'Participle', 'Gerund', 'PresentTense', 'Plural', 'Plural|Verb', 'Comparative', 'Superlative']);
/** Raw tags under which compromise conjugates a word as a verb, or pluralises it as a noun. */
const VERB_TAGS = new Set(['Infinitive', 'Noun|Verb', 'Person|Verb', 'Actor|Verb', 'Adj|Present', 'PhrasalVerb', 'Verb']);
const NOUN_TAGS = new Set(['Singular', 'Actor', 'Noun|Verb', 'Person|Noun', 'Adj|Noun', 'Noun|Gerund', 'Uncountable', 'Demonym', 'Actor|Verb', 'Unit|Noun']);
/** Raw tags that say a word is a base verb in its own right ("ground" the verb, not only grind's past). */
const BASE_VERB_TAGS = new Set(['Infinitive', 'Noun|Verb', 'Adj|Present', 'Verb']);

interface Compromise {
  lexicon: Record<string, string | string[]>;
  rawTags: Map<string, Set<string>>;
  toPlural(word: string): string;
  toSingular(word: string): string;
  verbForms(word: string): string[];
}

async function loadCompromise(dir: string): Promise<Compromise> {
  const nlpModule = (await import(pathToFileURL(join(dir, 'src', 'three.js')).href)) as { default: NlpStatic };
  const nlp = nlpModule.default;
  const requireFromCompromise = createRequire(join(dir, 'package.json'));
  const efrt = (await import(pathToFileURL(requireFromCompromise.resolve('efrt')).href)) as { unpack(packed: string): Record<string, true> };
  const packedModule = (await import(pathToFileURL(join(dir, 'src', '2-two', 'preTagger', 'model', 'lexicon', '_data.js')).href)) as {
    default: Record<string, string>;
  };
  // The packed lexicon as compromise ships it: every word with the tag(s) it was listed under.
  const rawTags = new Map<string, Set<string>>();
  for (const [tag, packed] of Object.entries(packedModule.default)) {
    for (const word of Object.keys(efrt.unpack(packed))) {
      const tags = rawTags.get(word) ?? new Set<string>();
      tags.add(tag);
      rawTags.set(word, tags);
    }
  }
  const model = nlp.model();
  const transform = nlp.methods().two.transform;
  return {
    lexicon: model.one.lexicon,
    rawTags,
    toPlural: (word) => transform.noun.toPlural(word, model),
    toSingular: (word) => transform.noun.toSingular(word, model),
    verbForms: (word) => {
      const forms = transform.verb.conjugate(word, model);
      return [forms.PastTense, forms.PresentTense, forms.Gerund, forms.Participle].filter((f): f is string => Boolean(f));
    },
  };
}
interface NlpStatic {
  model(): { one: { lexicon: Record<string, string | string[]> } };
  methods(): {
    two: {
      transform: {
        noun: { toPlural(w: string, m: unknown): string; toSingular(w: string, m: unknown): string };
        verb: { conjugate(w: string, m: unknown): Record<string, string | undefined> };
      };
    };
  };
}

/**
 * Inflections that compromise derived from a word that is itself an inflected form — the plural
 * of a plural ("banks" → "bankses") or a conjugation of a past tense ("went" → "wented", "drew" →
 * "drewed"). A derived form survives when at least one of its sources is a base form.
 */
function conjugatorArtefacts(c: Compromise): Set<string> {
  const isRawWord = (w: string): boolean => c.rawTags.has(w);
  const tagsOf = (w: string): Set<string> => c.rawTags.get(w) ?? new Set<string>();
  const isPluralAlready = (w: string): boolean => {
    if ([...tagsOf(w)].some((t) => t === 'Plural' || t === 'Plural|Verb')) return true;
    const singular = c.toSingular(w);
    return singular !== w && isRawWord(singular) && c.toPlural(singular) === w;
  };
  // Past tenses and participles of the listed verbs: a word that is only such a form has no conjugation.
  const verbFormOf = new Map<string, string>();
  for (const [word, tags] of c.rawTags) {
    if (word.includes(' ') || ![...tags].some((t) => VERB_TAGS.has(t))) continue;
    for (const form of c.verbForms(word)) if (form !== word) verbFormOf.set(form, word);
  }
  const isVerbFormAlready = (w: string): boolean => {
    const tags = tagsOf(w);
    if ([...tags].some((t) => BASE_VERB_TAGS.has(t))) return false;
    return [...tags].some((t) => INFLECTED_TAGS.has(t)) || verbFormOf.has(w);
  };

  const sources = new Map<string, { base: boolean }[]>();
  const addSource = (form: string, base: boolean): void => {
    const list = sources.get(form) ?? [];
    list.push({ base });
    sources.set(form, list);
  };
  for (const [word, tags] of c.rawTags) {
    const head = word.split(' ')[0];
    for (const tag of tags) {
      if (NOUN_TAGS.has(tag)) addSource(c.toPlural(word), !isPluralAlready(word));
      if (VERB_TAGS.has(tag)) for (const form of c.verbForms(head)) if (form !== head) addSource(form, !isVerbFormAlready(head));
    }
  }
  const artefacts = new Set<string>();
  for (const [form, from] of sources) {
    if (!isRawWord(form) && from.every((s) => !s.base)) artefacts.add(form);
  }
  return artefacts;
}

function lexiconWords(c: Compromise, ...tags: string[]): string[] {
  const wanted = new Set(tags);
  return Object.entries(c.lexicon).filter(([, tag]) => wanted.has(tagKey(tag))).map(([word]) => word);
}

/** Multi-word entries split into words ("de la cruz" → de, la, cruz), as the name matcher looks words up one by one. */
function wordsOf(entries: readonly string[]): string[] {
  return entries.flatMap((e) => e.split(' '));
}

function sortedUnique(words: Iterable<string>): string[] {
  return [...new Set([...words].map((w) => w.toLowerCase()).filter(Boolean))].sort();
}

function header(doc: string): string {
  return [
    '/**',
    ` * ${doc}`,
    ' *',
    ` * Generated by scripts/lexicon/generate.ts from compromise@${PINNED_COMPROMISE_VERSION} — do not edit.`,
    ' * Data derived from the lexicon of the `compromise` npm package (MIT licence, (c) Spencer Kelly and',
    ' * contributors; see THIRD_PARTY_NOTICES.md). Hand-curated additions live in `../data/`.',
    ' */',
    '',
  ].join('\n');
}

function render(file: GeneratedFile): string {
  const lists = file.lists.map((list) => {
    const words = sortedUnique(list.words);
    for (const w of words) if (w.includes(list.separator === '|' ? '|' : ' ') || w.includes('"')) throw new Error(`${list.exportName}: cannot store "${w}"`);
    const name = list.separator === '|' ? "'|'" : "'space'";
    return `/** ${list.doc} (${name}-separated) */\nexport const ${list.exportName} =\n  ${JSON.stringify(words.join(list.separator))};\n`;
  });
  return header(file.doc) + '\n' + lists.join('\n');
}

export async function generatedFiles(): Promise<Map<string, string>> {
  const dir = compromiseDir();
  const installed = installedCompromiseVersion(dir);
  if (installed !== PINNED_COMPROMISE_VERSION) {
    throw new Error(
      `compromise ${installed} is installed but the lexicon is pinned to ${PINNED_COMPROMISE_VERSION}: ` +
        `install compromise@${PINNED_COMPROMISE_VERSION}, or bump PINNED_COMPROMISE_VERSION and review the diff of the lists.`,
    );
  }
  const c = await loadCompromise(dir);
  const artefacts = conjugatorArtefacts(c);
  const commonWords = Object.entries(c.lexicon)
    .filter(([word, tag]) => COMMON_WORD_TAGS.has(tagKey(tag)) && SINGLE_WORD.test(word) && !artefacts.has(word))
    .map(([word]) => word);

  const files: GeneratedFile[] = [
    {
      fileName: 'commonWords.ts',
      doc: 'Ordinary English words (verbs, nouns, adjectives, function words), to tell a capitalised word in a Title Case headline or at a sentence start from a name.',
      lists: [{ exportName: 'COMMON_WORDS', doc: 'Lower-case common words.', separator: ' ', words: commonWords }],
    },
    {
      fileName: 'names.ts',
      doc: 'Given names (with their usual gender) and common surnames, for recognising person names.',
      lists: [
        { exportName: 'MALE_GIVEN_NAMES', doc: 'Given names mostly borne by men.', separator: ' ', words: lexiconWords(c, 'MaleName') },
        { exportName: 'FEMALE_GIVEN_NAMES', doc: 'Given names mostly borne by women.', separator: ' ', words: lexiconWords(c, 'FemaleName') },
        { exportName: 'UNISEX_GIVEN_NAMES', doc: 'Given names borne by both.', separator: ' ', words: lexiconWords(c, 'FirstName') },
        { exportName: 'SURNAMES', doc: 'Frequent surnames across languages.', separator: ' ', words: wordsOf(lexiconWords(c, 'LastName')) },
        { exportName: 'FAMOUS_PEOPLE', doc: 'Well-known people by their usual name.', separator: '|', words: lexiconWords(c, 'Person') },
      ],
    },
    {
      fileName: 'organisations.ts',
      doc: 'Organisations: companies, media, bands, agencies, sports teams.',
      lists: [{ exportName: 'ORGANISATIONS', doc: 'Organisation names.', separator: '|', words: lexiconWords(c, 'Organization', 'SportsTeam') }],
    },
    {
      fileName: 'personNouns.ts',
      doc: 'Nouns that denote a person by occupation, office or relation ("analyst", "spokeswoman").',
      lists: [{ exportName: 'PERSON_NOUNS', doc: 'Singular person nouns.', separator: '|', words: lexiconWords(c, 'Actor') }],
    },
    {
      fileName: 'places.ts',
      doc: 'Countries, regions, cities and other places, and demonyms.',
      lists: [
        { exportName: 'COUNTRIES', doc: 'Countries and territories.', separator: '|', words: lexiconWords(c, 'Country') },
        { exportName: 'REGIONS', doc: 'States, provinces and regions.', separator: '|', words: lexiconWords(c, 'Region,ProperNoun') },
        { exportName: 'CITIES', doc: 'Cities.', separator: '|', words: lexiconWords(c, 'City') },
        { exportName: 'OTHER_PLACES', doc: 'Towns, districts, landmarks, rivers, airport codes.', separator: '|', words: lexiconWords(c, 'Place,ProperNoun') },
        {
          exportName: 'DEMONYMS',
          doc: 'Nationality adjectives and their plurals.',
          separator: ' ',
          words: wordsOf(lexiconWords(c, 'Demonym', 'Demonym,Plural')),
        },
      ],
    },
  ];
  return new Map(files.map((f) => [f.fileName, render(f)]));
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await generatedFiles();
  let stale = 0;
  for (const [fileName, text] of files) {
    const path = join(outDir, fileName);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // a missing file is stale
    }
    if (current === text) continue;
    stale++;
    if (check) console.error(`stale: ${path}`);
    else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  if (check && stale > 0) process.exitCode = 1;
  else if (stale === 0) console.log('lexicon lists up to date');
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
