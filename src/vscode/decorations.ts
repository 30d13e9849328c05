import * as vscode from 'vscode';
import { claimSupport } from '../core/view';
import { affectsSetting, onDidToggleWindowHighlights, readSettings } from './config';
import type { HostArticleAnalysis } from '../node/analysisProtocol';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { countedDecorationType } from './holdings';
import type { CrossreadSettings } from './settingsSchema';

/** How a claim stands against the other sources. */
export type ClaimStanding = 'contradicted' | 'updated' | 'corroborated' | 'unique';

export function claimStanding(snapshot: CorpusSnapshot, claimId: string): ClaimStanding {
  const support = claimSupport(snapshot.lookup, claimId);
  if (support.contradicts > 0) return 'contradicted';
  if (support.updates > 0) return 'updated';
  return support.agrees > 0 ? 'corroborated' : 'unique';
}

/** Sentences marked at the default settings: only those another source disputes or moves on. */
export const QUIET_STANDINGS: ReadonlySet<ClaimStanding> = new Set(['contradicted', 'updated']);

const STANDINGS: readonly ClaimStanding[] = ['contradicted', 'updated', 'corroborated', 'unique'];

/** A span of the document's text, as offsets (what survives an edit by shifting). */
export interface OffsetSpan {
  start: number;
  end: number;
}

/** The spans of each decoration kind for one document, as offsets. */
export interface DecorationSpans {
  people: OffsetSpan[];
  dates: OffsetSpan[];
  quotes: OffsetSpan[];
  claims: Record<ClaimStanding, OffsetSpan[]>;
}

/** The ranges of each decoration kind for one editor, computed from the snapshot only. */
export interface DecorationRanges {
  people: vscode.Range[];
  dates: vscode.Range[];
  quotes: vscode.Range[];
  claims: Record<ClaimStanding, vscode.DecorationOptions[]>;
}

function emptySpans(): DecorationSpans {
  return { people: [], dates: [], quotes: [], claims: { contradicted: [], updated: [], corroborated: [], unique: [] } };
}

export function decorationSpans(analysis: HostArticleAnalysis, snapshot: CorpusSnapshot, settings: CrossreadSettings): DecorationSpans {
  const cap = settings.highlights.maxPerEditor;
  const doc = snapshot.lookup.documentById.get(analysis.id);
  const spans = emptySpans();
  if (!settings.highlights.enabled || !doc) return spans;
  const copy = (span: OffsetSpan): OffsetSpan => ({ start: span.start, end: span.end });
  if (settings.highlights.people) spans.people = doc.people.slice(0, cap).map(copy);
  if (settings.highlights.dates) spans.dates = doc.dates.slice(0, cap).map(copy);
  if (settings.highlights.quotes) spans.quotes = doc.quotes.slice(0, cap).map(copy);
  if (settings.highlights.claims !== 'off') {
    for (const claim of doc.claims) {
      const standing = claimStanding(snapshot, claim.id);
      if (!settings.highlights.allClaims && !QUIET_STANDINGS.has(standing)) continue;
      if (spans.claims[standing].length >= cap) continue;
      spans.claims[standing].push(copy(claim));
    }
  }
  return spans;
}

/**
 * Spans after an edit: spans after a change move with the text, spans a change touches are dropped
 * (their words changed, so what was said of them may no longer hold). Changes of one event are
 * relative to the text before it, so they are applied from the last to the first. Whatever else a
 * span carries (an inlay hint's label) is kept.
 */
export function shiftOffsetSpans<T extends OffsetSpan>(list: readonly T[], changes: readonly { rangeOffset: number; rangeLength: number; text: string }[]): T[] {
  const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  let out = [...list];
  for (const change of ordered) {
    const end = change.rangeOffset + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    out = out.flatMap((span) => {
      if (span.end <= change.rangeOffset) return [span];
      if (span.start >= end) return [{ ...span, start: span.start + delta, end: span.end + delta }];
      return [];
    });
  }
  return out;
}

