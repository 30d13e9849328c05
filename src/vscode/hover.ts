import * as vscode from 'vscode';
import { commandLinkArguments, countOf, escapeCardMarkdown, independentSourceCount, spansAt, type ClaimMatch, type QuoteMention } from '../core/view';
import { claimSources, showAllLink, verdictLine, verdictOf, type ClaimVerdict } from './claimSources';
import { readSettings } from './config';
import { ARTICLE_LANGUAGE_ID, COMMANDS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { countedFrom, dateLeftOpen, readableDate, readableDuration } from './dateText';
import { claimStanding, type ClaimStanding } from './decorations';
import { labelOf } from './sourceLabels';

export { verdictLine, type ClaimVerdict } from './claimSources';

/** The only commands a hover may link to: Crossread's own. */
export const HOVER_COMMANDS = [COMMANDS.openLocation, COMMANDS.showClaimMatches] as const;

function commandLink(title: string, command: (typeof HOVER_COMMANDS)[number], args: unknown[], tooltip?: string): string {
  const uri = `command:${command}?${commandLinkArguments(args)}`;
  return `[${escapeCardMarkdown(title)}](${uri}${tooltip ? ` "${tooltip.replace(/"/g, "'")}"` : ''})`;
}

function openLink(snapshot: CorpusSnapshot, documentId: string, span: { start: number; end: number }, title: string): string {
  const uri = snapshot.uriByDocument.get(documentId);
  return uri ? commandLink(title, COMMANDS.openLocation, [uri.toString(), span.start, span.end], 'Open the other article at this sentence') : escapeCardMarkdown(title);
}

/** "Example Daily · Thu 24 Apr 2025": a source's label and date, escaped for a card. */
function sourceAndDate(snapshot: CorpusSnapshot, documentId: string): string {
  const date = snapshot.lookup.documentById.get(documentId)?.referenceDate.value;
  return `${escapeCardMarkdown(labelOf(snapshot, documentId))}${date ? ` · ${escapeCardMarkdown(readableDate(date))}` : ''}`;
}

/** Characters of another source's sentence a card shows: one rendered line in VS Code's hover box. */
export const CARD_SENTENCE_CHARS = 90;

/**
 * A sentence for a card: the words of `bold` spans (offsets into the sentence) in bold, everything
 * else plain, cut to about CARD_SENTENCE_CHARS around the first bold span with "…".
 */
export function cardSentence(text: string, bold: readonly { start: number; end: number }[]): string {
  const spans = [...bold].filter((b) => b.start >= 0 && b.end <= text.length && b.start < b.end).sort((x, y) => x.start - y.start);
  let from = 0;
  let to = text.length;
  if (to > CARD_SENTENCE_CHARS) {
    const focus = spans[0]?.start ?? 0;
    from = Math.max(0, Math.min(focus - CARD_SENTENCE_CHARS / 3, text.length - CARD_SENTENCE_CHARS));
    // Start and end at word boundaries, so no word is cut in two.
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    to = Math.min(text.length, from + CARD_SENTENCE_CHARS);
    if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), from + 1);
  }
  const out: string[] = [];
  let at = from;
  for (const span of spans) {
    if (span.start < at || span.end > to) continue;
    out.push(escapeCardMarkdown(text.slice(at, span.start)), `**${escapeCardMarkdown(text.slice(span.start, span.end))}**`);
    at = span.end;
  }
  out.push(escapeCardMarkdown(text.slice(at, to)));
  return `${from > 0 ? '…' : ''}${out.join('').trim()}${to < text.length ? ' …' : ''}`;
}

/** A sentence in quotation marks, without doubling the marks of a sentence that is a quote itself. */
function quoted(sentence: string): string {
  return `${/^[“"]/.test(sentence) ? '' : '“'}${sentence}${/[”"]$/.test(sentence) ? '' : '”'}`;
}

/** A claim's verdict among the independent sources (see claimSources.ts, where the card's counts come from). */
export function claimVerdict(snapshot: CorpusSnapshot, claimId: string): ClaimVerdict {
  return verdictOf(claimSources(snapshot.lookup, claimId));
}

const RELATION_ICON: Record<ClaimMatch['relation'], string> = {
  contradicts: '$(warning)',
  updates: '$(history)',
  agrees: '$(check)',
  related: '$(link)',
};

/** Shared names a "Why?" line lists at most, and the characters of an event's label it keeps. */
const WHY_NAMES = 3;
const WHY_EVENT_CHARS = 48;

