/**
 * Attribution of claims: who asserts a claim sentence when the article reports someone's speech
 * ("X said (that) …", "police say …", "according to …", “…,” Lavrov said). A reader weighing a
 * claim against another source needs to know whether the outlet asserts it or quotes someone who
 * does. The speaker is found by the quote attributor's rules (names, descriptions, pronouns).
 */
import type { ClaimAttribution, ClaimMention } from '../../report';
import type { PeopleFindings } from '../people';
import { reportedSpeech, type QuoteFinding } from '../quotes';
import type { Sentence } from '../sentences';
import type { ArticleText } from '../text';

/**
 * The claims with `attribution` set where the sentence is reported speech. A person speaker is the
 * article-local person key here; the corpus report turns it into the `Person.id`.
 */
export function attributeClaims(
  article: ArticleText,
  sentences: readonly Sentence[],
  people: PeopleFindings,
  quotes: readonly QuoteFinding[],
  claims: readonly ClaimMention[],
): ClaimMention[] {
  const found = reportedSpeech(article, sentences, people, quotes, claims);
  return claims.map((claim, i) => {
    const speech = found[i];
    if (!speech) return claim;
    const { speaker, span } = speech;
    const attribution: ClaimAttribution = {
      speaker: speaker.kind === 'person' ? speaker.person : speaker.kind === 'organisation' ? speaker.name : speaker.text,
      start: span.start,
      end: span.end,
      text: article.text.slice(span.start, span.end),
    };
    return { ...claim, attribution };
  });
}
