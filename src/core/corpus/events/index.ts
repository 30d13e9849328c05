/**
 * Events and the timeline. Each article first gets its own events: the main one (what its headline
 * and lead report, with the lead's date and place) and background ones (clauses dated elsewhere in
 * time: "the war began in February 2022"). Article events then merge across articles when they share
 * people, places and words, never when their dates, weekdays or places disagree — so two meetings of
 * the same two people on different days or in different cities stay two events.
 */
import type { ArticleAnalysis } from '../../extract';
import type { CorpusEvent, EventDateHow, EventDateSource, EventDevelopment, EventKind, Person } from '../../report';
import type { ClaimClause, ClaimUnit } from '../claimUnits';
import { CITIES } from '../../lang/lexicon/generated/places';
import { US_STATE_NAMES, US_STATES_NAMED_AS_CITIES } from '../../lang/usStates';
import { ACTIONS, INCIDENT_ACTIONS } from '../../lang/factWords';
import { porterStem } from '../../lang/stem';
import { placeName, placeNamesListed } from '../placeNames';
import { FUNCTION_WORDS, LABEL_CONJUNCTIONS, LABEL_PRONOUNS } from '../../lang/stopWords';
import { addDays, dayNumber, formatYmd, type Ymd } from '../../extract/dates/calendar';
import { dateKey, datesConflict, type DateParts, type DateRef } from '../../extract/claims/features';
import { WEEKDAY_NUMBERS } from '../../lang/weekdays';
import { combineDates, leadDate } from '../../extract/claims/eventDates';
import { cutLabel, type LabelCandidate } from '../../extract/claims/labels';
import { compareActionDays, type ActionDay } from '../actionDays';
import { buildPostings, CandidateFinder, EVENT_TERMS, isAnchorTerm, termKey, termKind, tfIdfVectors } from '../termIndex';

const CITY_NAMES = new Set(CITIES.split('|'));

export interface EventIndex {
  events: CorpusEvent[];
  /** Claim index → ids of the events its clauses belong to. */
  eventsOfClaim: Map<number, string[]>;
  /** Document id → id of the event the article reports as its news (its main event). */
  mainEventOfDocument: Map<string, string>;
}

/** Tunables, exported for the evaluation scripts and tests. */
export const EVENT_SETTINGS = {
  /** Cosine similarity of two article events above which they are one real-world event. */
  mergeThreshold: 0.2,
  /** Stricter threshold when one side is dated to the day and the other not even to the month. */
  mergeDatedWithUndated: 0.35,
  /** Refuse merges whose dates disagree. */
  dateConflicts: true,
  /** Refuse merges whose locations (below country level) are disjoint. */
  placeConflicts: true,
  /** Cosine over people, names and places of two articles' main events above which they report one story. */
  documentMergeThreshold: 0.15,
  /** Days apart two articles may date their main events and still report one occurrence. */
  documentDayTolerance: 7,
  /** Let an article's main event join a cluster holding its own background when the dates agree. */
  joinOwnBackground: true,
  /** Days before the lead's day a clause may be dated and still tell the news (a lead about the charges, a body about the shooting). */
  newsDaysBefore: 3,
  /** Days after the news a later clause is a development of it, when the article has no date of its own to bound them. */
  developmentDays: 30,
};

interface LocalEvent {
  index: number;
  document: string;
  documentIndex: number;
  main: boolean;
  clauses: ClaimClause[];
  /** Clauses that define the event (headline and lead for a main event). */
  defining: ClaimClause[];
  date: DateParts | null;
  /** Where it happened, from its defining clauses. */
  places: Set<string>;
  terms: Map<string, number>;
  reference: DateParts | null;
  /** For an article with no date of its own, the latest year it tells as past: it was written then or later. */
  toldYear: number | null;
  /** The article's date was read from its text, not its header: dates counted from it are inferred. */
  referenceInferred: boolean;
  /** `date` holds a year the text states ("March 11, 2025"), not one taken from the article's date. */
  yearStated: boolean;
  /** Clauses of the news that tell what happened after it (a victim dies, charges are filed), with their day. */
  developments: { clause: ClaimClause; day: Ymd }[];
  /** The days its incident happened as the fact layer reads them (`incidentDayOf`, `otherIncidentDay`). */
  incidentDays: ActionDay[];
}

const EMPTY_DATE: DateParts = { year: null, month: null, day: null, weekday: null };

function informative(d: DateParts): boolean {
  return d.year !== null || d.month !== null || d.weekday !== null || d.relativeDay !== undefined;
}

function addTerm(terms: Map<string, number>, key: string, weight: number): void {
  terms.set(key, (terms.get(key) ?? 0) + weight);
}

/** Adds the clause's terms to an event's term frequencies, each mention its kind's weight (EVENT_TERMS). */
function clauseTerms(clause: ClaimClause, terms: Map<string, number>, weight: number): void {
  const f = clause.features;
  const w = EVENT_TERMS.weights;
  // A clause cut from a longer claim keeps the claim's people: "then again on March 13th" is still Witkoff's.
  if (f !== clause.claim.features) for (const p of clause.claim.features.people) if (!f.people.includes(p)) addTerm(terms, termKey('person', p), w.person * weight);
  const byPrecision = EVENT_TERMS.dateWeights;
  for (const d of clause.eventDates) {
    const key = d.year !== null ? dateKey(d) : null;
    if (key) addTerm(terms, termKey('date', key), (d.day !== null ? byPrecision.day : d.month !== null ? byPrecision.month : byPrecision.year) * weight);
  }
  for (const p of f.people) addTerm(terms, termKey('person', p), w.person * weight);
  for (const n of f.names) addTerm(terms, termKey('name', n), w.name * weight);
  for (const l of f.places) addTerm(terms, termKey('place', l), w.place * weight);
  for (const s of f.stems) addTerm(terms, termKey('stem', s), w.stem * weight);
}

/**
 * The year of a month the text names without its year: the article's, or the year before when that
 * would put the month after the article (articles report what happened).
 */
function yearOfMonth(month: number, referenceYear: number, referenceMonth: number | null): number {
  return referenceMonth !== null && month > referenceMonth ? referenceYear - 1 : referenceYear;
}

/**
 * The day a date names, counted from the article's date when the text leaves parts out: a weekday is
 * the last one on or before the article's day (articles report what happened), "yesterday" counts
 * back, a day without its year takes the article's year (the year before when that would be after
 * the article). Null when the date does not name a day or there is nothing to count from.
 */
function dayOf(d: DateParts, reference: DateParts | null): Ymd | null {
  const ref: Ymd | null = reference && reference.year !== null && reference.month !== null && reference.day !== null ? { year: reference.year, month: reference.month, day: reference.day } : null;
  if (d.month !== null && d.day !== null) {
    if (d.year !== null) return { year: d.year, month: d.month, day: d.day };
    if (!ref) return null;
    return { year: yearOfMonth(d.month, ref.year, ref.month), month: d.month, day: d.day };
  }
  if (!ref || d.month !== null || d.year !== null) return null;
  if (d.relativeDay !== undefined) return addDays(ref, d.relativeDay);
  if (d.weekday !== null && reference!.weekday !== null) return addDays(ref, -((reference!.weekday - d.weekday + 7) % 7));
  return null;
}

/** Whether a date lies after the article's date: a day after its day, or a later month or year. */
function afterArticle(d: DateParts, reference: DateParts | null): boolean {
  if (!reference || reference.year === null) return false;
  const day = dayOf(d, reference);
  const referenceDay = dayOf({ ...reference, weekday: null }, reference);
  if (day !== null && referenceDay !== null) return dayNumber(day) > dayNumber(referenceDay);
  if (d.year === null) return false;
  if (d.year !== reference.year) return d.year > reference.year;
  return d.month !== null && reference.month !== null && d.month > reference.month;
}

/** Where a dated clause of an article belongs, against the article's news (its lead's happening). */
type ClauseTime = 'news' | 'development' | 'elsewhere';

/**
 * A dated clause is the news itself when it names the lead's day or one of the few days before it
 * (a lead that reports the charges, a body that tells the shooting), a later development when it
 * names a day after the news and not after the article, and a happening of its own otherwise
 * (background, a scheduled hearing). A clause dated on another day than the news that says where,
 * and names none of the news's places, reports another happening (two shootings a day apart in two
 * towns). Dates that name no day keep the article stage's reading (month against month).
 */
