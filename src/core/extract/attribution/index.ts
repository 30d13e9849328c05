/**
 * Attribution of claims: who asserts a claim sentence when the article reports someone's speech
 * ("X said (that) …", "police say …", "according to …", “…,” Lavrov said). A reader weighing a
 * claim against another source needs to know whether the outlet asserts it or quotes someone who
 * does. The speaker is found by the quote attributor's rules (names, descriptions, pronouns).
 */
import { speechVerbForms } from '../../lang/speechVerbs';
import type { ArticleTokens } from '../../lang/tokenizer';
import type { ClaimAttribution, ClaimMention } from '../../report';
import { partitionPoint } from '../../util/search';
import type { PeopleFindings } from '../people';
import { reportedSpeech, type QuoteFinding } from '../quotes';
import type { Sentence } from '../sentences';
import type { ArticleText } from '../text';

/** Words without which a sentence has no attribution cue: verbs of saying and "according". */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...speechVerbForms('quote').map((form) => form.split(' ')[0]),
  ...speechVerbForms('participle'),
  'according',
]);

/**
 * The claims with `attribution` set where the sentence is reported speech. A person speaker is the
 * article-local person key here; the corpus report turns it into the `Person.id`. Only claims with
 * a cue word among the article's tokens (or an attributed quote) are read further: most sentences
 * are the article's own voice, and the cue patterns are the costly part.
 */
export function attributeClaims(
  article: ArticleText,
  sentences: readonly Sentence[],
  people: PeopleFindings,
  quotes: readonly QuoteFinding[],
  claims: readonly ClaimMention[],
  tokens: ArticleTokens,
): ClaimMention[] {
  const quoted = quotes.filter((q) => q.reach === 'sentence');
  const candidates = claims.filter((claim) => {
    for (let i = partitionPoint(tokens.starts, (s) => s < claim.start); i < tokens.tokens.length && tokens.tokens[i].start < claim.end; i++) {
      if (CUE_WORDS.has(tokens.tokens[i].key)) return true;
    }
    return quoted.some((q) => q.start >= claim.start && q.end <= claim.end);
  });
  if (candidates.length === 0) return [...claims];
  const found = new Map(reportedSpeech(article, sentences, people, quotes, candidates).map((speech, i) => [candidates[i], speech]));
  return claims.map((claim) => {
    const speech = found.get(claim);
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
