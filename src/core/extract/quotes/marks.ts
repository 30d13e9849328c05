/**
 * Finding quoted spans: pairing quote marks (straight and curly, double and single) while telling
 * apostrophes (Witkoff’s, don't, ’90s, others’) from single quote marks. Pure text work; who said
 * the words is decided in quotes.ts.
 */
import type { Span } from '../text';
import { partitionPoint } from '../../util/search';

// Unicode-property patterns are module constants, built once: a `\p{…}` pattern made inside a function
// is built again on every call wherever a bundler or runtime compiles it as `new RegExp(…)`.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A quoted span: `start`/`end` enclose the words without the marks; `open`/`close` the marks. */
export interface QuotedSpan extends Span {
  open: Span;
  /** Null when the quote runs to the end of its paragraph unclosed (the multi-paragraph convention). */
  close: Span | null;
  double: boolean;
}

/** A line the quotes are searched in, with whether the next line may continue its open quote. */
export interface QuoteLine extends Span {
  /** The next searchable line directly follows this one (no blank line or other kind between). */
  adjacentToNext: boolean;
}

const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const STRAIGHT_DOUBLE = 0x22;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const STRAIGHT_SINGLE = 0x27;
const LOW_DOUBLE = 0x201e; // „ opens in some wire copy

/** The longest run of lines an open double quote may cross when the closing mark is ahead. */
const MAX_LINES_CROSSED = 8;

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a);
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** Characters after which a mark opens: start of text, space, opening bracket, dash, slash, colon. */
function opensAfter(code: number): boolean {
  return Number.isNaN(code) || isSpaceCode(code) || code === 40 || code === 91 || code === 123 || code === 0x2014 ||
    code === 0x2013 || code === 45 || code === 47 || code === LEFT_DOUBLE || code === LEFT_SINGLE || code === 58;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  length: number;
  role: Role;
}

/** Role of a straight mark from its neighbours: `"word` opens, `word"` closes. */
function straightRole(text: string, at: number, length: number, lineStart: number, lineEnd: number): Role {
  const before = at > lineStart ? text.charCodeAt(at - 1) : NaN;
  const after = at + length < lineEnd ? text.charCodeAt(at + length) : NaN;
  const spaceBefore = opensAfter(before);
  const spaceAfter = Number.isNaN(after) || isSpaceCode(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && (spaceAfter || !isWordCode(after))) return 'close';
  return 'either';
}

/** Double quote marks of one line, in order. A doubled straight apostrophe ('') counts as one. */
function doubleMarks(text: string, start: number, end: number, positions?: readonly number[]): Mark[] {
  const marks: Mark[] = [];
  const list = positions ?? quoteCharPositions(text, start, end);
  let p = firstAtOrAfter(list, start);
  for (; p < list.length && list[p] < end; p++) {
    let i = list[p];
    const code = text.charCodeAt(i);
    if (code === LEFT_DOUBLE || code === LOW_DOUBLE) marks.push({ at: i, length: 1, role: 'open' });
    else if (code === RIGHT_DOUBLE) marks.push({ at: i, length: 1, role: 'close' });
    else if (code === STRAIGHT_DOUBLE) marks.push({ at: i, length: 1, role: straightRole(text, i, 1, start, end) });
    else if (code === STRAIGHT_SINGLE && i + 1 < end && text.charCodeAt(i + 1) === STRAIGHT_SINGLE) {
      marks.push({ at: i, length: 2, role: straightRole(text, i, 2, start, end) });
      i++;
      if (p + 1 < list.length && list[p + 1] === i) p++;
    }
  }
  return marks;
}

