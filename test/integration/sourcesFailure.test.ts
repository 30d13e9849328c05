import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { analyzeArticle } from '../../src/core';
import { InProcessAnalyzer } from '../../src/node/inProcessAnalyzer';
import { CorpusService } from '../../src/vscode/corpusService';
import { SourcesTree } from '../../src/vscode/sourcesTree';
import { crossread, seedUri } from './helpers';

const FAILING_SEED = '002_7bee378135b823fb';

describe('An article the engine fails on, in a real extension host', function () {
  this.timeout(60_000);

  it('is marked failed in the Sources view and logged, while the other articles are analysed', async () => {
    await crossread().activate();
    // A corpus service of its own over the test workspace, with a pipeline that fails on one seed.
    const analyzer = new InProcessAnalyzer((input, id) => {
      if (id === FAILING_SEED) throw new Error('deliberate failure');
      return analyzeArticle(input, id);
    });
    const logged: string[] = [];
    const log = { info: () => undefined, debug: () => undefined, error: (message: string | Error) => void logged.push(String(message)) };
    const service = new CorpusService(analyzer, log);
    const tree = new SourcesTree(service);
    try {
      await service.start();
      const snapshot = await service.whenIdle();
      assert.ok(snapshot, 'an analysis of the corpus');
      assert.deepStrictEqual(
        snapshot.failures.map((f) => ({ id: f.id, uri: f.uri.toString(), message: f.message })),
        [{ id: FAILING_SEED, uri: seedUri(`${FAILING_SEED}.txt`).toString(), message: 'deliberate failure' }],
      );
      assert.deepStrictEqual(snapshot.lookup.report.failures, [{ id: FAILING_SEED, path: `seeds/${FAILING_SEED}.txt`, message: 'deliberate failure' }]);
      const documents = snapshot.lookup.report.documents.map((d) => d.id);
      assert.ok(!documents.includes(FAILING_SEED));
      for (const seed of ['000_7b9efc5fd5014763', '001_254354c1ab71cb35', '003_7bedc7d4400a312a', '004_d5bcf20939b0566d']) {
        assert.ok(documents.includes(seed), `${seed} is analysed`);
      }
      assert.deepStrictEqual(logged, [`could not analyse seeds/${FAILING_SEED}.txt: deliberate failure`]);

      const ids = tree.getChildren().map((node) => node.id);
      const failedAt = ids.indexOf(`source:${FAILING_SEED}`);
      assert.ok(failedAt > 0 && ids[failedAt - 1] === 'source:001_254354c1ab71cb35', `the failed article is in its place: ${ids.join(', ')}`);
      const { item } = tree.getChildren()[failedAt];
      assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'error', 'an error icon');
      assert.match(item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : (item.tooltip ?? ''), /could not analyse this article: deliberate failure/);
      assert.strictEqual(item.description, 'could not be analysed');
      assert.strictEqual(item.resourceUri?.toString(), seedUri(`${FAILING_SEED}.txt`).toString());
    } finally {
      tree.dispose();
      service.dispose();
    }
  });
});
