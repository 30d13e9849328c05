/**
 * Short event labels ("Witkoff meets Putin in Moscow") rewritten from one claim clause: people
 * shortened to their surnames with the roles written before them dropped, opening adverbials,
 * dates and subordinate clauses cut, the first verb after the subject put in the present when its
 * form is known, and the event's place appended when the clause does not name it.
 */
import type { PersonSpan } from './claimUnits';

export const LABEL_MAX_LENGTH = 60;

/** One clause to label, with its position in the file and the named people in it. */
export interface LabelSource {
  text: string;
  start: number;
  people: readonly PersonSpan[];
}

/**
 * Past forms put in the present after the subject. Only verbs that headlines and leads rarely use as
 * bare passives ("Hiller Charged With Murder" must not become "Hiller charges with murder").
 */
const PRESENT_OF_PAST: Record<string, string> = {
  met: 'meets', said: 'says', told: 'tells', won: 'wins', lost: 'loses', beat: 'beats', fled: 'flees', began: 'begins',
  left: 'leaves', came: 'comes', gave: 'gives', visited: 'visits', announced: 'announces', hosted: 'hosts',
  welcomed: 'welcomes', died: 'dies', joined: 'joins', played: 'plays', warned: 'warns', urged: 'urges', agreed: 'agrees',
  offered: 'offers', signed: 'signs', launched: 'launches', issued: 'issues', confirmed: 'confirms', rejected: 'rejects',
  claimed: 'claims', escaped: 'escapes', entered: 'enters', checked: 'checks', spoke: 'speaks', wrote: 'writes',
  rose: 'rises', flew: 'flies', drove: 'drives', sought: 'seeks', became: 'becomes', went: 'goes', saw: 'sees',
  paid: 'pays', received: 'receives', took: 'takes', made: 'makes', threw: 'throws', grew: 'grows', knew: 'knows',
  arrived: 'arrives', travelled: 'travels', traveled: 'travels', returned: 'returns', resigned: 'resigns',
  stepped: 'steps', talked: 'talks', discussed: 'discusses', praised: 'praises', criticized: 'criticizes',
};

/** Words of a role or title written before a name ("US special envoy", "Russian President"). */
const ROLE_WORDS = new Set(
  `envoy special president minister prime secretary general chief spokesman spokeswoman spokesperson aide adviser advisor
  leader senator governor mayor officer executive director manager coach player star actor actress singer former deputy
  foreign defense defence state vice head founder ceo chairman chairwoman boss commander captain inspector detective judge
  lawyer attorney prosecutor suspect victim teen teenager woman man boy girl reporter correspondent analyst official
  officials representative ambassador envoys presidential`.split(/\s+/),
);

