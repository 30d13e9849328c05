/**
 * Organisations, institutions and media that news English names often.
 *
 * Hand-curated for English news; the generated lists next door (../generated/) hold what
 * compromise already knows. One entry per word or name: test/unit/lexicon.test.ts checks for
 * duplicates and contradictions.
 */
import { phrases } from './lists';

/** Organisation names ('|'-separated phrases). */
export const ORGANISATIONS_HAND: readonly string[] = phrases(`
  kremlin|white house|pentagon|downing street|elysee|élysée|state department|foreign office|congress|senate|
  parliament|duma|state duma|knesset|bundestag|rada|verkhovna rada|politburo|supreme court|un|u.n.|nato|eu|
  european union|european commission|european parliament|united nations|security council|who|imf|world bank|
  opec|g7|g20|brics|asean|african union|hamas|hezbollah|taliban|isis|islamic state|al-qaeda|wagner|
  wikinews|wikipedia|axios|bloomberg|reuters|afp|ap|associated press|cnn|bbc|cbs|cbs news|nbc|abc|fox|fox news|
  msnbc|npr|pbs|politico|breitbart|time|newsweek|the guardian|guardian|the times|the economist|
  economist|new york times|washington post|wall street journal|financial times|telegraph|daily mail|the sun|
  tass|ria novosti|ria|interfax|xinhua|al jazeera|sky news|euronews|dw|france 24|rt|sputnik|kyiv independent|
  ukrinform|meduza|novaya gazeta|kommersant|vedomosti|izvestia|pravda|le monde|der spiegel|el pais|
  the hill|the atlantic|the verge|techcrunch|wired|cnbc|forbes|fortune|business insider|yahoo|huffpost|
  apple|google|alphabet|microsoft|amazon|meta|facebook|twitter|x|tesla|spacex|nvidia|intel|ibm|oracle|
  samsung|sony|toyota|ford|general motors|gm|chrysler|fiat|volkswagen|boeing|airbus|eads|lockheed martin|
  northrop grumman|raytheon|qantas|lufthansa|emirates|ryanair|aeroflot|gazprom|rosneft|lukoil|sberbank|
  goldman sachs|morgan stanley|jpmorgan|citigroup|barclays|hsbc|nasdaq|dow jones|ftse|nikkei|s&p|
  fed|federal reserve|ecb|bank of england|fbi|cia|nsa|doj|sec|fda|nasa|usaf|raf|nhs|kgb|fsb|gru|svr|sbu|
  airtran|macbook|ipod|iphone|ipad|itunes|imac|windows|android|chatgpt|openai|
`);