function clauseTime(clause: ClaimClause, d: DateParts, background: boolean, newsDay: Ymd | null, referenceDay: Ymd | null, reference: DateParts | null, newsPlaces: ReadonlySet<string>, aboutNews: boolean): ClauseTime {
  const day = dayOf(d, reference);
  const anchor = newsDay ?? referenceDay;
  if (day === null || anchor === null) {
    // A month other than the news's ("in October", for news of November 19) is another happening.
    if (anchor !== null && d.month !== null && (d.month !== anchor.month || (d.year !== null && d.year !== anchor.year))) return 'elsewhere';
    return background ? 'elsewhere' : 'news';
  }
  const offset = dayNumber(day) - dayNumber(anchor);
  const otherPlace = newsPlaces.size > 0 && clause.features.locations.length > 0 && !clause.features.locations.some((p) => newsPlaces.has(p));
  if (offset === 0) return 'news';
  if (otherPlace) return 'elsewhere';
  // A day or two before the news is the news told from its start only when the clause is about its people or places.
  if (offset < 0) return -offset <= EVENT_SETTINGS.newsDaysBefore && aboutNews ? 'news' : 'elsewhere';
  // Without a day for the news, the article's day bounds it: a day after the article is scheduled, not reported.
  if (newsDay === null) return 'elsewhere';
  const last = referenceDay !== null ? dayNumber(referenceDay) : dayNumber(newsDay) + EVENT_SETTINGS.developmentDays;
  return dayNumber(day) <= last ? 'development' : 'elsewhere';
}

/**
 * Claim index → the paragraph (line of the text) its sentence starts on: a paragraph that opens on
 * another happening ("March 2: a driver hit a cyclist on Dale Road. The cyclist, 30, …") goes on telling it.
 */
function paragraphsOf(analysis: ArticleAnalysis, units: readonly ClaimUnit[]): Map<number, number> {
  const out = new Map<number, number>();
  const sentences = analysis.sentences;
  let s = 0;
  for (const u of units) {
    // Claims and sentences are both in text order: one walk.
    while (s + 1 < sentences.length && sentences[s + 1].start <= u.claim.start) s++;
    if (sentences.length > 0) out.set(u.index, sentences[s].line);
  }
  return out;
}

/** The incident actions (`INCIDENT_ACTIONS`: shooting, killing, wounding, attack, robbery) a claim's facts are of. */
function incidentActionsOf(unit: ClaimUnit): string[] {
  return unit.facts.flatMap((f) => (f.action !== null && INCIDENT_ACTIONS.has(f.action) && !f.negated && !f.hedged ? [f.action] : []));
}

/** The stems of the words of incident actions (`INCIDENT_ACTIONS`: "shot", "murdered", "stabbing", "robbery"). */
const INCIDENT_STEMS: ReadonlySet<string> = new Set(ACTIONS.filter((a) => INCIDENT_ACTIONS.has(a.lemma)).flatMap((a) => a.forms.map((f) => porterStem(f))));

/** Whether a clause tells an incident in its own words ("Voss shot Harmon in June", "the 2005 murder of …"). */
function tellsIncident(clause: ClaimClause): boolean {
  return clause.features.stems.some((s) => INCIDENT_STEMS.has(s));
}

/**
 * Whether a date stands inside a quotation: someone's words, not the reporter's telling. The article
 * stage found the claim's quoted parts (`quotations`, from the quote stage); no text is read here.
 */
function quoted(clause: ClaimClause, date: DateRef): boolean {
  return clause.claim.quotations.some((q) => q.start <= date.start && date.start < q.end);
}

/** Whether a clause's date is a clock time written alone (the fact layer's `time.dayUnstated`): its day is the article's, not stated. */
function dayUnstated(clause: ClaimClause, date: DateRef): boolean {
  return clause.claim.facts.some((f) => f.slot === 'time' && f.time?.dayUnstated === true && f.span.start === date.start);
}

/** A claim's days of incident actions (`INCIDENT_ACTIONS`), as stated and not hedged, with the facts' spans. */
function incidentDaysOf(unit: ClaimUnit): { day: ActionDay; start: number; end: number; text: string }[] {
  return unit.facts.flatMap((f) =>
    f.slot === 'date' && f.date && f.action !== null && INCIDENT_ACTIONS.has(f.action) && !f.negated && !f.hedged ? [{ day: f.date, ...f.span }] : [],
  );
}

/**
 * The day of the news's incident: the lead's day of an incident action, else the first such day in
 * the article that falls on the news's day or the few days before it (a lead about the charges, a
 * body that tells the shooting). Null when the article states none.
 */
function incidentDayOf(units: readonly ClaimUnit[], anchor: Ymd | null): ActionDay | null {
  for (const u of units) if (u.lead && !u.aside) for (const d of incidentDaysOf(u)) return d.day;
  if (anchor === null) return null;
  const last = dayNumber(anchor);
  for (const u of units) {
    if (u.aside) continue;
    for (const d of incidentDaysOf(u)) {
      const day = dayNumber(ymdOf(d.day.day));
      if (day <= last && last - day <= EVENT_SETTINGS.newsDaysBefore) return d.day;
    }
  }
  return null;
}

/** Whether a date names the calendar day `iso` (resolved against the article's date). */
function onDay(d: DateParts, reference: DateParts | null, iso: string): boolean {
  const day = dayOf(d, reference);
  return day !== null && formatYmd(day) === iso;
}

/** Whether a date names a day after the ISO day `after` and not after `last`. */
function betweenDays(d: DateParts, reference: DateParts | null, after: string, last: Ymd): boolean {
  const day = dayOf(d, reference);
  return day !== null && dayNumber(day) > dayNumber(ymdOf(after)) && dayNumber(day) <= dayNumber(last);
}

