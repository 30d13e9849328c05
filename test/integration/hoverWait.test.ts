/**
 * A hover made while the article is being analysed (issue 12, "no dead hovers"): it waits for the
 * analysis with VS Code's cancellation token. Here the analysis is held back on purpose, so that
 * nothing races: a corpus service of the test's own, over the workspace's seeds, whose analyzer
 * answers only when the test lets it, and the extension's own hover provider on it.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { CorpusFile } from '../../src/core';
import type { AnalyzerOutcome, Cancellation, CorpusAnalyzer, HeldResult } from '../../src/node/corpusAnalyzer';
import { InProcessAnalyzer } from '../../src/node/inProcessAnalyzer';
import { CorpusService } from '../../src/vscode/corpusService';
import { listenerCounts } from '../../src/vscode/holdings';
import { articleHoverProvider } from '../../src/vscode/hover';
import { seedUri } from './helpers';

const SEED_002 = '002_7bee378135b823fb.txt';

/** The engine in process, each analysis held at its start until `release()`. */
class HeldAnalyzer implements CorpusAnalyzer {
  private readonly engine = new InProcessAnalyzer();
  private letGo!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.letGo = resolve));
  private entered!: () => void;
  /** Settles when the first analysis has started (and is being held). */
  readonly started = new Promise<void>((resolve) => (this.entered = resolve));
  calls = 0;

  async analyze(files: CorpusFile[], cancellation: Cancellation, held?: HeldResult | null): Promise<AnalyzerOutcome> {
    this.calls++;
    this.entered();
    await this.gate;
    return this.engine.analyze(files, cancellation, held);
  }

  release(): void {
    this.letGo();
  }

  dispose(): void {
    this.engine.dispose();
  }
}

/** Whether `promise` has settled after the turns of the event loop that are due have run. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

const hoverText = (hover: vscode.Hover | null | undefined): string => (hover?.contents ?? []).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');

describe('A hover made during an analysis (its analysis held back)', function () {
  this.timeout(60_000);
  const analyzer = new HeldAnalyzer();
  let service: CorpusService;
  let document: vscode.TextDocument;
  let position: vscode.Position;
  const provider = articleHoverProvider(
    { analysedFor: (d, t) => service.analysedFor(d, t) },
    { info: () => undefined },
  );

  before(async () => {
    document = await vscode.workspace.openTextDocument(seedUri(SEED_002));
    position = document.positionAt(document.getText().indexOf('fourth visit') + 2);
    service = new CorpusService(analyzer);
    void service.start();
    await analyzer.started;
  });
  after(() => {
    analyzer.release();
    service.dispose();
  });

  it('stops waiting at once when the request is cancelled, and holds no listener or waiter after it; an uncancelled one gets its card', async () => {
    const before = listenerCounts().requestSubscriptions;
    assert.strictEqual(service.snapshot, undefined, 'no analysis yet: it is held');

    // Cancelled before it is made (VS Code cancels requests it no longer wants): nothing, and nothing held.
    const alreadyCancelled = new vscode.CancellationTokenSource();
    alreadyCancelled.cancel();
    assert.strictEqual(await provider.provideHover(document, position, alreadyCancelled.token), undefined);
    assert.strictEqual(listenerCounts().requestSubscriptions, before);

    // Made, then cancelled while the analysis is still held (the mouse moved on).
    const moved = new vscode.CancellationTokenSource();
    const cancelledHover = Promise.resolve(provider.provideHover(document, position, moved.token));
    assert.strictEqual(service.requestsWaiting, 1, 'the request waits for the analysis');
    assert.strictEqual(listenerCounts().requestSubscriptions, before + 1, 'with one listener on its token');
    assert.strictEqual(await hasSettled(cancelledHover), false, 'it does not answer nothing while the analysis runs');
    moved.cancel();
    assert.strictEqual(service.requestsWaiting, 0, 'cancelling lets the request go at once');
    assert.strictEqual(listenerCounts().requestSubscriptions, before, 'and drops its listener on the token');
    // The analysis is still held: the request must have settled without it.
    assert.strictEqual(await hasSettled(cancelledHover), true, 'the cancelled request settles while the analysis is still held');
    assert.strictEqual(await cancelledHover, undefined, 'and answers nothing');
    assert.strictEqual(service.snapshot, undefined, 'the analysis has not finished');

    // Many requests cancelled in turn (the mouse crossing words) hold nothing either.
    for (let i = 0; i < 20; i++) {
      const source = new vscode.CancellationTokenSource();
      const hover = Promise.resolve(provider.provideHover(document, position, source.token));
      source.cancel();
      assert.strictEqual(await hover, undefined);
      source.dispose();
    }
    assert.deepStrictEqual([service.requestsWaiting, listenerCounts().requestSubscriptions], [0, before]);

    // A request that is not cancelled waits, and answers with the card once the analysis is let go.
    const resting = new vscode.CancellationTokenSource();
    const restingHover = Promise.resolve(provider.provideHover(document, position, resting.token));
    assert.strictEqual(await hasSettled(restingHover), false, 'it waits for the analysis');
    analyzer.release();
    const answered = await restingHover;
    assert.ok(answered, 'the card of the analysis it waited for');
    assert.match(hoverText(answered), /“\*\*(?:third|three times)\*\*”/, 'the verdict names what the other sources say');
    assert.ok(answered.range?.contains(position));
    assert.ok(service.snapshot, 'answered once the analysis was published');
    assert.deepStrictEqual([service.requestsWaiting, listenerCounts().requestSubscriptions], [0, before], 'nothing held after the answer');
    resting.dispose();
    moved.dispose();
    alreadyCancelled.dispose();
  });
});
