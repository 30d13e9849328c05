/**
 * Writes THIRD_PARTY_NOTICES.md: the licence notices of the third-party packages whose code the
 * shipped bundles contain, and of the packages the committed word lists are derived from. The MIT
 * licence (and most others) requires the notice to travel with every copy, so the .vsix ships the
 * file (see .vscodeignore) and `npm run package` regenerates it first.
 *
 *   npm run notices              write the file
 *   npm run notices -- --check   exit 1 when the committed file differs from what would be written
 *
 * Which packages are bundled is not written down by hand: esbuild bundles the shipped entry points
 * (the same ones and options as esbuild.mjs) with a metafile, and every input under
 * `node_modules/<package>/` names a package. A new dependency that reaches a bundle thus appears
 * here without anyone remembering it; test/unit/notices.test.ts fails until the file is regenerated.
 *
 * The output is deterministic (sorted, no dates) so that the committed file only changes when a
 * package, its version or its licence text does.
 */
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { engineOnFirstUse } from './engineOnFirstUse.mjs';
import { PINNED_COMPROMISE_VERSION } from './lexicon/generate';

const repoRoot = resolve(__dirname, '..');
export const NOTICES_FILE = join(repoRoot, 'THIRD_PARTY_NOTICES.md');

/**
 * The bundles that leave the repository, as esbuild.mjs builds them (keep the two in step;
 * test/unit/notices.test.ts checks that every entry point of esbuild.mjs is listed here). The
 * in-host test bundle is development-only and ships nowhere.
 */
export const SHIPPED_BUNDLES: readonly { readonly entryPoint: string; readonly outfile: string }[] = [
  { entryPoint: 'src/extension.ts', outfile: 'dist/extension.js' },
  { entryPoint: 'src/node/engine.ts', outfile: 'dist/engine.js' },
  { entryPoint: 'src/cli.ts', outfile: 'dist/cli.js' },
  { entryPoint: 'src/node/analysisWorker.ts', outfile: 'dist/analysisWorker.js' },
];

/**
 * Packages whose data, not code, ships: the committed lists were generated from them, so their
 * licence applies to the lists even though the bundles never import the package.
 */
export const DERIVED_DATA: readonly { readonly name: string; readonly version: string; readonly dataDir: string; readonly generator: string }[] = [
  {
    name: 'compromise',
    version: PINNED_COMPROMISE_VERSION,
    dataDir: 'src/core/lang/lexicon/generated/',
    generator: 'scripts/lexicon/generate.ts',
  },
];

/** One package of the notices, with what of it ships where. */
export interface NoticePackage {
  readonly name: string;
  readonly version: string;
  readonly licence: string;
  readonly homepage: string | undefined;
  readonly uses: readonly string[];
  readonly licenceFiles: readonly { readonly file: string; readonly text: string }[];
}

/** The package a metafile input belongs to: the innermost `node_modules/<name>` or `node_modules/@scope/<name>`, with its directory. */
export function packageOfInput(input: string): { name: string; dir: string } | undefined {
  const normalised = input.replace(/\\/g, '/');
  const m = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(normalised);
  if (!m) return undefined;
  // The greedy prefix makes this the innermost node_modules, so a nested copy of a package (another version) is read from its own directory.
  return { name: m[2], dir: m[1] + m[2] };
}

/** Bundles the shipped entry points in memory and returns, per bundle, the input files esbuild read (relative to the repository, '/'-separated). */
export async function bundleInputs(
  bundles: readonly { readonly entryPoint: string; readonly outfile: string }[] = SHIPPED_BUNDLES,
): Promise<Map<string, string[]>> {
  const inputs = new Map<string, string[]>();
  for (const bundle of bundles) {
    const result = await esbuild.build({
      // The options that decide which files are read, as in esbuild.mjs; nothing is written.
      absWorkingDir: repoRoot,
      entryPoints: [bundle.entryPoint],
      outfile: bundle.outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['vscode'],
      define: { CROSSREAD_VERSION: '"0.0.0"' },
      write: false,
      metafile: true,
      logLevel: 'silent',
      // The extension's bundle leaves the engine to dist/engine.js, as in esbuild.mjs.
      plugins: bundle.outfile === 'dist/extension.js' ? [engineOnFirstUse] : [],
    });
    inputs.set(bundle.outfile, Object.keys(result.metafile.inputs).map((i) => i.replace(/\\/g, '/')));
  }
  return inputs;
}

