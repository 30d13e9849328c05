import type { DateKind } from '../../report';
import type { Span } from '../text';
import type { PartialDate } from './calendar';
import type { Tense } from './tense';

/** What the extractor knows about the article date while resolving expressions. */
export interface ReferenceInfo {
  date: PartialDate | null;
  /** "2025-04-25 (header)". */
  label: string;
  /** How resolution strings name the reference: "the article date 2025-04-25 (header)", "the post's date 2025-03-29". */
  named: string;
}

/** Things resolved only after all expressions are known, in document order. */
export type Anchoring =
  /**
   * A clock time without a date: takes the date of its sentence, else the article date. `bare`: the
   * hour was written without a.m./p.m. or a zone, so "night" or "afternoon" beside it can move it on 12 hours.
   */
  | { kind: 'time'; hour: number; minute: number; utc: boolean; bare?: boolean }
  /**
   * "the same day", "that day": the last day mentioned; "the previous day": one before it.
   * `partOfDay`: "that night", "the next morning", a time of that day.
   */
  | { kind: 'day-offset'; days: number; partOfDay?: boolean }
  /**
   * "a year earlier", "two days later", "that year", "the following month", "since then": `amount`
   * units from the story's current time (the last dated point before it), else from the article
   * date. `unit` null keeps the story time at its own precision ("then", "that time"); `asWeek`
   * reports an ISO week ("the following week"); `keep` keeps the story time's month or day through a
   * shift in years ("the same month a year earlier"); `month` names the month of the year reached ("April of that year").
   */
  | { kind: 'story-offset'; unit: StoryUnit | null; amount: number; asWeek?: boolean; keep?: 'month' | 'day'; month?: number }
  /**
   * A month or month and day without a year ("in June", "Oct. 6"), already resolved against the
   * article date: when the story's current time lies in another year, it is placed near that time instead.
   */
  | { kind: 'yearless'; month: number; day?: number; future: boolean }
  /**
   * "the following Monday", "the previous Friday": the weekday after (1) or before (-1) the story's
   * day. A bare weekday keeps the article's week: news names recent days by weekday, older ones by date.
   */
  | { kind: 'story-weekday'; weekday: number; direction: -1 | 1 };

export type StoryUnit = 'day' | 'week' | 'month' | 'year';

export interface Candidate extends Span {
  kind: DateKind;
  value: string | null;
  resolution: string;
  /** Breaks ties between overlapping candidates of equal length. */
  priority: number;
  anchoring?: Anchoring;
  /** The value rests on a year written in the text ("1998", "Oct. 4, 1998"), not on the article date. */
  explicitYear?: boolean;
  /** Inside an embedded post: its days are the post's, not the story's, so they anchor nothing. */
  inPost?: boolean;
}

/** A piece of article text being scanned (a line), with helpers for its sentences. */
export interface Segment extends Span {
  /** The whole article text: matchers index into it with absolute offsets. */
  text: string;
  ref: ReferenceInfo;
  tenseAt(start: number, end: number): Tense;
}
