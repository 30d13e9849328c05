import * as vscode from 'vscode';
import { claimSupport, commandLinkArguments, compareWording, conflictLine, countOf, documentOfClaim, escapeCardMarkdown, spansAt, type ClaimMatch, type DocumentReport, type QuoteMention, type WordingToken } from '../core';
import { readSettings } from './config';
import { ARTICLE_LANGUAGE_ID, COMMANDS } from './constants';
import type { CorpusService, CorpusSnapshot } from './corpusService';

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

function sourceLabel(doc: DocumentReport | undefined): string {
  if (!doc) return '';
  const name = doc.source ?? doc.title ?? doc.id;
  return `${escapeCardMarkdown(name.length > 60 ? name.slice(0, 57) + '…' : name)}${doc.referenceDate.value ? ` · ${doc.referenceDate.value}` : ''}`;
}

/** A sentence with the words it shares with `other` in italics and the differing words in bold. */
export function emphasise(text: string, other: string, differing: readonly string[]): string {
  return emphasised(compareWording(text, other, differing));
}

/** Compared words as Markdown: shared in italics, differing in bold. */
function emphasised(tokens: readonly WordingToken[]): string {
  return tokens
    .map((t) => {
      const escaped = escapeCardMarkdown(t.text);
      if (t.differing) return `**${escaped}**`;
      if (t.shared) return `_${escaped}_`;
      return escaped;
    })
    .join('');
}

const RELATION_LABEL: Record<ClaimMatch['relation'], string> = {
  contradicts: '$(warning) contradicts',
  updates: '$(history) later report',
  agrees: '$(check) agrees',
  related: '$(link) related',
};

function claimCard(md: vscode.MarkdownString, snapshot: CorpusSnapshot, claimId: string, maxMatches: number): void {
  const { lookup } = snapshot;
  const claim = lookup.claimById.get(claimId);
  if (!claim) return;
  const total = lookup.report.documents.length;
  const support = claimSupport(lookup, claimId);
  const matches = lookup.matchesByClaim.get(claimId) ?? [];
  md.appendMarkdown(`**Crossread** · reported by ${support.sources + 1} of ${countOf(total, 'source')}`);
  if (support.contradicts) md.appendMarkdown(` · $(warning) ${countOf(support.contradicts, 'contradiction')}`);
  md.appendMarkdown('\n\n');
  if (!matches.length) {
    md.appendMarkdown('_Only this source reports this._\n\n');
    return;
  }
  for (const { match, other } of matches.slice(0, maxMatches)) {
    const otherClaim = lookup.claimById.get(other);
    if (!otherClaim) continue;
    const otherDoc = lookup.documentById.get(documentOfClaim(other));
    // The other side's words of each difference (contradictions and later reports carry them).
    const differing = (match.differences ?? []).map((d) => (match.a === other ? d.a.text : d.b.text));
    md.appendMarkdown(`${RELATION_LABEL[match.relation]} · ${sourceLabel(otherDoc)} · ${openLink(snapshot, documentOfClaim(other), otherClaim, 'open')}\n\n`);
    md.appendMarkdown(`> ${emphasise(otherClaim.text, claim.text, differing)}\n\n`);
    if (match.relation === 'contradicts' || match.relation === 'updates') md.appendMarkdown(`$(diff) ${escapeCardMarkdown(conflictLine(match, claimId, sourceLabel(otherDoc)))}\n\n`);
  }
  if (matches.length > maxMatches || matches.length > 1) {
    md.appendMarkdown(commandLink(`Show all ${matches.length} matching claims…`, COMMANDS.showClaimMatches, [claimId]) + '\n\n');
  }
}

function personCard(md: vscode.MarkdownString, snapshot: CorpusSnapshot, personId: string): void {
  const { lookup } = snapshot;
  const person = lookup.personById.get(personId);
  if (!person) return;
  md.appendMarkdown(`$(person) **${escapeCardMarkdown(person.name)}**`);
  if (person.aliases.length) md.appendMarkdown(` · also ${person.aliases.map(escapeCardMarkdown).join(', ')}`);
  md.appendMarkdown('\n\n');
  const roles = new Map<string, string[]>();
  for (const role of person.roles) roles.set(role.text, [...(roles.get(role.text) ?? []), role.document]);
  if (roles.size) {
    for (const [text, documents] of roles) {
      const sources = documents.map((d) => sourceLabel(lookup.documentById.get(d))).join('; ');
      md.appendMarkdown(`- ${escapeCardMarkdown(text)} — ${sources}\n`);
    }
    for (const conflict of person.roleConflicts ?? []) {
      md.appendMarkdown(`\n$(warning) Roles conflict: “${escapeCardMarkdown(conflict.a.text)}” vs “${escapeCardMarkdown(conflict.b.text)}” (${escapeCardMarkdown(conflict.reason)})\n`);
    }
    md.appendMarkdown('\n');
  }
  const mentions = lookup.mentionsByPerson.get(personId) ?? [];
  const perDocument = new Map<string, number>();
  for (const { document } of mentions) perDocument.set(document, (perDocument.get(document) ?? 0) + 1);
  md.appendMarkdown(`Mentioned ${countOf(mentions.length, 'time')} in ${countOf(perDocument.size, 'source')}: `);
  md.appendMarkdown([...perDocument].map(([d, n]) => `${sourceLabel(lookup.documentById.get(d))} (${n})`).join(', ') + '\n\n');
  const quotes = lookup.quotesBySpeaker.get(personId) ?? [];
  for (const { document, quote } of quotes.slice(0, 4)) {
    md.appendMarkdown(`> “${escapeCardMarkdown(quote.text)}” — ${sourceLabel(lookup.documentById.get(document))} ${openLink(snapshot, document, quote, 'open')}\n\n`);
  }
  if (quotes.length > 4) md.appendMarkdown(`_and ${countOf(quotes.length - 4, 'more quote')} in the People view_\n\n`);
}

