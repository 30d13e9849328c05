import * as assert from 'node:assert/strict';
import { bundleInputs } from '../../scripts/notices';

// What VS Code loads at activation is dist/extension.js alone: the engine (its extractors, corpus
// stages, word tables and chrono-node) is dist/engine.js, loaded on first use (src/node/loadEngine.ts).
describe('what activation loads (dist/extension.js)', function () {
  this.timeout(30_000);
  let extension: string[] = [];
  let engine: string[] = [];
  before(async () => {
    const inputs = await bundleInputs([
      { entryPoint: 'src/extension.ts', outfile: 'dist/extension.js' },
      { entryPoint: 'src/node/engine.ts', outfile: 'dist/engine.js' },
    ]);
    extension = inputs.get('dist/extension.js') ?? [];
    engine = inputs.get('dist/engine.js') ?? [];
  });

  it('holds the adapters and the light part of the engine, not the extractors, corpus stages, word tables or chrono-node', () => {
    assert.ok(extension.includes('src/vscode/hover.ts') && extension.includes('src/core/report/render.ts'));
    const heavy = extension.filter((file) => /^src\/core\/(?:corpus|extract\/(?:people|dates|claims|facts|attribution)|lang\/lexicon\/generated\/commonWords)|chrono-node/.test(file));
    assert.deepEqual(heavy, []);
  });

  it('leaves them to dist/engine.js, which holds the in-process analyzer', () => {
    assert.ok(engine.includes('src/node/inProcessAnalyzer.ts'));
    assert.ok(engine.some((file) => file.includes('chrono-node')));
    assert.ok(engine.includes('src/core/corpus/index.ts'));
  });
});