/** An ISO day ("2016-07-26") as a calendar day. */
function ymdOf(iso: string): Ymd {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/**
 * The date of the incident a clause tells on another day than the news's incident (`compareActionDays`
 * says the two days disagree), as a date reference for its own event; null when it tells none.
 */
function otherIncidentDay(clause: ClaimClause, incidentDay: ActionDay): { ref: DateRef; day: ActionDay } | null {
  for (const d of incidentDaysOf(clause.claim)) {
    if (d.start < clause.start || d.end > clause.end || compareActionDays(d.day, incidentDay) !== 'contradicts') continue;
    return { ref: dateRefOf(d.day, d), day: d.day };
  }
  return null;
}

/** An action's day as a date reference, at the words that state it. */
function dateRefOf(day: ActionDay, at: { start: number; end: number; text: string } | null): DateRef {
  const { year, month, day: dayOfMonth } = ymdOf(day.day);
  const weekday = day.weekday === null ? null : (WEEKDAY_NUMBERS[day.weekday] ?? null);
  return { start: at?.start ?? 0, end: at?.end ?? 0, text: at?.text ?? '', year, month, day: dayOfMonth, weekday, resolved: true, yearStated: false };
}

function buildLocalEvents(
  analysis: ArticleAnalysis,
  documentIndex: number,
  units: readonly ClaimUnit[],
  corpusYear: number | null,
  out: LocalEvent[],
): void {
  const reference = analysis.referenceParts;
  const toldYear = analysis.toldYear;
  const referenceInferred = analysis.referenceDate.source !== 'header';
  const clauses = units.flatMap((u) => u.clauses);
  if (clauses.length === 0) return;
  // The lead: the headline and the first body claims (read by the article stage).
  const leadUnits = new Set(units.filter((u) => u.lead).map((u) => u.index));
  const lead = clauses.filter((c) => leadUnits.has(c.claim.index));
  // The main event's date: the lead's (read as the article stage reads it to tell background clauses).
  // A date after the article's in the lead is what the news schedules ("to host the 2014 Oscars",
  // "the trial begins March 3") or a misread weekday, not when it happened: news reports what has
  // happened, so such a lead is dated by the lead's other dates, else the article's month.
  const leadDates = lead.flatMap((c) => (c.date ? [c.date] : []));
  let led = leadDate(leadDates, reference);
  if (led.date !== null && afterArticle(led.date, reference)) {
    led = leadDate(leadDates.filter((d) => !afterArticle(d, reference)), reference);
    // Only to its month: the article's day says when it was written, not that two reports of that day tell one occurrence.
    if (led.date === null && reference !== null) led = { date: { year: reference.year, month: reference.month, day: null, weekday: null }, yearStated: false };
  }
  const { date: mainDate, yearStated: mainYearStated } = led;
  const mainPlaces = new Set(lead.flatMap((c) => c.features.locations));
  const main: LocalEvent = {
    index: -1, document: analysis.id, documentIndex, main: true, clauses: [], defining: [], date: mainDate,
    places: mainPlaces, terms: new Map(), reference, toldYear, referenceInferred, yearStated: mainYearStated, developments: [], incidentDays: [],
  };
  let newsDay = mainDate ? dayOf(mainDate, reference) : null;
  const referenceDay = reference ? dayOf({ ...reference, weekday: null }, reference) : null;
  // The lead's people: a clause naming one of them, or one of the lead's places, is back at the news.
  const newsPeople = new Set(lead.flatMap((c) => c.features.people));
  // The lead's incident ("shot in the jaw", "the shooting that left four dead"): a clause dated a day or
  // two before the news that tells the same kind of incident ("The stabbing took place on the second
  // floor") is the news too (`nearNews`).
  const newsIncidentActions = new Set(units.filter((u) => u.lead).flatMap((u) => incidentActionsOf(u)));
  const atNews = (clause: ClaimClause): boolean => clause.features.people.some((p) => newsPeople.has(p)) || clause.features.locations.some((p) => mainPlaces.has(p));
  // The surnames of the lead's people: "Phillips" alone, after "Maurice Phillips" in the lead, is most likely him.
  const newsSurnames = new Set([...newsPeople].map((p) => p.slice(p.lastIndexOf('-') + 1)));
  const namesNewsPerson = (clause: ClaimClause): boolean => clause.features.people.some((p) => newsPeople.has(p)) || clause.features.names.some((n) => newsSurnames.has(n));
  // Only for a clause dated a day or two before the news: an undated "The shooting remains unsolved"
  // after a passage about another case goes on telling that case.
  const nearNews = (clause: ClaimClause): boolean => atNews(clause) || incidentActionsOf(clause.claim).some((a) => newsIncidentActions.has(a));
  // The day the news's incident happened, as the fact layer reads it ("was shot at 9:40 p.m.
  // Saturday"): a clause telling an incident on another day of the same week ("a teenager was
  // stabbed Sunday") reports another happening, whatever else it shares with the news.
  const incidentDay = incidentDayOf(units, newsDay ?? referenceDay);
  if (incidentDay !== null) main.incidentDays.push(incidentDay);
  // A lead that dates nothing (a headline, lines of page furniture) leaves the event the day its
  // incident happened, as the body tells it, rather than no day at all.
  if (incidentDay !== null && !dayPrecise(main.date)) {
    main.date = dateRefOf(incidentDay, null);
    newsDay = ymdOf(incidentDay.day);
  } else if (incidentDay !== null && newsDay !== null && dayNumber(ymdOf(incidentDay.day)) < dayNumber(newsDay)) {
    // A lead that dates a later step ("was charged Monday" in a shooting of Saturday): the event is
    // the incident, dated when it happened; the lead's day still bounds what came after it.
    main.date = dateRefOf(incidentDay, null);
  }
  const background = new Map<string, LocalEvent>();
  const paragraphOf = paragraphsOf(analysis, units);
  // The happening the last dated clause placed elsewhere in time, its paragraph, and whether it is
  // placed elsewhere too: undated clauses after it go on telling it, to the end of its paragraph,
  // or, when it is told somewhere else, until a clause is back at the news's people or places.
  let telling: { event: LocalEvent; paragraph: number; placed: boolean } | null = null;
  for (const clause of clauses) {
    const isLead = leadUnits.has(clause.claim.index);
    const otherIncident = isLead || clause.claim.aside || incidentDay === null ? null : otherIncidentDay(clause, incidentDay);
    // "At 9:40 p.m." alone states no day: the clause is placed as an undated one.
    const stated = clause.date !== null && !dayUnstated(clause, clause.date) ? clause.date : null;
    const d = stated ?? otherIncident?.ref ?? null;
    const paragraph = paragraphOf.get(clause.claim.index) ?? -1;
    let time: ClauseTime;
    // A passing mention of another case in its own words ("In an unrelated incident, …", a
    // "Related:" line) is a happening of its own, dated or not, and the undated clauses after it
    // in its paragraph go on telling it.
    if (clause.claim.aside || otherIncident !== null) time = 'elsewhere';
    // The lead is the news, but for the asides it dates elsewhere in time ("…, which began in February 2022").
    else if (isLead && (d === null || clause.background === false)) time = 'news';
    // A date after the article's in the lead is what the news schedules ("to host the 2014 Oscars"): still the news.
    else if (isLead && d !== null && afterArticle(d, reference)) time = 'news';
    // The day the news's incident happened is the news's day too, when the lead dates a later step
    // ("was charged Friday" in a stabbing of Wednesday): "two friends were with him on Wednesday" tells it.
    else if (d !== null && incidentDay !== null && onDay(d, reference, incidentDay.day)) time = 'news';
    // A day between the incident and the news ("turned himself in on Thursday" after a Wednesday
    // stabbing, told on Friday) is the story moving on: a development of the incident.
    else if (d !== null && incidentDay !== null && newsDay !== null && betweenDays(d, reference, incidentDay.day, newsDay)) time = 'development';
    // Background as the article stage read it where no day compares; an article with no date of its own is read against the corpus's year.
    else if (d !== null) {
      // Before the day the news's incident happened, an incident of its kind is another one ("the Tuesday
      // shooting", in news of Wednesday's): only the news's people or places bring such a clause back to it.
      const day = incidentDay !== null ? dayOf(d, reference) : null;
      const beforeIncident = day !== null && dayNumber(day) < dayNumber(ymdOf(incidentDay!.day));
      time = clauseTime(clause, d, clause.background ?? (corpusYear !== null && d.year !== null && d.year < corpusYear), newsDay, referenceDay, reference, mainPlaces, beforeIncident ? namesNewsPerson(clause) || atNews(clause) : nearNews(clause));
    }
    else {
      const backAtNews = atNews(clause);
      // Told somewhere the news is not: a clause naming only other places than the news's goes on telling it.
      const elsewherePlaced = !backAtNews && mainPlaces.size > 0 && clause.features.locations.length > 0;
      if (telling && !clause.claim.headline && (paragraph === telling.paragraph || ((telling.placed || elsewherePlaced) && !backAtNews))) {
        telling.event.clauses.push(clause);
        if (elsewherePlaced) telling.placed = true;
        continue;
      }
      time = 'news';
    }
    // A later development told in a paragraph that is telling another happening ("That shooting happened
    // Tuesday … He died on Thursday") is that happening's, unless it is back at the news's people or places.
    if (time === 'development' && telling && paragraph === telling.paragraph && !namesNewsPerson(clause) && !atNews(clause)) {
      telling.event.clauses.push(clause);
      continue;
    }
    if (time !== 'elsewhere' || (!d && !clause.claim.aside)) {
      telling = null;
      main.clauses.push(clause);
      // A later development in the lead ("… died on Thursday") does not say what the incident was.
      if (isLead && time !== 'development') main.defining.push(clause);
      if (time === 'development' && d) main.developments.push({ clause, day: dayOf(d, reference)! });
      continue;
    }
    // An aside is a happening of its own even on a day the article's background also names; an undated clause here is one.
    const key = d === null || clause.claim.aside ? `aside ${(d && dateKey(d)) ?? clause.claim.index}` : dateKey(d) ?? `w${d.weekday ?? ''}r${d.relativeDay ?? ''}`;
    let event = background.get(key);
    if (!event) {
      event = {
        index: -1, document: analysis.id, documentIndex, main: false, clauses: [], defining: [], date: d,
        places: new Set(), terms: new Map(), reference, toldYear, referenceInferred, yearStated: d?.yearStated ?? false, developments: [], incidentDays: [],
      };
      background.set(key, event);
    }
    if (otherIncident && !event.incidentDays.some((x) => x.day === otherIncident.day.day)) event.incidentDays.push(otherIncident.day);
    event.clauses.push(clause);
    event.defining.push(clause);
    for (const p of clause.features.locations) event.places.add(p);
    // An incident told on another day than the news's ("a 7-year-old shot himself Wednesday", in news of
    // Tuesday's shooting), naming none of the news's people and in the reporter's words (not a chant's "kill
    // today"), is the article moving on to another case: the clauses after it tell that case until one is
    // back at the news's people or places, across paragraphs as across sentences.
    const placed = (otherIncident !== null && !namesNewsPerson(clause) && !quoted(clause, otherIncident.ref)) || (clause.features.locations.length > 0 && mainPlaces.size > 0 && !clause.features.locations.some((p) => mainPlaces.has(p)));
    telling = { event, paragraph, placed };
  }
  for (const event of [main, ...background.values()]) {
    if (event.clauses.length === 0) continue;
    // No lead clause: the first clause the article stage labelled stands for the event.
    if (event.defining.length === 0) event.defining = event.clauses.filter((c) => c.labels.length > 0).slice(0, 1);
    if (event.defining.length === 0) event.defining = event.clauses.slice(0, 1);
    for (const c of event.clauses) clauseTerms(c, event.terms, 1);
    // The defining clauses count again: they say what the event is.
    for (const c of event.defining) clauseTerms(c, event.terms, 1);
    event.index = out.length;
    out.push(event);
  }
}

interface Cluster {
  members: LocalEvent[];
  date: DateParts | null;
  places: Set<string>;
  /** Its members' incident days and named people (`incidentsConflict`). */
  incidentDays: ActionDay[];
  people: Set<string>;
}

function clusterOfLocal(e: LocalEvent): Cluster {
  const people = new Set([...e.terms.keys()].filter((t) => termKind(t) === 'person'));
  return { members: [e], date: absoluteDate(e.date), places: new Set(e.places), incidentDays: [...e.incidentDays], people };
}

function mergedClusters(a: Cluster, b: Cluster): Cluster {
  return {
    members: [...a.members, ...b.members],
    date: combineDates(a.date, b.date),
    places: new Set([...a.places, ...b.places]),
    incidentDays: [...a.incidentDays, ...b.incidentDays],
    people: new Set([...a.people, ...b.people]),
  };
}

/**
 * Two incidents of one kind told on different days of a week (a cyclist hit on Tuesday, another
 * on Wednesday) with no named person in common: two incidents, however alike their words. With a
 * person in common the days are one incident dated two ways by two sources, a disagreement the
 * event shows.
 */
function incidentsConflict(a: Cluster, b: Cluster): boolean {
  if (a.incidentDays.length === 0 || b.incidentDays.length === 0) return false;
  const relations = a.incidentDays.flatMap((x) => b.incidentDays.map((y) => compareActionDays(x, y)));
  if (!relations.includes('contradicts') || relations.includes('agrees')) return false;
  for (const p of a.people) if (b.people.has(p)) return false;
  return true;
}

/** The date without "yesterday"/"today": those only compare within one article. */
function absoluteDate(d: DateParts | null): DateParts | null {
  if (!d) return null;
  const out: DateParts = { year: d.year, month: d.month, day: d.day, weekday: d.weekday };
  return informative(out) ? out : null;
}

/**
 * Dates from different articles: reports of one event, written on different days, resolve it a
 * day or two apart, so only days three or more apart (or different months without days) disagree.
 */
function crossArticleDatesConflict(a: DateParts, b: DateParts): boolean {
  if (a.year !== null && b.year !== null && a.month !== null && b.month !== null && a.day !== null && b.day !== null) {
    return Math.abs(dayNumber({ year: a.year, month: a.month, day: a.day }) - dayNumber({ year: b.year, month: b.month, day: b.day })) >= 3;
  }
  return datesConflict({ ...a, weekday: null }, { ...b, weekday: null });
}

function dayPrecise(d: DateParts | null): boolean {
  return d !== null && d.month !== null && d.day !== null;
}

function monthPrecise(d: DateParts | null): boolean {
  return d !== null && d.month !== null;
}

/** Whether two events' places disagree: none in common, and two of one level (two towns, two states). Exported for tests. */
export function placesConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const p of a) if (b.has(p)) return false;
  // A state and a city ("in California", "in Los Angeles") do not disagree: the city may be in the
  // state, and which cities each state holds is not known here. Two states, or two towns, do.
  const levels = (places: ReadonlySet<string>): number => [...places].reduce((bits, p) => bits | placeLevels(p), 0);
  return (levels(a) & levels(b)) !== 0;
}

