/**
 * Words that make a capitalised phrase an organisation, place or thing rather than a person.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { words } from './lists';

/** Last words that make a capitalised phrase an organisation, place, building, event, product or publication rather than a person ("Vnukovo Airport", "Betty Ford Center", "TIME magazine"). */
export const NON_PERSON_HEAD_WORDS: readonly string[] = words(`
  airport airports airline airlines airways air aviation aerospace aircraft
  center centre institute institution university college school academy polytechnic
  inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc ag gmbh sa nv group holdings
  partners associates industries enterprises ventures capital investments securities trust fund funds
  bank banks bancorp financial insurance exchange index markets market reserve treasury
  ministry department dept office bureau agency authority administration commission committee council
  board service services force forces army navy marines guard police command corps brigade battalion
  regiment division fleet coalition alliance union federation confederation league association society
  foundation organisation organization party movement front network networks
  news times post herald tribune gazette telegraph journal magazine daily weekly review press media
  radio tv television channel broadcasting studios pictures records entertainment publishing books
  motors motor automotive systems technologies technology tech labs laboratories software electronics
  computer computers communications telecom telecommunications energy oil gas petroleum power electric
  pharmaceuticals pharma health healthcare hospital clinic medical
  street st st. avenue ave road rd boulevard blvd lane drive square plaza bridge tunnel highway motorway
  station terminal port harbour harbor base camp prison jail court courthouse hall palace castle tower
  building house mansion hotel resort casino stadium arena park garden gardens zoo museum gallery library
  theatre theater cathedral church mosque temple synagogue monastery cemetery memorial monument
  city town village county state province region district territory oblast krai republic kingdom
  empire emirate islands island isles peninsula coast bay gulf sea ocean river lake mountain mountains
  mount valley canyon desert forest hills heights springs falls beach strait
  war wars battle revolution crisis treaty accord accords agreement pact deal act bill law constitution
  summit conference forum festival games olympics cup championship championships tournament series
  award awards prize day week month year era age period
  program programme project plan initiative operation mission campaign strategy
  store stores shop mall restaurant cafe bar club clubs team fc
  model edition version phone os pro mini max plus
  declaration doctrine report factory plant works facility site complex flight flights
  advisors advisers consultants consulting brothers sons management solutions
`);

/** Heads above that are also common surnames ("Jim Press", "Stuart Hall", "Tyra Banks"): after a known given name they end a person's name rather than an organisation's. */
export const SURNAME_LIKE_HEAD_WORDS: readonly string[] = words(`
  press hall house banks church street park field ford lane bridge hill hills court king cross post bell
  marsh moore wood woods brook brooks castle tower towers palace chase price young rich law bay lake rivers
  river mountain forest gardens garden daily herald gay english french west north south east
`);

/** First words that make a phrase an institution ("University of …", "Bank of …", "Ministry of …"). */
export const INSTITUTION_PREFIX_WORDS: readonly string[] = words(`
  university college institute ministry department bank church museum council court house office
  republic kingdom state city province district gulf bay sea lake river mount cape isle isles
  federation union party army navy battle war treaty order league
`);
