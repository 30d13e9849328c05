import * as vscode from 'vscode';
import { claimSupport, type ArticleAnalysis } from '../core';
import { affectsSetting, readSettings } from './config';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import type { CrossreadSettings } from './settingsSchema';

/** How a claim stands against the other sources. */
export type ClaimStanding = 'corroborated' | 'contradicted' | 'unique';

export function claimStanding(snapshot: CorpusSnapshot, claimId: string): ClaimStanding {
  const support = claimSupport(snapshot.lookup, claimId);
  if (support.contradicts > 0) return 'contradicted';
  return support.agrees > 0 ? 'corroborated' : 'unique';
}

/** The ranges of each decoration kind for one editor, computed from the snapshot only. */
export interface DecorationRanges {
  people: vscode.Range[];
  dates: vscode.Range[];
  quotes: vscode.Range[];
  claims: Record<ClaimStanding, vscode.DecorationOptions[]>;
}

export function decorationRanges(
  document: vscode.TextDocument,
  analysis: ArticleAnalysis,
  snapshot: CorpusSnapshot,
  settings: CrossreadSettings,
): DecorationRanges {
  const cap = settings.highlights.maxPerEditor;
  const on = settings.highlights.enabled;
  const toRange = (span: { start: number; end: number }): vscode.Range => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const doc = snapshot.lookup.documentById.get(analysis.id);
  const ranges: DecorationRanges = { people: [], dates: [], quotes: [], claims: { corroborated: [], contradicted: [], unique: [] } };
  if (!on || !doc) return ranges;
  if (settings.highlights.people) ranges.people = doc.people.slice(0, cap).map(toRange);
  if (settings.highlights.dates) ranges.dates = doc.dates.slice(0, cap).map(toRange);
  if (settings.highlights.quotes) ranges.quotes = doc.quotes.slice(0, cap).map(toRange);
  if (settings.highlights.claims !== 'off') {
    for (const claim of doc.claims.slice(0, cap)) {
      const standing = claimStanding(snapshot, claim.id);
      // Gutter marks sit on the claim's first line; underlines run under the whole sentence.
      const range = settings.highlights.claims === 'gutter' ? toRange({ start: claim.start, end: claim.start }) : toRange(claim);
      ranges.claims[standing].push({ range });
    }
  }
  return ranges;
}

function gutterIcon(context: vscode.ExtensionContext, name: string): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(context.extensionUri, 'media', `${name}-light.svg`),
    dark: vscode.Uri.joinPath(context.extensionUri, 'media', `${name}-dark.svg`),
  };
}

/**
 * Highlights people, dates and quotes, and marks claims by how the other sources stand on them.
 * The decoration types are created once; each update calls `setDecorations` once per type.
 */
export function registerDecorations(context: vscode.ExtensionContext, corpus: CorpusService): vscode.Disposable {
  const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);
  const people = vscode.window.createTextEditorDecorationType({
    backgroundColor: color('crossread.personBackground'),
    borderRadius: '2px',
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  const dates = vscode.window.createTextEditorDecorationType({
    backgroundColor: color('crossread.dateBackground'),
    borderRadius: '2px',
  });
  const quotes = vscode.window.createTextEditorDecorationType({
    backgroundColor: color('crossread.quoteBackground'),
    fontStyle: 'italic',
  });
  const claimStyles: Record<ClaimStanding, string> = {
    corroborated: 'crossread.claimCorroboratedForeground',
    contradicted: 'crossread.claimContradictedForeground',
    unique: 'crossread.claimUniqueForeground',
  };
  const gutter = {} as Record<ClaimStanding, vscode.TextEditorDecorationType>;
  const underline = {} as Record<ClaimStanding, vscode.TextEditorDecorationType>;
  for (const standing of Object.keys(claimStyles) as ClaimStanding[]) {
    const icon = gutterIcon(context, `claim-${standing}`);
    gutter[standing] = vscode.window.createTextEditorDecorationType({
      gutterIconSize: '70%',
      light: { gutterIconPath: icon.light },
      dark: { gutterIconPath: icon.dark },
      overviewRulerColor: standing === 'contradicted' ? color(claimStyles[standing]) : undefined,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
    underline[standing] = claimUnderline(color(claimStyles[standing]), standing);
  }

  const apply = (editor: vscode.TextEditor): void => {
    const settings = readSettings(editor.document);
    const analysis = corpus.analysisFor(editor.document);
    const snapshot = corpus.snapshot;
    const ranges =
      analysis && snapshot
        ? decorationRanges(editor.document, analysis, snapshot, settings)
        : { people: [], dates: [], quotes: [], claims: { corroborated: [], contradicted: [], unique: [] } };
    editor.setDecorations(people, ranges.people);
    editor.setDecorations(dates, ranges.dates);
    editor.setDecorations(quotes, ranges.quotes);
    for (const standing of Object.keys(claimStyles) as ClaimStanding[]) {
      editor.setDecorations(gutter[standing], settings.highlights.claims === 'gutter' ? ranges.claims[standing] : []);
      editor.setDecorations(underline[standing], settings.highlights.claims === 'underline' ? ranges.claims[standing] : []);
    }
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
    // While typing, the last analysis no longer matches the text: clear, and repaint on the next analysis.
    vscode.workspace.onDidChangeTextDocument((event) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === event.document) apply(editor);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSetting(event, 'highlights')) applyAll();
    }),
  );
}

/**
 * The underline style for claims: a dotted bottom border, because `textDecoration` cannot take a
 * theme colour and borders can.
 */
function claimUnderline(colour: vscode.ThemeColor, standing: ClaimStanding): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    borderColor: colour,
    borderStyle: 'none none dotted none',
    borderWidth: standing === 'contradicted' ? '0 0 2px 0' : '0 0 1px 0',
    overviewRulerColor: standing === 'contradicted' ? colour : undefined,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
}