const STATE_LEVEL = 1;
const LOCAL_LEVEL = 2;

/**
 * A place's levels: a US state holds towns; anything else is local (a region abroad, "Chechnya",
 * "the West Bank", is compared with towns as before: where it lies is not known here). A name that is
 * both ("New York", "Washington") is of both, so it disagrees with a town and with a state.
 */
function placeLevels(place: string): number {
  if (!US_STATE_NAMES.has(place)) return LOCAL_LEVEL;
  return CITY_NAMES.has(place) || US_STATES_NAMED_AS_CITIES.has(place) ? STATE_LEVEL | LOCAL_LEVEL : STATE_LEVEL;
}

/**
 * Weighted cosine over the article events' term vectors, with candidates from an inverted index.
 * An article event of a reprint that is the same as one of an earlier copy of the article (the
 * same terms, date and places, in a document of its syndication group: `groupOf`) is paired with
 * that first one only: the first's pairs stand for it, since the two merge before anything else
 * (their cosine is 1). A story carried by sixty outlets would otherwise pair every copy of each of
 * its events with every other.
 */
function similarPairs(locals: readonly LocalEvent[], groupOf: readonly number[]): { a: number; b: number; score: number }[] {
  const n = locals.length;
  const { df, vectors, cosines } = tfIdfVectors(locals.map((e) => e.terms), () => true);
  const firstOf = firstCopies(locals, groupOf);
  // `locals[i].index === i`: the index's items are the article events; copies are not searched or found.
  const index = buildPostings(
    locals.map((e) => (firstOf[e.index] === e.index ? e.terms.keys() : [])),
    df,
    EVENT_TERMS.cap(n),
    (t) => !EVENT_TERMS.unindexed.has(termKind(t)),
  );
  const finder = new CandidateFinder(index, n);
  const pairs: { a: number; b: number; score: number }[] = [];
  const scoreOf = (e: LocalEvent, o: number): number => {
    let score = cosines.cosine(vectors[o]);
    // The same day and the same person: one occurrence, however much else each article says.
    const da = e.date;
    const db = locals[o].date;
    if (da && db && dayPrecise(da) && dayPrecise(db) && !datesConflict(da, db) && da.year !== null && db.year !== null) {
      for (const t of e.terms.keys()) if (termKind(t) === 'person' && locals[o].terms.has(t)) {
        score += 0.3;
        break;
      }
    }
    return score;
  };
  const copiesOf = new Map<number, number[]>();
  for (const e of locals) {
    const first = firstOf[e.index];
    if (first === e.index) continue;
    const list = copiesOf.get(first);
    if (list) list.push(e.index);
    else copiesOf.set(first, [e.index]);
  }
  for (const e of locals) {
    if (firstOf[e.index] !== e.index) continue;
    const seen = finder.find(e.terms.keys(), e.index, (o) => locals[o].documentIndex !== e.documentIndex);
    const copies = copiesOf.get(e.index) ?? [];
    if (seen.length > 0 || copies.length > 0) cosines.load(vectors[e.index]);
    for (const o of seen) {
      const score = scoreOf(e, o);
      if (score >= EVENT_SETTINGS.mergeThreshold) pairs.push({ a: e.index, b: o, score });
    }
    for (const o of copies) {
      const score = scoreOf(e, o);
      if (score >= EVENT_SETTINGS.mergeThreshold) pairs.push({ a: e.index, b: o, score });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/**
 * Each article event's first copy: the first article event of its syndication group with the same
 * terms, date, places and standing (main or not), in another document; itself when there is none.
 */
function firstCopies(locals: readonly LocalEvent[], groupOf: readonly number[]): Int32Array {
  const firstOf = Int32Array.from(locals, (e) => e.index);
  const firsts = new Map<string, { first: number; documents: Set<number> }>();
  for (const e of locals) {
    const group = groupOf[e.documentIndex] ?? -1;
    if (group < 0) continue;
    const terms = [...e.terms].map(([t, w]) => `${t}=${w}`).join(' ');
    // The date as a value: its offsets differ from copy to copy.
    const date = JSON.stringify(e.date, (k: string, v: unknown) => (k === 'start' || k === 'end' ? undefined : v));
    const key = `${group}\n${e.main}\n${date}\n${[...e.places].join(' ')}\n${terms}`;
    const found = firsts.get(key);
    if (!found) firsts.set(key, { first: e.index, documents: new Set([e.documentIndex]) });
    else if (!found.documents.has(e.documentIndex)) {
      found.documents.add(e.documentIndex);
      firstOf[e.index] = found.first;
    }
  }
  return firstOf;
}

function daysApart(a: DateParts, b: DateParts): number | null {
  if (a.year === null || b.year === null || a.month === null || b.month === null || a.day === null || b.day === null) return null;
  return Math.abs(dayNumber({ year: a.year, month: a.month, day: a.day }) - dayNumber({ year: b.year, month: b.month, day: b.day }));
}

/** Dates of two articles' main events that cannot be one story's: days too far apart, or other months or years. */
function storyDatesConflict(a: DateParts | null, b: DateParts | null): boolean {
  if (!a || !b) return false;
  const days = daysApart(a, b);
  if (days !== null) return days > EVENT_SETTINGS.documentDayTolerance;
  return datesConflict({ ...a, weekday: null, day: null }, { ...b, weekday: null, day: null });
}

/**
 * When a cluster's story happened: its stated date, else its earliest article's date; null when
 * neither gives a month of a year (a year alone does not place a story among others of a year).
 */
function storyTime(c: Cluster): DateParts | null {
  if (c.date && c.date.year !== null && c.date.month !== null) return c.date;
  let earliest: DateParts | null = null;
  for (const m of c.members) {
    const r = m.reference;
    if (r && r.year !== null && r.month !== null && (!earliest || (dateKey(r) ?? '') < (dateKey(earliest) ?? ''))) earliest = r;
  }
  return earliest;
}

/**
 * Pairs of main events (one per article) by the cosine of their anchors alone. Articles about one
 * story name the same people, things and places; articles about another story of the same kind
 * share the action words but not those, so action words are left out here.
 */
function similarArticles(mains: readonly LocalEvent[]): { a: LocalEvent; b: LocalEvent; score: number }[] {
  const n = mains.length;
  const { df, vectors, cosines } = tfIdfVectors(mains.map((e) => e.terms), isAnchorTerm);
  const index = buildPostings(vectors.map((vector) => vector.v.keys()), df, EVENT_TERMS.storyCap(n));
  const finder = new CandidateFinder(index, n);
  const pairs: { a: LocalEvent; b: LocalEvent; score: number }[] = [];
  mains.forEach((e, i) => {
    const found = finder.find(vectors[i].v.keys(), i, () => true);
    if (found.length > 0) cosines.load(vectors[i]);
    for (const j of found) {
      const score = cosines.cosine(vectors[j]);
      if (score >= EVENT_SETTINGS.documentMergeThreshold) pairs.push({ a: e, b: mains[j], score });
    }
  });
  return pairs.sort((x, y) => y.score - x.score || x.a.index - y.a.index || x.b.index - y.b.index);
}

/**
 * Whether a cluster its text places in a year (a record set in 1995, "the star of 1940s musicals")
 * and news that dates nothing itself, of articles written two or more years later, cannot be one
 * happening: news happened about when it was written. Either way round. Nor can undated news of an
 * article that tells a later year as past and a story of an earlier year (`toldAfter`).
 */
function newsYearsApart(a: Cluster, b: Cluster): boolean {
  const apart = (dated: Cluster, news: Cluster): boolean => {
    if (!dated.date || dated.date.year === null || (news.date && news.date.year !== null)) return false;
    let written: number | null = null;
    for (const m of news.members) if (m.main && m.reference && m.reference.year !== null) written = written === null ? m.reference.year : Math.min(written, m.reference.year);
    return written !== null && Math.abs(written - dated.date.year) >= 2;
  };
  return apart(a, b) || apart(b, a) || toldAfter(a, b) || toldAfter(b, a);
}

/**
 * Whether undated news comes from an article that tells of a later year than a cluster's story time
 * as past ("died yesterday" in an article that recalls what he revealed in 2005, and a death
 * reported in 2004): the article was written in that year or later, and news happened about when
 * it was written.
 */
function toldAfter(dated: Cluster, news: Cluster): boolean {
  if (news.date && news.date.year !== null) return false;
  const year = storyTime(dated)?.year ?? null;
  return year !== null && news.members.some((m) => m.main && m.toldYear !== null && m.toldYear > year);
}

/**
 * Whether one story's leads name a place the other's articles name too ("in Malibu" in some reports,
 * "in Los Angeles" in others that also say Malibu): the leads then stress different places of one
 * happening (a county and its town, the home city of a team playing away) rather than tell two.
 */
function placesTold(a: Cluster, b: Cluster): boolean {
  const named = (c: Cluster): Set<string> => new Set(c.members.flatMap((m) => m.clauses.flatMap((cl) => cl.features.locations)));
  const inA = named(a);
  const inB = named(b);
  return [...a.places].some((p) => inB.has(p)) || [...b.places].some((p) => inA.has(p));
}

/**
 * Second pass, article by article: two articles whose main events name the same people, things
 * and places, dated within a few days of each other (or undated), report one story even when
 * their wording differs too much for the clause-level pass.
 */
function mergeArticleStories(locals: readonly LocalEvent[], clusters: Map<number, Cluster>, find: (i: number) => number, clusterOf: number[]): void {
  const mains = locals.filter((e) => e.main);
  for (const { a, b } of similarArticles(mains)) {
    const ra = find(a.index);
    const rb = find(b.index);
    if (ra === rb) continue;
    const ca = clusters.get(ra)!;
    const cb = clusters.get(rb)!;
    if (storyDatesConflict(ca.date, cb.date) || storyDatesConflict(absoluteDate(a.date), absoluteDate(b.date))) continue;
    // Names alone cannot tell this year's story from last year's of the same people: an article
    // placed in time joins one that is not only through the clause-level pass.
    const ta = storyTime(ca);
    const tb = storyTime(cb);
    if ((ta === null) !== (tb === null) || (ta && tb && storyDatesConflict(ta, tb))) continue;
    if ((placesConflict(ca.places, cb.places) && !placesTold(ca, cb)) || incidentsConflict(ca, cb) || newsYearsApart(ca, cb)) continue;
    const docsA = new Set(ca.members.map((m) => m.documentIndex));
    const docsB = new Set(cb.members.map((m) => m.documentIndex));
    const sharedDocs = [...docsA].filter((d) => docsB.has(d));
    if (sharedDocs.length > 0 && !EVENT_SETTINGS.joinOwnBackground) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    clusters.set(keep, mergedClusters(clusters.get(keep)!, clusters.get(drop)!));
    clusterOf[drop] = keep;
    clusters.delete(drop);
  }
}

/**
 * Between the second and third passes: what articles tell again of an incident in their bodies, dated
 * to its month or day ("faces a murder charge over two co-workers shot at their plant in March
 * 2024"), joins the incident other articles report as their news when it names one of the incident's
 * people, in the same month, and no place of it disagrees. One sentence of background shares too few
 * words with a whole report for the first pass; the person, the kind of happening and its month say it
 * is the same one. An incident that several clusters of that month could be stays apart. An article's
 * own news may be among them: its background dated to its incident's month is that incident told again
 * (`EVENT_SETTINGS.joinOwnBackground`).
 */
function joinRetoldIncidents(locals: readonly LocalEvent[], clusters: Map<number, Cluster>, find: (i: number) => number, clusterOf: number[]): void {
  const incidentsOf = incidentClustersByPerson(locals, clusters, find);
  const seen = new Set<number>();
  for (const told of locals) {
    if (told.main || !told.date || told.date.year === null || told.date.month === null) continue;
    const own = find(told.index);
    if (seen.has(own)) continue;
    const retold = clusters.get(own)!;
    if (retold.members.some((m) => m.main) || !told.clauses.some(tellsIncident)) continue;
    seen.add(own);
    const targets = new Set<number>();
    // The people of every retelling in its cluster: "the woman who allegedly shot …" in one, her name in another.
    for (const p of retold.people) {
      for (const root of incidentsOf.get(p) ?? []) {
        const target = find(root);
        if (target === own || targets.has(target)) continue;
        const incident = clusters.get(target)!;
        if (!incident.date || incident.date.year !== told.date.year || incident.date.month !== told.date.month) continue;
        if (told.date.day !== null && incident.date.day !== null && crossArticleDatesConflict(incident.date, told.date)) continue;
        if (placesConflict(retold.places, incident.places)) continue;
        targets.add(target);
      }
      if (targets.size > 1) break;
    }
    if (targets.size !== 1) continue;
    const target = [...targets][0];
    const [keep, drop] = target < own ? [target, own] : [own, target];
    clusters.set(keep, mergedClusters(clusters.get(keep)!, clusters.get(drop)!));
    clusterOf[drop] = keep;
    clusters.delete(drop);
    seen.add(keep);
  }
}

/**
 * The roots of the clusters that hold the news of an article reporting an incident of its own
 * (`incidentDays`), listed under each person the cluster names. Roots as found when built: read them
 * through `find`.
 */
function incidentClustersByPerson(locals: readonly LocalEvent[], clusters: Map<number, Cluster>, find: (i: number) => number): Map<string, number[]> {
  const roots = new Set<number>();
  for (const e of locals) if (e.main && e.incidentDays.length > 0) roots.add(find(e.index));
  const byPerson = new Map<string, number[]>();
  for (const root of roots) {
    for (const p of clusters.get(root)!.people) {
      const list = byPerson.get(p) ?? [];
      list.push(root);
      byPerson.set(p, list);
    }
  }
  return byPerson;
}

/**
 * The incident a later step's news tells in its own undated sentences ("Ruiz faces a murder charge
 * over the death of Mia Lund … Lund was hit by a bullet outside her building"), when no
 * background dates it: the one incident reported before the news by other articles that names two or
 * more of the people those sentences name, with no place in conflict. Null when none or several.
 */
function incidentToldInNews(
  mains: readonly LocalEvent[],
  own: number,
  ownCluster: Cluster,
  news: number,
  clusters: Map<number, Cluster>,
  find: (i: number) => number,
  incidentsOf: ReadonlyMap<string, readonly number[]>,
): number | null {
  const named = new Set(mains.flatMap((m) => m.clauses.filter(tellsIncident).flatMap((c) => c.features.people)).map((p) => termKey('person', p)));
  const documents = new Set(ownCluster.members.map((m) => m.documentIndex));
  const shared = new Map<number, number>();
  for (const p of named) {
    for (const root of incidentsOf.get(p) ?? []) {
      const target = find(root);
      if (target !== own) shared.set(target, (shared.get(target) ?? 0) + 1);
    }
  }
  const targets = [...shared].filter(([target, count]) => {
    if (count < 2) return false;
    const incident = clusters.get(target)!;
    if (placesConflict(ownCluster.places, incident.places)) return false;
    // Reported as an incident by other articles, on a day before the news.
    return incident.members.some((m) => m.main && !documents.has(m.documentIndex) && m.incidentDays.some((d) => dayNumber(ymdOf(d.day)) < news));
  });
  return targets.length === 1 ? targets[0][0] : null;
}

/**
 * The day the article of a news its lead dates to no day was written ("convicted today" read to the
 * month, a headline alone): the news happened by then, in that month. Null when the article's day is
 * unknown or its month is not the lead's.
 */
function writtenDayOf(m: LocalEvent): Ymd | null {
  const r = m.reference;
  if (!r || r.day === null) return null;
  if (m.date && datesConflict({ ...m.date, weekday: null }, { ...r, weekday: null, day: null })) return null;
  return dayOf({ ...r, weekday: null }, r);
}

/**
 * Third pass: news that is a later step of an incident other articles report (the suspect "goes on
 * trial" months after the stabbing; "was charged Friday" in the shooting of Tuesday; a jury's verdict
 * a year on), told again in the body of its articles ("in March, Voss stabbed his neighbour"), joins
 * that incident: the body's telling of the incident joined it in the passes before, the news names
 * a person of it, and most of its articles tell no incident of their own. Its leads become later
 * developments of the incident, each on its article's day. Several reports of one trial are one
 * event first (the passes before), then move together.
 */
function joinFollowUps(locals: readonly LocalEvent[], clusters: Map<number, Cluster>, find: (i: number) => number, clusterOf: number[]): void {
  const backgroundOf = new Map<number, LocalEvent[]>();
  for (const e of locals) {
    if (e.main) continue;
    const list = backgroundOf.get(e.documentIndex) ?? [];
    list.push(e);
    backgroundOf.set(e.documentIndex, list);
  }
  const incidentsOf = incidentClustersByPerson(locals, clusters, find);
  const seen = new Set<number>();
  for (const first of locals) {
    if (!first.main) continue;
    const own = find(first.index);
    if (seen.has(own)) continue;
    seen.add(own);
    const ownCluster = clusters.get(own)!;
    const mains = ownCluster.members.filter((m) => m.main);
    // Articles that tell an incident of their own as their news ("was shot Tuesday") report a happening,
    // not a step of another; a few reports of a verdict that the fact layer reads as a killing on the
    // verdict's day ("found guilty on Wednesday of killing …") do not make the news an incident.
    if (mains.filter((m) => m.incidentDays.length > 0).length * 2 > mains.length) continue;
    const newsDays = mains.flatMap((m) => {
      const stated = m.date !== null && m.date.day !== null;
      const day = stated ? dayOf(m.date!, m.reference) : writtenDayOf(m);
      return day === null ? [] : [{ main: m, day: dayNumber(day), ymd: day, written: !stated }];
    });
    if (newsDays.length === 0) continue;
    const news = newsDays.reduce((a, b) => Math.min(a, b.day), Infinity);
    const documents = new Set(ownCluster.members.map((m) => m.documentIndex));
    let target: number | null = null;
    for (const main of mains) {
      for (const told of backgroundOf.get(main.documentIndex) ?? []) {
        const candidate = find(told.index);
        if (candidate === own) continue;
        const incident = clusters.get(candidate)!;
        // An incident (a shooting, a killing, an attack, a robbery: `INCIDENT_ACTIONS`, whose day the fact
        // layer read in the article's news) another article reports as its news, told in these articles'
        // bodies before their news.
        // A meeting, a summit, a vote recur: a later one is a happening of its own, not a step of the first.
        if (!incident.members.some((m) => m.main && m.incidentDays.length > 0 && !documents.has(m.documentIndex))) continue;
        const day = told.date ? dayOf(told.date, told.reference) : null;
        if (day !== null && dayNumber(day) >= news) continue;
        // A story several articles report is a happening of its own unless a body tells the incident
        // itself ("Voss shot Harmon in June"), not only something else of its day (a speech, an event left early).
        if (mains.length > 1 && !told.clauses.some(tellsIncident)) continue;
        // A news bounded only by its article's day is a step of the incident its body tells naming one of
        // the incident's people ("Voss … went on a shooting rampage"), not of one it alludes to ("attacked
        // her opponent"): what it is a step of is read from the body alone.
        if (newsDays.some((n) => n.written) && !told.clauses.some((c) => tellsIncident(c) && c.features.people.some((p) => incident.people.has(termKey('person', p))))) continue;
        // A news elsewhere (a trial in another state's court, say) is not known to be this incident's.
        if (![...ownCluster.people].some((p) => incident.people.has(p)) || placesConflict(ownCluster.places, incident.places)) continue;
        target = candidate;
        break;
      }
      if (target !== null) break;
    }
    target ??= incidentToldInNews(mains, own, ownCluster, news, clusters, find, incidentsOf);
    if (target === null) continue;
    for (const { main, ymd } of newsDays) main.developments.push(...main.defining.filter((c) => !main.developments.some((d) => d.clause === c)).map((clause) => ({ clause, day: ymd })));
    const [keep, drop] = target < own ? [target, own] : [own, target];
    clusters.set(keep, mergedClusters(clusters.get(keep)!, clusters.get(drop)!));
    clusterOf[drop] = keep;
    clusters.delete(drop);
    seen.add(keep);
  }
}

/** Groups every claim clause of the corpus into events, sorted by date (undated last). */
export function buildEvents(
  articles: readonly ArticleAnalysis[],
  units: readonly ClaimUnit[],
  people: readonly Person[],
  /** Each document's syndication group (corpus/syndication), -1 when in none: copies of an article event are paired once. */
  groupOfDocument: readonly number[] = [],
): EventIndex {
  const byDocument = new Map<number, ClaimUnit[]>();
  for (const u of units) {
    const list = byDocument.get(u.documentIndex) ?? [];
    list.push(u);
    byDocument.set(u.documentIndex, list);
  }
  // Undated articles are read against the corpus's latest article date (articles of one story are contemporaneous).
  const years = articles.map((a) => a.referenceParts?.year ?? null).filter((y): y is number => y !== null);
  const corpusYear = years.length > 0 ? years.reduce((a, b) => Math.max(a, b), -Infinity) : null;
  const locals: LocalEvent[] = [];
  articles.forEach((analysis, i) => buildLocalEvents(analysis, i, byDocument.get(i) ?? [], corpusYear, locals));

  // Agglomerative merging, best pairs first, refusing merges whose dates or places disagree.
  const clusterOf = locals.map((_, i) => i);
  const clusters = new Map<number, Cluster>(locals.map((e, i) => [i, clusterOfLocal(e)]));
  const find = (i: number): number => {
    while (clusterOf[i] !== i) i = clusterOf[i] = clusterOf[clusterOf[i]];
    return i;
  };
  const pairs = similarPairs(locals, groupOfDocument);
  for (const { a, b, score } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ca = clusters.get(ra)!;
    const cb = clusters.get(rb)!;
    if (EVENT_SETTINGS.dateConflicts && ca.date && cb.date && crossArticleDatesConflict(ca.date, cb.date)) continue;
    if (EVENT_SETTINGS.placeConflicts && placesConflict(ca.places, cb.places)) continue;
    if (incidentsConflict(ca, cb) || newsYearsApart(ca, cb)) continue;
    // An undated report may be of any occurrence: joining it to a dated one needs more than the usual evidence.
    if (score < EVENT_SETTINGS.mergeDatedWithUndated && dayPrecise(ca.date) !== dayPrecise(cb.date) && !(monthPrecise(ca.date) && monthPrecise(cb.date))) continue;
    // An article's news and what other articles only recall ("was named head coach in 1994") are one
    // happening when both are placed in time to the month at least, or on strong evidence.
    const hasMain = (c: Cluster): boolean => c.members.some((m) => m.main);
    if (score < EVENT_SETTINGS.mergeDatedWithUndated && hasMain(ca) !== hasMain(cb) && !(monthPrecise(ca.date) && monthPrecise(cb.date))) continue;
    // One article's main event and its own background never merge through a third article.
    const docsA = new Set(ca.members.map((m) => m.documentIndex));
    if (cb.members.some((m) => docsA.has(m.documentIndex))) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    const merged = mergedClusters(clusters.get(keep)!, clusters.get(drop)!);
    clusterOf[drop] = keep;
    clusters.delete(drop);
    clusters.set(keep, merged);
  }

  mergeArticleStories(locals, clusters, find, clusterOf);
  joinRetoldIncidents(locals, clusters, find, clusterOf);
  joinFollowUps(locals, clusters, find, clusterOf);

  const personName = new Map(people.map((p) => [p.id, p.name]));
  const built = [...clusters.values()].map((cluster) => describeEvent(cluster, personName));
  built.sort((x, y) => {
    const dx = x.event.date.value;
    const dy = y.event.date.value;
    if (dx === null && dy !== null) return 1;
    if (dy === null && dx !== null) return -1;
    if (dx !== null && dy !== null && dx !== dy) return dx < dy ? -1 : 1;
    return y.event.mentions.length - x.event.mentions.length || x.firstClaim - y.firstClaim;
  });
  const eventsOfClaim = new Map<number, string[]>();
  const mainEventOfDocument = new Map<string, string>();
  const events = built.map(({ event, claims, mainOf }, i) => {
    event.id = `event-${i + 1}`;
    for (const d of mainOf) mainEventOfDocument.set(d, event.id);
    for (const c of claims) {
      const list = eventsOfClaim.get(c) ?? [];
      if (!list.includes(event.id)) list.push(event.id);
      eventsOfClaim.set(c, list);
    }
    return event;
  });
  return { events, eventsOfClaim, mainEventOfDocument };
}

function topKeys(counts: Map<string, number>, n: number): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k]) => k);
}