const DATE_ADVERBIAL = new RegExp(
  String.raw`\s*,?\s*\b(?:(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?` +
    String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|evening|night|afternoon))?|` +
    String.raw`(?:in\s+|on\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|` +
    String.raw`in\s+(?:19|20)\d\d|yesterday|today|tonight|tomorrow|this\s+week|last\s+week|last\s+night|earlier\s+this\s+\w+)\b`,
  'g',
);

function shortName(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
  return words[words.length - 1] ?? name;
}

/** Replaces each named person (and the role written before the name) by the surname. */
function withShortNames(src: LabelSource, nameOf: (id: string) => string): { text: string; firstName: number } {
  let text = src.text;
  let firstName = -1;
  const spans = [...src.people].sort((a, b) => b.start - a.start);
  for (const p of spans) {
    let from = p.from - src.start;
    const end = p.end - src.start;
    if (from < 0 || end > text.length) continue;
    // Roles the people finder did not attach: lower-case role words and capitalised words just before the name.
    const before = text.slice(0, from);
    const m = /(?:(?:[A-Z][\w.'’-]*|[a-z]+)\s+)+$/.exec(before);
    if (m) {
      const words = m[0].trim().split(/\s+/);
      let k = words.length;
      while (k > 0 && (ROLE_WORDS.has(words[k - 1].toLowerCase()) || (/^[A-Z]/.test(words[k - 1]) && !/^(?:The|A|An|In|On|At|As|But|And|After|When|While|Then|With)$/.test(words[k - 1])))) k--;
      const dropped = words.slice(k).join(' ');
      if (k < words.length) {
        from = before.length - m[0].length + m[0].indexOf(dropped, m[0].length - dropped.length - 2);
        // "the Russian President Putin" → "Putin", not "the Putin".
        const article = /\b(?:the|a|an)\s+$/i.exec(text.slice(0, from));
        if (article) from -= article[0].length;
      }
    }
    text = text.slice(0, from) + shortName(nameOf(p.person)) + text.slice(end);
    firstName = from;
  }
  return { text, firstName };
}

function present(word: string): string | null {
  return PRESENT_OF_PAST[word.toLowerCase()] ?? null;
}

/** A label of at most LABEL_MAX_LENGTH characters for what `src` reports. */
export function shortLabel(src: LabelSource, nameOf: (id: string) => string, place: string | null): string {
  let { text, firstName } = withShortNames(src, nameOf);
  text = text.replace(/\s+/g, ' ').trim();
  const opener = /^(?:On|In|At|Earlier|Later|Last|This|Upon|During|After|Before|According to)\b[^,]{0,60},\s*(?:\d{4},\s*)?/.exec(text);
  if (opener && opener[0].length < text.length - 20) {
    text = text.slice(opener[0].length);
    firstName -= opener[0].length;
  }
  text = text.replace(DATE_ADVERBIAL, '').replace(/\s+/g, ' ').trim();
  // An age after a name ("Buckley, 32, died") is no clause boundary.
  text = text.replace(/^([A-Z][\w'’.-]*),\s*\d{1,3},\s*/, '$1 ');
  const cut = /[,;:(]|\s[—–-]\s|\s(?:as|after|amid|while|because|where|which|who|following|despite|but|when|since|although|even though)\s/.exec(text.slice(8));
  if (cut) text = text.slice(0, 8 + cut.index);
  // The verb right after the subject, in the present: "Witkoff met Putin" → "Witkoff meets Putin".
  if (firstName >= 0 && firstName < 3) {
    text = text.replace(/^([A-Z][\w'’.-]*(?:\s+and\s+[A-Z][\w'’.-]*)?\s+)(\w+)/, (all, subject: string, verb: string) => {
      const p = present(verb);
      return p ? subject + p : all;
    });
  }
  text = text.replace(/[\s.,;:'"“”‘’-]+$/, '');
  if (place) {
    // Cut after "in Moscow" (what follows is detail); "An Atlanta judge…" keeps its place as it is.
    const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = new RegExp(`\\b(?:in|at|near|outside|from|to|into)\\s+(?:the\\s+)?${escaped}\\b`, 'i').exec(text);
    if (at) text = text.slice(0, at.index + at[0].length);
    else if (text.toLowerCase().includes(place.toLowerCase())) {
      // Named already, not as where it happened.
    }
    else if (text.length + place.length + 4 <= LABEL_MAX_LENGTH && !/\b(?:in|at)\s+[A-Z]/.test(text)) text = `${text} in ${place}`;
  }
  if (text.length > LABEL_MAX_LENGTH) {
    // Cut before a preposition that starts a modifier, else at a word boundary.
    const head = text.slice(0, LABEL_MAX_LENGTH);
    const re = /\s(?:for|to|with|after|over|from|at|on|as|by|of|in|into|during|amid|and)\s/g;
    let best = -1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(head)) !== null) if (m.index >= 20) best = m.index;
    text = best > 0 ? head.slice(0, best) : head.slice(0, head.lastIndexOf(' ') > 20 ? head.lastIndexOf(' ') : LABEL_MAX_LENGTH - 1) + '…';
  }
  text = text.replace(/[\s.,;:'"“”‘’-]+$/, '').replace(/^[\s"“‘']+/, '');
  if (text.endsWith('…') && text.length > LABEL_MAX_LENGTH) text = text.slice(0, LABEL_MAX_LENGTH - 1) + '…';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The part of a clause around one of its dates: "the war following Russia's full-scale invasion
 * in February 2022" → "Russia's full-scale invasion in February 2022", for labelling background events.
 */
export function segmentAround(text: string, dateStart: number, dateEnd: number): { start: number; end: number } {
  const boundary = /[,;:()—–]|\s-\s|\b(?:following|after|since|when|which|that|while|whereas|and then|then|but)\b/g;
  const starts: number[] = [0];
  let end = text.length;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    if (m.index + m[0].length <= dateStart) starts.push(m.index + m[0].length);
    else if (m.index >= dateEnd) {
      end = m.index;
      break;
    }
  }
  // "Crimea — annexed in 2014 —": a segment of fewer than three words besides the date takes in the one before.
  let k = starts.length - 1;
  const words = (from: number): number => (text.slice(from, dateStart) + ' ' + text.slice(dateEnd, end)).split(/\s+/).filter((w) => /\w/.test(w)).length;
  while (k > 0 && words(starts[k]) < 3) k--;
  return { start: starts[k], end };
}
