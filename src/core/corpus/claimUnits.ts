/**
 * The claims the cross-source engine compares, and their clauses. Claims come from the claim
 * extractor; until it yields any for an article, every story sentence is a claim candidate (one
 * switch: `claimsFor`). A claim naming several distinct dates ("once in February …, then again on
 * March 13th") is cut into clauses, one per date, because each can report a different event.
 */
import type { ArticleAnalysis } from '../extract';
import type { ClaimMention } from '../report';
import { localKey } from './people';
import { datesConflict, termFeatures, type DateRef, type TermFeatures } from '../extract/claims/features';

export interface ClaimUnit {
  /** Index in the corpus-wide claim list. */
  index: number;
  document: string;
  /** Index of the document in the corpus. */
  documentIndex: number;
  claim: ClaimMention;
  /** Order of the claim in its document (0 = first). */
  position: number;
  /** The claim is the article's headline. */
  headline: boolean;
  features: TermFeatures;
  /** Named person mentions inside the claim (merged ids), with where a role written before the name starts. */
  personSpans: PersonSpan[];
}

export interface PersonSpan {
  start: number;
  end: number;
  person: string;
  /** Start of the role written before the name ("Russian President" in "Russian President Vladimir Putin"), else `start`. */
  from: number;
}

/** A clause of a claim: the unit events are built from. */
export interface ClaimClause {
  claim: ClaimUnit;
  start: number;
  end: number;
  text: string;
  features: TermFeatures;
}

/** The article's claims: the extractor's, or its story sentences while the extractor yields none. */
export function claimsFor(analysis: ArticleAnalysis): ClaimMention[] {
  if (analysis.claims.length > 0) return analysis.claims;
  const text = analysis.article.text;
  const out: ClaimMention[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.lineKind !== 'body' && sentence.lineKind !== 'headline') continue;
    const raw = text.slice(sentence.start, sentence.end);
    // Trim so that `text === fileText.slice(start, end)` holds on the trimmed span.
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!/[A-Za-z]/.test(body)) continue;
    const start = sentence.start + lead;
    out.push({ id: `${analysis.id}#${out.length + 1}`, start, end: start + body.length, text: body });
  }
  return out;
}

function isHeadlineClaim(analysis: ArticleAnalysis, claim: ClaimMention): boolean {
  const title = analysis.article.title;
  if (title?.span && claim.start < title.span.end && claim.end > title.span.start) return true;
  const line = analysis.article.lines.find((l) => claim.start >= l.start && claim.start < l.end);
  return line?.kind === 'headline';
}

function featuresOf(analysis: ArticleAnalysis, personIdOf: ReadonlyMap<string, string>, start: number, end: number): TermFeatures {
  const text = analysis.article.text.slice(start, end);
  const people: string[] = [];
  for (const m of analysis.people.mentions) {
    if (m.start >= start && m.end <= end) people.push(personIdOf.get(localKey(analysis.id, m.person)) ?? m.person);
  }
  const dates = analysis.dates.filter((d) => d.start >= start && d.end <= end && (d.kind === 'date' || d.kind === 'relative' || d.kind === 'time'));
  return termFeatures(text, start, people, dates);
}

/** Every claim of every article with its features, in corpus order. */
export function buildClaimUnits(articles: readonly ArticleAnalysis[], personIdOf: ReadonlyMap<string, string>): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  articles.forEach((analysis, documentIndex) => {
    claimsFor(analysis).forEach((claim, position) => {
      units.push({
        index: units.length,
        document: analysis.id,
        documentIndex,
        claim,
        position,
        headline: isHeadlineClaim(analysis, claim),
        features: featuresOf(analysis, personIdOf, claim.start, claim.end),
        personSpans: analysis.people.mentions
          .filter((m) => m.start >= claim.start && m.end <= claim.end && /^[A-Z]/.test(m.text))
          .map((m) => ({
            start: m.start,
            end: m.end,
            person: personIdOf.get(localKey(analysis.id, m.person)) ?? m.person,
            from: m.role && m.role.end <= m.start && m.role.start >= claim.start ? Math.min(m.role.start, m.start) : m.start,
          })),
      });
    });
  });
  return units;
}

/** Dates that locate what the clause reports, not a reference point ("since February 2022"). */
export function eventDates(text: string, offset: number, dates: readonly DateRef[]): DateRef[] {
  return dates.filter((d) => {
    const before = text.slice(Math.max(0, d.start - offset - 60), d.start - offset);
    return !/\b(?:since|until|till|before|after|ahead of|by)\b[^,;.()]*$/i.test(before);
  });
}

/** Cuts claims into clauses at the boundary before each date that cannot be the previous one. */
export function clausesOf(unit: ClaimUnit, fileText: string, analysis: ArticleAnalysis, personIdOf: ReadonlyMap<string, string>): ClaimClause[] {
  const { claim } = unit;
  const dates = eventDates(claim.text, claim.start, unit.features.dates).filter((d) => d.month !== null || d.year !== null || d.weekday !== null);
  const cuts: number[] = [];
  for (let i = 1; i < dates.length; i++) {
    if (!datesConflict(dates[i - 1], dates[i])) continue;
    // The boundary: the last clause break (comma, semicolon, "then", "and") between the two dates.
    const between = fileText.slice(dates[i - 1].end, dates[i].start);
    const re = /,|;|\bthen\b|\band\b|\bwhile\b|\bwhereas\b/g;
    let last = -1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(between)) !== null) last = m.index;
    if (last >= 0) cuts.push(dates[i - 1].end + last);
  }
  if (cuts.length === 0) return [{ claim: unit, start: claim.start, end: claim.end, text: claim.text, features: unit.features }];
  const bounds = [claim.start, ...cuts, claim.end];
  const out: ClaimClause[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let start = bounds[i];
    let end = bounds[i + 1];
    while (start < end && /[\s,;]/.test(fileText[start])) start++;
    while (end > start && /\s/.test(fileText[end - 1])) end--;
    if (end <= start) continue;
    out.push({ claim: unit, start, end, text: fileText.slice(start, end), features: featuresOf(analysis, personIdOf, start, end) });
  }
  return out;
}