/** Per package directory, the bundles that contain its code. */
export function bundledPackages(inputs: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [outfile, files] of inputs) {
    for (const input of files) {
      const pkg = packageOfInput(input);
      if (!pkg) continue;
      const bundles = found.get(pkg.dir) ?? [];
      if (!bundles.includes(outfile)) bundles.push(outfile);
      found.set(pkg.dir, bundles);
    }
  }
  return found;
}

function shippedIn(bundles: readonly string[]): string {
  return [...bundles].sort().map((b) => `\`${b}\``).join(', ');
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** Reads name, version, licence and licence files of the package in `dir` (relative to the repository). */
export function readPackage(dir: string, uses: readonly string[]): NoticePackage {
  const abs = join(repoRoot, dir);
  const manifest = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8')) as {
    name?: string;
    version?: string;
    license?: string | { type?: string };
    homepage?: string;
    repository?: string | { url?: string };
  };
  const licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const licenceFiles = readdirSync(abs)
    .filter((f) => LICENCE_FILE.test(f))
    .sort()
    .map((file) => ({ file, text: normaliseText(readFileSync(join(abs, file), 'utf8')) }));
  if (licenceFiles.length === 0) {
    // A notice without the licence text does not satisfy MIT/BSD/Apache; better to stop than to ship it.
    throw new Error(`${dir}: no LICENSE/LICENCE/COPYING file; add its licence text by hand before shipping it`);
  }
  return {
    name: manifest.name ?? dir,
    version: manifest.version ?? 'unknown',
    licence,
    homepage: manifest.homepage ?? repository,
    uses,
    licenceFiles,
  };
}

function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

/** All packages of the notices, sorted by name then version; `inputs` is what `bundleInputs()` returns. */
export function collectNotices(inputs: ReadonlyMap<string, readonly string[]>): NoticePackage[] {
  const packages: NoticePackage[] = [];
  for (const [dir, bundles] of bundledPackages(inputs)) {
    packages.push(readPackage(dir, [`code bundled into ${shippedIn(bundles)}`]));
  }
  for (const data of DERIVED_DATA) {
    const bundles = [...inputs].filter(([, files]) => files.some((f) => f.startsWith(data.dataDir))).map(([outfile]) => outfile);
    // Data no bundle contains does not ship, so it needs no notice.
    if (bundles.length === 0) continue;
    const use = `word lists derived from it (\`${data.dataDir}\`, written by \`${data.generator}\`), bundled into ${shippedIn(bundles)}`;
    const pkg = readPackage(join('node_modules', data.name), [use]);
    if (pkg.version !== data.version) {
      // The lists come from the pinned version; a different installed copy would misstate their origin.
      throw new Error(`${data.name}: installed ${pkg.version}, but the lists come from ${data.version}; run npm ci`);
    }
    const same = packages.findIndex((p) => p.name === pkg.name && p.version === pkg.version);
    if (same >= 0) packages[same] = { ...packages[same], uses: [...packages[same].uses, use] };
    else packages.push(pkg);
  }
  return packages.sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}

/** The Markdown of THIRD_PARTY_NOTICES.md. */
export function renderNotices(packages: readonly NoticePackage[]): string {
  const out: string[] = [
    '# Third-party notices',
    '',
    'Crossread is MIT-licensed (see `LICENSE`). Its bundles and data contain material from the',
    'packages below, each under its own licence, reproduced here as those licences require.',
    '',
    'Generated by `npm run notices` (`scripts/notices.ts`); do not edit by hand.',
  ];
  for (const pkg of packages) {
    out.push('', `## ${pkg.name} ${pkg.version}`, '', `- Licence: ${pkg.licence}`);
    if (pkg.homepage) out.push(`- Source: ${pkg.homepage}`);
    for (const use of pkg.uses) out.push(`- Shipped: ${use}`);
    for (const { file, text } of pkg.licenceFiles) {
      // A fence longer than any backtick run inside the text, so the licence cannot close it early.
      const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      out.push('', `${file}:`, '', fence + 'text', text, fence);
    }
  }
  return out.join('\n') + '\n';
}

async function main(): Promise<void> {
  const text = renderNotices(collectNotices(await bundleInputs()));
  let current = '';
  try {
    current = readFileSync(NOTICES_FILE, 'utf8');
  } catch {
    // a missing file is stale
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`stale: ${NOTICES_FILE} (npm run notices)`);
      process.exitCode = 1;
    } else console.log('third-party notices up to date');
  } else if (current !== text) {
    writeFileSync(NOTICES_FILE, text);
    console.log(`wrote ${NOTICES_FILE}`);
  } else console.log('third-party notices up to date');
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
