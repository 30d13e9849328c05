import * as vscode from 'vscode';
import { affectsSetting, readSettings } from './config';
import { CountedEmitter } from './holdings';
import { ARTICLE_LANGUAGE_ID } from './constants';
import type { HostArticleAnalysis } from '../node/analysisProtocol';
import type { CorpusService } from './corpusService';
import { speakerHints } from '../core/view';
import type { CorpusSnapshot } from './corpusService';
import { shiftOffsetSpans } from './decorations';
import type { CrossreadSettings } from './settingsSchema';
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
 * An inlay hint as offsets: the text it speaks of runs from `start` to `end` (the date's words, or
 * the quote), and the hint stands at `end`. Kept per document and shifted through edits, so hints
 * stay in place while the reader types instead of vanishing until the next analysis.
 */
interface HintSpan {
  start: number;
  end: number;
  label: string;
  kind: vscode.InlayHintKind;
  tooltip: string;
}

/** Every hint of an analysed article, as offsets, in the order of the text. */
function hintSpans(analysis: HostArticleAnalysis, snapshot: CorpusSnapshot, settings: CrossreadSettings): HintSpan[] {
  const hints: HintSpan[] = [];
  const text = analysis.article.text;
  if (settings.inlayHints.dates) {
    for (const date of analysis.dates) {
      if (!date.value || date.kind === 'duration') continue;
      if (!dateLeftOpen(date.text, date.value)) continue;
      // After the whole word: "Today's" keeps its "'s" ("Today's → Fri 4 Apr 2025", not "Today → …'s").
      hints.push({
        start: date.start,
        end: wordEnd(text, date.end),
        label: `→ ${readableDate(date.value)}`,
        kind: vscode.InlayHintKind.Type,
        tooltip: date.resolution ?? `Counted from the article’s date, ${analysis.referenceDate.value ? readableDate(analysis.referenceDate.value) : 'unknown'}`,
      });
    }
  }
  if (settings.inlayHints.speakers) {
    const doc = snapshot.lookup.documentById.get(analysis.id);
    // Only where the reader cannot see the speaker from the quote (a pronoun, a continued
    // paragraph) and the attribution is close: see speakerHints.
    for (const { quote, at } of speakerHints(text, analysis.sentences, analysis.quotes, analysis.people.persons)) {
      const reported = doc?.quotes.find((q) => q.start === quote.start && q.end === quote.end)?.speaker;
      if (!reported) continue;
      const person = snapshot.lookup.personById.get(reported);
      const name = person?.name ?? reported;
      // No hint that repeats what is written next to it: the name (or a form of it) just after the quote.
      if (person && namedNearby(text, quote.end, at, [person.name, ...person.aliases])) continue;
      hints.push({
        start: quote.start,
        end: at,
        label: `— ${name}`,
        kind: vscode.InlayHintKind.Parameter,
        tooltip: quote.attribution ? `Speaker of this quote: ${name} (from “${text.slice(quote.attribution.start, quote.attribution.end)}”)` : `Speaker of this quote: ${name}`,
      });
    }
  }
  return hints.sort((x, y) => x.end - y.end);
}

/**
 * Resolved dates (`Thursday` → `Thu 24 Apr 2025`) and quote speakers (`— Yuri Ushakov` after “…,” he said) as inlay hints,
 * so `editor.inlayHints.enabled` (including "offUnlessPressed") governs them like any other hint.
 * While the last analysis is stale (the reader is typing), the last hints are shifted through the
 * edits and shown until the new analysis arrives.
 */
export function registerInlayHints(corpus: CorpusService): vscode.Disposable {
  const changed = new CountedEmitter<void>();
  // The hints each document last showed, as offsets into its current text (dropped when it closes).
  const kept = new Map<string, HintSpan[]>();
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    provideInlayHints(document, range, token) {
      if (token.isCancellationRequested) return [];
      const key = document.uri.toString();
      const snapshot = corpus.snapshot;
      const analysis = corpus.analysisFor(document);
      let spans: readonly HintSpan[];
      if (snapshot && analysis) {
        spans = hintSpans(analysis, snapshot, readSettings(document));
        kept.set(key, [...spans]);
      } else spans = kept.get(key) ?? [];
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      return spans
        .filter((span) => span.end >= from && span.start <= to)
        .map((span) => {
          const hint = new vscode.InlayHint(document.positionAt(span.end), span.label, span.kind);
          hint.paddingLeft = true;
          hint.tooltip = span.tooltip;
          return hint;
        });
    },
  };
  return vscode.Disposable.from(
    changed,
    { dispose: () => kept.clear() },
    vscode.languages.registerInlayHintsProvider({ language: ARTICLE_LANGUAGE_ID }, provider),
    corpus.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (!event.contentChanges.length) return;
      const key = event.document.uri.toString();
      const held = kept.get(key);
      if (held) kept.set(key, shiftOffsetSpans(held, event.contentChanges));
    }),
    vscode.workspace.onDidCloseTextDocument((document) => kept.delete(document.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSetting(event, 'inlayHints')) {
        kept.clear();
        changed.fire();
      }
    }),
  );
}
