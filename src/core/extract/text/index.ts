/**
 * The article text model: decoding, the optional front-matter header, and a classification of
 * every line (headline, dateline, body, boilerplate, embedded social post) that the extractors
 * build on. Everything is expressed as offsets into the decoded file text.
 */
import { MONTH_WORD_PATTERN } from '../../lang/months';
import { porterStem } from '../../lang/stem';
import { STOP_WORDS } from '../../lang/stopWords';
import { WEEKDAY_WORD_PATTERN } from '../../lang/weekdays';

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
  /**
   * Site furniture: comment prompts, "Similar Posts", reading time, image markdown, captions, and
   * the headlines of other stories scraped with the page (`markStoryLinkBlocks`).
   */
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
  /** Embedded social posts (their lines have kind 'social'), in order. */
  socialPosts: SocialPost[];
}

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const BOM = '\uFEFF';

/**
 * Decodes an article file. Articles are UTF-8 text; anything else is refused with a reason
 * rather than analysed as garbage, because offsets into mis-decoded text would point nowhere.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  // UTF-16 with its byte-order mark (as some editors on Windows save): decoded as the editor does.
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
    } catch {
      return { ok: false, reason: `it is not valid ${utf16.toUpperCase()} text` };
    }
  }
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

/**
 * The text analysed of an article longer than `maxCharacters`: cut at the last line break before the
 * limit (so no sentence is cut in two), or at the limit when the text has no line break there. The
 * rest is left unread and the article marked as cut (`truncatedFrom`): a 20 MB file must not keep
 * a corpus waiting.
 */
export function limitArticleText(text: string, maxCharacters: number): { text: string; truncatedFrom?: number } {
  if (text.length <= maxCharacters) return { text };
  const lastBreak = Math.max(text.lastIndexOf('\n', maxCharacters - 1), text.lastIndexOf('\r', maxCharacters - 1));
  const end = lastBreak > maxCharacters / 2 ? lastBreak + 1 : maxCharacters;
  return { text: text.slice(0, end), truncatedFrom: text.length };
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

const LINE_BREAK = /\r\n?|\n/g;

/**
 * The next line break at or after `pos`: where it starts and where the next line starts. A line
 * ends at LF, CRLF or a lone CR (old Mac files), as in the editor, so that offsets agree with it.
 */
function nextBreak(text: string, pos: number): { at: number; next: number } | null {
  LINE_BREAK.lastIndex = pos;
  const m = LINE_BREAK.exec(text);
  return m ? { at: m.index, next: m.index + m[0].length } : null;
}

/** End of the line starting at or containing `pos`, excluding its line break. */
function lineEndAt(text: string, pos: number): number {
  return nextBreak(text, pos)?.at ?? text.length;
}

function nextLineStart(text: string, lineEnd: number): number {
  return nextBreak(text, lineEnd)?.next ?? text.length;
}

/** Splits `text` from `from` into lines; spans exclude the line break (LF, CRLF or a lone CR). */
export function splitLines(text: string, from = 0): Span[] {
  const lines: Span[] = [];
  let pos = from;
  while (pos < text.length) {
    const found = nextBreak(text, pos);
    lines.push({ start: pos, end: found ? found.at : text.length });
    if (!found) break;
    pos = found.next;
  }
  return lines;
}

const MONTH = `${MONTH_WORD_PATTERN}\\.?`;
const WEEKDAY = `${WEEKDAY_WORD_PATTERN}\\.?`;

/** One word of a dateline: a month, weekday, number, date, time, zone or a publishing label. */
const DATELINE_TOKEN = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:]+Z?)?|` +
    `\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|hrs|(?:GMT|UTC)(?:[+-]\\d{1,2}(?::\\d{2})?)?|` +
    `updated|published|posted|originally|last|modified|created|on|at|by|-|—|–|\\|)$`,
  'i',
);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s|$)`);
/** A time zone ("EDT", "AEST", "IST"); case-sensitive so that "at" or "it" never pass. */
const TIME_ZONE = /^(?:[A-Z]{1,3}T|IST|GMT|UTC|PDT|PST)$/;
/** A word that only a date or time has: a month, a weekday, a year, a clock time or a numeric date. */
const DATELINE_ANCHOR = new RegExp(`^(?:${MONTH}|${WEEKDAY}|(?:1[89]|20)\\d\\d|\\d{1,2}[:.]\\d{2}(?:[ap]\\.?m\\.?)?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}.*)$`, 'i');