/**
 * The label with the event's place: cut after "in <place>" when the clause says where with it,
 * kept when it names the place otherwise, else the place appended when it fits and the label says
 * nowhere else. Only compares what the article stage wrote (`LabelCandidate`).
 */
function placedLabel(candidate: LabelCandidate, placeKey: string | null, placeName: string | null): string {
  if (placeKey === null || placeName === null) return candidate.text;
  const named = candidate.places.find((p) => p.place === placeKey);
  if (named?.text) return named.text;
  if (named?.named) return candidate.text;
  if (!candidate.saysWhere && placeName.length + 4 <= candidate.room) return `${candidate.text} in ${placeName}`;
  return candidate.text;
}

/**
 * A short who-does-what-where label: among the label candidates the article stage wrote for the
 * most central defining clauses, the one that reads best as a headline and keeps the most of the
 * event's people and place wins. A background event prefers the part of its clause around its date
 * (and that part completed) to the sentence it sits in. A label opening with a pronoun is taken only
 * when there is nothing else.
 */
function labelOf(cluster: Cluster, termCount: Map<string, number>, place: { key: string; name: string } | null): { label: string; leans: boolean } {
  const scored: { clause: ClaimClause; score: number }[] = [];
  const background = !cluster.members.some((m) => m.main);
  for (const m of cluster.members) {
    for (const c of m.defining) {
      if (c.labels.length === 0) continue;
      const f = c.features;
      let score = 0;
      // Centrality: the event's term frequencies, weighed as the event's terms are (EVENT_TERMS).
      const w = EVENT_TERMS.weights;
      for (const p of f.people) score += w.person * (termCount.get(termKey('person', p)) ?? 0);
      for (const n of f.names) score += w.name * (termCount.get(termKey('name', n)) ?? 0);
      for (const l of f.places) score += w.place * (termCount.get(termKey('place', l)) ?? 0);
      for (const s of f.stems) score += w.stem * (termCount.get(termKey('stem', s)) ?? 0);
      // Headlines are written to be labels; long sentences are not.
      score = score / Math.sqrt(1 + f.stems.length + f.names.length) + (c.claim.headline ? 5 : 0);
      scored.push({ clause: c, score });
    }
  }
  if (scored.length === 0) for (const m of cluster.members) for (const c of m.clauses) if (c.labels.length > 0) scored.push({ clause: c, score: 0 });
  // A happening told in passing in a sentence the article stage wrote no label for ("Neighbours said the hallway
  // lights were off at the time"): shown as the mention it is, in its own words, not as "Event".
  const unlabelled = (): { label: string; leans: boolean } => {
    const first = background ? cluster.members.flatMap((m) => m.clauses).find((c) => c.text.trim()) : undefined;
    return first ? { label: first.text.trim(), leans: true } : { label: place ? `Event in ${place.name}` : 'Event', leans: false };
  };
  if (scored.length === 0) return unlabelled();
  scored.sort((x, y) => y.score - x.score || x.clause.claim.index - y.clause.claim.index || x.clause.start - y.clause.start);
  const topPeople = topKeys(new Map([...termCount].filter(([t]) => termKind(t) === 'person')), 2).map((t) => t.slice(2));
  let best = '';
  let bestValue = -Infinity;
  let bestLeans = true;
  // An incident is named by what happened ("Man shoots his family"), not by the names or the place its
  // sentences mention most ("Naples police"): a label with a verb wins over any without one.
  let bestSays = false;
  const judge = (candidate: LabelCandidate, score: number): void => {
    const says = background || candidate.saysWhatHappened;
    if (!says && bestSays) return;
    const label = placedLabel(candidate, background ? null : place?.key ?? null, background ? null : place?.name ?? null);
    // What reads as a headline (a content word first, a verb, names, no hedges) wins over centrality alone.
    // Scaled, not added: centrality scores range from a few points to hundreds.
    let value = score * Math.max(0.2, 1 + 0.08 * candidate.quality);
    for (const p of topPeople) if (candidate.people.includes(p)) value += 3;
    if (place && (label !== candidate.text || candidate.places.some((p) => p.place === place.key && p.named))) value += 2;
    if (candidate.cutShort) value -= 4;
    if (candidate.words < 2) value -= 8;
    else if (candidate.words < 3) value -= 2;
    // A label opening with a pronoun loses to any other.
    if (candidate.leansOnSentence && !bestLeans) return;
    if (value > bestValue || (bestLeans && !candidate.leansOnSentence) || (says && !bestSays)) {
      bestValue = value;
      best = label;
      bestLeans = candidate.leansOnSentence;
      bestSays = says;
    }
  };
  for (const { clause, score } of scored.slice(0, 6)) {
    for (const candidate of clause.labels) {
      // The part around the date says what happened then; the whole sentence is the fallback.
      if (candidate.origin === 'clause') judge(candidate, score);
      else if (background && clause.date) judge(candidate, score + (candidate.origin === 'completed' ? 7 : 6));
    }
  }
  return best ? { label: best, leans: bestLeans } : unlabelled();
}

