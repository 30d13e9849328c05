/**
 * Given names missing from (or mis-gendered in) the generated lists.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { words } from './lists';

/** Given names borne by men: Slavic, Arabic, East and South Asian, and common short forms that news about politics and business needs. */
export const MALE_GIVEN_NAMES_HAND: readonly string[] = words(`
  barack taro kaoru hiroshi shinzo yoshihiko junichiro naoto fumio yoshihide shigeru akihito naruhito
  narendra rahul amit arvind manmohan atal imran nawaz shehbaz asif pervez recep tayyip ekrem
  volodymyr petro viktor vitali vitaliy oleksandr oleksiy andriy mykola mykhailo serhiy yevgeny yevgeniy
  dmitri dmitriy sergey aleksei alexey nikolai valery valeriy gennady arkady ramzan vyacheslav anatoly
  kirill mikhail boris yury yuriy maxim pavel grigory leonid vladislav rustam nursultan kassym-jomart
  emmanuel francois jean-luc jean-claude jean-marc jean-pierre olaf friedrich wolfgang gerhard helmut
  keir rishi boris nigel jeremy theresa sadiq
  xi li wang hu jiang deng mao kim moon yoon jae-in jae-myung shinzo fumio
  mahmoud mohammed muhammad mohammad mohamed abdel-fattah bashar hassan hasan hossein hussein ali ayman
  benjamin benny yair naftali isaac itamar bezalel avigdor gideon ehud ariel shimon yitzhak
  luiz inacio jair javier gustavo nicolas nicolás andres andrés lula evo hugo
  cyril jacob thabo nelson uhuru william yoweri paul muhammadu bola abiy
  joe kamala mike marco pete lloyd antony tulsi kash rfk jd j.d. ron rudy
  elon jeff sundar satya tim larry sergey mark bill steve warren
`);

/** Given names borne by women. */
export const FEMALE_GIVEN_NAMES_HAND: readonly string[] = words(`
  ursula kaja giorgia marine ségolène segolene nancy hillary kamala ilhan alexandria tulsi pam kristi
  kristalina christine angela annalena liz theresa yulia julia svetlana olena maria zakharova valentina
  tsai ing-wen aung jacinda sanna mette
  karoline karine jen dana sarah sanae yuriko
`);

/** Given names borne by both; they carry no gender. */
export const UNISEX_GIVEN_NAMES_HAND: readonly string[] = words(`
  sandy lee jae jo sam alex kim robin leslie jordan taylor jamie chris pat
`);

/** Given names that are also ordinary words, months or places ("Will", "May", "Hope"): on their own they prove nothing, so they count as given names only inside an already-evidenced name. */
export const AMBIGUOUS_GIVEN_NAMES_HAND: readonly string[] = words(`
  will may june april august march hope faith joy grace rose bill art mark bob frank sunny summer
  autumn winter honey august pearl ruby amber jewel crystal destiny harmony unity liberty justice
  king prince major duke earl baron rich price young page ford chase lance grant wade pierce gay
  white brown green black gray grey long short little sterling golden angel christian
  china india israel georgia jordan paris florence victoria sydney austin houston dallas chelsea virginia
  carolina brooklyn madison savannah lincoln denver phoenix camden orlando salvador santiago
  alexandria kent kobe tatum warren darwin hamilton diego mason taylor carson palmer
  ray guy jack drew cliff dean don rod gene sonny buck nick rob sue peg skip biff blaze blossom
  stew mack foster marshal chuck spike ollie
`);
