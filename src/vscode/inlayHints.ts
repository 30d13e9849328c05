import * as vscode from 'vscode';
import { affectsSetting, readSettings } from './config';
import { CountedEmitter } from './holdings';
import { ARTICLE_LANGUAGE_ID } from './constants';
import type { CorpusService } from './corpusService';
import { speakerHints } from '../core/view';
import { dateLeftOpen, readableDate } from './dateText';


/** The end of the word `offset` is in (letters, digits, apostrophes), so a hint never splits a word. */
export function wordEnd(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && /[\p{L}\p{N}'’]/u.test(text[at])) at++;
  return at;
}

/** Whether a form of the speaker's name is written between the quote's end and a little after the hint's place. */
function namedNearby(text: string, quoteEnd: number, hintAt: number, names: readonly string[]): boolean {
  const around = text.slice(Math.max(0, quoteEnd - 1), Math.min(text.length, hintAt + 40));
  const lastNames = names.map((name) => name.split(/\s+/).pop() ?? name).filter((word) => word.length > 1);
  return lastNames.some((word) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(around));
}

/**
 * Resolved dates (`Thursday` → `Thu 24 Apr 2025`) and quote speakers (`— Yuri Ushakov` after “…,” he said) as inlay hints,
 * so `editor.inlayHints.enabled` (including "offUnlessPressed") governs them like any other hint.
 */
export function registerInlayHints(corpus: CorpusService): vscode.Disposable {
  const changed = new CountedEmitter<void>();
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
        const text = analysis.article.text;
        for (const date of analysis.dates) {
          if (date.end < from || date.start > to || !date.value || date.kind === 'duration') continue;
          if (!dateLeftOpen(date.text, date.value)) continue;
          // After the whole word: "Today's" keeps its "'s" ("Today's → Fri 4 Apr 2025", not "Today → …'s").
          const at = wordEnd(text, date.end);
          const hint = new vscode.InlayHint(document.positionAt(at), `→ ${readableDate(date.value)}`, vscode.InlayHintKind.Type);
          hint.paddingLeft = true;
          hint.tooltip = date.resolution ?? `Counted from the article’s date, ${analysis.referenceDate.value ? readableDate(analysis.referenceDate.value) : 'unknown'}`;
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
          const person = snapshot.lookup.personById.get(reported);
          const name = person?.name ?? reported;
          // No hint that repeats what is written next to it: the name (or a form of it) just after the quote.
          if (person && namedNearby(text, quote.end, at, [person.name, ...person.aliases])) continue;
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