/**
 * A label that leans on its sentence ("He retired") says no who-did-what: it is shown as the
 * passing mention it is, in the sentence's own words.
 */
function mentionLabel(label: string): string {
  // "He retired" → "Mention: he retired", but names and abbreviations keep their case ("Qantas plans…", "NBC News…").
  const first = /^[\p{L}’']+/u.exec(label)?.[0] ?? '';
  const lower = first.toLowerCase();
  const common = first.slice(1) === lower.slice(1) && (FUNCTION_WORDS.has(lower) || LABEL_PRONOUNS.has(lower) || LABEL_CONJUNCTIONS.has(lower));
  return cutLabel(`Mention: ${common ? label.charAt(0).toLowerCase() + label.slice(1) : label}`);
}

function describeEvent(cluster: Cluster, personName: ReadonlyMap<string, string>): { event: CorpusEvent; claims: number[]; firstClaim: number; mainOf: string[] } {
  const members = cluster.members;
  const documents = new Set(members.map((m) => m.document));
  // How many articles use each term: what the articles share explains the grouping.
  const termDocs = new Map<string, number>();
  for (const m of members) for (const t of m.terms.keys()) termDocs.set(t, (termDocs.get(t) ?? 0) + 1);
  const participantsCount = new Map<string, number>();
  const placeCount = new Map<string, number>();
  for (const m of members) {
    const seen = new Set<string>();
    for (const c of m.clauses) for (const p of c.features.people) seen.add(p);
    for (const p of seen) participantsCount.set(p, (participantsCount.get(p) ?? 0) + 1);
    for (const p of m.places) placeCount.set(p, (placeCount.get(p) ?? 0) + 1);
  }
  const mentions = members
    .flatMap((m) => m.clauses)
    .sort((x, y) => x.claim.index - y.claim.index || x.start - y.start)
    .map((c) => ({ document: c.claim.document, claim: c.claim.claim.id, start: c.start, end: c.end }));
  const claims = [...new Set(members.flatMap((m) => m.clauses.map((c) => c.claim.index)))];
  const participants = topKeys(participantsCount, 8);
  // Without a place in the defining clauses, the place the event's clauses locate things at most.
  if (placeCount.size === 0) for (const m of members) for (const c of m.clauses) for (const p of c.features.locations) placeCount.set(p, (placeCount.get(p) ?? 0) + 1);
  // Cities say where better than regions: "St. Petersburg" rather than "Florida".
  for (const [p, c] of placeCount) if (CITY_NAMES.has(p) || CITY_NAMES.has(p.replace(/^st\. /, 'saint '))) placeCount.set(p, c + 0.5);
  const placeKey = placeCount.size > 0 ? topKeys(placeCount, 1)[0] : null;
  const place = placeKey === null ? null : placeName(placeKey);
  const date = eventDate(cluster);
  // Terms two or more articles use, by kind (the key's prefix), read once for the explanation.
  const sharedByKind = new Map<string, [string, number][]>();
  if (documents.size > 1) {
    for (const [t, c] of termDocs) {
      if (c < 2) continue;
      const kind = t.slice(0, 2);
      const list = sharedByKind.get(kind) ?? [];
      list.push([t, c]);
      sharedByKind.set(kind, list);
    }
  }
  const shared = (prefix: string): string[] =>
    (sharedByKind.get(prefix) ?? []).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 6).map(([t]) => t.slice(2));
  const why: string[] = [];
  if (documents.size > 1) {
    why.push(`${documents.size} articles`);
    const sharedPeople = shared('p:').map((p) => personName.get(p) ?? p);
    if (sharedPeople.length) why.push(`shared people: ${sharedPeople.join(', ')}`);
    const sharedNames = shared('n:');
    if (sharedNames.length) why.push(`shared names: ${sharedNames.join(', ')}`);
    const sharedPlaces = placeNamesListed(shared('l:'));
    if (sharedPlaces.length) why.push(`shared places: ${sharedPlaces.join(', ')}`);
    const sharedStems = shared('s:');
    if (sharedStems.length) why.push(`shared terms: ${sharedStems.join(', ')}`);
  } else {
    why.push(members.some((m) => m.main) ? 'what one article reports as its news' : 'background one article dates on its own');
  }
  if (date.value) why.push(`date ${date.value} (${date.how === 'stated' ? 'stated' : date.how === 'resolved' ? 'resolved from the articles\' dates' : 'inferred from the articles\' dates'})`);
  const termCount = new Map<string, number>();
  for (const m of members) for (const [t, c] of m.terms) termCount.set(t, (termCount.get(t) ?? 0) + c);
  const labelled = labelOf(cluster, termCount, placeKey === null ? null : { key: placeKey, name: place! });
  const main = members.some((m) => m.main);
  const kind: EventKind = main ? 'incident' : labelled.leans ? 'mention' : 'background';
  const event: CorpusEvent = {
    id: '',
    label: labelled.leans ? mentionLabel(labelled.label) : labelled.label,
    date,
    kind,
    place,
    participants,
    mentions,
    explanation: why.join('; '),
  };
  if (main) {
    const developments = developmentsOf(members, date.precision === 'day' ? date.value : null);
    if (developments.length > 0) event.developments = developments;
    const disagreement = dateDisagreement(members);
    if (disagreement) event.dateDisagreement = disagreement;
  }
  // A loop, not Math.min(...claims): an event of 100,000 claims would overflow the call stack.
  return { event, claims, firstClaim: claims.reduce((a, b) => Math.min(a, b), Infinity), mainOf: members.filter((m) => m.main).map((m) => m.document) };
}

