import type { ClaimMention } from './report';
import type { Sentence } from './sentences';
import type { ArticleText } from './text';

/** Each sentence that asserts something is a claim, with the stable id `${documentId}#${n}`. */
export function extractClaims(_article: ArticleText, _sentences: readonly Sentence[], _documentId: string): ClaimMention[] {
  return [];
}
