/**
 * The analysis thread's answer, cut into parts. Sent whole, the result of a large corpus (tens of
 * megabytes of report and analyses) is copied into the extension host in one message, and reading
 * that message, with the garbage collection it causes, held the host's event loop for seconds at
 * 1,000 articles. Cut into parts, each serialised by the thread (`v8.serialize`) and moved, not
 * copied, to the host (transferred buffers), the host reads one part per turn of its event loop.
 * The report's arrays are cut between their items, which refer to each other by id, never by
 * object: joined again, the result is equal to the one the thread built.
 */
import * as v8 from 'node:v8';
import type { ArticleAnalysis, QuoteEchoes, Report } from '../core';
import type { AnalysisResponse } from './analysisProtocol';

export type DoneResponse = Extract<AnalysisResponse, { kind: 'done' }>;

/** The arrays of a result that are cut into parts, and how many items a part holds at most. */
const SECTIONS = {
  articles: 5,
  documents: 10,
  people: 2_000,
  matches: 2_000,
  events: 500,
  quoteEchoes: 50,
} as const;

type Section = keyof typeof SECTIONS;

/** What the first part holds: the result without its large arrays. */
interface Head {
  response: Omit<DoneResponse, 'articles' | 'report' | 'quoteEchoes'>;
  /** The report without the arrays of `SECTIONS`. */
  report: Omit<Report, 'documents' | 'people' | 'matches' | 'events'>;
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

/** The parts of a result, the first one its head; send them with themselves as the transfer list. */
export function splitResult(response: DoneResponse): ArrayBuffer[] {
  const { articles, report, quoteEchoes, ...rest } = response;
  const { documents, people, matches, events, ...reportRest } = report;
  const head: Head = { response: rest, report: reportRest };
  const parts = [serialized(head)];
  const arrays: Record<Section, readonly unknown[]> = { articles, documents, people, matches, events, quoteEchoes };
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const items = arrays[section];
    const size = SECTIONS[section];
    for (let from = 0; from < items.length; from += size) parts.push(serialized({ section, items: items.slice(from, from + size) } satisfies Part));
  }
  return parts;
}

/**
 * The result the parts were cut from. `nextTurn` is awaited between parts (the extension host
 * gives its event loop a turn); without it the parts are read at once.
 */
export async function joinResult(parts: readonly ArrayBuffer[], nextTurn: () => Promise<void> = () => Promise.resolve()): Promise<DoneResponse> {
  const head = v8.deserialize(new Uint8Array(parts[0])) as Head;
  const arrays: Record<Section, unknown[]> = { articles: [], documents: [], people: [], matches: [], events: [], quoteEchoes: [] };
  for (let i = 1; i < parts.length; i++) {
    await nextTurn();
    const part = v8.deserialize(new Uint8Array(parts[i])) as Part;
    const into = arrays[part.section];
    for (const item of part.items) into.push(item);
  }
  // In the report's own key order, so that an export of it reads as the CLI's does.
  const { version, ...reportRest } = head.report;
  const report = { version, documents: arrays.documents, people: arrays.people, matches: arrays.matches, events: arrays.events, ...reportRest } as Report;
  return { ...head.response, articles: arrays.articles as (ArticleAnalysis | null)[], report, quoteEchoes: arrays.quoteEchoes as QuoteEchoes };
}
