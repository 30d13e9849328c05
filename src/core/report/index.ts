/**
 * The public analysis report (`crossread analyze --format json`), as specified in
 * `report-format.md`. Tools script against this shape, so fields are only ever added, never renamed.
 *
 * Offsets are UTF-16 code-unit offsets into the file text (BOM removed, CRLF kept), `end` exclusive,
 * and `text === fileText.slice(start, end)` always holds.
 */

export const REPORT_VERSION = 1 as const;

export interface Report {
  version: typeof REPORT_VERSION;
  documents: DocumentReport[];
  /** Merged across the whole corpus. */
  people: Person[];
  /** Only between claims of different documents. */
  matches: ClaimMatch[];
  /** The timeline, merged across documents. */
  events: CorpusEvent[];
  /**
   * Articles whose analysis failed (an exception in the engine), in input order. Present only when
   * there is one, so the report of a corpus without failures is exactly what it was before.
   */
  failures?: ArticleFailure[];
  /** Groups of articles that are copies of one story; present when there is one. */
  syndication?: SyndicationGroup[];
  /**
   * Claims some of whose agreements or related claims were left out of `matches` (each claim keeps
   * all its contradictions and updates, its best agreements and related claims up to a limit);
   * present when there is one.
   */
  omittedMatches?: OmittedMatches[];
  /**
   * The same sentence in reprints of one article (documents of one `syndication` group), read alike:
   * matched once through the first (`claim`). Each copy has the first's matches with other sources,
   * with the copy in its place, and agrees with the first; it is not matched again with the other
   * copies of a sentence it is matched with (they are one source). Present when there is one.
   */
  claimCopies?: ClaimCopySet[];
}

/** A sentence and its copies in reprints of its article (`Report.claimCopies`). */
export interface ClaimCopySet {
  /** The claim id of the first, which the copies' matches were made through. */
  claim: string;
  /** The copies' claim ids, in corpus order. */
  copies: string[];
}

/** The report of a corpus without articles. */
export function emptyReport(): Report {
  return { version: REPORT_VERSION, documents: [], people: [], matches: [], events: [] };
}

/** How many of a claim's matches of each relation `matches` leaves out. */
export interface OmittedMatches {
  claim: string;
  agrees: number;
  related: number;
}

/** An article the engine could not analyse: it is left out of `documents` and the cross-source join. */
export interface ArticleFailure {
  /** The id the document would have had (ids of the other documents do not shift). */
  id: string;
  path: string;
  /** The error's message. */
  message: string;
}

export type ReferenceDateSource = 'header' | 'text' | 'none';

export interface ReferenceDate {
  /** ISO value at its true precision ("2025-04-25", "2025"), or null when nothing supports one. */
  value: string | null;
  source: ReferenceDateSource;
  /**
   * The front matter's `date` when it is no real date ("2025-02-30", "0000-00-00") or cannot be
   * read: refused, and the date is inferred as if the header had none.
   */
  refusedHeader?: string;
}

export interface PersonMention {
  /** A `Person.id`. */
  person: string;
  start: number;
  end: number;
  text: string;
}

export type DateKind = 'date' | 'time' | 'duration' | 'relative';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO 8601 at its true precision, an ISO duration, or null when it cannot be resolved honestly. */
  value: string | null;
  kind: DateKind;
}

export interface QuoteMention {
  /** The quoted words, without the quote marks. */
  start: number;
  end: number;
  text: string;
  /**
   * A `Person.id`, an organisation's name ("Kremlin"), the words describing an unnamed speaker
   * ("a police spokeswoman", "the report"), or null when no speaker is found.
   */
  speaker: string | null;
  /** Where the attribution naming the speaker was read ("Lavrov said", "he added"); absent without a speaker. */
  speakerSpan?: { start: number; end: number };
}

/** Who asserts a claim in reported speech, and the words that say so ("police said"). */
export interface ClaimAttribution {
  /** As `QuoteMention.speaker`: a `Person.id`, an organisation's name, or a description. */
  speaker: string;
  start: number;
  end: number;
  /** `fileText.slice(start, end)` */
  text: string;
}

export interface ClaimMention {
  /** `${documentId}#${n}` */
  id: string;
  start: number;
  end: number;
  text: string;
  /** Present when the sentence reports someone's speech ("X said …", "according to …"). */
  attribution?: ClaimAttribution;
}

export interface DocumentReport {
  /** File name without extension, unique in the corpus. */
  id: string;
  /** Path as found (relative to the working directory when possible). */
  path: string;
  /** Headline, from front matter or the first line. */
  title: string | null;
  /** Outlet, when known. */
  source: string | null;
  referenceDate: ReferenceDate;
  people: PersonMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  claims: ClaimMention[];
  /** What the claims state, slot by slot; present when the article states any. */
  facts?: FactMention[];
  /** Present when the file was longer than the size limit: only its first `analysedCharacters` were read. */
  truncated?: { analysedCharacters: number; totalCharacters: number };
}