/** `name` as one of `texts` writes it ("moscow" → "Moscow"), or as it is when none does letter for letter. */
export function asWritten(name: string, texts: readonly string[]): string {
  const wanted = name.toLowerCase();
  for (const text of texts) {
    const lower = text.toLowerCase();
    // Lower-casing that changes the length ("İ") would shift the offsets: such a text is skipped.
    if (lower.length !== text.length) continue;
    // A whole word only: "us" is not the "Us" of "Usually".
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + wanted.length] ?? ' ')) return text.slice(at, at + wanted.length);
    }
  }
  return name;
}

/** "Why?" in plain words: what the two sentences share (never stems) and the event they report. */
function whyLine(snapshot: CorpusSnapshot, claimId: string, match: ClaimMatch): string {
  const shared = match.reason
    .split('; ')
    // Not the stems, and not the differing slots (`occurrence: "fourth" vs "third"`, `age: not "29" …`): the verdict and the bold words say those.
    .filter((part) => !/^(?:shared )?terms:|^differs:|^(?!people|places|dates|numbers|facts)[a-z]+: (?:not )?"/.test(part))
    .flatMap((part) => part.replace(/^shared /, '').replace(/^(?:people|places|dates|numbers|facts): /, '').split(', '))
    .filter(Boolean);
  // The engine compares places by folded keys ("moscow"): shown as the sentences write them.
  const texts = [match.a, match.b].map((id) => snapshot.lookup.claimById.get(id)?.text ?? '');
  const names = shared.slice(0, WHY_NAMES).map((name) => asWritten(name, texts)).join(', ') + (shared.length > WHY_NAMES ? ` +${shared.length - WHY_NAMES}` : '');
  const event = snapshot.lookup.eventsByClaim.get(claimId)?.[0];
  const pieces = [shared.length ? `both name ${names}` : 'similar wording'];
  if (event) pieces.push(`event: ${event.label.length > WHY_EVENT_CHARS ? `${event.label.slice(0, WHY_EVENT_CHARS).replace(/\s+\S*$/, '')} …` : event.label}`);
  return `Why? ${escapeCardMarkdown(pieces.join(' · '))}`;
}

/**
 * Other sources' sentences a card lists at most, so that the card fits VS Code's hover box (about
 * 250 px, ≤ 12 lines before "Show all"): two rendered lines each.
 */
export const CARD_MAX_SENTENCES = 3;

/** A hard line break inside a Markdown paragraph: lines of one paragraph have no margin between them. */
const LINE_BREAK = '  \n';

/**
 * The claim part of a card: the verdict; each other source in two lines (icon, label, date, the
 * slot that differs and an open link; then its sentence cut around the differing words, in bold);
 * "Why?"; and the "Show all" link when some matching sentences are not shown.
 */
function claimCard(snapshot: CorpusSnapshot, claimId: string, maxMatches: number): { verdict: string; sentences: string[]; why?: string; showAll?: string } | undefined {
  const { lookup } = snapshot;
  const claim = lookup.claimById.get(claimId);
  if (!claim) return undefined;
  // The verdict, the sentences listed and the link all count the sources of this one reading.
  const sources = claimSources(lookup, claimId);
  const sentences: string[] = [];
  let shown = 0;
  // One sentence per independent source, the one that says where it stands (a reprint's says nothing new).
  for (const { document: otherDocument, sentences: theirSentences } of sources.counted) {
    if (shown >= Math.min(maxMatches, CARD_MAX_SENTENCES)) break;
    const { claim: other, match } = theirSentences[0];
    const otherClaim = lookup.claimById.get(other);
    if (!otherClaim || !match) continue;
    shown++;
    const theirs = match.a === other ? 'a' : 'b';
    const differences = match.differences ?? [];
    // The words themselves are in bold in the sentence and in the verdict: the slot's name is enough here.
    const slots = [...new Set(differences.map((d) => d.slot))].join(', ');
    const bold = differences.map((d) => ({ start: d[theirs].start - otherClaim.start, end: d[theirs].end - otherClaim.start }));
    sentences.push(`${RELATION_ICON[match.relation]} ${sourceAndDate(snapshot, otherDocument)}${slots ? ` · ${escapeCardMarkdown(slots)} differs` : ''} · ${openLink(snapshot, otherDocument, otherClaim, 'open')}`);
    sentences.push(quoted(cardSentence(otherClaim.text, bold)));
  }
  const why = sources.counted[0]?.sentences[0]?.match ?? sources.reprints.flatMap((r) => r.sentences).find((s) => s.match)?.match;
  const link = showAllLink(sources, shown);
  return {
    verdict: verdictLine(verdictOf(sources)),
    sentences,
    why: why ? whyLine(snapshot, claimId, why) : undefined,
    showAll: link ? commandLink(link.title, COMMANDS.showClaimMatches, [claimId], link.tooltip) : undefined,
  };
}

/** One compact line about a person: name, roles, how many sources name them, quotes. */
function personLine(snapshot: CorpusSnapshot, personId: string): string {
  const { lookup } = snapshot;
  const person = lookup.personById.get(personId);
  if (!person) return '';
  const roles = [...new Set(person.roles.map((r) => r.text))].slice(0, 2);
  const quotes = lookup.quotesBySpeaker.get(personId)?.length ?? 0;
  const parts = [`$(person) **${escapeCardMarkdown(person.name)}**${roles.length ? ` (${roles.map(escapeCardMarkdown).join('; ')})` : ''}`];
  parts.push(`named by ${countOf(independentSourceCount(lookup, person.documents), 'source')}`);
  if (quotes) parts.push(countOf(quotes, 'quote'));
  const conflict = person.roleConflicts?.[0];
  if (conflict) parts.push(`$(warning) roles differ: “${escapeCardMarkdown(conflict.a.text)}” vs “${escapeCardMarkdown(conflict.b.text)}”`);
  return parts.join(' · ');
}

/**
 * One compact line about a date: its calendar value in words, or for a duration what it lasts. A
 * duration says nothing about the article's date, and a resolved date needs no apology for it.
 */
function dateLine(snapshot: CorpusSnapshot, documentId: string, start: number): string {
  const analysis = snapshot.articleById.get(documentId);
  const date = analysis?.dates.find((d) => d.start === start);
  if (!analysis || !date) return '';
  const said = `$(calendar) “${escapeCardMarkdown(date.text)}”`;
  if (date.kind === 'duration') return `${said} · lasts ${escapeCardMarkdown(date.value ? readableDuration(date.value) : 'an open time')}`;
  if (!date.value) {
    return analysis.referenceDate.value
      ? `${said} · not resolved`
      : `${said} · not resolved: the article’s date is unknown (Crossread: Set Article Date…)`;
  }
  // What an open date was counted from, as the engine resolved it: the article's date, or another
  // day of the story ("the same day" after "March 13, 2025"); nothing when the text gives it all.
  const from = dateLeftOpen(date.text, date.value) ? countedFrom(date.resolution) : undefined;
  return `${said} → **${escapeCardMarkdown(readableDate(date.value))}**${from ? ` · ${escapeCardMarkdown(from)}` : ''}`;
}

/** One compact line about a quote: who said it and whether other sources quote it. */
function quoteLine(snapshot: CorpusSnapshot, documentId: string, quote: QuoteMention): string {
  const { lookup } = snapshot;
  const speaker = quote.speaker ? (lookup.personById.get(quote.speaker)?.name ?? quote.speaker) : null;
  // The corpus stage matched the quotes (corpus/quotes): the card only reads its echoes.
  const documentIndex = lookup.report.documents.findIndex((d) => d.id === documentId);
  const quoteIndex = documentIndex < 0 ? -1 : lookup.report.documents[documentIndex].quotes.indexOf(quote);
  const echoes = quoteIndex < 0 ? [] : (snapshot.quoteEchoes[documentIndex]?.[quoteIndex] ?? []);
  const parts = [`$(quote) ${speaker ? `said by **${escapeCardMarkdown(speaker)}**` : 'speaker not identified'}`];
  if (!echoes.length) parts.push('no other source quotes this');
  for (const echo of echoes.slice(0, 2)) {
    const doc = lookup.report.documents[echo.document];
    parts.push(`${escapeCardMarkdown(labelOf(snapshot, doc.id))}: ${echo.sameWording ? 'same words' : 'other words'} ${openLink(snapshot, doc.id, doc.quotes[echo.quote], 'open')}`);
  }
  if (echoes.length > 2) parts.push(`${echoes.length - 2} more`);
  return parts.join(' · ');
}

/** What a claim's mark in the editor means, for the legend of a marked sentence. */
const MARK_LEGEND: Partial<Record<ClaimStanding, string>> = {
  contradicted: '$(warning) marked: another source contradicts it',
  updated: '$(history) marked: a later report changes it',
};

/**
 * Builds the hover card at an offset from the snapshot alone (no analysis happens here): the
 * claim's verdict first, the other sources' sentences, then "Why?", one line each for the person,
 * date or quote under the mouse, and the legend and "Show all" on one last line. Lines of a
 * paragraph are joined by hard line breaks, so that the card is as many rendered lines as it has
 * and fits VS Code's hover box.
 */
export function hoverMarkdown(snapshot: CorpusSnapshot, documentId: string, offset: number, maxMatches: number): { markdown: vscode.MarkdownString; span: { start: number; end: number } } | undefined {
  const at = spansAt(snapshot.lookup, documentId, offset);
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  let span: { start: number; end: number } | undefined;
  const paragraphs: string[][] = [];
  const tail: string[] = [];
  const last: string[] = [];
  if (at.claim) {
    const card = claimCard(snapshot, at.claim.id, maxMatches);
    if (card) {
      paragraphs.push([card.verdict]);
      if (card.sentences.length) paragraphs.push(card.sentences);
      if (card.why) tail.push(card.why);
      const legend = MARK_LEGEND[claimStanding(snapshot, at.claim.id)];
      if (legend) last.push(`_${legend}_`);
      if (card.showAll) last.push(card.showAll);
    }
    span = at.claim;
  }
  if (at.person) {
    tail.push(personLine(snapshot, at.person.person));
    span = at.person;
  }
  if (at.date) {
    tail.push(dateLine(snapshot, documentId, at.date.start));
    span = at.date;
  }
  if (at.quote) {
    tail.push(quoteLine(snapshot, documentId, at.quote));
    span ??= at.quote;
  }
  if (last.length) tail.push(last.join(' · '));
  paragraphs.push(tail.filter(Boolean));
  md.appendMarkdown(
    paragraphs
      .filter((lines) => lines.length)
      .map((lines) => lines.join(LINE_BREAK))
      .join('\n\n'),
  );
  return span && md.value ? { markdown: md, span } : undefined;
}

/** How long after a new analysis the card code is warmed, so the views and providers update first. */
const WARM_AFTER_MS = 300;

/**
 * The article hover: the card from the snapshot that matches the document's text. During an analysis
 * it waits for it (`analysedFor`) rather than showing nothing, and when VS Code cancels the request
 * (the mouse moved on, the editor closed) it stops waiting at once and answers nothing.
 */
export function articleHoverProvider(corpus: Pick<CorpusService, 'analysedFor'>, log: Pick<vscode.LogOutputChannel, 'info'>): vscode.HoverProvider {
  return {
    async provideHover(document, position, token) {
      const settings = readSettings(document);
      if (!settings.hover.enabled) return undefined;
      const started = performance.now();
      const ready = await corpus.analysedFor(document, token);
      if (!ready || token.isCancellationRequested) return undefined;
      const waited = performance.now() - started;
      const card = hoverMarkdown(ready.snapshot, ready.analysis.id, document.offsetAt(position), settings.hover.maxMatches);
      log.info(`hover at ${ready.analysis.id}:${position.line + 1}:${position.character + 1} answered in ${(performance.now() - started).toFixed(1)} ms (${waited.toFixed(1)} ms waiting for the analysis)`);
      if (!card) return undefined;
      return new vscode.Hover(card.markdown, new vscode.Range(document.positionAt(card.span.start), document.positionAt(card.span.end)));
    },
  };
}

export function registerHoverProvider(corpus: CorpusService, log: vscode.LogOutputChannel): vscode.Disposable {
  // The first card after an analysis paid for code the engine had not run yet and for the source
  // labels (about 15-100 ms on a busy machine, against ~1 ms after): one card of the active article
  // is built once the host is idle, so the reader's first hover does not pay for it.
  let warming: ReturnType<typeof setTimeout> | undefined;
  const warm = (snapshot: CorpusSnapshot): void => {
    if (warming) clearTimeout(warming);
    warming = setTimeout(() => {
      warming = undefined;
      const editor = vscode.window.activeTextEditor;
      const id = (editor && snapshot.documentByUri.get(editor.document.uri.toString())) ?? snapshot.lookup.report.documents[0]?.id;
      const claims = (id && snapshot.lookup.documentById.get(id)?.claims) || [];
      const claim = claims.find((c) => snapshot.lookup.matchesByClaim.has(c.id)) ?? claims[0];
      if (id && claim) hoverMarkdown(snapshot, id, claim.start, readSettings().hover.maxMatches);
    }, WARM_AFTER_MS);
  };
  return vscode.Disposable.from(
    { dispose: () => warming && clearTimeout(warming) },
    corpus.onDidChange(warm),
    vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE_ID }, articleHoverProvider(corpus, log)),
  );
}