function mentionOf(c: ClaimClause): CorpusEvent['mentions'][number] {
  return { document: c.claim.document, claim: c.claim.claim.id, start: c.start, end: c.end };
}

/** The development's label: the article stage's best candidate for its clauses, one that names who before one that leans on its sentence. */
function developmentLabel(clauses: readonly ClaimClause[]): string {
  let best: LabelCandidate | null = null;
  for (const c of clauses) {
    for (const candidate of c.labels) {
      if (!best || (best.leansOnSentence && !candidate.leansOnSentence) || (best.leansOnSentence === candidate.leansOnSentence && candidate.quality > best.quality)) best = candidate;
    }
  }
  if (best) return best.leansOnSentence ? mentionLabel(best.text) : best.text;
  const text = clauses[0].text.trim();
  return cutLabel(text);
}

/**
 * An incident's later developments: the clauses its articles date after it, one development per
 * day (several articles telling that a victim died on Thursday are one development), after the
 * incident's own day only.
 */
function developmentsOf(members: readonly LocalEvent[], incidentDay: string | null): EventDevelopment[] {
  const byDay = new Map<string, { clauses: ClaimClause[]; told: ClaimClause[]; stated: boolean; inferred: boolean }>();
  for (const m of members) {
    for (const { clause, day } of m.developments) {
      const key = formatYmd(day);
      if (incidentDay !== null && key <= incidentDay) continue;
      const entry = byDay.get(key) ?? { clauses: [], told: [], stated: false, inferred: false };
      entry.clauses.push(clause);
      const own = clause.date ? dayOf(clause.date, m.reference) : null;
      if ((own !== null && formatYmd(own) === key) || clause.claim.headline || incidentActionsOf(clause.claim).length === 0) entry.told.push(clause);
      if (clause.date?.yearStated) entry.stated = true;
      if (m.referenceInferred) entry.inferred = true;
      byDay.set(key, entry);
    }
  }
  return [...byDay.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([day, { clauses, told, stated, inferred }]) => ({
      // Not said by a body clause that tells the incident again ("… was killed when …", in a report of
      // the trial): that is not what happened that day. A clause dated that day, or the headline, says what did.
      label: developmentLabel(told.length > 0 ? told : clauses),
      date: dated(day, 'text', stated ? 'stated' : inferred ? 'inferred' : 'resolved'),
      mentions: [...clauses].sort((x, y) => x.claim.index - y.claim.index || x.start - y.start).map(mentionOf),
    }));
}

