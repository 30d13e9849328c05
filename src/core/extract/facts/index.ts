/**
 * Facts per claim: what a sentence states about someone or something, slot by slot, each with
 * the words that state it. Ages, clock times, counts of the dead and wounded, where someone was
 * hit, how they are (critical, dead…), the street of the scene, weapons and charges. Matching
 * compares these slot by slot between sources; it never compares bags of words to find a
 * disagreement. Article-local: participants are the article's person keys or descriptions
 * ("a 4-year-old girl"); the corpus stage maps keys to merged people.
 */
import {
  ACTION_FORM_PATTERN,
  ACTION_OF_FORM,
  BODY_PART_PATTERN,
  BODY_PARTS,
  CHARGE_WORDS,
  CONDITION_CUE_WORDS,
  CONDITION_PHRASES,
  COMPANION_CUE_WORDS,
  COUNT_CUE_WORDS,
  DAY_PARTS,
  FEMALE_DESCRIPTION_HEADS,
  MALE_DESCRIPTION_HEADS,
  PLURAL_DESCRIPTION_HEADS,
  PERSON_DESCRIPTION_PATTERN,
  SUPERSEDED_REPORT_OPENING,
  TIME_APPROXIMATIONS,
  WEAPON_OR_CHARGE_CUE_WORDS,
  WEAPON_WORDS,
  ACT_CUE_WORDS,
  ACT_PHRASES,
  type Condition,
} from '../../lang/factWords';
import { CARDINAL_WORDS } from '../../lang/numbers';
import { PAGE_STAMP_OPENING } from '../../lang/pageStamps';
import { speechVerbPattern } from '../../lang/speechVerbs';
import { WEEKDAY_NAMES } from '../../lang/weekdays';
import type { ClaimMention } from '../../report';
import type { DateFinding } from '../dates';
import type { LocalPersonMention } from '../people';
import { spansWithin } from '../../util/search';
import { alternation } from '../../lang/pattern';
import { tokenIndexAt, type ArticleTokens } from '../../lang/tokenizer';

export type FactSlot = 'age' | 'time' | 'date' | 'count' | 'injury' | 'condition' | 'place' | 'weapon' | 'charge' | 'manner' | 'act';

export interface FactSpan {
  start: number;
  end: number;
  text: string;
}

/** Whom a fact is about: a person of the article (by key), a description, or both. */
export interface FactParticipant {
  /** `LocalPerson.key` of a named person. */
  person: string | null;
  /** Head noun of a description ("girl", "gunman", "father"), lower case. */
  description: string | null;
  span: FactSpan;
}

export interface Fact {
  /** The claim stating it. */
  claim: string;
  slot: FactSlot;
  /**
   * The value, normalised for comparison: an age in years ("29") or with its unit ("9 months"),
   * a count ("3"), a body part, a condition, a street, a weapon class, a charge, a clock time "HH:MM"
   * ("H:MM" when the text leaves the half of the day open: see `time.eitherHalf`) or a part of day ("night").
   */
  value: string;
  /** The words that state the value. */
  span: FactSpan;
  participant: FactParticipant | null;
  /** What a count counts: "dead", "wounded", "shot", "arrested", "victims", "companions" (who were with someone). */
  counted?: string;
  /** A clock time or part of day: minutes after midnight it covers (`to` may pass 24:00), and the day if known. */
  time?: {
    from: number;
    to: number;
    day: string | null;
    /** A clock time written with no a.m., p.m. or part of day ("Tuesday around 6:15"): it may be twelve hours later. */
    eitherHalf?: true;
    /** A clock time written alone ("at 9:40 p.m."): `day` is the article's, which the text does not state. */
    dayUnstated?: true;
  };
  /**
   * A date of an action: the calendar day it happened ("2016-11-14", from "Monday" or "Nov. 14" as
   * the dates stage resolved them), and whether it is said of the night ("Tuesday night"), which
   * runs into the next day, and the weekday its words name ("saturday"), if any.
   */
  date?: { day: string; night: boolean; weekday: string | null };
  /** Where a place is: the scene, someone's home, a hospital. */
  placeRole?: 'scene' | 'home' | 'hospital';
  /**
   * What happened at a place, as its clause tells it before the place: an action ("shoot", "attack")
   * or "find" ("officers located her in the 400 block of…"). Absent when the clause names none.
   */
  placeOf?: string;
  /** The street of a place, normalised ("linden road"): two blocks of one street are comparable, two streets are not. */
  street?: string;
  /**
   * The street's name without its type ("linden"), and its type ("avenue"): "412 Linden Avenue" and
   * "the 400 block of Linden Street" name one street two ways, which is a disagreement.
   */
  streetName?: string;
  streetType?: string;
  /** The house number ("412 Linden Avenue") or the block ("the 200 block of…") of a place. */
  placeNumber?: { kind: 'address' | 'block'; value: number };
  /**
   * A condition stated as the person's state now ("is on life support", "remains missing", "still in
   * a coma"), not as a moment of the story ("was unconscious when officers arrived").
   */
  current?: boolean;
  /** The action of the clause stating it ("shoot", "kill", "arrest"), when one is named. */
  action: string | null;
  /** "not" governs the fact itself ("was not charged"), not a modifier of it. */
  negated: boolean;
  /**
   * A negated fact whose span holds its negation ("not been charged"); false when the negation is
   * further off ("No one has yet been charged"), so that a reason quoting the span says "not" itself.
   */
  spanShowsNegation?: boolean;
  /** The source hedges it: "reportedly", "may", "police believe". */
  hedged: boolean;
}

/** What the fact extractor reads of an article. */
export interface FactInput {
  text: string;
  claims: readonly ClaimMention[];
  mentions: readonly LocalPersonMention[];
  dates: readonly DateFinding[];
  /** The article's quotations (the quotes stage's spans, file offsets), for the reach of a hedge. */
  quotes: readonly { start: number; end: number }[];
  /**
   * The article's words (lang/tokenizer), when at hand: a claim none of whose words can open a family
   * of facts skips that family's cue pattern (`cuesOf`). The facts are the same with or without them.
   */
  tokens?: ArticleTokens;
}

const NUMBER = String.raw`(?:\d{1,3}|${Object.keys(CARDINAL_WORDS).join('|')})(?:-(?:${Object.keys(CARDINAL_WORDS).join('|')}))?`;

