/**
 * The analysis thread's answer, cut into parts. Sent whole, the result of a large corpus (tens of
 * megabytes of report and analyses) is copied into the extension host in one message, and reading
 * that message, with the garbage collection it causes, held the host's event loop for seconds at
 * 1,000 articles. Cut into parts, each serialised by the thread (`v8.serialize`) and moved, not
 * copied, to the host (transferred buffers), the host reads a few milliseconds of parts per turn of
 * its event loop.
 * The report's arrays are cut between their items, which refer to each other by id, never by
 * object: joined again, the result is equal to the one the thread built.
 */
import * as v8 from 'node:v8';
import type { DocumentReport, QuoteEchoes, Report } from '../core';
import type { AnalysisResponse, HostArticleAnalysis } from './analysisProtocol';
import { runAtOnce, runInSlices, type SliceOptions } from './eventLoop';
import { attachMatchTable, encodeMatchTable, MATCH_TABLE_BUFFERS, MatchTable, tableClaimIds, type MatchTableHead } from './matchTable';

export type DoneResponse = Extract<AnalysisResponse, { kind: 'done' }>;

/**
 * About how many bytes a part holds: reading one (`v8.deserialize`, and the young objects it makes)
 * takes a few milliseconds of the host's turn, where parts of a fixed number of items took up to
 * 200 ms at 1,000 articles (five analyses, or 2,000 matches, of very different sizes).
 */
const PART_BYTES = 64 * 1024;

/** The arrays of a result that are cut into parts: those of the response, then those of the report. */
const RESPONSE_SECTIONS = ['articles', 'quoteEchoes'] as const;
const REPORT_SECTIONS = ['documents', 'people', 'matches', 'events', 'failures', 'syndication', 'omittedMatches'] as const;

type Section = (typeof RESPONSE_SECTIONS)[number] | (typeof REPORT_SECTIONS)[number];

/** What the first part holds: the result without its arrays, and the report's key order. */
interface Head {
  response: Omit<DoneResponse, 'report' | (typeof RESPONSE_SECTIONS)[number]>;
  /** The report without its arrays. */
  report: Omit<Report, (typeof REPORT_SECTIONS)[number]>;
  /** The report's keys in its own order, the arrays' included. */
  reportKeys: string[];
  /**
   * When the report's matches are sent as a table (matchTable.ts): its head; its buffers are the
   * parts right after this one, and the matches are no section of their own.
   */
  matchTable?: MatchTableHead;
}

interface Part {
  section: Section;
  items: unknown[];
}

/** One standalone buffer (a transfer moves the whole buffer, so it must hold nothing else). */
function serialized(value: unknown): ArrayBuffer {
  const bytes = v8.serialize(value);
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}

/**
 * The parts of one array, each about `PART_BYTES`: the number of items of the next part is
 * guessed from the size of the last one, and a part far over the size is cut again (an item is
 * never cut: a part may be one large item).
 */
function sectionParts(section: Section, items: readonly unknown[], parts: ArrayBuffer[]): void {
  let bytesPerItem: number | undefined;
  for (let from = 0; from < items.length; ) {
    let count = Math.min(items.length - from, bytesPerItem === undefined ? 8 : Math.max(1, Math.floor(PART_BYTES / bytesPerItem)));
    let part = serialized({ section, items: items.slice(from, from + count) } satisfies Part);
    while (part.byteLength > 2 * PART_BYTES && count > 1) {
      count = Math.ceil(count / 2);
      part = serialized({ section, items: items.slice(from, from + count) } satisfies Part);
    }
    bytesPerItem = part.byteLength / count;
    parts.push(part);
    from += count;
  }
}

/** The parts of a result, the first one its head; send them with themselves as the transfer list. */
export function splitResult(response: DoneResponse): ArrayBuffer[] {
  const { report, ...responseRest } = response;
  const responseArrays: Record<string, unknown> = { ...responseRest };
  const reportArrays: Record<string, unknown> = { ...report };
  for (const key of RESPONSE_SECTIONS) delete responseArrays[key];
  for (const key of REPORT_SECTIONS) delete reportArrays[key];
  const table = encodeMatchTable(report);
  const documents = documentsSharingClaims(report.documents, response.articles);
  const head: Head = { response: responseArrays as Head['response'], report: reportArrays as Head['report'], reportKeys: Object.keys(report), ...(table && { matchTable: table.head }) };
  const parts = [serialized(head), ...(table?.buffers ?? [])];
  for (const section of RESPONSE_SECTIONS) sectionParts(section, response[section], parts);
  for (const section of REPORT_SECTIONS) {
    if (section === 'documents') sectionParts(section, documents, parts);
    else if (!(table && section === 'matches')) sectionParts(section, report[section] ?? [], parts);
  }
  return parts;
}

