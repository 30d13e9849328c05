/**
 * Given names missing from (or mis-gendered in) the generated lists.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { words } from './lists';

/**
 * Given names borne by men; a name listed here is male even where the generated list calls it
 * female ("Valery" Gerasimov, "Lula" da Silva).
 * Slavic, Arabic, East and South Asian, and common short forms that news about politics and
 * business needs. Chinese and Korean surnames (Xi, Li, Wang, Kim, Moon) belong in ./surnames.ts.
 */
export const MALE_GIVEN_NAMES_HAND: readonly string[] = words(`
  barack taro hiroshi shinzo yoshihiko junichiro naoto fumio yoshihide shigeru akihito naruhito
  narendra arvind manmohan atal imran nawaz shehbaz asif pervez tayyip ekrem
  vitali vitaliy oleksiy andriy mykola mykhailo serhiy yevgeniy
  dmitriy alexey valery valeriy gennady arkady ramzan vyacheslav
  maxim grigory rustam nursultan kassym-jomart
  francois jean-luc jean-claude jean-marc jean-pierre helmut
  rishi sadiq
  jae-in jae-myung
  abdel-fattah bashar ayman
  yair naftali itamar bezalel avigdor gideon ehud shimon yitzhak
  inacio jair nicolás andrés lula evo
  thabo uhuru yoweri muhammadu bola abiy
  kash rfk jd j.d.
  elon sundar satya mark bill warren
`);

/** Given names borne by women. */
export const FEMALE_GIVEN_NAMES_HAND: readonly string[] = words(`
  kaja giorgia marine ségolène segolene ilhan alexandria tulsi
  kristalina annalena yulia svetlana olena
  ing-wen aung sanna mette
  karoline karine sanae yuriko
`);

/** Given names borne by both; they carry no gender. */
export const UNISEX_GIVEN_NAMES_HAND: readonly string[] = words(`
  sandy lee jae jo sam alex kim robin leslie jordan taylor chris
`);

/** Given names that are also ordinary words, months or places ("Will", "May", "Hope"): on their own they prove nothing, so they count as given names only inside an already-evidenced name. */
export const AMBIGUOUS_GIVEN_NAMES_HAND: readonly string[] = words(`
  will may june april august march hope faith joy grace rose bill art mark bob frank sunny summer
  autumn winter honey pearl ruby amber jewel crystal destiny harmony unity liberty justice
  king prince major duke earl baron rich price young page ford chase lance grant wade pierce gay
  white brown green black gray grey long short little sterling golden angel christian
  china india israel georgia jordan paris florence victoria sydney austin houston dallas chelsea virginia
  carolina brooklyn madison savannah lincoln denver phoenix camden orlando salvador santiago
  alexandria kent kobe tatum warren darwin hamilton diego mason taylor carson palmer
  ray guy jack drew cliff dean don rod gene sonny buck nick rob sue peg skip biff blaze blossom
  stew mack foster marshal chuck spike ollie
`);