function dateCard(md: vscode.MarkdownString, snapshot: CorpusSnapshot, documentId: string, start: number): void {
  const analysis = snapshot.articleById.get(documentId);
  const date = analysis?.dates.find((d) => d.start === start);
  if (!analysis || !date) return;
  md.appendMarkdown(`$(calendar) **${escapeCardMarkdown(date.text)}** → ${date.value ? `\`${date.value}\`` : '_not resolved_'} (${date.kind})\n\n`);
  if (date.resolution) md.appendMarkdown(`${escapeCardMarkdown(date.resolution)}\n\n`);
  const reference = analysis.referenceDate;
  md.appendMarkdown(
    reference.value
      ? `Article date: ${reference.value} (${reference.source === 'header' ? 'from the front matter' : 'inferred from the text'})\n\n`
      : 'The article date is unknown, so relative dates are left unresolved. Set it with **Crossread: Set Article Date**.\n\n',
  );
  if (date.value && date.kind !== 'duration') {
    const day = date.value.slice(0, 10);
    const sameDay = snapshot.lookup.report.events.filter((e) => e.date.value && (e.date.value.startsWith(day) || day.startsWith(e.date.value)));
    if (sameDay.length) {
      md.appendMarkdown(`Events on ${escapeCardMarkdown(day)}:\n`);
      for (const event of sameDay.slice(0, 5)) md.appendMarkdown(`- ${escapeCardMarkdown(event.label)}${event.date.value === day ? '' : ` (${event.date.value})`}\n`);
      md.appendMarkdown('\n');
    }
  }
}

function quoteCard(md: vscode.MarkdownString, snapshot: CorpusSnapshot, documentId: string, quote: QuoteMention): void {
  const { lookup } = snapshot;
  const speaker = quote.speaker ? (lookup.personById.get(quote.speaker)?.name ?? quote.speaker) : null;
  md.appendMarkdown(`$(quote) ${speaker ? `Said by **${escapeCardMarkdown(speaker)}**` : '_Speaker not identified_'}\n\n`);
  // The corpus stage matched the quotes (corpus/quotes): the card only reads its echoes.
  const documentIndex = lookup.report.documents.findIndex((d) => d.id === documentId);
  const quoteIndex = documentIndex < 0 ? -1 : lookup.report.documents[documentIndex].quotes.indexOf(quote);
  const echoes = quoteIndex < 0 ? [] : (snapshot.quoteEchoes[documentIndex]?.[quoteIndex] ?? []);
  if (!echoes.length) {
    md.appendMarkdown('_No other source quotes this._\n\n');
    return;
  }
  for (const echo of echoes) {
    const doc = lookup.report.documents[echo.document];
    const other = doc.quotes[echo.quote];
    const wording = echo.sameWording ? 'same wording' : 'different wording';
    md.appendMarkdown(`${sourceLabel(doc)} (${wording}) ${openLink(snapshot, doc.id, other, 'open')}\n\n`);
    md.appendMarkdown(`> “${emphasised(echo.wording)}”\n\n`);
  }
}

/** Builds the hover card at an offset from the snapshot alone (no analysis happens here). */
export function hoverMarkdown(snapshot: CorpusSnapshot, documentId: string, offset: number, maxMatches: number): { markdown: vscode.MarkdownString; span: { start: number; end: number } } | undefined {
  const at = spansAt(snapshot.lookup, documentId, offset);
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  let span: { start: number; end: number } | undefined;
  if (at.person) {
    personCard(md, snapshot, at.person.person);
    span = at.person;
  } else if (at.date) {
    dateCard(md, snapshot, documentId, at.date.start);
    span = at.date;
  } else if (at.quote) {
    quoteCard(md, snapshot, documentId, at.quote);
    span = at.quote;
  }
  if (at.claim) {
    if (span) md.appendMarkdown('\n---\n\n');
    claimCard(md, snapshot, at.claim.id, maxMatches);
    span ??= at.claim;
  }
  return span && md.value ? { markdown: md, span } : undefined;
}

export function registerHoverProvider(corpus: CorpusService, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: ARTICLE_LANGUAGE_ID },
    {
      provideHover(document, position, token) {
        const settings = readSettings(document);
        const snapshot = corpus.snapshot;
        const analysis = corpus.analysisFor(document);
        if (!settings.hover.enabled || !snapshot || !analysis || token.isCancellationRequested) return undefined;
        const started = performance.now();
        const card = hoverMarkdown(snapshot, analysis.id, document.offsetAt(position), settings.hover.maxMatches);
        log.trace(`hover at ${analysis.id}:${position.line + 1}:${position.character + 1} answered in ${(performance.now() - started).toFixed(2)} ms`);
        if (!card) return undefined;
        return new vscode.Hover(card.markdown, new vscode.Range(document.positionAt(card.span.start), document.positionAt(card.span.end)));
      },
    },
  );
}