/**
 * Sources that put the incident on different days: the fact layer's days of one action ("was shot
 * Tuesday") that are each article's news day, in the clauses that tell the news (not its later
 * developments), compared across articles by the rule matching compares date facts with
 * (`compareActionDays`): two articles disagree when the rule says their days of one action
 * contradict. Null when they agree.
 */
function dateDisagreement(members: readonly LocalEvent[]): { value: string; documents: string[] }[] | null {
  // action → document → its days of that action
  const days = new Map<string, Map<string, ActionDay[]>>();
  for (const m of members) {
    if (!m.main || !m.date) continue;
    // Only a day that is the article's news day counts: a date the fact layer ties to the action in
    // another part of the article (a chant's "today", the day residents "awoke to find" the scene) is
    // not when that article says the incident happened.
    const newsDay = dayOf(m.date, m.reference);
    if (newsDay === null) continue;
    const newsIso = formatYmd(newsDay);
    const later = new Set(m.developments.map((d) => d.clause));
    const claims = new Set<ClaimUnit>();
    for (const c of m.clauses) if (!later.has(c)) claims.add(c.claim);
    for (const unit of claims) {
      for (const f of unit.facts) {
        if (f.slot !== 'date' || !f.date || f.date.day !== newsIso || f.action === null || f.hedged || f.negated) continue;
        const byDocument = days.get(f.action) ?? new Map<string, ActionDay[]>();
        const list = byDocument.get(m.document) ?? [];
        list.push(f.date);
        byDocument.set(m.document, list);
        days.set(f.action, byDocument);
      }
    }
  }
  const contradict = (xs: readonly ActionDay[], ys: readonly ActionDay[]): boolean => xs.some((x) => ys.some((y) => compareActionDays(x, y) === 'contradicts'));
  // The action most articles date first; ties in the actions' order of appearance.
  for (const byDocument of [...days.values()].sort((a, b) => b.size - a.size)) {
    const sources = [...byDocument];
    let disagree = false;
    for (let i = 0; i < sources.length && !disagree; i++) for (let j = i + 1; j < sources.length && !disagree; j++) disagree = contradict(sources[i][1], sources[j][1]);
    if (!disagree) continue;
    const documentsOfDay = new Map<string, Set<string>>();
    for (const [document, list] of sources) {
      for (const d of list) {
        const documents = documentsOfDay.get(d.day) ?? new Set<string>();
        documents.add(document);
        documentsOfDay.set(d.day, documents);
      }
    }
    return [...documentsOfDay.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([value, docs]) => ({ value, documents: [...docs].sort() }));
  }
  return null;
}

function isoOf(d: DateParts): string | null {
  if (d.year === null) return null;
  return dateKey(d);
}

type EventDate = CorpusEvent['date'];

function dated(value: string | null, source: EventDateSource, how: EventDateHow): EventDate {
  if (value === null) return { value: null, source: 'none' };
  return { value, source, how, precision: value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year' };
}

/**
 * The event's date: stated when its clauses give a year; otherwise counted from the articles'
 * dates (a weekday or "yesterday" counted back from the article's date, else the article's month).
 * How it was obtained (`EventDateHow`): a year the text states is 'stated'; one the date extractor
 * took from the article's date, or counted here from it, is 'resolved'; the article's month alone,
 * or anything counted from an article date read from the text rather than its header, is 'inferred'.
 */
function eventDate(cluster: Cluster): EventDate {
  // An incident happened on the earliest day its reports give: later days are its developments
  // (charges filed, a victim dies, a next-day update), which are not when it happened.
  let earliestDay: DateParts | null = null;
  for (const m of cluster.members) {
    const d = m.date;
    if (d && d.year !== null && d.month !== null && d.day !== null && (!earliestDay || (dateKey(d) ?? '') < (dateKey(earliestDay) ?? ''))) earliestDay = d;
  }
  const stated = cluster.members.reduce<DateParts | null>((acc, m) => (acc && m.date && datesConflict(acc, m.date) ? acc : combineDates(acc, m.date)), earliestDay ?? cluster.date) ?? EMPTY_DATE;
  const iso = isoOf(stated);
  // The members whose own dates agree with the event's: they say how it was obtained.
  const agreeing = cluster.members.filter((m) => m.date && !datesConflict(m.date, stated));
  if (iso) {
    const how: EventDateHow = agreeing.some((m) => m.yearStated) ? 'stated' : agreeing.every((m) => !m.referenceInferred) ? 'resolved' : 'inferred';
    return dated(iso, 'text', how);
  }
  const withReference = cluster.members.filter((m) => m.reference !== null && m.reference.year !== null);
  if (withReference.length === 0) return { value: null, source: 'none' };
  const first = withReference.reduce((a, b) => ((dateKey(a.reference!) ?? '') <= (dateKey(b.reference!) ?? '') ? a : b));
  const earliest = first.reference!;
  const counted: EventDateHow = first.referenceInferred ? 'inferred' : 'resolved';
  // The day the clauses name, counted from the earliest article's date as clauses are placed in their article.
  const day = dayOf(stated, earliest);
  if (day !== null) return dated(formatYmd(day), 'inferred', counted);
  if (stated.month !== null) {
    // "in March", or "March 13th" in an article dated to its month only, in the article's year or the one before;
    // an article dated to its year only cannot say which March 13th.
    const year = yearOfMonth(stated.month, earliest.year!, earliest.month);
    return dated(dateKey({ year, month: stated.month, day: earliest.month !== null ? stated.day : null }), 'inferred', counted);
  }
  if (!cluster.members.some((m) => m.main)) return { value: null, source: 'none' };
  // Only the article's month: when the news happened is inferred from when it was written.
  return dated(dateKey({ year: earliest.year, month: earliest.month, day: null }), 'inferred', 'inferred');
}

