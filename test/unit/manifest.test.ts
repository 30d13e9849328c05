import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, CONTEXT_KEYS, TREE_ITEM_CONTEXTS, VIEW_CONTAINER_ID, VIEWS } from '../../src/vscode/constants';
import { CONFIGURATION_SECTION, WINDOW_SETTINGS, isSettingValue, SETTING_KEYS, settingType, type SettingKey } from '../../src/vscode/settingsSchema';

const root = path.resolve(__dirname, '../..');
interface ConfigurationProperty {
  type?: string | string[];
  items?: { type: string };
  enum?: string[];
  default?: unknown;
  markdownDescription?: string;
  description?: string;
  scope?: string;
  order?: number;
}
interface Manifest {
  name: string;
  displayName: string;
  engines: { vscode: string };
  activationEvents?: string[];
  devDependencies: Record<string, string>;
  contributes: {
    languages: { id: string; aliases: string[]; extensions?: string[]; filenamePatterns?: string[]; configuration?: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    commands: { command: string; title: string; category?: string }[];
    keybindings?: { command: string; key: string; mac?: string; when?: string }[];
    menus?: Record<string, { command: string; when?: string }[]>;
    viewsContainers?: { activitybar?: { id: string }[] };
    views?: Record<string, { id: string }[]>;
    viewsWelcome?: { view: string; when?: string }[];
    configuration?: { properties: Record<string, ConfigurationProperty> } | { properties: Record<string, ConfigurationProperty> }[];
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

function settings(): Record<string, ConfigurationProperty> {
  const configuration = manifest.contributes.configuration;
  if (!configuration) return {};
  return Object.assign({}, ...(Array.isArray(configuration) ? configuration : [configuration]).map((c) => c.properties)) as Record<string, ConfigurationProperty>;
}

/** Every TypeScript file under `dir`, with its path relative to the repository root. */
function sourceFiles(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(root, dir, f), 'utf8') }));
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();

function readmeSection(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(readme);
  assert.ok(match, `README has no ${name} table`);
  return match[1];
}

