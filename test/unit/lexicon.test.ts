import * as assert from 'node:assert';
import * as commonWordsData from '../../src/core/lang/lexicon/data/commonWords';
import * as demonymsData from '../../src/core/lang/lexicon/data/demonyms';
import * as givenNamesData from '../../src/core/lang/lexicon/data/givenNames';
import * as namePartsData from '../../src/core/lang/lexicon/data/nameParts';
import * as nonPersonHeadsData from '../../src/core/lang/lexicon/data/nonPersonHeads';
import * as organisationsData from '../../src/core/lang/lexicon/data/organisations';
import * as placesData from '../../src/core/lang/lexicon/data/places';
import * as surnamesData from '../../src/core/lang/lexicon/data/surnames';
import { COMMON_WORDS } from '../../src/core/lang/lexicon/generated/commonWords';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES, UNISEX_GIVEN_NAMES } from '../../src/core/lang/lexicon/generated/names';
import { ORGANISATIONS } from '../../src/core/lang/lexicon/generated/organisations';
import { CITIES, COUNTRIES, DEMONYMS, OTHER_PLACES, REGIONS } from '../../src/core/lang/lexicon/generated/places';
import { FEMALE_NAMES, MALE_NAMES } from '../../src/core/lang/lexicon';

const DATA_FILES: Record<string, Record<string, readonly string[]>> = {
  commonWords: commonWordsData,
  demonyms: demonymsData,
  givenNames: givenNamesData,
  nameParts: namePartsData,
  nonPersonHeads: nonPersonHeadsData,
  organisations: organisationsData,
  places: placesData,
  surnames: surnamesData,
};

const spaced = (list: string): Set<string> => new Set(list.split(' ').filter(Boolean));
const piped = (list: string): Set<string> => new Set(list.split('|').filter(Boolean));

function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(list.filter((w) => seen.has(w) || !seen.add(w)))];
}
function overlap(a: Iterable<string>, b: ReadonlySet<string>, except: ReadonlySet<string> = new Set()): string[] {
  return [...new Set([...a].filter((w) => b.has(w) && !except.has(w)))].sort();
}

const { MALE_GIVEN_NAMES_HAND, FEMALE_GIVEN_NAMES_HAND, UNISEX_GIVEN_NAMES_HAND } = givenNamesData;
const handGiven = new Set([...MALE_GIVEN_NAMES_HAND, ...FEMALE_GIVEN_NAMES_HAND, ...UNISEX_GIVEN_NAMES_HAND]);
const generatedGiven = new Set([...spaced(MALE_GIVEN_NAMES), ...spaced(FEMALE_GIVEN_NAMES), ...spaced(UNISEX_GIVEN_NAMES)]);
const generatedSurnames = spaced(SURNAMES);

describe('lexicon data', () => {
  describe('no list in a data file repeats an entry', () => {
    for (const [file, lists] of Object.entries(DATA_FILES)) {
      it(`data/${file}.ts`, () => {
        for (const [name, list] of Object.entries(lists)) assert.deepStrictEqual(duplicates(list), [], `${name} repeats entries`);
      });
    }
  });

  it('no given name is both male and female after the hand lists apply (a name of both genders goes in the unisex list)', () => {
    assert.deepStrictEqual(overlap(MALE_NAMES, FEMALE_NAMES), []);
  });

  // The people extractor takes an unambiguous given name as the start of a name (Given, first
  // token) and a surname as its end ("surnameHead", the score bonus of a known surname). A word a
  // hand list puts in both would get both readings from one hand decision, so the hand lists say
  // once what a word is; names that really are both ("Cameron", "Blair") come from the
  // generated lists and are left alone.
  it('hand surnames are not hand given names, and hand given names are not generated surnames unless compromise also lists them as given names (Xi, Li, Wang are surnames)', () => {
    assert.deepStrictEqual(overlap(surnamesData.SURNAMES_HAND, handGiven), []);
    assert.deepStrictEqual(overlap(handGiven, generatedSurnames, generatedGiven), []);
  });

  it('hand lists do not repeat the generated lists of their category', () => {
    const generatedPlaces = new Set([...piped(COUNTRIES), ...piped(REGIONS), ...piped(CITIES), ...piped(OTHER_PLACES)]);
    const repeats = {
      male: overlap(MALE_GIVEN_NAMES_HAND, spaced(MALE_GIVEN_NAMES)),
      female: overlap(FEMALE_GIVEN_NAMES_HAND, spaced(FEMALE_GIVEN_NAMES)),
      unisex: overlap(UNISEX_GIVEN_NAMES_HAND, spaced(UNISEX_GIVEN_NAMES)),
      surnames: overlap(surnamesData.SURNAMES_HAND, generatedSurnames),
      organisations: overlap(organisationsData.ORGANISATIONS_HAND, piped(ORGANISATIONS)),
      places: overlap(placesData.PLACES_HAND, generatedPlaces),
      demonyms: overlap(demonymsData.DEMONYMS_HAND, spaced(DEMONYMS)),
      commonWords: overlap(commonWordsData.COMMON_WORDS_HAND, spaced(COMMON_WORDS)),
    };
    assert.deepStrictEqual(repeats, {
      male: [], female: [], unisex: [], surnames: [], organisations: [], places: [], demonyms: [], commonWords: [],
    });
  });
});
