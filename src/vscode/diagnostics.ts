import * as vscode from 'vscode';
import { conflictLine, countOf, documentOfClaim, independentSourceCount, partitionPoint } from '../core/view';
import { runInSlices } from '../node/eventLoop';
import { affectsSetting, readSettings } from './config';
import type { CorpusService, CorpusSnapshot } from './corpusService';
import { labelOf } from './sourceLabels';
import type { CrossreadSettings } from './settingsSchema';

const SEVERITY: Record<CrossreadSettings['problems']['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Line starts of a text, for turning offsets into positions without opening the document. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line/character of an offset (the same as `TextDocument.positionAt`), by binary search over line starts. */
export function positionInText(starts: readonly number[], offset: number): vscode.Position {
  const line = Math.max(0, partitionPoint(starts, (start) => start <= offset) - 1);
  return new vscode.Position(line, offset - starts[line]);
}

/**
 * Contradicted claims of every article, with related information pointing at the contradicting
 * sentences: yielded article by article (uri and its diagnostics), so that a caller can spread a
 * large corpus over several turns of the event loop.
 */
export function* contradictionDiagnostics(snapshot: CorpusSnapshot, settings: CrossreadSettings): Generator<[vscode.Uri, vscode.Diagnostic[]]> {
  const { lookup } = snapshot;
  const startsOf = new Map<string, number[]>();
  const rangeIn = (documentId: string, span: { start: number; end: number }): vscode.Range | undefined => {
    let starts = startsOf.get(documentId);
    if (!starts) {
      const text = snapshot.articleById.get(documentId)?.article.text;
      if (text === undefined) return undefined;
      starts = lineStarts(text);
      startsOf.set(documentId, starts);
    }
    return new vscode.Range(positionInText(starts, span.start), positionInText(starts, span.end));
  };
  for (const doc of lookup.report.documents) {
    const uri = snapshot.uriByDocument.get(doc.id);
    if (!uri) continue;
    const diagnostics: vscode.Diagnostic[] = [];
    for (const claim of doc.claims) {
      if (!lookup.contradictedClaims.has(claim.id)) continue;
      const contradictions = (lookup.matchesByClaim.get(claim.id) ?? []).filter((m) => m.match.relation === 'contradicts');
      if (!contradictions.length) continue;
      const [first] = contradictions;
      // Only the differing words the message names (this side of the first contradiction), not the
      // whole sentence: VS Code's problem hover then shows over those words only, and the rest of the
      // sentence shows Crossread's card alone. A contradiction without named words marks the sentence.
      const mine = first.match.a === claim.id ? 'a' : 'b';
      const differing = (first.match.differences ?? []).map((d) => d[mine]).filter((s) => s.start >= claim.start && s.end <= claim.end && s.start < s.end);
      const range = rangeIn(doc.id, differing.length ? { start: Math.min(...differing.map((s) => s.start)), end: Math.max(...differing.map((s) => s.end)) } : claim);
      if (!range) continue;
      const sourceOf = (other: string): string => labelOf(snapshot, documentOfClaim(other));
      // One short line that leads with the conflict: `age "29" here — "30" in Example Daily`.
      // Other sources, not other sentences: a reprint of a story already counted is not one more.
      const sources = independentSourceCount(lookup, contradictions.map(({ other }) => documentOfClaim(other)));
      const more = sources > 1 ? ` (+${countOf(sources - 1, 'other source')})` : '';
      const diagnostic = new vscode.Diagnostic(range, `${conflictLine(first.match, claim.id, sourceOf(first.other))}${more}`, SEVERITY[settings.problems.severity]);
      diagnostic.source = 'Crossread';
      diagnostic.code = 'contradiction';
      diagnostic.relatedInformation = contradictions.flatMap(({ match, other }) => {
        const otherClaim = lookup.claimById.get(other);
        const otherUri = snapshot.uriByDocument.get(documentOfClaim(other));
        const otherRange = otherClaim && rangeIn(documentOfClaim(other), otherClaim);
        // Only where to look and the other side's words: the message above states the conflict, and
        // VS Code's problem hover, shown above Crossread's card, lists these too, so they stay one short line each.
        const theirs = match.differences?.[0]?.[match.a === other ? 'a' : 'b'].text;
        return otherClaim && otherUri && otherRange ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(otherUri, otherRange), `${sourceOf(other)}${theirs ? `: "${theirs}"` : ''}`)] : [];
      });
      diagnostics.push(diagnostic);
    }
    if (diagnostics.length) yield [uri, diagnostics];
  }
}

/** The keyboard and screen-reader path to the contradictions: the Problems panel. */
export function registerDiagnostics(corpus: CorpusService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('crossread');
  // The update under way: a newer one (a new analysis, a changed setting) stops it.
  let running: { cancelled: boolean } | undefined;
  const update = (): void => {
    if (running) running.cancelled = true;
    running = undefined;
    collection.clear();
    const settings = readSettings();
    const snapshot = corpus.snapshot;
    if (!snapshot || !settings.problems.enabled) return;
    // A few milliseconds of articles per turn: a corpus of thousands is not built and sent to the
    // Problems panel in one block.
    const job = { cancelled: false };
    running = job;
    function* setEach(current: CorpusSnapshot): Generator<void, void> {
      for (const [uri, diagnostics] of contradictionDiagnostics(current, settings)) {
        collection.set(uri, diagnostics);
        yield;
      }
    }
    corpus.trackViewWork(
      runInSlices(setEach(snapshot), { cancelled: () => job.cancelled }).then(() => {
        if (running === job) running = undefined;
      }),
    );
  };
  update();
  return vscode.Disposable.from(
    {
      dispose: () => {
        if (running) running.cancelled = true;
      },
    },
    collection,
    corpus.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSetting(event, 'problems') || affectsSetting(event, 'sources')) update();
    }),
  );
}
