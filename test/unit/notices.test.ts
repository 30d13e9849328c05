import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleInputs, collectNotices, NOTICES_FILE, renderNotices, SHIPPED_BUNDLES } from '../../scripts/notices';

const root = path.join(__dirname, '..', '..');

describe('third-party notices', () => {
  let inputs: Map<string, string[]>;
  before(async () => {
    inputs = await bundleInputs();
  });

  it('THIRD_PARTY_NOTICES.md is what the bundles contain now (npm run notices after adding or bumping a dependency)', () => {
    const expected = fs.readFileSync(NOTICES_FILE, 'utf8');
    assert.equal(renderNotices(collectNotices(inputs)), expected);
  });

  it('a package newly reaching a bundle makes the committed file stale', () => {
    // The guard above is only worth something if a new bundled package changes the output.
    const withExtra = new Map(inputs);
    withExtra.set('dist/cli.js', [...(inputs.get('dist/cli.js') ?? []), 'node_modules/mocha/index.js']);
    const text = renderNotices(collectNotices(withExtra));
    assert.match(text, /^## mocha /m);
    assert.notEqual(text, fs.readFileSync(NOTICES_FILE, 'utf8'));
  });

  it('covers every entry point esbuild.mjs ships', () => {
    const build = fs.readFileSync(path.join(root, 'esbuild.mjs'), 'utf8');
    const entries = [...build.matchAll(/entryPoints: \['([^']+)'\], outfile: '([^']+)'/g)].map((m) => `${m[1]} -> ${m[2]}`);
    assert.ok(entries.length > 0, 'esbuild.mjs still lists its bundles as `entryPoints: [...], outfile: ...`');
    assert.deepEqual(entries.sort(), SHIPPED_BUNDLES.map((b) => `${b.entryPoint} -> ${b.outfile}`).sort());
  });

  it('the .vsix ships the notices', () => {
    assert.match(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!THIRD_PARTY_NOTICES\.md$/m);
  });
});
