/**
 * The article text model: decoding, the optional front-matter header, and a classification of
 * every line (headline, dateline, body, boilerplate, embedded social post) that the extractors
 * build on. Everything is expressed as offsets into the decoded file text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface FrontMatter extends Span {
  /** Lower-cased keys, trimmed values with surrounding quotes removed. */
  fields: Record<string, string>;
  /** Where each field's value sits in the text, for decorations and "go to" links. */
  valueSpans: Record<string, Span>;
}

export type LineKind =
  | 'front-matter'
  | 'blank'
  | 'headline'
  /** A line that is only a date ("June 9, 2009"): the article's dateline. */
  | 'dateline'
  | 'body'
  /** Site furniture: comment prompts, "Similar Posts", reading time, image markdown, captions. */
  | 'boilerplate'
  /** An embedded social post: its text line and its "— Name (@handle) Month D, YYYY" signature. */
  | 'social';

export interface Line extends Span {
  kind: LineKind;
}

export interface ArticleText {
  /** The decoded file text (BOM removed); every offset points into it. */
  text: string;
  frontMatter: FrontMatter | null;
  /** Offset of the first character after the front matter. */
  bodyStart: number;
  /** The headline: front matter `title` when given, else a headline-like first line. */
  title: { text: string; span: Span | null } | null;
  lines: Line[];
}

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const BOM = '\uFEFF';

/**
 * Decodes an article file. Articles are UTF-8 text; anything else is refused with a reason
 * rather than analysed as garbage, because offsets into mis-decoded text would point nowhere.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (sample.includes(0)) {
    return { ok: false, reason: 'it looks like a binary file (it contains NUL bytes), not a text article' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'it is not valid UTF-8 text' };
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  return { ok: true, text };
}

const FRONT_MATTER_FENCE = /^---[ \t]*\r?$/;
const FRONT_MATTER_FIELD = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$/;

/** Parses a leading `---` … `---` block of `key: value` lines; null when the file has none. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const firstLineEnd = lineEndAt(text, 0);
  if (!FRONT_MATTER_FENCE.test(text.slice(0, firstLineEnd))) return null;
  const fields: Record<string, string> = {};
  const valueSpans: Record<string, Span> = {};
  let pos = nextLineStart(text, firstLineEnd);
  while (pos < text.length) {
    const end = lineEndAt(text, pos);
    const line = text.slice(pos, end);
    if (FRONT_MATTER_FENCE.test(line)) {
      return { start: 0, end: nextLineStart(text, end), fields, valueSpans };
    }
    const field = FRONT_MATTER_FIELD.exec(line);
    if (field) {
      const key = field[1].toLowerCase();
      let value = field[2];
      let valueStart = pos + line.indexOf(value, field[1].length + 1);
      if (value.length >= 2 && /^(["']).*\1$/.test(value)) {
        value = value.slice(1, -1);
        valueStart += 1;
      }
      fields[key] = value;
      valueSpans[key] = { start: valueStart, end: valueStart + value.length };
    } else if (line.trim() !== '' && !/^\s*#/.test(line)) {
      // Not a header after all (an article that merely opens with a rule): read it all as body.
      return null;
    }
    pos = nextLineStart(text, end);
  }
  return null; // unterminated: treat as body text rather than swallow the article
}

/** End of the line starting at or containing `pos`, excluding `\n` (a trailing `\r` is kept). */
function lineEndAt(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl;
}

function nextLineStart(text: string, lineEnd: number): number {
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
}

/** Splits `text` from `from` into lines; spans exclude the line break (and a CR before it). */
export function splitLines(text: string, from = 0): Span[] {
  const lines: Span[] = [];
  let pos = from;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const rawEnd = nl === -1 ? text.length : nl;
    const end = rawEnd > pos && text.charCodeAt(rawEnd - 1) === 13 ? rawEnd - 1 : rawEnd;
    lines.push({ start: pos, end });
    if (nl === -1) break;
    pos = nl + 1;
  }
  return lines;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';

/** A line that is only a date, optionally with a weekday, time or "Updated"/"Published" label. */
const DATELINE = new RegExp(
  `^\\s*(?:(?:Published|Updated|Posted|Last updated)\\s*:?\\s*)?(?:${WEEKDAY},?\\s+)?` +
    `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$`,
  'i',
);