/** The decoration spans after an edit (see shiftOffsetSpans). */
export function shiftSpans(spans: DecorationSpans, changes: readonly { rangeOffset: number; rangeLength: number; text: string }[]): DecorationSpans {
  const shift = (list: readonly OffsetSpan[]): OffsetSpan[] => shiftOffsetSpans(list, changes);
  const claims = {} as Record<ClaimStanding, OffsetSpan[]>;
  for (const standing of STANDINGS) claims[standing] = shift(spans.claims[standing]);
  return { people: shift(spans.people), dates: shift(spans.dates), quotes: shift(spans.quotes), claims };
}

/** Offsets as editor ranges; claims marked in the gutter sit on their first line, underlined ones run under the sentence. */
function toRanges(document: vscode.TextDocument, spans: DecorationSpans, claimMode: CrossreadSettings['highlights']['claims']): DecorationRanges {
  const toRange = (span: OffsetSpan): vscode.Range => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const claims = {} as Record<ClaimStanding, vscode.DecorationOptions[]>;
  for (const standing of STANDINGS) {
    claims[standing] = spans.claims[standing].map((span) => ({ range: claimMode === 'gutter' ? toRange({ start: span.start, end: span.start }) : toRange(span) }));
  }
  return { people: spans.people.map(toRange), dates: spans.dates.map(toRange), quotes: spans.quotes.map(toRange), claims };
}

export function decorationRanges(document: vscode.TextDocument, analysis: HostArticleAnalysis, snapshot: CorpusSnapshot, settings: CrossreadSettings): DecorationRanges {
  return toRanges(document, decorationSpans(analysis, snapshot, settings), settings.highlights.claims);
}

function gutterIcon(context: vscode.ExtensionContext, name: string): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(context.extensionUri, 'media', `${name}-light.svg`),
    dark: vscode.Uri.joinPath(context.extensionUri, 'media', `${name}-dark.svg`),
  };
}

/** What the highlights hold, for the stability tests (issue 13): nothing may grow with documents opened and closed. */
export interface DecorationHoldings {
  /** Documents whose marks are kept (as offsets) between analyses. */
  keptDocuments: number;
  /** Documents whose last painted ranges are remembered. */
  paintedDocuments: number;
  /** Ranges painted in the editors now visible. */
  paintedRanges: number;
}

let currentHoldings = (): DecorationHoldings => ({ keptDocuments: 0, paintedDocuments: 0, paintedRanges: 0 });

export function decorationHoldings(): DecorationHoldings {
  return currentHoldings();
}

/**
 * Highlights people, dates and quotes, and marks claims by how the other sources stand on them.
 * The decoration types are created once; each update calls `setDecorations` once per type.
 */