/**
 * A line that is only a date or time, perhaps labelled ("Updated Thu 6 May 2010, 9:03am AEST",
 * "Posted on Thu Jun 13, 2013 08:45 AM PDT") or preceded by a place ("Mumbai, Nov 11 -").
 * Word-based rather than one pattern because outlets write datelines in dozens of shapes.
 */
export function isDateline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 80 || !/\d/.test(trimmed)) return false;
  const words = trimmed.split(/[\s,()]+/).map((w) => w.replace(/[:.]$/, (m) => (/\d[ap]?\.?m?$/i.test(w) ? m : ''))).filter((w) => w !== '');
  if (words.length === 0 || words.length > 14) return false;
  // "Nov 11" or "11 Nov" is a calendar date even without a year.
  let anchors = MONTH_DAY.test(trimmed) ? 1 : 0;
  let others = 0;
  for (const word of words) {
    const bare = word.replace(/[.:;]+$/, '');
    if (DATELINE_ANCHOR.test(bare) || DATELINE_ANCHOR.test(word)) anchors++;
    else if (!DATELINE_TOKEN.test(bare) && !DATELINE_TOKEN.test(word) && !TIME_ZONE.test(bare)) others++;
  }
  // A leading place name ("Mumbai, Nov 11") may stay; anything wordier is a sentence with a date in it.
  return anchors >= 1 && others <= (anchors >= 2 ? 2 : 0);
}

/** The signature line of an embedded post: "— Name (@handle) March 29, 2025" (and Instagram's form). */
export const SOCIAL_SIGNATURE = new RegExp(
  `^\\s*(?:(?:[—–-]|&mdash;)\\s*([^\\n]{1,80}?)\\s*\\(@(\\w{1,30})\\)\\s*(?:(?:on\\s+)?${MONTH}\\s+\\d{1,2},?\\s+\\d{4})?` +
    `|A post shared by\\s+([^\\n]{1,80}?)\\s*\\(@([\\w.]{1,30})\\)(?:\\s+on\\s+[^\\n]{0,60})?)\\s*$`,
  // Match indices: the author's offset is read from the match, not searched for in the line.
  'd',
);

/** A link to a post or its media, which only embedded posts and furniture carry. */
const POST_LINK = /(?:https?:\/\/)?(?:t\.co|pic\.twitter\.com|x\.com|twitter\.com|instagram\.com|bit\.ly)\/\S+\s*$/;

const BOILERPLATE: RegExp[] = [
  /^\s*(?:\d+\s+(?:comments?|shares?|replies)|comments?|\d*\s*comments? \(\d+\)|view comments|show comments|post a comment|leave a (?:comment|reply)|add a comment|join the (?:conversation|discussion)|similar posts|related posts|related(?: articles| stories| content| coverage| news)?:?|read (?:more|also|next)\b.{0,100}|more from [^.]{1,40}|more:|advertisement|ad|sponsored(?: content)?|(?:click to )?share(?: (?:this|on)\b.{0,40})?:?|share via\b.{0,40}|(?:print|email|whatsapp|facebook|twitter|linkedin|reddit|pinterest|tweet)(?:\s*[|,/]\s*\w+)*|subscribe\b.{0,80}|sign up\b.{0,80}|follow (?:us|@)\b.{0,60}|click here\b.{0,60}|you may also like|you might also like|recommended(?: for you| stories)?|trending(?: now| stories)?|most (?:read|popular|viewed)|top stories|tags?:.*|topics?:.*|filed under:?.*|loading\.*|watch(?: video)?:.*|listen(?: to this article)?\b.{0,40}|all rights reserved\.?.*|skip to (?:main )?content|back to top|next (?:post|article|story)\b.{0,80}|previous (?:post|article|story)\b.{0,80}|enjoyed this\b.{0,80}|our standards:.*)\s*$/i,
  /^\s*(?:\d+\s+(?:minutes?|mins?)(?:,?\s+\d+\s+seconds?)?|\d+\s+seconds?)\s+read\s*$/i,
  /^\s*(?:reading time:?\s*)?(?:about\s+)?\d+\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read)?\s*$/i,
  /^\s*!\[[^\]]*\]\([^)]*\)\s*\|?\s*$/,
  /^\s*\[?\s*(?:photo|image|picture|credit|photograph|video|graphic|illustration)s?\s*(?:credit)?\s*:[^\]]*\]?\s*\|?\s*$/i,
  /^\s*\(?(?:photo|image|picture|video)s?\s+(?:by|courtesy(?: of)?)\s+[^.]{1,80}\)?\s*$/i,
  /^\s*(?:©|\(c\)|copyright\b).{0,160}$/i,
  /^\s*(?:https?:\/\/\S+|www\.\S+)\s*$/i,
  /^\s*\(?(?:reporting|additional reporting|writing|editing|compiled) by\b[^.]{0,160}\)?\.?\s*$/i,
  /^\s*by\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s*){1,4})*(?:[|,–—-]\s*[^.]{0,60})?$/,
  /^\s*(?:getty images|reuters|afp|ap photo|associated press|epa|shutterstock)(?:\s*[/|]\s*[\w .'-]+)*\s*$/i,
];

/** A caption copied with its layout: ends in a table pipe, a bracketed credit or an agency credit. */
const CAPTION = /(?:\[(?:photo|image|picture|credit|video)s?\s*:[^\]]*\]\s*\|?|\s\||\((?:photo|image|picture)s?\s*(?::|by)[^)]*\)|(?:photo|image|picture)s?\s*:\s*[^.]{1,60}\/\s*(?:getty(?: images)?|afp|reuters|ap|epa|pool|shutterstock)[^.]{0,20})\s*$/i;