function numberValue(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  let total = 0;
  for (const part of raw.toLowerCase().split('-')) {
    const n = CARDINAL_WORDS[part];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

const HEDGES = /\b(?:reportedly|allegedly|apparently|possibly|probably|may|might|could|believed\s+to|thought\s+to|appears?\s+to|unconfirmed|police\s+believe)\b/gi;
/** A negation anywhere in a span (see `spanShowsNegation`). */
const NEGATION_WORD = /\b(?:not|never|no|nobody)\b|n['’]t\b/i;
// "not", "never", or a subject that is no one ("No one has been charged", "nobody was hurt").
const NEGATION_BEFORE = /\b(?:not|never|no\s+longer|no\s+one|nobody|n[’']t)\s+(?:\w+\s+){0,2}$/i;

/** An action word of a claim (file offset), or the happening "it happened" refers back to. */
interface ClaimAction {
  start: number;
  lemma: string;
}

/** Claim-local context: the claim's text and offset, and the people and descriptions in it. */
interface ClaimContext {
  claim: ClaimMention;
  text: string;
  people: readonly LocalPersonMention[];
  /** Read on first use (`descriptionsOf`): the facts of many claims need no participant. */
  descriptions?: readonly { start: number; end: number; head: string }[];
  /** Read on first use (`actionsOf`). */
  actions?: readonly ClaimAction[];
  /** The action of the happening the claims before told (`actionToldBefore`), read only when the claim refers to one. */
  told?: () => string | null;
  /**
   * Where the claim hedges (claim offsets), each with the quotation it sits in, if any: a speaker's
   * "could have" inside a quote hedges what the quote says, not the reporter's own account around it.
   */
  hedges: readonly { at: number; quote: QuoteRange | null; whole: boolean }[];
}

/** A quotation inside a claim (claim offsets). */
interface QuoteRange {
  start: number;
  end: number;
}

/** The claim's hedges, each with the quotation it sits in, if any (quotations as the quotes stage read them). */
function hedgesOf(claim: ClaimMention, quotes: readonly { start: number; end: number }[]): { at: number; quote: QuoteRange | null; whole: boolean }[] {
  const found = [...claim.text.matchAll(HEDGES)];
  if (found.length === 0) return [];
  const inside = quotes.filter((q) => q.end > claim.start && q.start < claim.end).map((q) => ({ start: q.start - claim.start, end: q.end - claim.start }));
  return found.map((m) => ({ at: m.index, quote: inside.find((q) => m.index >= q.start && m.index < q.end) ?? null, whole: WHOLE_CLAIM_HEDGE.test(m[0]) }));
}

/**
 * A hedge that is the source's doubt about all it says ("police believe", "unconfirmed"), wherever it stands;
 * an adverb or a modal ("reportedly", "may have", "apparently") hedges what follows it: "Dana Price, 29, may
 * have fled" is unsure of the flight, not of her age.
 */
const WHOLE_CLAIM_HEDGE = /^(?:unconfirmed|police\s+believe)$/i;

/** Whether a hedge of the claim reaches the fact at `local`: one outside quotes reaches all, one inside a quote reaches that quote. */
function hedgedAt(ctx: ClaimContext, local: number): boolean {
  return ctx.hedges.some((h) => (h.quote === null || (local >= h.quote.start && local < h.quote.end)) && (h.at <= local || h.whole));
}

const DESCRIPTION = new RegExp(String.raw`\b${PERSON_DESCRIPTION_PATTERN}\b`, 'gi');
const ACTION_WORD = new RegExp(String.raw`\b${ACTION_FORM_PATTERN}\b`, 'g');
const FIRST_ACTION_WORD = new RegExp(ACTION_WORD.source);

function descriptionsOf(ctx: ClaimContext): readonly { start: number; end: number; head: string }[] {
  if (ctx.descriptions) return ctx.descriptions;
  const descriptions: { start: number; end: number; head: string }[] = [];
  for (const m of ctx.text.matchAll(DESCRIPTION)) {
    const start = ctx.claim.start + m.index;
    // A capitalised head inside a name ("Officer Smith" is the person, found above).
    if (ctx.people.some((p) => start >= p.start && start < p.end)) continue;
    descriptions.push({ start, end: start + m[0].length, head: m[0].toLowerCase() });
  }
  ctx.descriptions = descriptions;
  return descriptions;
}

function actionsOf(ctx: ClaimContext): readonly { start: number; lemma: string }[] {
  if (ctx.actions) return ctx.actions;
  const actions: ClaimAction[] = [];
  for (const m of ctx.text.matchAll(ACTION_WORD)) {
    const lemma = ACTION_OF_FORM.get(m[0]);
    // "charged with murder on Wednesday": the name of a charge, not a killing that day.
    if (lemma && !(CHARGE_WORDS.has(m[0]) && CHARGE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 60), m.index)))) actions.push({ start: ctx.claim.start + m.index, lemma });
  }
  // "the pistol went off", "it discharged", "opened fire on…": a shot told without "shoot".
  if (/\b(?:discharged|went|fired?|opened|opens)\b/i.test(ctx.text)) {
    for (const m of ctx.text.matchAll(FIREARM_FIRED)) {
      const verb = m[1] ?? m[2] ?? m[3] ?? m[4];
      actions.push({ start: ctx.claim.start + m.index + m[0].length - verb.length, lemma: 'shoot' });
    }
    actions.sort((a, b) => a.start - b.start);
  }
  // "It happened shortly after 8 p.m. Friday", "The incident occurred at about 2 a.m.": the happening the sentences
  // before told, named by no word of its own here. Its action is theirs (`ctx.told`).
  if (actions.length === 0 && ctx.told) {
    const reference = HAPPENING_REFERENCE.exec(ctx.text);
    const told = reference ? ctx.told() : null;
    if (reference && told) actions.push({ start: ctx.claim.start + reference.index, lemma: told });
  }
  ctx.actions = actions;
  return actions;
}

const FIREARM = String.raw`(?:gun|handgun|pistol|revolver|rifle|shotgun|firearm|weapon)s?`;
/**
 * A firearm fired, told without a word of shooting (one group holds the verb): "the shotgun
 * discharged", "and it discharged" (not "was discharged from the hospital"), "the rifle went off",
 * "discharged his weapon", "opened fire", "fired shots at". The shot is the action its day and place are of.
 */
const FIREARM_FIRED = new RegExp(
  String.raw`\b(?:(?:${FIREARM}|it)\s+(?:\w+ly\s+)?(discharged)\b(?!\s+from\b)|${FIREARM}\s+(?:\w+ly\s+)?(?=went\s+off\b)(went)|(discharged|fired)(?=\s+(?:a|an|the|his|her|their|several|two|three|multiple)\s+(?:[\w.-]+\s+){0,2}(?:${FIREARM}|shots?|rounds?|bullets?)\b)|(opened|opens|open)(?=\s+fire\b))`,
  'gi',
);

/** Words that make the charge words after them (in one clause) the names of charges. */
const CHARGE_BEFORE = /\b(?:charged\s+with|charges?\s+(?:of|including)|counts?\s+of|convicted\s+of|accused\s+of|guilty\s+(?:to|of)|suspicion\s+of|indicted\s+(?:on|for)|arrested\s+(?:for|on))\b[^.;:]*$/i;

/** A sentence referring to the happening just told without naming it: "It happened…", "the incident occurred…". */
const HAPPENING_REFERENCE = /\b(?:it|the\s+incident)\s+(?:happened|occurred|took\s+place)\b/i;

/**
 * The action of the happening the claims before `index` told: the first action of the nearest one
 * (of the last two) that names any. "A clerk was shot during a robbery… It happened Friday": shoot.
 */
function actionToldBefore(claims: readonly ClaimMention[], index: number): string | null {
  for (let k = index - 1; k >= Math.max(0, index - ANTECEDENT_REACH); k--) {
    const first = FIRST_ACTION_WORD.exec(claims[k].text);
    const lemma = first ? ACTION_OF_FORM.get(first[0]) : undefined;
    if (lemma) return lemma;
  }
  return null;
}

function contextOf(sortedMentions: readonly LocalPersonMention[], claim: ClaimMention, quotes: readonly { start: number; end: number }[]): ClaimContext {
  return { claim, text: claim.text, people: spansWithin(sortedMentions, claim.start, claim.end), hedges: hedgesOf(claim, quotes) };
}

function span(ctx: ClaimContext, start: number, end: number): FactSpan {
  return { start: ctx.claim.start + start, end: ctx.claim.start + end, text: ctx.text.slice(start, end) };
}

/** The participant nearest before `at` (the subject), else nearest after within `after` characters. */
function participantNear(ctx: ClaimContext, at: number, after = 0): FactParticipant | null {
  const abs = ctx.claim.start + at;
  type Option = { start: number; end: number; person: string | null; description: string | null };
  const options: Option[] = [
    ...ctx.people.map((p) => ({ start: p.start, end: p.end, person: p.person, description: null })),
    ...descriptionsOf(ctx).map((d) => ({ start: d.start, end: d.end, person: null, description: d.head })),
  ];
  const before = options.filter((o) => o.end <= abs).sort((a, b) => b.end - a.end)[0];
  const afterOption = options.filter((o) => o.start >= abs && o.start - abs <= after).sort((a, b) => a.start - b.start)[0];
  const chosen = afterOption && (!before || after > 0) ? afterOption : before;
  if (!chosen) return null;
  // "Two men and a woman were wounded, and one of them died": a subject that picks some of a group, or
  // another one, stands between the description and the fact; the fact is not about that description.
  // An apposition right after it describes it instead ("Ann Lee, one of the founders, died").
  if (chosen === before && OTHER_SUBJECT.test(ctx.text.slice(chosen.end - ctx.claim.start, at).replace(/^\s*,[^,]*,/, ''))) return null;
  // "Her uncle told reporters she is stable": who speaks is not who the reported fact is about. The
  // verb must be the chosen one's own, right after them ("Her uncle told police on Friday"), not another's
  // later in the sentence ("charged Tyler Grant with arson and said he…"); an aside ("The man, police
  // said, died") leaves the subject before it.
  if (chosen === before) {
    const speech = SPEECH_VERB.exec(ctx.text.slice(chosen.end - ctx.claim.start, at).replace(/,[^,]*,/g, ''));
    if (speech && speech.input.slice(0, speech.index).split(/\s+/).filter(Boolean).length <= 2) return null;
  }
  return { person: chosen.person, description: chosen.description, span: { start: chosen.start, end: chosen.end, text: ctx.text.slice(chosen.start - ctx.claim.start, chosen.end - ctx.claim.start) } };
}

const SPEECH_VERB = new RegExp(String.raw`\b(?:${speechVerbPattern('name')})\b`, 'i');

/** A subject that is part of a group or another one: "one of them", "two of the victims", "another", "neither". */
const OTHER_SUBJECT = /\b(?:(?:one|two|three|four|five|some|all|both|each|none|neither|either|several|many|most)\s+of\s+(?:them|the|those|whom)|another|neither|either)\b/i;

/** The first named person, else the first description, whose span `fits`: a named person beats a description. */
function firstParticipant(ctx: ClaimContext, fits: (span: { start: number; end: number }) => boolean): FactParticipant | null {
  const person = ctx.people.find(fits);
  if (person) return { person: person.person, description: null, span: { start: person.start, end: person.end, text: person.text } };
  const description = descriptionsOf(ctx).find(fits);
  if (!description) return null;
  const text = ctx.text.slice(description.start - ctx.claim.start, description.end - ctx.claim.start);
  return { person: null, description: description.head, span: { start: description.start, end: description.end, text } };
}

/** The participant whose span ends exactly where `at` begins (after blanks), for "Name, 29,". */
function participantEndingAt(ctx: ClaimContext, at: number): FactParticipant | null {
  const abs = ctx.claim.start + at;
  return firstParticipant(ctx, ({ end }) => end <= abs && /^\s*$/.test(ctx.text.slice(end - ctx.claim.start, at)));
}

/**
 * A verb between an age and a name: "the 19-year-old stabbed Dana Price" describes the attacker by age
 * alone, and the name after the verb is someone else.
 */
const VERB_BETWEEN = new RegExp(String.raw`\b(?:${speechVerbPattern('name')}|is|was|were|are|has|had|have|will|would|allegedly|then)\b`, 'i');

/** Forms of actions that are a past tense and never a noun before a name ("stabbed", "shot", "fled"). */
const PAST_ACTION = /^(?:\w+ed|shot|slew|fled|met)$/;

/**
 * Whether words between an age and a name hold a verb: an action in the past tense ("shot",
 * "stabbed"), but not a word of action that names a thing ("a 4-year-old shooting victim", "a
 * 15-year-old robbery suspect").
 */
function verbBetween(between: string): boolean {
  if (VERB_BETWEEN.test(between)) return true;
  return between.split(/\s+/).some((word) => {
    const lower = word.toLowerCase();
    return ACTION_OF_FORM.has(lower) && PAST_ACTION.test(lower);
  });
}

/** The participant starting right after `at` (up to two words between, no verb): "a 4-year-old (Detroit) girl". */
function participantStartingAfter(ctx: ClaimContext, at: number): FactParticipant | null {
  const abs = ctx.claim.start + at;
  return firstParticipant(ctx, ({ start }) => {
    if (start < abs) return false;
    const between = ctx.text.slice(at, start - ctx.claim.start);
    return /^[\s\w'’-]{0,24}$/.test(between) && between.split(/\s+/).filter(Boolean).length <= 2 && !verbBetween(between);
  });
}

function actionNear(ctx: ClaimContext, at: number): ClaimAction | null {
  const abs = ctx.claim.start + at;
  let best: ClaimAction | null = null;
  for (const a of actionsOf(ctx)) if (!best || Math.abs(a.start - abs) < Math.abs(best.start - abs)) best = a;
  return best;
}

function negatedAt(ctx: ClaimContext, at: number): boolean {
  return NEGATION_BEFORE.test(ctx.text.slice(Math.max(0, at - 30), at));
}

function fact(ctx: ClaimContext, slot: FactSlot, value: string, at: FactSpan, participant: FactParticipant | null, extra: Partial<Fact> = {}): Fact {
  const local = at.start - ctx.claim.start;
  const near = actionNear(ctx, local);
  const made: Fact = {
    claim: ctx.claim.id,
    slot,
    value,
    span: at,
    participant,
    action: near?.lemma ?? null,
    negated: negatedAt(ctx, local),
    hedged: hedgedAt(ctx, local),
    ...extra,
  };
  if (made.negated) {
    made.span = withNegation(ctx, made.span);
    made.spanShowsNegation = NEGATION_WORD.test(made.span.text);
  }
  return made;
}

/**
 * A negated fact's span from its "not" ("not yet been charged with arson"), when the "not" is right
 * before it: where a difference shows the span, the reader must see the negation.
 */
function withNegation(ctx: ClaimContext, at: FactSpan): FactSpan {
  const local = at.start - ctx.claim.start;
  const from = Math.max(0, local - 30);
  const m = NEGATION_BEFORE.exec(ctx.text.slice(from, local));
  if (!m) return at;
  // "hasn't been charged": from the word the "n't" ends.
  let start = from + m.index;
  while (start > 0 && /\w/.test(ctx.text[start - 1])) start--;
  return { start: ctx.claim.start + start, end: at.end, text: ctx.text.slice(start, at.end - ctx.claim.start) };
}

// ---------------------------------------------------------------------------------------------
// Ages: "Jesse Dobbs, 22,", "a 4-year-old girl", "the 9-month-old", "Smith (29)", "aged 29".

const AGE_AFTER_NAME = /,\s+(\d{1,3})(?=\s*(?:,|\bof\b|\band\b|\.$|$))/g;
const AGE_IN_BRACKETS = /\s*\((\d{1,3})\)/g;
const AGE_AGED = /,?\s+aged?\s+(\d{1,3})\b/g;
const AGE_HYPHENATED = new RegExp(String.raw`\b(${NUMBER})[-\s](year|month|week|day)s?[-\s]old\b`, 'gi');
const AGE_YEARS_OLD = new RegExp(String.raw`\b(?:is|was|,)\s+(${NUMBER})\s+(year|month)s?\s+old\b`, 'gi');

function ageValue(n: number, unit: string): string {
  const u = unit.toLowerCase();
  return u === 'year' ? String(n) : `${n} ${u}s`;
}

function ages(ctx: ClaimContext, out: Fact[]): void {
  for (const re of [AGE_AFTER_NAME, AGE_IN_BRACKETS, AGE_AGED]) {
    for (const m of ctx.text.matchAll(re)) {
      const n = Number(m[1]);
      if (n === 0 || n > 120) continue;
      const participant = participantEndingAt(ctx, m.index);
      if (!participant) continue;
      const numberAt = m.index + m[0].indexOf(m[1]);
      out.push(fact(ctx, 'age', String(n), span(ctx, numberAt, numberAt + m[1].length), participant));
    }
  }
  for (const m of ctx.text.matchAll(AGE_HYPHENATED)) {
    const n = numberValue(m[1]);
    if (n === null || n === 0 || n > 120) continue;
    const end = m.index + m[0].length;
    // "The 29-year-old was taken…": an age with no one named or described after it binds to nobody in particular.
    const participant = participantStartingAfter(ctx, end);
    out.push(fact(ctx, 'age', ageValue(n, m[2]), span(ctx, m.index, end), participant));
  }
  for (const m of ctx.text.matchAll(AGE_YEARS_OLD)) {
    const n = numberValue(m[1]);
    if (n === null || n === 0 || n > 120) continue;
    const numberAt = m.index + m[0].indexOf(m[1]);
    out.push(fact(ctx, 'age', ageValue(n, m[2]), span(ctx, numberAt, m.index + m[0].length), participantNear(ctx, m.index)));
  }
}

// ---------------------------------------------------------------------------------------------
// Clock times and parts of day, from the date extractor's findings inside the claim.

const DAY_PART = /\b(morning|afternoon|evening|night|overnight)\b/i;
/** A page's time stamp before a date or time ("(Updated 9:40 a.m.)", "Posted: Nov. 3", "Last modified on"). */
const PAGE_STAMP_BEFORE = new RegExp(`${PAGE_STAMP_OPENING}$`, 'i');

/** Words that say which half of the day a clock time is in. */
const HALF_OF_DAY = /[ap]\.?\s?m\b|\b(?:noon|midday|midnight|morning|afternoon|evening|night|overnight|tonight|dawn|dusk)\b/i;

function times(ctx: ClaimContext, dates: readonly DateFinding[], out: Fact[]): void {
  for (const d of dates) {
    if (d.start < ctx.claim.start || d.end > ctx.claim.end || d.kind !== 'time' || !d.value) continue;
    const local = d.start - ctx.claim.start;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(d.value)?.[0] ?? null;
    const clock = /T(\d{2}):(\d{2})/.exec(d.value);
    // "(Updated 9:40 a.m.)", "Posted 9:10 a.m.": when the page was written, not when anything happened.
    if (PAGE_STAMP_BEFORE.test(ctx.text.slice(Math.max(0, local - 24), local))) continue;
    // "admitted late Friday night to stabbing…", "police said Tuesday night", "according to an affidavit unsealed
    // Tuesday evening, …": the time of the saying, of no action.
    const ofSaying = saidAt(ctx, local) || attributionHolds(ctx, local, actionNear(ctx, local));
    const push = (value: string, time: NonNullable<Fact['time']>): void => {
      const made = fact(ctx, 'time', value, { start: d.start, end: d.end, text: d.text }, null, { time });
      out.push(ofSaying ? { ...made, action: null } : made);
    };
    if (clock) {
      const minutes = Number(clock[1]) * 60 + Number(clock[2]);
      const lead = ctx.text.slice(Math.max(0, local - 20), local).toLowerCase();
      // A time on the hour may be rounded; a stated minute is meant. "About" allows the stated approximation.
      let tolerance = minutes % 60 === 0 ? 10 : 2;
      // The longest phrase says it: "just before" (15 minutes), not the "before" (an hour) inside it.
      let phrase = '';
      for (const [word, allowed] of TIME_APPROXIMATIONS) {
        if (word.length > phrase.length && new RegExp(`\\b${word}\\s+(?:at\\s+)?$`).test(lead)) {
          phrase = word;
          tolerance = Math.max(minutes % 60 === 0 ? 10 : 2, allowed);
        }
      }
      // "Around 6:15" says neither morning nor evening: the dates stage picked one, which the fact must not state.
      const eitherHalf = minutes >= 60 && minutes < 13 * 60 && !HALF_OF_DAY.test(d.text) && !/\b0\d[:.]\d\d\b/.test(d.text);
      const time = {
        from: minutes - tolerance,
        to: minutes + tolerance,
        day,
        ...(eitherHalf ? { eitherHalf: true as const } : {}),
        ...(CLOCK_ONLY.test(d.text) ? { dayUnstated: true as const } : {}),
      };
      // Its value is as written, with no half of the day: "6:15", not the dates stage's "06:15".
      push(eitherHalf ? `${Number(clock[1])}:${clock[2]}` : `${clock[1]}:${clock[2]}`, time);
      continue;
    }
    const part = DAY_PART.exec(d.text);
    if (part) {
      const [from, to] = DAY_PARTS[part[1].toLowerCase()];
      push(part[1].toLowerCase(), { from, to, day });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Dates of actions: "was shot Saturday", "arrested late Tuesday", "killed on Nov. 14".

/**
 * A verb of saying between an action and a date, or right before the date, makes it the day of the
 * report ("police said Sunday", "the county announced in a memo Friday"), not of the action.
 */
const SAID = new RegExp(String.raw`\b(?:${speechVerbPattern('name')}|announced|confirmed|reported|released|identified|confessed|testified|pleaded)\b`, 'i');
/**
 * Whether the date or time at `start` follows a verb of saying and so dates the saying: "police said
 * Tuesday", "prosecutors said at a hearing on Friday", "told reporters late Friday".
 */
function saidAt(ctx: ClaimContext, start: number): boolean {
  return SAID.test(ctx.text.slice(Math.max(0, start - 12), start)) || REPORTING_FRAME_BEFORE.test(ctx.text.slice(Math.max(0, start - REPORTING_FRAME_REACH), start));
}

/** The words opening where, how or to whom something was said ("in court", "at a briefing", "on Twitter", "to reporters"). */
const REPORTING_PLACE = 'in|at|during|on|to|via|through|before|outside|aloud';
/**
 * A verb of saying or of making a document known, then only where, how or to whom ("said at a hearing on",
 * "told reporters", "announced at a news conference", "wrote in a blog post"), right before the date:
 * the date is the saying's ("the clerk told detectives on Sunday two men…"). Only verbs that always
 * report (`report` in lang/speechVerbs): "responded to a call on Saturday" and "charges filed Friday"
 * tell happenings of their own.
 */
const REPORTING_FRAME_BEFORE = new RegExp(
  String.raw`\b(?:(?:${speechVerbPattern('report')})` +
    String.raw`|(?:${speechVerbPattern('addressee')})(?:\s+(?:the\s+)?[\w'’.-]+){1,2})` +
    String.raw`(?:\s+(?:${REPORTING_PLACE})(?:\s+(?!(?:${REPORTING_PLACE}|and|or|but|that|which|who|when|after)\b)[\w'’.-]+){0,4})*\s+(?:late\s+|early\s+)?$`,
  'i',
);
/** How far before its date a reporting verb and its phrases of place may reach (about ten words). */
const REPORTING_FRAME_REACH = 70;

/**
 * An attribution naming the source of what the sentence tells ("according to an affidavit unsealed
 * Tuesday, …", "…, citing records released Monday"), open up to the date: it runs on to the punctuation
 * that closes it (a claim is one sentence: a period inside it ends an abbreviation, "Sept. 11").
 */
const OPEN_ATTRIBUTION = /\b(?:according\s+to|citing)\b[^,;:!?"“”()—–]*$/i;
const ATTRIBUTION_CLOSE = /[,;:!?"“”()—–]/;

/**
 * Whether the date or time at `start` sits in an attribution that does not hold `action`: then it is the
 * day the source spoke or was made known ("According to an affidavit unsealed Tuesday, two men
 * robbed…", "The clerk was stabbed, according to papers filed Thursday"), not the day of the action
 * the attribution vouches for. An action inside the attribution is the date's ("citing a report she wrote
 * after the storm of Aug. 29").
 */
function attributionHolds(ctx: ClaimContext, start: number, action: ClaimAction | null): boolean {
  const open = OPEN_ATTRIBUTION.exec(ctx.text.slice(0, start));
  if (!open) return false;
  if (!action) return true;
  const closeAt = ctx.text.slice(start).search(ATTRIBUTION_CLOSE);
  const end = closeAt < 0 ? ctx.text.length : start + closeAt;
  const at = action.start - ctx.claim.start;
  return at < open.index || at >= end;
}

/**
 * Words between an action and a date that start another clause or happening ("a charge that stemmed
 * from a stop on Tuesday", "the stabbing… during a briefing Monday"): the date is theirs.
 */
const CLAUSE_BREAK = /[;:!?]|\.\s|,\s+(?:and|but)\s|\b(?:after|before|until|while|since|because|that|which|who|during|and\s+(?:was|were|is|are|has|had|will))\b/i;
const WEEKDAY_IN = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.join('|')})\b`, 'i');
/** "Tuesday night" runs into the next day; "late Tuesday" does not. */
const NIGHT = /\b(?:night|overnight)\b/i;
/** How far before its date an action may be named (about fifteen words). */
const ACTION_REACH = 100;
/** How far before its date an action written as a noun ("shooting", "meeting") may be named. */
const NOUN_ACTION_REACH = 40;
/** How far after its date an action may be named when none comes before it ("Early Saturday, a man shot…"). */
const ACTION_REACH_AFTER = 60;

/**
 * A clock time written alone ("at 9.35am", "around 16:08 UTC", "midnight"): its day is the one its sentence
 * names elsewhere (a finding of its own) or the article's, which the text does not state.
 */
const CLOCK_ONLY = /^(?:(?:at|around|about)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon|midday|midnight)(?:\s*\(?(?:UTC|GMT|[ECMP][SD]?T)\)?)?$/i;

/**
 * Between a day and a later action: the action named as "the …" ("questioned over the killing",
 * "discussing the recent shooting"; but "walked into the shop and stabbed" is the day's, and so is
 * "were fishing on Sunday when the stabbing happened"), or as what someone is tried or wanted "for"
 * ("for killing").
 */
const RELATED_ACTION_AFTER = /(?<!\bwhen\s+)\b(?:for|the)\s+(?:(?!(?:and|or|then)\s)[\w-]+\s+){0,2}$/i;

/** A dash opening an aside, or a verb reporting what was found ("showed", "revealed"). */
const ASIDE_OR_FINDING = /\s[—–]\s?|\s?[—–]\s|\s--\s|\b(?:showed|shows|found|finds|revealed|reveals|determined|concluded)\b/i;

/** Words approximating the clock time right after them ("just after", "shortly before"; `TIME_APPROXIMATIONS`). */
const APPROXIMATION_BEFORE_TIME = new RegExp(String.raw`\b(?:${TIME_APPROXIMATIONS.map(([words]) => words.replace(/ /g, String.raw`\s+`)).join('|')})\s+(?:at\s+)?$`, 'i');

function dates(ctx: ClaimContext, found: readonly DateFinding[], out: Fact[]): void {
  for (const d of found) {
    if (d.start < ctx.claim.start || d.end > ctx.claim.end || !d.value) continue;
    // The day of a clock time written alone is never stated by it: comparing it would compare the articles' dates.
    if (d.kind === 'time' && d.value.includes('T') && CLOCK_ONLY.test(d.text)) continue;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(d.value)?.[0];
    if (!day) continue;
    const local = d.start - ctx.claim.start;
    if (PAGE_STAMP_BEFORE.test(ctx.text.slice(Math.max(0, local - 24), local))) continue;
    // The action the date is of: the nearest one before it in the same clause ("was shot and killed by an
    // intruder on Monday"), else the nearest after it ("Early Saturday, a man shot…"); a date with no
    // action of its own ("testified before the board Thursday") states none.
    const abs = d.start;
    let action: ClaimAction | null = null;
    for (const a of actionsOf(ctx)) if (a.start < abs && abs - a.start <= ACTION_REACH && (!action || a.start > action.start)) action = a;
    // A noun of action ("the meeting", "the shooting") is near its own date ("the shooting Monday", "the
    // shooting happened Monday"); further on, a date is of something else ("the meeting follows talks… yesterday").
    if (action && /ing$/.test(ctx.text.slice(action.start - ctx.claim.start, local).split(/\s/, 1)[0]) && abs - action.start > NOUN_ACTION_REACH) action = null;
    let between: string;
    if (action) {
      // The action's own word is skipped: "shot" is no clause break, "shooting that…" is.
      between = ctx.text.slice(action.start - ctx.claim.start, local).replace(/^\S+/, '');
    } else {
      if (saidAt(ctx, local)) continue;
      for (const a of actionsOf(ctx)) if (a.start >= d.end && a.start - d.end <= ACTION_REACH_AFTER && (!action || a.start < action.start)) action = a;
      if (!action) continue;
      between = ctx.text.slice(d.end - ctx.claim.start, action.start - ctx.claim.start);
      // "on Wednesday — the day an autopsy showed he had been shot — the crowd…": the action after a
      // dash or a verb of finding is inside another statement, and the day is not its day.
      if (ASIDE_OR_FINDING.test(between)) continue;
      // "was questioned Tuesday over the killing", "went on trial Wednesday for killing", "gathered Saturday to
      // talk about the shooting": an action named as "the …" or reached through "for" after the
      // day is what something else that day was about, not what happened that day ("On Friday, a man
      // died", "took two guards hostage Monday and then escaped").
      if (RELATED_ACTION_AFTER.test(between)) continue;
    }
    if (attributionHolds(ctx, local, action)) continue;
    // "shot just after 5:30 p.m. Tuesday": the words approximating a clock time are the time's, not a
    // second happening's "after".
    if (d.kind === 'time') between = between.replace(APPROXIMATION_BEFORE_TIME, '');
    if (CLAUSE_BREAK.test(between) || SAID.test(between)) continue;
    const night = NIGHT.test(d.text);
    const weekday = WEEKDAY_IN.exec(d.text)?.[0].toLowerCase() ?? null;
    out.push({ ...fact(ctx, 'date', day, { start: d.start, end: d.end, text: d.text }, null, { date: { day, night, weekday } }), action: action.lemma });
  }
}

// ---------------------------------------------------------------------------------------------
// Counts of people: "three people were killed", "killing two", "2 dead", "five victims".

const COUNT_WHO = String.raw`(?:(?:others?|more|people|persons?|men|women|boys|girls|children|kids|teens|teenagers|juveniles|adults|victims|suspects|officers|students|bystanders)\s+)?`;
const COUNT_BEFORE_STATE = new RegExp(
  String.raw`\b(${NUMBER})\s+${COUNT_WHO}(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)?(?:(?:fatally|critically|seriously)\s+)?(killed|dead|wounded|injured|shot|hurt|arrested|detained|taken\s+into\s+custody)\b`,
  'gi',
);
const COUNT_AFTER_VERB = new RegExp(
  String.raw`\b(killing|killed|wounding|wounded|injuring|injured|shooting|shot|arrest|arrested|arresting|detained)\s+(?:the\s+)?(${NUMBER})\s+(?:people|persons|others|men|women|boys|girls|children|teens|teenagers|juveniles|suspects|officers|students)\b`,
  'gi',
);
const COUNT_VICTIMS = new RegExp(String.raw`\b(${NUMBER})\s+(victims|deaths|fatalities|casualties)\b`, 'gi');
/**
 * How many were with someone: "with three other people", "and two of his friends", "Four other teens,
 * including a girl, were in the car". Only ever the same number or none: who was with whom, and when,
 * the words do not say well enough for two numbers to disagree.
 */
const COMPANION_WHO = String.raw`(?:people|persons|adults|men|women|boys|girls|children|kids|teens|teenagers|juveniles|friends|companions|passengers|others)`;
const COMPANIONS_WITH = new RegExp(
  String.raw`\b(?:with|and)\s+(${NUMBER})\s+(?:(?:other\s+(?:[\w-]+\s+)?|of\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2})${COMPANION_WHO}|others)\b`,
  'gi',
);
const COMPANIONS_WERE = new RegExp(String.raw`\b(${NUMBER})\s+other\s+${COMPANION_WHO}(?:,[^,]{1,40},)?\s+(?:were|was)\s+(?:also\s+)?(?:in|inside|with)\b`, 'gi');

function countedOf(word: string): string {
  const w = word.toLowerCase();
  if (/^(?:kill|dead|death|fatal)/.test(w)) return 'dead';
  if (/^(?:wound|injur|hurt|casualt)/.test(w)) return 'wounded';
  if (/^(?:shot|shoot)/.test(w)) return 'shot';
  if (/^(?:arrest|detain|taken)/.test(w)) return 'arrested';
  return 'victims';
}

function counts(ctx: ClaimContext, out: Fact[]): void {
  const add = (raw: string, counted: string, start: number, end: number): void => {
    const n = numberValue(raw);
    // "one" is mostly a pronoun or an article ("one of the victims"), not a count.
    if (n === null || n < 2) return;
    // An age is no count: "a 4-year-old shot", "15 shot" after a name.
    if (/-(?:year|month)-old\s*$/i.test(ctx.text.slice(0, start))) return;
    out.push(fact(ctx, 'count', String(n), span(ctx, start, end), null, { counted }));
  };
  for (const m of ctx.text.matchAll(COUNT_BEFORE_STATE)) {
    if (/\d/.test(m[1]) && /,\s*$/.test(ctx.text.slice(0, m.index))) continue; // "Smith, 29, shot…": an age
    add(m[1], countedOf(m[2]), m.index, m.index + m[0].length);
  }
  for (const m of ctx.text.matchAll(COUNT_AFTER_VERB)) add(m[2], countedOf(m[1]), m.index, m.index + m[0].length);
  for (const m of ctx.text.matchAll(COUNT_VICTIMS)) add(m[1], countedOf(m[2]), m.index, m.index + m[0].length);
}

/** Counts of companions (`COMPANIONS_WITH`), read after the other counts of the claim (`out`). */
function companions(ctx: ClaimContext, out: Fact[]): void {
  // "and four others hurt": a count of the wounded, read by `counts`, not of who was with someone.
  const counted = out.filter((f) => f.slot === 'count').map((f) => [f.span.start - ctx.claim.start, f.span.end - ctx.claim.start]);
  for (const re of [COMPANIONS_WITH, COMPANIONS_WERE]) {
    for (const m of ctx.text.matchAll(re)) {
      const end = m.index + m[0].length;
      const n = numberValue(m[1]);
      if (n === null || n < 2 || counted.some(([s, e]) => m.index < e && end > s)) continue;
      out.push(fact(ctx, 'count', String(n), span(ctx, m.index, end), null, { counted: 'companions' }));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Injuries: "shot in the chest", "a gunshot wound to the head", "shot him twice in the back",
// "a wound to her lower left side" (two words placing the wound on the part).

const INJURY = new RegExp(
  String.raw`\b(shot|struck|hit|wounded|stabbed|injured|wound(?:s)?|injur(?:y|ies))\b((?:\s+[\w'’.-]+){0,4}?)\s+(?:in|to)\s+(?:the|his|her|their)\s+(?:(?:left|right|upper|lower|back\s+of\s+the)\s+){0,2}(${BODY_PART_PATTERN})\b`,
  'gi',
);

function injuries(ctx: ClaimContext, out: Fact[]): void {
  for (const m of ctx.text.matchAll(INJURY)) {
    const partAt = m.index + m[0].length - m[3].length;
    // "shot Smith in the head": the person between the verb and the part; else the subject before the verb.
    const between = participantStartingAfter(ctx, m.index + m[1].length);
    const participant = between && between.span.end <= ctx.claim.start + partAt ? between : participantNear(ctx, m.index);
    out.push(fact(ctx, 'injury', bodyPartGroup(m[3].toLowerCase()), span(ctx, partAt, partAt + m[3].length), participant));
  }
}

/** Body parts that one outlet names more loosely than another name the same place. */
function bodyPartGroup(part: string): string {
  if (/^(?:face|eye|eyes|jaw|cheek|mouth|temple|forehead)$/.test(part)) return 'head';
  if (/^(?:stomach|abdomen|belly)$/.test(part)) return 'abdomen';
  if (/^(?:chest|torso|lung|lungs|heart)$/.test(part)) return 'chest';
  if (/^(?:neck|throat)$/.test(part)) return 'neck';
  if (/^(?:legs|thigh|thighs|knee|knees|ankle|foot|feet)$/.test(part)) return 'leg';
  if (/^(?:arms|elbow|wrist|hand|hands|finger|fingers)$/.test(part)) return 'arm';
  if (/^(?:shoulders)$/.test(part)) return 'shoulder';
  return part;
}

// ---------------------------------------------------------------------------------------------
// Conditions and outcomes.

const CONDITIONS = CONDITION_PHRASES.map(([condition, source]) => [condition, new RegExp(String.raw`\b${source}\b`, 'gi')] as const);

const CURRENT_BEFORE = /\b(?:is|are|remains?|remained|still|now|currently)\s+(?:[\w-]+\s+){0,2}$/i;

function conditions(ctx: ClaimContext, out: Fact[]): void {
  const taken: [number, number][] = [];
  for (const [condition, re] of CONDITIONS) {
    for (const m of ctx.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // "is missing Lakeside hiker": "missing" describes the name that follows; it states no condition.
      if (condition === 'missing' && /^\s+\p{Lu}/u.test(ctx.text.slice(end))) continue;
      taken.push([start, end]);
      // "killing his wife", "the body of a 16-year-old girl was found": the participant follows (or sits
      // inside the phrase); "the girl died": it precedes.
      const inside = /^(?:found|bod|remains)/i.test(m[0]);
      // "fatally shot Dana Price": the victim follows; "Dana Price was fatally shot": the subject precedes.
      const passive = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i.test(ctx.text.slice(Math.max(0, start - 24), start));
      const after = /^killing/i.test(m[0]) || (/^fatally/i.test(m[0]) && !passive) ? 40 : 0;
      let participant = inside ? participantNear(ctx, start, end - start + 40) : participantNear(ctx, after ? end : start, after);
      // "a car belonging to Dana Price was missing": a person after a preposition is not who the condition is about.
      if (participant && !inside && !after && /\b(?:to|of|by|for|with|from|about|against)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?$/i.test(ctx.text.slice(Math.max(0, participant.span.start - ctx.claim.start - 30), participant.span.start - ctx.claim.start))) {
        participant = null;
      }
      const current = /^remain/i.test(m[0]) || CURRENT_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start));
      out.push(fact(ctx, 'condition', condition satisfies Condition, span(ctx, start, end), participant, current ? { current } : {}));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Places below the city: "the 2100 block of Maple Street", "1200 Main St.", "at Oak and Elm".

const STREET_TYPE = String.raw`(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Court|Ct\.?|Place|Pl\.?|Way|Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Circle|Trail|Square)`;
const STREET_NAME = String.raw`((?:(?:North|South|East|West|N\.?|S\.?|E\.?|W\.?)\s+)?(?:[A-Z0-9][\w'’.-]*\s+){1,3}${STREET_TYPE})`;
const BLOCK = new RegExp(String.raw`\b(\d{1,5})\s+block\s+of\s+${STREET_NAME}`, 'g');
const ADDRESS = new RegExp(String.raw`\b(\d{1,6})\s+${STREET_NAME}`, 'g');
const HOME_BEFORE = /\b(?:lived|lives|living|live|home|residence|house|apartment|resident|of)\s+(?:\w+\s+){0,3}$/i;
const HOSPITAL_AFTER = /^\s*(?:Hospital|Medical|Health)/;

function streetKey(street: string): string {
  return street
    .toLowerCase()
    .replace(/\bst\.?$/, 'street')
    .replace(/\bave\.?$/, 'avenue')
    .replace(/\brd\.?$/, 'road')
    .replace(/\bblvd\.?$/, 'boulevard')
    .replace(/\bdr\.?$/, 'drive')
    .replace(/\bln\.?$/, 'lane')
    .replace(/\bct\.?$/, 'court')
    .replace(/\bpl\.?$/, 'place')
    .replace(/\bpkwy\.?$/, 'parkway')
    .replace(/\bhwy\.?$/, 'highway')
    .replace(/^(?:n\.?|north)\s+/, 'north ')
    .replace(/^(?:s\.?|south)\s+/, 'south ')
    .replace(/^(?:e\.?|east)\s+/, 'east ')
    .replace(/^(?:w\.?|west)\s+/, 'west ')
    .replace(/\s+/g, ' ');
}

/** Words telling that someone or something was found at a place ("was found", "discovered", "located"). */
const FOUND_WORD = /\b(?:found|discovered|located)\b/gi;
/** How far before a place the verb of what happened there may stand (about ten words). */
const PLACE_VERB_REACH = 70;

/**
 * What happened at the place at claim offset `local`: the last action, or finding, before it in its
 * clause ("a farmhand was stabbed in a barn in the 600 block of…": attack; "a police dog located the
 * suspect in the 400 block of…": find). A clause break between them leaves it unknown.
 */
function happeningAt(ctx: ClaimContext, local: number): string | undefined {
  const from = Math.max(0, local - PLACE_VERB_REACH);
  let best: { at: number; lemma: string } | undefined;
  for (const a of actionsOf(ctx)) {
    const at = a.start - ctx.claim.start;
    if (at >= from && at < local && (!best || at > best.at)) best = { at, lemma: a.lemma };
  }
  for (const m of ctx.text.slice(from, local).matchAll(FOUND_WORD)) if (!best || from + m.index > best.at) best = { at: from + m.index, lemma: 'find' };
  if (!best) return undefined;
  // The verb's own word is skipped ("stabbing" is no clause break, "stabbing that…" is), not a comma after it.
  const between = ctx.text.slice(best.at, local).replace(/^[\w'’-]+/, '');
  return CLAUSE_BREAK.test(between) || SAID.test(between) ? undefined : best.lemma;
}

function places(ctx: ClaimContext, out: Fact[]): void {
  const taken: [number, number][] = [];
  for (const re of [BLOCK, ADDRESS]) {
    for (const m of ctx.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const before = ctx.text.slice(Math.max(0, start - 30), start);
      const placeRole = HOSPITAL_AFTER.test(ctx.text.slice(end)) ? 'hospital' : HOME_BEFORE.test(before) ? 'home' : 'scene';
      // A block is part of the place: "the 800 block" and "the 300 block" of one road are different scenes.
      const street = streetKey(m[2]);
      const value = re === BLOCK ? `${m[1]} block of ${street}` : street;
      const typeAt = street.lastIndexOf(' ');
      const placeOf = happeningAt(ctx, start);
      out.push(
        fact(ctx, 'place', value, span(ctx, start, end), null, {
          placeRole,
          ...(placeOf !== undefined ? { placeOf } : {}),
          street,
          streetName: street.slice(0, typeAt),
          streetType: street.slice(typeAt + 1),
          placeNumber: { kind: re === BLOCK ? 'block' : 'address', value: Number(m[1]) },
        }),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Weapons and charges.

const WEAPON = /\b(?:(\.\d{2,3})[-\s]?(?:caliber|calibre)|(\d{1,2})\s?mm|([a-z]+(?:-\d+)?))\b/gi;
const CHARGE = /\b(?:charged\s+(?:as\s+(?:an\s+)?adults?\s+)?with|charges?\s+of)\s+(?:an?\s+)?(?:(?:one|two|three|four|five|\d+)\s+counts?\s+of\s+)?((?:(?:first|second|third)-degree|capital|attempted|aggravated|involuntary|voluntary|felony|reckless)\s+)*([a-z]+)/gi;

function weaponClass(word: string): string | null {
  const w = word.toLowerCase();
  if (!WEAPON_WORDS.has(w)) return null;
  if (/^(?:handguns?|pistols?|revolvers?)$/.test(w)) return 'handgun';
  if (/^(?:rifles?|ar-15|ak-47)$/.test(w)) return 'rifle';
  if (/^shotguns?$/.test(w)) return 'shotgun';
  if (/^(?:knife|knives|machete)$/.test(w)) return 'knife';
  return 'gun';
}

// ---------------------------------------------------------------------------------------------
// How it happened: "accidentally fired", "the blast was accidental".

/**
 * Words that call what happened an accident (one manner so far: what two sources can agree on): an
 * adverb of the act ("accidentally fired"), an accidental shooting, discharge or death, or the act
 * said to be one ("was an accident", "seemed to be accidental", "by accident"). A "car accident" or a
 * "hit-and-run accident" is the happening itself, not how it happened.
 */
const ACCIDENT = /\b(?:accidentally|accidental(?=\s+(?:shooting|discharge|death|gunshot|firing)\b)|(?:was|is|be|been|being)\s+(?:not\s+)?(?:an\s+)?(?:accident|accidental)|by\s+accident)\b/gi;

function manners(ctx: ClaimContext, out: Fact[]): void {
  for (const m of ctx.text.matchAll(ACCIDENT)) {
    // "was not an accident": the negation inside the words read.
    const made = fact(ctx, 'manner', 'accident', span(ctx, m.index, m.index + m[0].length), null);
    out.push(/\snot\s/i.test(m[0]) ? { ...made, negated: true, spanShowsNegation: true } : made);
  }
}

// ---------------------------------------------------------------------------------------------
// What someone did that sources tell in their own words: "fled" / "ran from the scene" is one act,
// "turned himself in" / "surrendered" another, "dialled 911" / "called 911", "a gun was recovered" /
// "police recovered the weapon". Two claims of one event stating one act are related; an act never
// contradicts (who did it, and when, are other slots).

const ACTS = ACT_PHRASES.map(([act, source]) => [act, new RegExp(String.raw`\b${source}\b`, 'gi')] as const);

function acts(ctx: ClaimContext, out: Fact[]): void {
  for (const [act, re] of ACTS) {
    for (const m of ctx.text.matchAll(re)) {
      // Who found a weapon is not what sources tell alike; who fled, surrendered or called is.
      const participant = act === 'recover weapon' ? null : participantNear(ctx, m.index);
      out.push(fact(ctx, 'act', act, span(ctx, m.index, m.index + m[0].length), participant));
    }
  }
}

function weaponsAndCharges(ctx: ClaimContext, out: Fact[]): void {
  for (const m of ctx.text.matchAll(WEAPON)) {
    const value = m[1] ? 'handgun' : m[2] ? 'handgun' : weaponClass(m[3]);
    if (!value) continue;
    out.push(fact(ctx, 'weapon', value, span(ctx, m.index, m.index + m[0].length), null));
  }
  for (const m of ctx.text.matchAll(CHARGE)) {
    const charge = m[2].toLowerCase();
    if (!CHARGE_WORDS.has(charge)) continue;
    const at = m.index + m[0].length - m[2].length;
    out.push(fact(ctx, 'charge', charge, span(ctx, m.index, m.index + m[0].length), participantNear(ctx, m.index), { negated: negatedAt(ctx, m.index) || negatedAt(ctx, at) }));
  }
}

// Words without which a family of facts cannot be stated (tested once per claim).
// The cue patterns read the claim's text; the bits below read the tokenizer's words first, so most
// claims (which state none of these facts) are passed over without running the patterns. Each bit is
// a necessary condition of its pattern (a word of the pattern, or a digit), never a replacement for it.
const CUE_AGE = 1;
const CUE_COUNT = 2;
const CUE_INJURY = 4;
const CUE_CONDITION = 8;
const CUE_PLACE = 16;
const CUE_WEAPON_OR_CHARGE = 32;
const CUE_MANNER = 64;
const CUE_ACT = 128;
const CUE_COMPANIONS = 256;
const CUE_ALL = 511;
const CUE_OF_WORD = new Map<string, number>();
for (const [list, cue] of [[COUNT_CUE_WORDS, CUE_COUNT], [CONDITION_CUE_WORDS, CUE_CONDITION], [WEAPON_OR_CHARGE_CUE_WORDS, CUE_WEAPON_OR_CHARGE], [BODY_PARTS, CUE_INJURY], [ACT_CUE_WORDS, CUE_ACT], [COMPANION_CUE_WORDS, CUE_COMPANIONS]] as const) {
  for (const w of list) CUE_OF_WORD.set(w, (CUE_OF_WORD.get(w) ?? 0) | cue);
}
CUE_OF_WORD.set('old', CUE_AGE);

/** The cue bits of one word key, or of each part of a word joined by hyphens or apostrophes ("year-old", "gun-toting"). */
function cuesOfKey(key: string): number {
  let bits = CUE_OF_WORD.get(key) ?? 0;
  if (key.includes('accident')) bits |= CUE_MANNER;
  if (/[^a-z0-9]/.test(key)) for (const part of key.split(/[^a-z0-9]+/)) bits |= CUE_OF_WORD.get(part) ?? 0;
  return bits;
}

/**
 * Which families' cue patterns may match in `[start, end)`: the union of its words' bits, and every
 * family a number can open (an age, an address, a calibre) when a word has a digit (the tokenizer
 * makes a word of every run of digits, so ", 31" and "(31)" are seen).
 */
function cuesOf(tokens: ArticleTokens, start: number, end: number): number {
  let bits = 0;
  for (let i = tokenIndexAt(tokens, start); i < tokens.tokens.length && tokens.tokens[i].start < end; i++) {
    const t = tokens.tokens[i];
    if (t.hasDigit) bits |= CUE_AGE | CUE_PLACE | CUE_WEAPON_OR_CHARGE;
    bits |= cuesOfKey(t.key);
    if (bits === CUE_ALL) break;
  }
  return bits;
}

const AGE_CUE = /\bold\b|\baged?\s+\d|,\s+\d{1,3}\b|\(\d{1,3}\)/i;
const COUNT_CUE = new RegExp(String.raw`\b${alternation(COUNT_CUE_WORDS)}\b`, 'i');
const INJURY_CUE = new RegExp(String.raw`\b${BODY_PART_PATTERN}\b`, 'i');
const CONDITION_CUE = new RegExp(String.raw`\b${alternation(CONDITION_CUE_WORDS)}\b`, 'i');
const PLACE_CUE = /\d\s+(?:block\b|[A-Z0-9])/;
const MANNER_CUE = /accident/i;
const COMPANION_CUE = /\b(?:with|and)\s+\S+\s+(?:other|of)\b|\bother\s+\S+,?\s|\bothers\b/i;
const ACT_CUE = new RegExp(String.raw`\b${alternation(ACT_CUE_WORDS)}\b`, 'i');
const WEAPON_OR_CHARGE_CUE = new RegExp(String.raw`\b${alternation(WEAPON_OR_CHARGE_CUE_WORDS)}\b|\dmm\b`, 'i');

const SUPERSEDED_REPORT = new RegExp(String.raw`${SUPERSEDED_REPORT_OPENING}[^,;]*`, 'gi');

/** Spans (claim-local) of clauses that report what the source no longer holds ("contrary to initial reports that…"). */
function supersededSpans(text: string): [number, number][] {
  return [...text.matchAll(SUPERSEDED_REPORT)].map((m) => [m.index, m.index + m[0].length]);
}

// ---------------------------------------------------------------------------------------------
// "He faces charges of arson", "She is in fair condition": a sentence whose subject is "he"
// or "she" states its facts about someone the sentence before named or described.

/** A claim opening on "he" or "she" as its subject (not "She and her mother…", a plural). */
const SUBJECT_PRONOUN = /^(?:(?:But|And|Now|Then|Later|Still),?\s+)?(He|She)\b(?!\s+and\b)/;
/** Slots whose fact is about the sentence's subject. */
const SUBJECT_SLOTS: ReadonlySet<FactSlot> = new Set<FactSlot>(['condition', 'charge', 'injury', 'act']);
/** "the 18-year-old" or "a 9-month-old" with no noun after it: someone described by age alone. */
const BARE_AGE = new RegExp(String.raw`\b(?:the|a|an)\s+${NUMBER}[-\s](?:year|month|week|day)s?[-\s]old\b(?!\s+(?:[\w-]+\s+)?${PERSON_DESCRIPTION_PATTERN}\b)`, 'i');
/** How many sentences back an antecedent is looked for. */
const ANTECEDENT_REACH = 2;
const SAID_JUST_BEFORE = new RegExp(String.raw`\b(?:${speechVerbPattern('name')})\s+$`, 'i');
const SAID_JUST_AFTER = new RegExp(String.raw`^,?\s+(?:${speechVerbPattern('name')})\b`, 'i');
const AFTER_PREPOSITION = /\b(?:to|of|by|for|with|from|about|against|at|in|on|into|near)\s+(?:(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?)?$/i;

/**
 * Who "he" or "she" at the start of claim `index` is: the one someone the nearest earlier claim
 * (of the last two) names or describes as a possible subject — not after a preposition, a singular
 * description of a fitting sex ("she" is no "man"), a name with the description written against it
 * ("his niece Lena") counted once. Two possible someones in that claim: nobody (a guess is no fact).
 */
function antecedentOf(claims: readonly ClaimMention[], index: number, sortedMentions: readonly LocalPersonMention[], pronoun: string): FactParticipant | null {
  const excluded = pronoun === 'she' ? MALE_DESCRIPTION_HEADS : FEMALE_DESCRIPTION_HEADS;
  for (let k = index - 1; k >= Math.max(0, index - ANTECEDENT_REACH); k--) {
    const ctx = contextOf(sortedMentions, claims[k], []);
    const before = (start: number, width: number): string => ctx.text.slice(Math.max(0, start - ctx.claim.start - width), start - ctx.claim.start);
    const after = (end: number, width: number): string => ctx.text.slice(end - ctx.claim.start, end - ctx.claim.start + width);
    // Not after a preposition ("shot by Dana Price"), and not the speaker ("said Dana Price.", "Dana Price
    // said"): not the subject. "Police say Dana Price was…" is the subject of what is said.
    const subjectLike = (start: number, end: number): boolean =>
      !AFTER_PREPOSITION.test(before(start, 32)) && !(SAID_JUST_BEFORE.test(before(start, 16)) && /^\s*(?:[.,;]|$)/.test(after(end, 3))) && !SAID_JUST_AFTER.test(after(end, 16));
    const all = descriptionsOf(ctx);
    // A description written against a name ("his niece Lena", "Lena, the girl") is that person, and says their sex.
    const nameOf = (d: { start: number; end: number }): LocalPersonMention | undefined =>
      ctx.people.find(
        (p) =>
          (p.start >= d.end && /^[\s,]{0,2}$/.test(ctx.text.slice(d.end - ctx.claim.start, p.start - ctx.claim.start))) ||
          (d.start >= p.end && /^[\s,]{0,2}(?:the\s|a\s|an\s)?$/i.test(ctx.text.slice(p.end - ctx.claim.start, d.start - ctx.claim.start))),
      );
    const unfitPeople = new Set(all.filter((d) => excluded.has(d.head)).map((d) => nameOf(d)?.person).filter((p): p is string => p !== undefined));
    const people = ctx.people.filter((p) => subjectLike(p.start, p.end) && !unfitPeople.has(p.person));
    const persons = new Set(people.map((p) => p.person));
    const descriptions = all.filter((d) => subjectLike(d.start, d.end) && !PLURAL_DESCRIPTION_HEADS.has(d.head) && nameOf(d) === undefined);
    const fitting = descriptions.filter((d) => !excluded.has(d.head));
    if (persons.size + new Set(fitting.map((d) => d.head)).size > 1) return null;
    if (persons.size === 1) {
      const p = people[0];
      return { person: p.person, description: null, span: { start: p.start, end: p.end, text: p.text } };
    }
    if (fitting.length > 0) {
      const d = fitting[0];
      return { person: null, description: d.head, span: { start: d.start, end: d.end, text: ctx.text.slice(d.start - ctx.claim.start, d.end - ctx.claim.start) } };
    }
    // Someone named by age alone ("The 19-year-old spent a night in jail"), or someone of the other sex,
    // is someone, but not one to bind: nobody is. A claim naming nobody ("Rain fell all morning.") is passed over.
    if (descriptions.length > 0 || ctx.people.length > 0 || BARE_AGE.test(ctx.text)) return null;
  }
  return null;
}

/**
 * Whether the fact at claim offset `local` is the pronoun subject's: nobody else is named or
 * described between them, and no clause of its own comes between ("He said the girl died": hers).
 */
function aboutSubject(ctx: ClaimContext, subjectEnd: number, local: number): boolean {
  const between = ctx.text.slice(subjectEnd, local);
  if (SAID.test(between) || /\b(?:that|who|which|whose|when|after|before|because|while)\b|[;:"“”]/i.test(between)) return false;
  const from = ctx.claim.start + subjectEnd;
  const to = ctx.claim.start + local;
  return !ctx.people.some((p) => p.start >= from && p.start < to) && !descriptionsOf(ctx).some((d) => d.start >= from && d.start < to);
}

/** The facts each claim states, in claim order, then by slot and position. */
export function extractFacts(input: FactInput): Fact[] {
  const out: Fact[] = [];
  let sortedMentions: LocalPersonMention[] | undefined;
  const timeDates = input.dates.filter((d) => d.kind === 'time').sort((a, b) => a.start - b.start);
  const dayDates = input.dates.filter((d) => (d.kind === 'time' || d.kind === 'date') && d.value !== null && /^\d{4}-\d{2}-\d{2}/.test(d.value)).sort((a, b) => a.start - b.start);
  input.claims.forEach((claim, index) => {
    // Most claims state none of these facts: one cheap look for each family's words first.
    const text = claim.text;
    const cues = input.tokens ? cuesOf(input.tokens, claim.start, claim.end) : CUE_ALL;
    const mayAge = (cues & CUE_AGE) !== 0 && AGE_CUE.test(text);
    const mayCount = (cues & CUE_COUNT) !== 0 && COUNT_CUE.test(text);
    const mayInjury = (cues & CUE_INJURY) !== 0 && INJURY_CUE.test(text);
    const mayCondition = (cues & CUE_CONDITION) !== 0 && CONDITION_CUE.test(text);
    const mayPlace = (cues & CUE_PLACE) !== 0 && PLACE_CUE.test(text);
    const mayWeaponOrCharge = (cues & CUE_WEAPON_OR_CHARGE) !== 0 && WEAPON_OR_CHARGE_CUE.test(text);
    const mayManner = (cues & CUE_MANNER) !== 0 && MANNER_CUE.test(text);
    const mayAct = (cues & CUE_ACT) !== 0 && ACT_CUE.test(text);
    const mayCompanions = (cues & CUE_COMPANIONS) !== 0 && COMPANION_CUE.test(text);
    const claimTimes = spansWithin(timeDates, claim.start, claim.end);
    const claimDays = spansWithin(dayDates, claim.start, claim.end);
    const mayTime = claimTimes.length > 0;
    const mayDate = claimDays.length > 0;
    if (!(mayAge || mayCount || mayInjury || mayCondition || mayPlace || mayWeaponOrCharge || mayManner || mayAct || mayCompanions || mayTime || mayDate)) return;
    sortedMentions ??= [...input.mentions].sort((a, b) => a.start - b.start);
    const ctx = contextOf(sortedMentions, claim, input.quotes);
    ctx.told = () => actionToldBefore(input.claims, index);
    const facts: Fact[] = [];
    if (mayAge) ages(ctx, facts);
    if (mayTime) times(ctx, claimTimes, facts);
    if (mayDate) dates(ctx, claimDays, facts);
    if (mayCount) counts(ctx, facts);
    if (mayCompanions) companions(ctx, facts);
    if (mayInjury) injuries(ctx, facts);
    if (mayCondition) conditions(ctx, facts);
    if (mayPlace) places(ctx, facts);
    if (mayWeaponOrCharge) weaponsAndCharges(ctx, facts);
    if (mayManner) manners(ctx, facts);
    if (mayAct) acts(ctx, facts);
    facts.sort((a, b) => a.span.start - b.span.start || a.slot.localeCompare(b.slot));
    const superseded = /\b(?:despite|contrary|unlike)\b/i.test(text) ? supersededSpans(text) : [];
    // A "he" inside a quotation is the speaker's, whom the sentences before need not name.
    const opening = SUBJECT_PRONOUN.exec(text);
    const pronoun = opening && !input.quotes.some((q) => q.start <= claim.start + 2 && q.end > claim.start) ? opening : null;
    let antecedent: FactParticipant | null | undefined;
    for (const f of facts) {
      const local = f.span.start - claim.start;
      if (superseded.some(([s, e]) => local >= s && local < e)) continue;
      if (pronoun && f.participant === null && SUBJECT_SLOTS.has(f.slot) && aboutSubject(ctx, pronoun.index + pronoun[0].length, local)) {
        antecedent ??= antecedentOf(input.claims, index, sortedMentions, pronoun[1].toLowerCase());
        if (antecedent) f.participant = antecedent;
      }
      out.push(f);
    }
  });
  return out;
}
