import * as vscode from 'vscode';
import { affectsSetting, readSettings } from './config';
import { ARTICLE_LANGUAGE_ID } from './constants';
import type { CorpusService } from './corpusService';
import { speakerHints } from '../core';

/**
 * Resolved dates (`Thursday` → `2025-04-24`) and quote speakers (`— Yuri Ushakov` after “…,” he said) as inlay hints,
 * so `editor.inlayHints.enabled` (including "offUnlessPressed") governs them like any other hint.
 */
export function registerInlayHints(corpus: CorpusService): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    provideInlayHints(document, range, token) {
      const settings = readSettings(document);
      const snapshot = corpus.snapshot;
      const analysis = corpus.analysisFor(document);
      if (!snapshot || !analysis || token.isCancellationRequested) return [];
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      const hints: vscode.InlayHint[] = [];
      if (settings.inlayHints.dates) {
        for (const date of analysis.dates) {
          if (date.end < from || date.start > to || !date.value || date.kind === 'duration') continue;
          // Only where the text leaves the calendar value open: "March 13, 2025" or "February 2022"
          // already say it, while "Thursday" or "March 13" do not.
          if (date.text.includes(date.value.slice(0, 4))) continue;
          const hint = new vscode.InlayHint(document.positionAt(date.end), `→ ${date.value}`, vscode.InlayHintKind.Type);
          hint.paddingLeft = true;
          hint.tooltip = date.resolution ?? `Resolved against the article date ${analysis.referenceDate.value ?? ''}`;
          hints.push(hint);
        }
      }
      if (settings.inlayHints.speakers) {
        const doc = snapshot.lookup.documentById.get(analysis.id);
        const text = analysis.article.text;
        // Only where the reader cannot see the speaker from the quote (a pronoun, a continued
        // paragraph) and the attribution is close: see speakerHints.
        for (const { quote, at } of speakerHints(text, analysis.sentences, analysis.quotes, analysis.people.persons)) {
          if (quote.end < from || quote.start > to) continue;
          const reported = doc?.quotes.find((q) => q.start === quote.start && q.end === quote.end)?.speaker;
          if (!reported) continue;
          const name = snapshot.lookup.personById.get(reported)?.name ?? reported;
          const hint = new vscode.InlayHint(document.positionAt(at), `— ${name}`, vscode.InlayHintKind.Parameter);
          hint.paddingLeft = true;
          hint.tooltip = quote.attribution
            ? `Speaker of this quote: ${name} (from “${text.slice(quote.attribution.start, quote.attribution.end)}”)`
            : `Speaker of this quote: ${name}`;
          hints.push(hint);
        }
      }
      return hints;
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerInlayHintsProvider({ language: ARTICLE_LANGUAGE_ID }, provider),
    corpus.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSetting(event, 'inlayHints')) changed.fire();
    }),
  );
}
