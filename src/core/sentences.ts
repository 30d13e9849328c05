import type { ArticleText, LineKind, Span } from './text';

export interface Sentence extends Span {
  /** Index into `ArticleText.lines` of the line the sentence starts on. */
  line: number;
  lineKind: LineKind;
}

/**
 * Splits the story lines of an article into sentences.
 * (Owned by the sentence/quote work: abbreviations, initials, quotes spanning sentences, ellipses.)
 */
export function splitSentences(article: ArticleText): Sentence[] {
  const sentences: Sentence[] = [];
  article.lines.forEach((line, index) => {
    if (line.kind !== 'body' && line.kind !== 'headline') return;
    sentences.push({ start: line.start, end: line.end, line: index, lineKind: line.kind });
  });
  return sentences;
}