/** The signature line of an embedded post: "— Name (@handle) March 29, 2025". */
export const SOCIAL_SIGNATURE = new RegExp(
  `^\\s*(?:[—–-]|&mdash;)\\s*[^\\n]{1,80}?\\(@\\w{1,30}\\)\\s*(?:${MONTH}\\s+\\d{1,2},\\s+\\d{4})?\\s*$`,
);

const BOILERPLATE: RegExp[] = [
  /^\s*(?:\d+\s+(?:comments?|shares?)|comments?|post a comment|leave a (?:comment|reply)|add a comment|similar posts|related posts|related(?: articles| stories)?:?|read more:?|more from [^.]{1,40}|advertisement|sponsored(?: content)?|share(?: this(?: article| story)?)?:?|subscribe(?: now)?|sign up[^.]{0,60}|follow us[^.]{0,60}|click here[^.]{0,60}|you may also like|recommended(?: for you)?|trending(?: now)?|tags?:.*|filed under:?.*)\s*$/i,
  /^\s*(?:\d+\s+(?:minutes?|mins?)(?:,?\s+\d+\s+seconds?)?|\d+\s+seconds?)\s+read\s*$/i,
  /^\s*(?:reading time:?\s*)?\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\s*$/i,
  /^\s*!\[[^\]]*\]\([^)]*\)\s*\|?\s*$/,
  /^\s*\[?\s*(?:photo|image|picture|credit|photograph)s?\s*(?:credit)?\s*:[^\]]*\]?\s*\|?\s*$/i,
  /^\s*(?:©|\(c\)|copyright\b).{0,120}$/i,
  /^\s*(?:https?:\/\/\S+)\s*$/i,
];

/** A caption copied with its layout: ends in a table pipe or a bracketed photo credit. */
const CAPTION = /(?:\[(?:photo|image|picture|credit)s?\s*:[^\]]*\]\s*\|?|\s\|)\s*$/i;

/** A headline-like first line: not too long, and not ending like a sentence of running text. */
function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 160) return false;
  if (/[.!?]["”’']?$/.test(trimmed) && trimmed.split(/\s+/).length > 14) return false;
  if (/[.]$/.test(trimmed) && !/\b[A-Z]\.$|\.\.\.$|…$/.test(trimmed)) {
    // A full sentence ending in a period is body text unless it is short and title-cased.
    const words = trimmed.split(/\s+/);
    const capitalised = words.filter((w) => /^[A-Z0-9‘'“"]/.test(w)).length;
    return words.length <= 12 && capitalised / words.length > 0.6;
  }
  return true;
}

/** Builds the text model of one article. Pure: the same text always gives the same model. */
export function parseArticleText(text: string): ArticleText {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const lines: Line[] = [];
  if (frontMatter) lines.push({ start: 0, end: frontMatter.end, kind: 'front-matter' });

  const spans = splitLines(text, bodyStart);
  let sawContent = false;
  let headline: Span | null = null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const content = text.slice(span.start, span.end);
    let kind: LineKind;
    if (content.trim() === '') kind = 'blank';
    else if (SOCIAL_SIGNATURE.test(content)) {
      kind = 'social';
      // The post's own text is the line before its signature (skipping blanks).
      for (let j = lines.length - 1; j >= 0; j--) {
        if (lines[j].kind === 'blank') continue;
        if (lines[j].kind === 'body' || lines[j].kind === 'headline') lines[j].kind = 'social';
        break;
      }
    } else if (BOILERPLATE.some((re) => re.test(content)) || CAPTION.test(content)) kind = 'boilerplate';
    else if (DATELINE.test(content)) kind = 'dateline';
    else if (!sawContent && looksLikeHeadline(content)) {
      kind = 'headline';
      headline = { start: span.start + (content.length - content.trimStart().length), end: span.start + content.trimEnd().length };
    } else kind = 'body';
    if (kind !== 'blank' && kind !== 'boilerplate') sawContent = true;
    lines.push({ start: span.start, end: span.end, kind });
  }

  let title: ArticleText['title'] = null;
  const headerTitle = frontMatter?.fields.title;
  if (headerTitle) title = { text: headerTitle, span: frontMatter?.valueSpans.title ?? null };
  else if (headline) title = { text: text.slice(headline.start, headline.end), span: headline };

  return { text, frontMatter, bodyStart, title, lines };
}

/** Lines whose sentences carry the story (body and headline), in order. */
export function storyLines(article: ArticleText): Line[] {
  return article.lines.filter((line) => line.kind === 'body' || line.kind === 'headline');
}