describe('the extension manifest', () => {
  it('is named crossread / Crossread and targets VS Code ^1.100.0 with matching API types', () => {
    assert.strictEqual(manifest.name, 'crossread');
    assert.strictEqual(manifest.displayName, 'Crossread');
    assert.strictEqual(manifest.engines.vscode, '^1.100.0');
    assert.match(manifest.devDependencies['@types/vscode'], /^\^?1\.100\./);
  });

  it('activates through the article language, its views, its commands, a workspace of articles, and after startup (never `*`)', () => {
    for (const event of manifest.activationEvents ?? []) {
      assert.match(event, /^(onLanguage:article|onView:crossread\.|onCommand:crossread\.|workspaceContains:|onStartupFinished$)/, event);
    }
    // Include globs a user sets are not in the manifest: after startup, activate looks for one file
    // they match (src/vscode/activation.ts, registerCorpusStart) and does nothing more when there is none.
    assert.ok(manifest.activationEvents?.includes('onStartupFinished'), 'onStartupFinished');
    // A workspace of articles shows its summary at once: every default include glob activates the extension.
    const include = settings()['crossread.corpus.include'].default as string[];
    for (const glob of include) assert.ok(manifest.activationEvents?.includes(`workspaceContains:${glob}`), `workspaceContains:${glob}`);
  });

  it('contributes the article language with its grammar and language configuration files', () => {
    const language = manifest.contributes.languages.find((l) => l.id === 'article');
    assert.ok(language);
    assert.strictEqual(language.aliases[0], 'News Article');
    assert.deepStrictEqual(language.extensions, ['.article']);
    for (const folder of ['seeds', 'articles', 'news']) {
      assert.ok(language.filenamePatterns?.some((p) => p.includes(`/${folder}/`) && p.endsWith('*.txt')), folder);
    }
    assert.ok(language.configuration && fs.existsSync(path.join(root, language.configuration)));
    const grammar = manifest.contributes.grammars.find((g) => g.language === 'article');
    assert.ok(grammar && fs.existsSync(path.join(root, grammar.path)));
    assert.strictEqual(grammar.scopeName, 'text.article');
  });

  it('documents every setting with a markdownDescription, a type and a default', () => {
    for (const [key, property] of Object.entries(settings())) {
      assert.ok(key.startsWith('crossread.'), key);
      assert.ok(property.markdownDescription, `${key} has no markdownDescription`);
      assert.ok(property.type, `${key} has no type`);
      assert.ok('default' in property, `${key} has no default`);
    }
  });

  it('contributes exactly the commands of COMMANDS (src/vscode/constants.ts)', () => {
    assert.deepStrictEqual(sorted(manifest.contributes.commands.map((c) => c.command)), sorted(Object.values(COMMANDS)));
  });

  it('contributes exactly the view container and the views of src/vscode/constants.ts', () => {
    assert.deepStrictEqual(manifest.contributes.viewsContainers?.activitybar?.map((c) => c.id), [VIEW_CONTAINER_ID]);
    assert.deepStrictEqual(Object.keys(manifest.contributes.views ?? {}), [VIEW_CONTAINER_ID]);
    assert.deepStrictEqual(sorted((manifest.contributes.views?.[VIEW_CONTAINER_ID] ?? []).map((v) => v.id)), sorted(Object.values(VIEWS)));
  });

  it('registers every command in the sources, each through COMMANDS', () => {
    const registered = sourceFiles('src').flatMap(({ text }) => [...text.matchAll(/registerCommand\(\s*COMMANDS\.(\w+)/g)].map((m) => m[1]));
    assert.deepStrictEqual(sorted(registered), sorted(Object.keys(COMMANDS)), 'each command is registered exactly once');
  });

  it('spells command, view and context key ids only in src/vscode/constants.ts', () => {
    const ids = [...Object.values(COMMANDS), ...Object.values(VIEWS), ...Object.values(CONTEXT_KEYS)];
    for (const { file, text } of sourceFiles('src')) {
      if (file === path.join('src', 'vscode', 'constants.ts')) continue;
      for (const id of ids) {
        // A string literal of the id, or of a longer id that starts with it (`crossread.events.focus`).
        // Comments may name ids in backquotes.
        assert.doesNotMatch(text, new RegExp(`['"]${id.replace(/\./g, '\\.')}(?![\\w])`), `${file} spells ${id}: use the constant`);
      }
    }
  });

  it('refers in menus, keybindings and welcome content only to its own commands, views and context keys', () => {
    const commands = new Set<string>(Object.values(COMMANDS));
    const known = new Set<string>([...commands, ...Object.values(VIEWS), ...Object.values(CONTEXT_KEYS), ...Object.values(TREE_ITEM_CONTEXTS)]);
    const { menus = {}, keybindings = [], viewsWelcome = [] } = manifest.contributes;
    const entries = [...Object.values(menus).flat(), ...keybindings];
    for (const entry of entries) assert.ok(commands.has(entry.command), entry.command);
    for (const welcome of viewsWelcome) assert.ok(known.has(welcome.view), welcome.view);
    const clauses = [...entries, ...viewsWelcome].map((e) => e.when ?? '');
    for (const id of clauses.flatMap((when) => when.match(/\bcrossread\.[\w.]+/g) ?? [])) assert.ok(known.has(id), `when clause names ${id}`);
  });

  it('contributes exactly the settings of CrossreadSettings (src/vscode/settingsSchema.ts)', () => {
    assert.deepStrictEqual(sorted(Object.keys(settings())), sorted(SETTING_KEYS.map((key) => `${CONFIGURATION_SECTION}.${key}`)));
  });

  it('declares each setting with the type, item type and enum that the code reads it as', () => {
    for (const key of SETTING_KEYS) {
      const property = settings()[`${CONFIGURATION_SECTION}.${key}`];
      const declared = settingType(key);
      assert.deepStrictEqual(
        { type: property.type, items: property.items, enum: property.enum },
        { type: declared.type, items: 'items' in declared ? declared.items : undefined, enum: 'enum' in declared ? declared.enum : undefined },
        key,
      );
    }
  });

  it('gives each setting a default of its declared type (the only copy of the defaults; config.ts falls back to it)', () => {
    for (const key of SETTING_KEYS) {
      assert.ok(isSettingValue(key, settings()[`${CONFIGURATION_SECTION}.${key}`].default), `${key}: default of the wrong type`);
    }
  });

  it("tells values of a setting's declared type from the rest (what a hand-edited settings.json may hold)", () => {
    const cases: [SettingKey, unknown, boolean][] = [
      ['highlights.claims', 'underline', true],
      ['highlights.claims', 'sideways', false],
      ['highlights.enabled', false, true],
      ['highlights.enabled', 'false', false],
      ['corpus.maxFiles', 10, true],
      ['corpus.maxFiles', Number.NaN, false],
      ['corpus.include', ['**/*.txt'], true],
      ['corpus.include', ['**/*.txt', 3], false],
      ['corpus.include', '**/*.txt', false],
    ];
    for (const [key, value, valid] of cases) assert.strictEqual(isSettingValue(key, value), valid, `${key} = ${JSON.stringify(value)}`);
  });

  it('keeps the setting defaults out of the code: config.ts reads every setting without a fallback value', () => {
    const config = fs.readFileSync(path.join(root, 'src/vscode/config.ts'), 'utf8');
    // `get(key, fallback)` would be a second copy of a package.json default.
    assert.doesNotMatch(config, /\.get(?:<[^>]*>)?\([^()]*,/, 'config.ts passes a fallback to get()');
  });

  it('lists every command and setting in the README tables, and nothing that does not exist', () => {
    const commandTable = readmeSection('commands');
    const listedCommands = [...commandTable.matchAll(/^\| `(crossread\.[\w.]+)`/gm)].map((m) => m[1]).sort();
    assert.deepStrictEqual(listedCommands, manifest.contributes.commands.map((c) => c.command).sort());
    for (const command of manifest.contributes.commands) {
      const title = `${command.category ? command.category + ': ' : ''}${command.title}`;
      assert.ok(commandTable.includes(title), `README shows the title "${title}"`);
    }
    const listedSettings = [...readmeSection('settings').matchAll(/^\| `(crossread\.[\w.]+)`/gm)].map((m) => m[1]).sort();
    assert.deepStrictEqual(listedSettings, Object.keys(settings()).sort());
  });

  it('gives every setting its scope (window for the corpus-wide ones the code reads without a resource) and an order', () => {
    const orders = new Set<number>();
    for (const key of SETTING_KEYS) {
      const property = settings()[`${CONFIGURATION_SECTION}.${key}`];
      assert.strictEqual(property.scope, WINDOW_SETTINGS.has(key) ? 'window' : 'resource', key);
      assert.ok(typeof property.order === 'number' && !orders.has(property.order), `${key}: a distinct order`);
      orders.add(property.order);
    }
    // The settings page opens on what readers change most: how sentences are marked.
    const first = SETTING_KEYS.reduce((a, b) => ((settings()[`${CONFIGURATION_SECTION}.${a}`].order ?? 0) <= (settings()[`${CONFIGURATION_SECTION}.${b}`].order ?? 0) ? a : b));
    assert.strictEqual(first, 'highlights.claims');
  });

  it('binds no key that is an AltGr character on European layouts (Ctrl+Alt with a letter, bracket or symbol)', () => {
    for (const binding of manifest.contributes.keybindings ?? []) {
      for (const key of [binding.key, binding.mac].filter((k): k is string => typeof k === 'string')) {
        for (const stroke of key.split(' ')) assert.doesNotMatch(stroke, /^(?=.*\bctrl\+)(?=.*\balt\+)/, `${binding.command}: ${key}`);
      }
    }
  });

  it("turns VS Code's occurrence highlight off in articles by default, so it does not stack on person highlights", () => {
    const defaults = (manifest.contributes as { configurationDefaults?: Record<string, Record<string, unknown>> }).configurationDefaults ?? {};
    assert.strictEqual(defaults['[article]']?.['editor.occurrencesHighlight'], 'off');
  });

  it('opens the README with the two set-up commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    assert.match(firstBlock, /npm ci && npm start/);
    assert.match(firstBlock, /npm ci && npm test/);
  });

  it('packages only the bundle, the grammar and the language configuration', () => {
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^\*\*$/m, 'everything is excluded by default');
    assert.doesNotMatch(ignore, /^!src|^!test/m);
  });
});
