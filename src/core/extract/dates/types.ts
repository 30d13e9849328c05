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
  /** A clock time without a date: takes the date of its sentence, else the article date. */
  | { kind: 'time'; hour: number; minute: number; utc: boolean }
  /** "the same day", "that day": the last day mentioned; "the previous day": one before it. */
  | { kind: 'day-offset'; days: number };

export interface Candidate extends Span {
  kind: DateKind;
  value: string | null;
  resolution: string;
  /** Breaks ties between overlapping candidates of equal length. */
  priority: number;
  anchoring?: Anchoring;
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