export function registerDecorations(context: vscode.ExtensionContext, corpus: CorpusService): vscode.Disposable {
  const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);
  const people = countedDecorationType({
    backgroundColor: color('crossread.personBackground'),
    borderRadius: '2px',
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  const dates = countedDecorationType({
    backgroundColor: color('crossread.dateBackground'),
    borderRadius: '2px',
  });
  const quotes = countedDecorationType({
    backgroundColor: color('crossread.quoteBackground'),
    fontStyle: 'italic',
  });
  const claimStyles: Record<ClaimStanding, string> = {
    contradicted: 'crossread.claimContradictedForeground',
    updated: 'crossread.claimUpdatedForeground',
    corroborated: 'crossread.claimCorroboratedForeground',
    unique: 'crossread.claimUniqueForeground',
  };
  const gutter = {} as Record<ClaimStanding, vscode.TextEditorDecorationType>;
  const underline = {} as Record<ClaimStanding, vscode.TextEditorDecorationType>;
  for (const standing of STANDINGS) {
    const icon = gutterIcon(context, `claim-${standing}`);
    const ruler = QUIET_STANDINGS.has(standing) ? color(claimStyles[standing]) : undefined;
    gutter[standing] = countedDecorationType({
      gutterIconSize: '70%',
      light: { gutterIconPath: icon.light },
      dark: { gutterIconPath: icon.dark },
      overviewRulerColor: ruler,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
    underline[standing] = claimUnderline(color(claimStyles[standing]), standing);
  }

  // What each article shows, as offsets: kept through edits until the next analysis replaces it,
  // so highlights move with the text instead of vanishing while the reader types.
  const shown = new Map<string, DecorationSpans>();
  // How many ranges each document's editors were last given (only counted, for decorationHoldings).
  const painted = new Map<string, number>();
  currentHoldings = () => ({
    keptDocuments: shown.size,
    paintedDocuments: painted.size,
    paintedRanges: vscode.window.visibleTextEditors.reduce((sum, editor) => sum + (painted.get(editor.document.uri.toString()) ?? 0), 0),
  });
  const paint = (editor: vscode.TextEditor, spans: DecorationSpans): void => {
    const settings = readSettings(editor.document);
    const ranges = toRanges(editor.document, spans, settings.highlights.claims);
    const claimRanges = settings.highlights.claims === 'off' ? 0 : STANDINGS.reduce((sum, standing) => sum + ranges.claims[standing].length, 0);
    painted.set(editor.document.uri.toString(), ranges.people.length + ranges.dates.length + ranges.quotes.length + claimRanges);
    editor.setDecorations(people, ranges.people);
    editor.setDecorations(dates, ranges.dates);
    editor.setDecorations(quotes, ranges.quotes);
    for (const standing of STANDINGS) {
      editor.setDecorations(gutter[standing], settings.highlights.claims === 'gutter' ? ranges.claims[standing] : []);
      editor.setDecorations(underline[standing], settings.highlights.claims === 'underline' ? ranges.claims[standing] : []);
    }
  };
  const apply = (editor: vscode.TextEditor): void => {
    const key = editor.document.uri.toString();
    const analysis = corpus.analysisFor(editor.document);
    const snapshot = corpus.snapshot;
    let spans: DecorationSpans;
    if (analysis && snapshot) {
      spans = decorationSpans(analysis, snapshot, readSettings(editor.document));
      shown.set(key, spans);
    } else spans = shown.get(key) ?? emptySpans();
    paint(editor, spans);
  };
  const applyAll = (): void => vscode.window.visibleTextEditors.forEach(apply);

  applyAll();
  return vscode.Disposable.from(
    people,
    dates,
    quotes,
    ...Object.values(gutter),
    ...Object.values(underline),
    corpus.onDidChange(applyAll),
    vscode.window.onDidChangeVisibleTextEditors(applyAll),
    // While typing, the last analysis no longer matches the text: its marks move with the edits
    // (VS Code moves decorations too, but this keeps them when an editor is shown again).
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (!event.contentChanges.length) return;
      const key = event.document.uri.toString();
      const held = shown.get(key);
      if (!held) return;
      const moved = shiftSpans(held, event.contentChanges);
      shown.set(key, moved);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      shown.delete(document.uri.toString());
      painted.delete(document.uri.toString());
    }),
    onDidToggleWindowHighlights(() => {
      shown.clear();
      applyAll();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSetting(event, 'highlights')) {
        shown.clear();
        applyAll();
      }
    }),
  );
}

/**
 * The underline style for claims: a dotted bottom border, because `textDecoration` cannot take a
 * theme colour and borders can.
 */
function claimUnderline(colour: vscode.ThemeColor, standing: ClaimStanding): vscode.TextEditorDecorationType {
  return countedDecorationType({
    borderColor: colour,
    borderStyle: 'none none dotted none',
    borderWidth: QUIET_STANDINGS.has(standing) ? '0 0 2px 0' : '0 0 1px 0',
    overviewRulerColor: QUIET_STANDINGS.has(standing) ? colour : undefined,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
}