export interface PersonRole {
  text: string;
  document: string;
}

export interface Person {
  /** Stable, e.g. "vladimir-putin". */
  id: string;
  /** Fullest form seen. */
  name: string;
  /** Other forms seen. */
  aliases: string[];
  roles: PersonRole[];
  /** Ids of the documents that mention the person. */
  documents: string[];
  /** Roles from different documents that cannot both hold ("former US President" vs "President"). */
  roleConflicts?: { a: PersonRole; b: PersonRole; reason: string }[];
}

/**
 * `updates`: a later-dated report moves on a fact of an earlier one (a condition, a rising count,
 * a charge filed); a later development, never a contradiction.
 */
export type MatchRelation = 'agrees' | 'contradicts' | 'updates' | 'related';

/** Words of a claim, as offsets into its file (`text === fileText.slice(start, end)`). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A slot two claims fill differently, with the words on each side (`a` in claim `a`, `b` in claim `b`). */
export interface FactDifference {
  slot: FactSlotName;
  a: TextSpan;
  b: TextSpan;
}

/**
 * The slots of facts; `name` is a person's name spelled differently by two sources, `occurrence` a
 * count of occurrences ("third meeting" / "fourth visit").
 */
export type FactSlotName = 'age' | 'time' | 'date' | 'count' | 'injury' | 'condition' | 'place' | 'weapon' | 'charge' | 'manner' | 'act' | 'name' | 'occurrence';

export interface ClaimMatch {
  a: string;
  b: string;
  relation: MatchRelation;
  /** 0..1 */
  score: number;
  /** What they share, and for 'contradicts' and 'updates' the slot and both spans (`age: "29" vs "30"`). */
  reason: string;
  /** For 'contradicts' and 'updates': each slot that differs, with the words on each side. */
  differences?: FactDifference[];
}

/** A fact a claim states: its slot, normalised value and the words stating it. */
export interface FactMention extends TextSpan {
  /** The claim id. */
  claim: string;
  slot: FactSlotName;
  value: string;
  /** Whom it is about: a `Person.id`, or a description's head noun ("girl"); absent when the slot has none. */
  participant?: string;
  /** What a count counts ("dead", "wounded"); where a place is ("scene", "home", "hospital"). */
  counted?: string;
  placeRole?: string;
  negated?: true;
  hedged?: true;
}

/** Articles that are copies of one story (a wire story and its reprints): one source, not several. */
export interface SyndicationGroup {
  documents: string[];
}

export type EventDateSource = 'text' | 'inferred' | 'none';

/**
 * How an event's date was obtained: 'stated' (the text gives it, year included: "on March 11,
 * 2025"), 'resolved' (a weekday, "yesterday" or a day without its year, counted from the article's
 * own date: "Friday" → 2025-04-11), 'inferred' (from the article's date alone, or counted from an
 * article date that was itself read from the text rather than its header): always shown as such.
 */
export type EventDateHow = 'stated' | 'resolved' | 'inferred';

/**
 * 'incident': what an article reports as its news (with its later developments); 'background': a
 * happening an article dates elsewhere in time; 'mention': a dated passing mention no label can say
 * who-did-what for (it leans on its sentence: "He retired in 1994").
 */
export type EventKind = 'incident' | 'background' | 'mention';

export interface EventMention {
  document: string;
  claim: string;
  start: number;
  end: number;
}

export interface CorpusEvent {
  id: string;
  label: string;
  date: {
    value: string | null;
    source: EventDateSource;
    /** How the date was obtained; absent when undated. */
    how?: EventDateHow;
    /** 'day' | 'month' | 'year': the value's precision; absent when undated. */
    precision?: 'day' | 'month' | 'year';
  };
  kind?: EventKind;
  place: string | null;
  /** Person ids. */
  participants: string[];
  mentions: EventMention[];
  /** Why these mentions are one event: the people, places, dates and words they share. */
  explanation?: string;
  /**
   * An incident's later developments (a victim dies days later, charges are filed, a next-day
   * update), each with its own date, in time order; their mentions are also the incident's.
   * Absent when there are none.
   */
  developments?: EventDevelopment[];
  /**
   * The sources disagree on the day the incident happened: each day a source's news puts one action
   * on (the fact layer's date slot, compared by the rule matching uses), with the documents that say
   * so (two or more entries). Absent when they agree.
   */
  dateDisagreement?: { value: string; documents: string[] }[];
}

/** A later development of an incident, dated on its own day. */
export interface EventDevelopment {
  label: string;
  date: CorpusEvent['date'];
  mentions: EventMention[];
}