/** Furniture is short: longer lines are never tested, which also keeps the patterns' leading
 * `\s*` runs from backtracking over a pathological line of blanks. */
const MAX_FURNITURE_LENGTH = 600;

function isBoilerplate(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_FURNITURE_LENGTH) return false;
  return BOILERPLATE.some((re) => re.test(trimmed)) || CAPTION.test(trimmed);
}

/** The longest headline `looksLikeHeadline` takes. */
const MAX_HEADLINE_LENGTH = 160;

/** A complete sentence inside the line followed by more text: a paragraph, not a title. */
const INNER_SENTENCE_END = /[a-z0-9%)][.!?]["”’']?\s+["“‘']?[A-Z]/;

/** A headline-like first line: not too long, and not ending like a sentence of running text. */
export function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HEADLINE_LENGTH) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 30) return false;
  // Two sentences in one line is a paragraph: "Witkoff flew to Moscow. He met Putin."
  if (INNER_SENTENCE_END.test(trimmed) && !/\b(?:[A-Z]|[A-Z][a-z]{0,3}|[A-Z]\.[A-Z])\.\s/.test(trimmed.slice(0, trimmed.search(INNER_SENTENCE_END) + 3))) return false;
  if (/[.!?]["”’']?$/.test(trimmed) && words.length > 14) return false;
  if (/[.]["”’']?$/.test(trimmed) && !/\b[A-Z]\.$|\.\.\.$|…$/.test(trimmed)) {
    // A full sentence ending in a period is body text unless it is short and title-cased.
    const capitalised = words.filter((w) => /^[A-Z0-9‘'“"]/.test(w)).length;
    return words.length <= 12 && capitalised / words.length > 0.6;
  }
  // Without a final period a long line is still a headline only when most words are capitalised
  // (title case) or it is short: a lead paragraph that lost its period is lower-case running text.
  if (words.length > 20) {
    const capitalised = words.filter((w) => /^[A-Z0-9‘'“"]/.test(w)).length;
    return capitalised / words.length > 0.6;
  }
  return true;
}

/** Words a headline does not end with: a line ending in one runs on into the next (hard-wrapped text). */
const RUN_ON_ENDINGS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'into', 'than', 'that']);
/** A line that opens like a headline: a capital, a figure, an opening quote or a list marker. */
const HEADLINE_OPENING = /^[\p{Lu}\d‘'“"•►▶»]/u;
/** A line ending like running text or running on: a period, exclamation, comma, colon, semicolon or dash. */
const NOT_A_HEADLINE_ENDING = /[.!,;:–—-]["”’')\]]*$/;
/** The last characters of NOT_A_HEADLINE_ENDING, tested before the line is read. */
const LINE_ENDINGS_NOT_OF_HEADLINES = '.!,;:–—-';
const WORD_TOKEN = /\p{L}[\p{L}'’-]*/gu;
const HAS_TWO_LETTERS = /\p{L}{2}/u;

/** Fewest lines in a block of other stories' headlines: one or two short lines under a headline are a deck. */
const MIN_STORY_LINKS = 3;
/**
 * A line continues the article's story when at least this share of its content words is found in
 * the rest of the article (deck and summary bullets repeat its names and words; another story's
 * headline shares a word or two by chance).
 */
const ON_STORY_SHARE = 1 / 3;

/**
 * Whether a body line is shaped like a headline of a linked story: a capitalised line of at least
 * four words, mostly words (not a table row), that ends neither like a sentence nor like a line
 * that runs on into the next. Paragraphs are told apart by their length or last character before
 * the line is read.
 */
function isHeadlineShaped(text: string, line: Span): boolean {
  let first = line.start;
  let last = line.end - 1;
  while (last >= first && /\s/.test(text[last])) last--;
  while (first < last && /\s/.test(text[first])) first++;
  if (last - first >= MAX_HEADLINE_LENGTH || LINE_ENDINGS_NOT_OF_HEADLINES.includes(text[last]) || !HEADLINE_OPENING.test(text[first])) return false;
  const trimmed = text.slice(first, last + 1);
  if (NOT_A_HEADLINE_ENDING.test(trimmed)) return false;
  const tokens = trimmed.split(/\s+/);
  const wordCount = tokens.filter((t) => HAS_TWO_LETTERS.test(t)).length;
  if (wordCount < 4 || wordCount < 0.75 * tokens.length) return false;
  const lastWord = tokens[tokens.length - 1].toLowerCase().replace(/[^\p{L}]/gu, '');
  return !RUN_ON_ENDINGS.has(lastWord) && looksLikeHeadline(trimmed);
}

/** The stems of a text's content words. */
function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const match of text.toLowerCase().matchAll(WORD_TOKEN)) {
    const word = match[0].replace(/['’]s$/, '');
    if (word.length >= 3 && !STOP_WORDS.has(word)) stems.add(porterStem(word));
  }
  return stems;
}

/**
 * Marks as furniture the headlines of other stories that a scraped page carries with the article
 * (a "related stories" or navigation list copied without its label): a run of at least
 * MIN_STORY_LINKS consecutive headline-shaped body lines (blank lines between allowed) that share
 * little with the article's story, right under the headline (and a deck) or at the end of the
 * article, with prose sentences elsewhere in it. Read as the article's own lines, one of them can
 * become its news and join the other story's event. A deck or summary bullet under the headline
 * repeats the story's words and is kept, and so is a run that stands between paragraphs.
 */
function markStoryLinkBlocks(text: string, lines: Line[], title: string | null): void {
  const story: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].kind === 'body' || lines[i].kind === 'headline') story.push(i);
  // Only the lines right under the headline and those closing the article are read (not every line).
  // Under the headline: a run right after it, or after one deck line that does not introduce a list.
  let headlines = 0;
  while (headlines < story.length && lines[story[headlines]].kind === 'headline') headlines++;
  for (let from = headlines; from <= headlines + 1 && from < story.length; from++) {
    if (from > 0 && isShapedStoryLine(text, lines, story[from - 1]) && onlyBlankBetween(lines, story[from - 1], story[from])) continue; // inside a run
    if (from > headlines && /:\s*$/.test(text.slice(lines[story[from - 1]].start, lines[story[from - 1]].end))) continue;
    let to = from;
    while (to < story.length && isShapedStoryLine(text, lines, story[to]) && (to === from || onlyBlankBetween(lines, story[to - 1], story[to]))) to++;
    if (to - from >= MIN_STORY_LINKS) markIfOffStory(text, lines, story, title, from, to);
  }
  // Closing the article: the run that ends at its last story line.
  let from = story.length;
  while (from > headlines + 1 && isShapedStoryLine(text, lines, story[from - 1]) && (from === story.length || onlyBlankBetween(lines, story[from - 1], story[from]))) from--;
  if (story.length - from >= MIN_STORY_LINKS) markIfOffStory(text, lines, story, title, from, story.length);
}

function isShapedStoryLine(text: string, lines: readonly Line[], index: number): boolean {
  return lines[index].kind === 'body' && isHeadlineShaped(text, lines[index]);
}

/** Whether only blank lines stand between lines `a` and `b`. */
function onlyBlankBetween(lines: readonly Line[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (lines[i].kind !== 'blank') return false;
  return true;
}

/**
 * Marks the story lines [from, to) (indices into `story`) as furniture when they share little with
 * the rest of the article, which must have prose; deck or summary lines that open the run and carry
 * on the story stay the article's.
 */
function markIfOffStory(text: string, lines: Line[], story: readonly number[], title: string | null, from: number, to: number): void {
  const outside: string[] = [title ?? ''];
  let prose = false;
  for (let j = 0; j < story.length; j++) {
    if (j >= from && j < to) continue;
    const line = lines[story[j]];
    const content = text.slice(line.start, line.end);
    outside.push(content);
    if (!prose && line.kind === 'body' && /[.!?]["”’')\]]*\s*$/.test(content)) prose = true;
  }
  if (!prose) return;
  const storyStems = contentStems(outside.join('\n'));
  let first = from;
  while (first < to && carriesStory(text.slice(lines[story[first]].start, lines[story[first]].end), storyStems)) first++;
  if (to - first < MIN_STORY_LINKS) return;
  for (let j = first; j < to; j++) if (carriesStory(text.slice(lines[story[j]].start, lines[story[j]].end), storyStems)) return;
  for (let j = first; j < to; j++) lines[story[j]].kind = 'boilerplate';
}

/** Whether a line shares at least ON_STORY_SHARE of its content words with the story. */
function carriesStory(line: string, storyStems: ReadonlySet<string>): boolean {
  const stems = contentStems(line);
  let shared = 0;
  for (const stem of stems) if (storyStems.has(stem)) shared++;
  return shared >= ON_STORY_SHARE * stems.size;
}

/** An embedded social post: the text line(s) before a signature line, and who signed it. */
export interface SocialPost {
  /** The post's text line. */
  text: Span;
  /** The "— Name (@handle) Month D, YYYY" line. */
  signature: Span;
  /** The display name as signed ("Breitbart London"). */
  author: string;
  authorSpan: Span;
  handle: string;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Builds the text model of one article. Pure: the same text always gives the same model. */
export function parseArticleText(text: string): ArticleText {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const lines: Line[] = [];
  const socialPosts: SocialPost[] = [];
  if (frontMatter) lines.push({ start: 0, end: frontMatter.end, kind: 'front-matter' });

  const spans = splitLines(text, bodyStart);
  let sawContent = false;
  let headline: Span | null = null;
  let headlineLine = -1;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const content = text.slice(span.start, span.end);
    let kind: LineKind;
    let signature: RegExpExecArray | null;
    if (content.trim() === '') kind = 'blank';
    else if ((signature = SOCIAL_SIGNATURE.exec(content)) !== null) {
      kind = 'social';
      // The post's own text is the line before its signature (skipping blanks).
      let postLine = -1;
      for (let j = lines.length - 1; j >= 0; j--) {
        if (lines[j].kind === 'blank') continue;
        if (lines[j].kind === 'body' || lines[j].kind === 'headline' || lines[j].kind === 'boilerplate') {
          if (lines[j].kind === 'headline') headline = null;
          lines[j].kind = 'social';
          postLine = j;
        }
        break;
      }
      const authorGroup = signature[1] !== undefined ? 1 : 3;
      const author = (signature[authorGroup] ?? '').trim();
      const authorAt = span.start + (signature.indices?.[authorGroup]?.[0] ?? content.indexOf(author));
      if (postLine >= 0) {
        socialPosts.push({
          text: { start: lines[postLine].start, end: lines[postLine].end },
          signature: { start: span.start, end: span.end },
          author,
          authorSpan: { start: authorAt, end: authorAt + author.length },
          handle: signature[2] ?? signature[4] ?? '',
        });
      }
    } else if (!WORD_CHARACTER.test(content)) kind = 'boilerplate'; // rules and ornaments ("---", "* * *"): never a headline
    else if (isDateline(content)) kind = 'dateline';
    else if (isBoilerplate(content)) kind = 'boilerplate';
    else if (!sawContent && !POST_LINK.test(content) && looksLikeHeadline(content)) {
      kind = 'headline';
      headlineLine = lines.length;
      headline = { start: span.start + (content.length - content.trimStart().length), end: span.start + content.trimEnd().length };
    } else kind = 'body';
    // Datelines and furniture may precede the headline ("Thursday, December 11, 2008" first).
    if (kind === 'headline' || kind === 'body' || kind === 'social') sawContent = true;
    lines.push({ start: span.start, end: span.end, kind });
  }
  // A "headline" that is the only story line is the article itself (a one-paragraph text).
  if (headline && !lines.some((line, index) => index !== headlineLine && line.kind === 'body')) {
    const only = lines[headlineLine];
    if (only && only.kind === 'headline' && /[.!?]["”’']?\s*$/.test(text.slice(only.start, only.end))) {
      only.kind = 'body';
      headline = null;
    }
  }

  const headerTitle = frontMatter?.fields.title;
  markStoryLinkBlocks(text, lines, headerTitle ?? (headline ? text.slice(headline.start, headline.end) : null));

  let title: ArticleText['title'] = null;
  if (headerTitle) title = { text: headerTitle, span: frontMatter?.valueSpans.title ?? null };
  else if (headline) title = { text: text.slice(headline.start, headline.end), span: headline };

  return { text, frontMatter, bodyStart, title, lines, socialPosts };
}

/** Lines whose sentences carry the story (body and headline), in order. */
export function storyLines(article: ArticleText): Line[] {
  return article.lines.filter((line) => line.kind === 'body' || line.kind === 'headline');
}
