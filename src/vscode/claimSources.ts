/**
 * What the other sources say about one claim, in the one unit the hover card counts: independent
 * sources (copies of one story count once). The card's verdict, the sentences it lists, its "Show
 * all" link and the list that link opens are all read from `claimSources`, so that their numbers
 * agree. Pure (no `vscode` import): the unit tests build it from hand-made reports.
 */
import { countOf, documentOfClaim, escapeCardMarkdown, independentSourceCount, independentSourceOf, type ClaimMatch, type ReportLookup } from '../core/view';

/** The relations that report a claim; `related` is the same story, not the same claim. */
export type ReportingRelation = Exclude<ClaimMatch['relation'], 'related'>;

/** A sentence of another document that matches the claim. */
export interface OtherSentence {
  claim: string;
  document: string;
  /** Absent for a copy of the claim in a reprint of its own article (`Report.claimCopies`), which has no match of its own. */
  match?: ClaimMatch;
}

/** One other independent source that reports the claim. */
export interface CountedSource {
  /** `independentSourceOf` key. */
  source: string;
  /** The document that speaks for it: the first whose sentence matches (its other documents are reprints). */
  document: string;
  /**
   * Where it stands, counted once: its strongest relation (contradicts, then updates, then agrees), as
   * a source that both agrees and disagrees (two of its sentences) is counted where it disagrees.
   */
  relation: ReportingRelation;
  /** Its document's matching sentences, best first: the first is of `relation`. */
  sentences: OtherSentence[];
}

export interface ClaimSources {
  /** Independent sources of the corpus. */
  total: number;
  /** The other independent sources that report the claim, each once, in the order of the lookup's matches (contradictions first). */
  counted: CountedSource[];
  /**
   * Documents that report it but reprint a story already counted (this one's or another source's),
   * with their sentences: shown, never counted.
   */
  reprints: { document: string; sentences: OtherSentence[] }[];
  /** Sentences of the same story that do not report this claim (`related` matches): shown, never counted. */
  related: OtherSentence[];
}

const RANK: Record<ReportingRelation, number> = { contradicts: 0, updates: 1, agrees: 2 };

export function claimSources(lookup: ReportLookup, claimId: string): ClaimSources {
  const own = independentSourceOf(lookup, documentOfClaim(claimId));
  const counted = new Map<string, CountedSource>();
  const reprints = new Map<string, OtherSentence[]>();
  const related: OtherSentence[] = [];
  const reprint = (sentence: OtherSentence): void => {
    const list = reprints.get(sentence.document);
    if (list) list.push(sentence);
    else reprints.set(sentence.document, [sentence]);
  };
  for (const { match, other } of lookup.matchesByClaim.get(claimId) ?? []) {
    const document = documentOfClaim(other);
    const sentence: OtherSentence = { claim: other, document, match };
    if (match.relation === 'related') {
      related.push(sentence);
      continue;
    }
    const source = independentSourceOf(lookup, document);
    const speaking = counted.get(source);
    if (source === own || (speaking && speaking.document !== document)) {
      reprint(sentence);
      continue;
    }
    if (!speaking) {
      counted.set(source, { source, document, relation: match.relation, sentences: [sentence] });
      continue;
    }
    speaking.sentences.push(sentence);
    // The lookup lists matches best first (contradictions first), so this holds already; kept
    // here so that the count does not depend on that order.
    if (RANK[match.relation] < RANK[speaking.relation]) {
      speaking.relation = match.relation;
      speaking.sentences.sort((x, y) => RANK[x.match!.relation as ReportingRelation] - RANK[y.match!.relation as ReportingRelation]);
    }
  }
  // The other copies of the sentence in reprints of its article: `matches` lists only the first copy's
  // agreement with each (see `Report.claimCopies`), and every one of them is a reprint.
  for (const copy of lookup.copiesOfClaim.get(claimId) ?? []) {
    const document = documentOfClaim(copy);
    if (copy !== claimId && !reprints.get(document)?.some((s) => s.claim === copy)) reprint({ claim: copy, document });
  }
  return {
    total: independentSourceCount(lookup),
    counted: [...counted.values()],
    reprints: [...reprints].map(([document, sentences]) => ({ document, sentences })),
    related,
  };
}

/** The claim's standing among the independent sources, for the card's first line. */
export interface ClaimVerdict {
  /** Independent sources of the corpus. */
  total: number;
  /** Independent sources that report the claim in agreement, this one included. */
  agree: number;
  /** Independent other sources that contradict it. */
  contradict: number;
  /** The other sources' words for the first differing slot, each once. */
  contradictWords: string[];
  /** Independent other sources with a later report of it. */
  update: number;
  updateWords: string[];
  /** Other documents that report it but reprint a story already counted (this one's or another's). */
  reprints: number;
}

