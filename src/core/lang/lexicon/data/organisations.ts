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
  parliament|duma|state duma|knesset|bundestag|rada|verkhovna rada|politburo|supreme court|un|u.n.|
  european union|european commission|european parliament|security council|who|imf|world bank|
  g7|g20|brics|asean|african union|hamas|hezbollah|taliban|isis|islamic state|al-qaeda|wagner|
  axios|bloomberg|reuters|afp|ap|cbs|cbs news|abc|fox|fox news|
  msnbc|npr|politico|breitbart|time|the guardian|guardian|the times|the economist|
  economist|washington post|telegraph|daily mail|the sun|
  tass|ria novosti|ria|interfax|xinhua|sky news|euronews|dw|france 24|rt|sputnik|kyiv independent|
  ukrinform|meduza|novaya gazeta|kommersant|vedomosti|izvestia|pravda|le monde|el pais|
  the hill|the atlantic|the verge|techcrunch|wired|cnbc|forbes|fortune|business insider|yahoo|huffpost|
  apple|alphabet|amazon|meta|x|tesla|spacex|oracle|
  gm|chrysler|airbus|lockheed martin|
  northrop grumman|raytheon|qantas|lufthansa|emirates|aeroflot|gazprom|rosneft|lukoil|sberbank|
  morgan stanley|barclays|ftse|nikkei|s&p|
  fed|federal reserve|ecb|bank of england|sec|usaf|raf|kgb|fsb|gru|svr|sbu|
  windows|android|chatgpt|openai|
`);
