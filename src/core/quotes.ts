import type { PeopleFindings } from './people';
import type { Sentence } from './sentences';
import type { ArticleText, Span } from './text';

export type QuoteSpeaker = { kind: 'person'; person: string } | { kind: 'organisation'; name: string } | null;

export interface QuoteFinding extends Span {
  /** The quoted words, without the marks. */
  text: string;
  speaker: QuoteSpeaker;
  /** The words that name the speaker ("Ushakov said"), for hovers and tests. */
  attribution: Span | null;
}

/** Finds quoted speech and who said it. */
export function extractQuotes(
  _article: ArticleText,
  _sentences: readonly Sentence[],
  _people: PeopleFindings,
): QuoteFinding[] {
  return [];
}