/** The verdict of `claimSources`: `agree - 1 + contradict + update` is the number of other sources counted. */
export function verdictOf(sources: ClaimSources): ClaimVerdict {
  const verdict: ClaimVerdict = { total: sources.total, agree: 1, contradict: 0, contradictWords: [], update: 0, updateWords: [], reprints: sources.reprints.length };
  for (const counted of sources.counted) {
    if (counted.relation === 'agrees') {
      verdict.agree++;
      continue;
    }
    if (counted.relation === 'contradicts') verdict.contradict++;
    else verdict.update++;
    const words = counted.relation === 'contradicts' ? verdict.contradictWords : verdict.updateWords;
    for (const { claim, match } of counted.sentences) {
      if (match?.relation !== counted.relation) continue;
      const theirs = match.a === claim ? 'a' : 'b';
      const text = match.differences?.[0]?.[theirs].text;
      if (text && !words.includes(text)) words.push(text);
    }
  }
  return verdict;
}

/** The card's answer in one line: "3 of 5 sources agree · 1 says **five-hour** ⚠", "Only this source reports this". */
export function verdictLine(verdict: ClaimVerdict): string {
  const parts: string[] = [];
  if (verdict.agree > 1) parts.push(`$(check) **${verdict.agree} of ${countOf(verdict.total, 'source')} agree**`);
  const quoted = (words: readonly string[]): string => words.slice(0, 2).map((w) => `“**${escapeCardMarkdown(w)}**”`).join(' or ');
  if (verdict.contradict) {
    const words = verdict.contradictWords.length ? ` ${quoted(verdict.contradictWords)}` : ' otherwise';
    parts.push(`${verdict.agree > 1 ? verdict.contradict : countOf(verdict.contradict, 'other source', 'other sources')} ${verdict.contradict === 1 ? 'says' : 'say'}${words} $(warning)`);
  }
  if (verdict.update) {
    const words = verdict.updateWords.length ? ` ${quoted(verdict.updateWords)}` : '';
    parts.push(`${countOf(verdict.update, 'later report', 'later reports')}${words} $(history)`);
  }
  if (!parts.length) parts.push(verdict.total > 1 ? `Only this source reports this (of ${countOf(verdict.total, 'source')})` : 'Only this source reports this');
  if (verdict.reprints) parts.push(`${countOf(verdict.reprints, 'reprint')} not counted`);
  return parts.join(' · ');
}

/** "1 reprint", "6 related sentences": what the list shows that the verdict does not count, each in its own unit. */
function notCountedParts(sources: ClaimSources): string[] {
  return [
    sources.reprints.length ? countOf(sources.reprints.length, 'reprint') : '',
    sources.related.length ? countOf(sources.related.length, 'related sentence') : '',
  ].filter(Boolean);
}

/**
 * The card's link to the whole list, when the card does not show all of it, in the verdict's unit:
 * "Show all 4 other sources…" when the card lists fewer of the sources the verdict counts than there
 * are (`shownSources`); else, when there are only reprints and related sentences left to see, a link
 * that names those in their own units ("Show 1 reprint and 6 related sentences…"), never a number
 * that could be read as more sources.
 */
export function showAllLink(sources: ClaimSources, shownSources: number): { title: string; tooltip: string } | undefined {
  const others = sources.counted.length;
  const notCounted = notCountedParts(sources);
  if (others > shownSources) {
    return {
      title: `Show all ${countOf(others, 'other source')}…`,
      tooltip: `The sentences of the ${countOf(others, 'other source')} the verdict counts${notCounted.length ? `, then ${notCounted.join(' and ')}, not counted` : ''}`,
    };
  }
  if (!notCounted.length) return undefined;
  return {
    title: `Show ${notCounted.join(' and ')}…`,
    tooltip: 'Not counted in the verdict: reprints of a story already counted, and sentences of the same story that do not report this',
  };
}

/** A group of the list "Show all" opens: a heading and its sentences. */
export interface ClaimListGroup {
  heading: string;
  sentences: OtherSentence[];
}

/**
 * The list "Show all" opens, in the card's unit: first the sentences of the other sources the
 * verdict counts (headed with their number, as the link words it), then the reprints and the
 * related sentences, each under a heading that says they are not counted.
 */
export function claimListGroups(sources: ClaimSources): ClaimListGroup[] {
  const groups: ClaimListGroup[] = [];
  if (sources.counted.length) groups.push({ heading: `${countOf(sources.counted.length, 'other source')} ${sources.counted.length === 1 ? 'reports' : 'report'} this`, sentences: sources.counted.flatMap((s) => s.sentences) });
  if (sources.reprints.length) groups.push({ heading: `${countOf(sources.reprints.length, 'reprint')} of a story already counted · not counted`, sentences: sources.reprints.flatMap((r) => r.sentences) });
  if (sources.related.length) groups.push({ heading: `${countOf(sources.related.length, 'related sentence')}: the same story, not this claim · not counted`, sentences: sources.related });
  return groups;
}

/** The list's one-line summary: "3 other sources report this; 1 reprint and 6 related sentences not counted". */
export function claimListSummary(sources: ClaimSources): string {
  const others = sources.counted.length;
  const notCounted = notCountedParts(sources);
  const counted = others ? `${countOf(others, 'other source')} ${others === 1 ? 'reports' : 'report'} this` : 'No other source reports this';
  return `${counted}${notCounted.length ? `; ${notCounted.join(' and ')} not counted` : ''}`;
}