/**
 * The documents as sent: a claim equal to its article's claim at the same place (the article being
 * sent too) is sent as that place, a number, and is the article's claim object again once joined.
 * At 1,000 articles that is every claim: 6 of the 40 MB the host reads.
 */
function documentsSharingClaims(documents: readonly DocumentReport[], articles: readonly (HostArticleAnalysis | null)[]): unknown[] {
  const articleById = new Map<string, HostArticleAnalysis>();
  for (const article of articles) if (article) articleById.set(article.id, article);
  return documents.map((doc) => {
    const own = articleById.get(doc.id)?.claims;
    if (!own) return doc;
    let shared = 0;
    // Equal as the JSON of an export sees them (key order included), not only as objects.
    const claims = doc.claims.map((claim, i) => (i < own.length && (claim === own[i] || JSON.stringify(claim) === JSON.stringify(own[i])) ? (shared++, i) : claim));
    return shared ? { ...doc, claims } : doc;
  });
}

/** Puts back the claims `documentsSharingClaims` sent as places in their article's claims. */
function* restoreSharedClaims(documents: readonly DocumentReport[], articles: readonly (HostArticleAnalysis | null)[]): Generator<void> {
  const articleById = new Map<string, HostArticleAnalysis>();
  for (const article of articles) if (article) articleById.set(article.id, article);
  for (const doc of documents) {
    const claims = doc.claims as (DocumentReport['claims'][number] | number)[];
    const own = articleById.get(doc.id)?.claims;
    for (let i = 0; i < claims.length; i++) {
      const claim = claims[i];
      if (typeof claim !== 'number') continue;
      if (!own || own[claim] === undefined) throw new Error(`a claim of ${doc.id} refers to its article's, which was not sent`);
      claims[i] = own[claim];
    }
    yield;
  }
}

/**
 * The result the parts were cut from, read in slices of the event loop's turns (`slices`, see
 * `runInSlices`); without it the parts are read at once.
 */
export async function joinResult(parts: readonly ArrayBuffer[], slices?: SliceOptions): Promise<DoneResponse> {
  const joined = slices ? await runInSlices(joinSteps(parts), slices) : runAtOnce(joinSteps(parts));
  if (!joined) throw new Error('the reading of the parts was cancelled');
  return joined;
}

function* joinSteps(parts: readonly ArrayBuffer[]): Generator<void, DoneResponse> {
  const head = v8.deserialize(new Uint8Array(parts[0])) as Head;
  const tableParts = head.matchTable ? MATCH_TABLE_BUFFERS : 0;
  const arrays = new Map<Section, unknown[]>();
  for (let i = 1 + tableParts; i < parts.length; i++) {
    yield;
    const part = v8.deserialize(new Uint8Array(parts[i])) as Part;
    let into = arrays.get(part.section);
    if (!into) arrays.set(part.section, (into = []));
    for (const item of part.items) into.push(item);
  }
  // In the report's own key order, so that an export of it reads as the CLI's does; an array it
  // did not have (`failures` of a corpus without one) stays out.
  const reportRest: Record<string, unknown> = head.report;
  const report: Record<string, unknown> = {};
  for (const key of head.reportKeys) report[key] = key in reportRest ? reportRest[key] : (arrays.get(key as Section) ?? []);
  const articles = (arrays.get('articles') ?? []) as (HostArticleAnalysis | null)[];
  yield* restoreSharedClaims(report.documents as DocumentReport[], articles);
  if (head.matchTable) {
    yield;
    const claimIds = yield* tableClaimIds(report as unknown as Report);
    attachMatchTable(report as unknown as Report, new MatchTable(head.matchTable, parts.slice(1, 1 + tableParts), claimIds));
  }
  return {
    ...head.response,
    articles,
    report: report as unknown as Report,
    quoteEchoes: (arrays.get('quoteEchoes') ?? []) as QuoteEchoes,
  };
}