const QUOTE_CHARS = /["'\u2018\u2019\u201c\u201d\u201e]/g;

/** Offsets of every quote-like character in text[start, end): the only places worth looking at. */
export function quoteCharPositions(text: string, start = 0, end = text.length): number[] {
  const positions: number[] = [];
  QUOTE_CHARS.lastIndex = start;
  for (let m = QUOTE_CHARS.exec(text); m && m.index < end; m = QUOTE_CHARS.exec(text)) positions.push(m.index);
  return positions;
}

function firstAtOrAfter(list: readonly number[], offset: number): number {
  return partitionPoint(list, (position) => position < offset);
}

/** Elisions written with a leading apostrophe: 'n', 'em, 'til, 'cause, 'tis, '90s. */
const LEADING_ELISION = /^(?:n['’]|em\b|til\b|tis\b|twas\b|cause\b|round\b|bout\b|\d\d(?:s|\b))/i;

/**
 * Role of a single mark, or null for an apostrophe. Letters on both sides ("don't", "Witkoff’s")
 * make an apostrophe; so does a mark before a decade ("’90s").
 */
function singleRole(text: string, at: number, lineStart: number, lineEnd: number): Role | null {
  const code = text.charCodeAt(at);
  const before = at > lineStart ? text.charCodeAt(at - 1) : NaN;
  const after = at + 1 < lineEnd ? text.charCodeAt(at + 1) : NaN;
  if (isWordCode(before) && isWordCode(after)) return null;
  const spaceBefore = opensAfter(before) || before === LEFT_DOUBLE || before === STRAIGHT_DOUBLE;
  const spaceAfter = Number.isNaN(after) || isSpaceCode(after);
  if (spaceBefore && !spaceAfter) {
    if (code === RIGHT_SINGLE && !Number.isNaN(before) && !isSpaceCode(before) && before !== LEFT_DOUBLE && before !== STRAIGHT_DOUBLE) return null;
    if (LEADING_ELISION.test(text.slice(at + 1, Math.min(lineEnd, at + 8)))) return null;
    return code === RIGHT_SINGLE && !Number.isNaN(before) ? null : 'open';
  }
  if (!spaceBefore && (spaceAfter || !isWordCode(after))) return code === LEFT_SINGLE ? null : 'close';
  return null;
}

/** Finds single-quoted spans in text[start, end), outside the given double-quoted spans. */
function singleQuotes(text: string, start: number, end: number, skip: readonly Span[], positions: readonly number[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  const marks: Mark[] = [];
  let skipIndex = 0;
  for (let p = firstAtOrAfter(positions, start); p < positions.length && positions[p] < end; p++) {
    const i = positions[p];
    while (skipIndex < skip.length && skip[skipIndex].end <= i) skipIndex++;
    if (skipIndex < skip.length && skip[skipIndex].start <= i) continue;
    const code = text.charCodeAt(i);
    if (code !== LEFT_SINGLE && code !== RIGHT_SINGLE && code !== STRAIGHT_SINGLE) continue;
    if (code === STRAIGHT_SINGLE && i + 1 < end && text.charCodeAt(i + 1) === STRAIGHT_SINGLE) {
      p++;
      continue;
    }
    if (code === STRAIGHT_SINGLE && i > start && text.charCodeAt(i - 1) === STRAIGHT_SINGLE) continue;
    const role = singleRole(text, i, start, end);
    if (role) marks.push({ at: i, length: 1, role });
  }
  // For each mark, where the next closing-or-other mark and the next opening mark after it are: one
  // pass from the end, so the apostrophe test below does not search the rest of the marks each time.
  const nextClosing = new Int32Array(marks.length + 1).fill(-1);
  const nextOpening = new Int32Array(marks.length + 1).fill(-1);
  for (let m = marks.length - 1; m >= 0; m--) {
    nextClosing[m] = marks[m].role !== 'open' ? m : nextClosing[m + 1];
    nextOpening[m] = marks[m].role === 'open' ? m : nextOpening[m + 1];
  }
  let open: Mark | null = null;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m];
    if (mark.role === 'open') {
      if (!open) open = mark;
      continue;
    }
    if (!open) continue;
    // "others’ capitals": a plural possessive looks like a closing mark; when a later closing mark
    // follows before any new opening one, this one is the apostrophe.
    const prev = text.charCodeAt(mark.at - 1);
    const nextCode = text.charCodeAt(mark.at + 1);
    if ((prev === 115 || prev === 83) && isSpaceCode(nextCode) && isWordCode(text.charCodeAt(mark.at + 2))) {
      const later = nextClosing[m + 1] >= 0 ? marks[nextClosing[m + 1]] : undefined;
      const laterOpen = nextOpening[m + 1] >= 0 ? marks[nextOpening[m + 1]] : undefined;
      if (later && (!laterOpen || laterOpen.at > later.at)) continue;
    }
    pushQuote(text, found, open.at, open.length, mark.at, mark.length, false);
    open = null;
  }
  // An opening mark at the start of a paragraph (or after a colon) left open runs to its end.
  if (open && (open.at === start || /[:,]\s*$/.test(text.slice(start, open.at)) || text.slice(start, open.at).trim() === '')) {
    if (/[.!?…]['’"”]?\s*$/.test(text.slice(open.at, end))) pushQuote(text, found, open.at, open.length, end, 0, false);
  }
  return found;
}

function pushQuote(text: string, out: QuotedSpan[], openAt: number, openLength: number, closeAt: number, closeLength: number, double: boolean): void {
  let start = openAt + openLength;
  let end = closeAt;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  // Nothing but punctuation between the marks is no quote.
  if (!LETTER_OR_DIGIT.test(text.slice(start, end))) return;
  out.push({
    start,
    end,
    open: { start: openAt, end: openAt + openLength },
    close: closeLength > 0 ? { start: closeAt, end: closeAt + closeLength } : null,
    double,
  });
}

/**
 * Whether an open quote continues past line `from - 1`: the first double mark of the following
 * adjacent lines closes it, and none of them opens a new paragraph with a quote mark first.
 */
function continuesOpenQuote(text: string, lines: readonly QuoteLine[], from: number, budget: number, positions: readonly number[]): boolean {
  for (let k = from; k < lines.length && k < from + budget; k++) {
    const line = lines[k];
    const first = text.slice(line.start, line.end).trimStart();
    const firstCode = first.charCodeAt(0);
    // A paragraph opening with a quote mark restarts the quote (the multi-paragraph convention).
    if (firstCode === LEFT_DOUBLE || firstCode === STRAIGHT_DOUBLE || firstCode === LOW_DOUBLE) return false;
    const marks = doubleMarks(text, line.start, line.end, positions);
    if (marks.length > 0) return marks[0].role !== 'open';
    if (!line.adjacentToNext) return false;
  }
  return false;
}

/**
 * Finds the quoted spans of the given lines (in order). Double quotes may cross into following
 * adjacent lines when the next line's first mark closes them (sources that put one sentence per
 * line); a quote left open at the end of a paragraph ends there.
 */
export function findQuotedSpans(text: string, lines: readonly QuoteLine[]): QuotedSpan[] {
  const quotes: QuotedSpan[] = [];
  let open: Mark | null = null;
  let openLine = -1;
  const positions = quoteCharPositions(text);
  if (positions.length === 0) return quotes;
  let firstDoubleOfLine = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const p = firstAtOrAfter(positions, line.start);
    // Lines without a quote character and no open quote have nothing to find.
    if (!open && (p >= positions.length || positions[p] >= line.end)) continue;
    for (const mark of doubleMarks(text, line.start, line.end, positions)) {
      if (!open) {
        if (mark.role !== 'close') {
          open = mark;
          openLine = l;
        }
        continue;
      }
      if (mark.role === 'open' && text.charCodeAt(mark.at) !== STRAIGHT_DOUBLE && text.charCodeAt(open.at) !== STRAIGHT_DOUBLE) {
        // A new curly opening mark while one is open: the earlier quote was never closed.
        pushQuote(text, quotes, open.at, open.length, mark.at, 0, true);
        open = mark;
        openLine = l;
        continue;
      }
      pushQuote(text, quotes, open.at, open.length, mark.at, mark.length, true);
      open = null;
    }
    if (open) {
      const next = lines[l + 1];
      const mayCross = next !== undefined && line.adjacentToNext && l - openLine < MAX_LINES_CROSSED && continuesOpenQuote(text, lines, l + 1, MAX_LINES_CROSSED - (l - openLine), positions);
      if (!mayCross) {
        // Unclosed at the end of the paragraph: the quote runs to the end of the line it opened on
        // (a quote must not swallow lines it was never shown to reach).
        const endLine = lines[openLine];
        if (open.at >= endLine.start && open.at < endLine.end) pushQuote(text, quotes, open.at, open.length, endLine.end, 0, true);
        open = null;
      }
    }
    const stillOpen = open ? [{ start: open.at, end: line.end }] : [];
    // Only double quotes that can reach this line are looked at (quotes are pushed in order).
    while (firstDoubleOfLine < quotes.length && (quotes[firstDoubleOfLine].close?.end ?? quotes[firstDoubleOfLine].end) <= line.start) firstDoubleOfLine++;
    const singles = singleQuotes(text, line.start, line.end, coverLine(quotes, firstDoubleOfLine, line, stillOpen), positions);
    quotes.push(...singles);
  }
  quotes.sort((a, b) => a.start - b.start);
  return quotes;
}

/** The double-quoted spans that overlap a line, clipped to it: single marks inside them are nested. */
function coverLine(quotes: readonly QuotedSpan[], from: number, line: Span, extra: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (let i = from; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.double) continue;
    const s = Math.max(q.open.start, line.start);
    const e = Math.min(q.close ? q.close.end : q.end, line.end);
    if (s < e) spans.push({ start: s, end: e });
  }
  for (const x of extra) if (x.start < line.end && x.end > line.start) spans.push({ start: Math.max(x.start, line.start), end: Math.min(x.end, line.end) });
  spans.sort((a, b) => a.start - b.start);
  return spans;
}
