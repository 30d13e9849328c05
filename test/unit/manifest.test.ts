import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
interface ConfigurationProperty {
  type?: string | string[];
  default?: unknown;
  markdownDescription?: string;
  description?: string;
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
    keybindings?: { command: string; key: string }[];
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

  it('activates only through the article language, its views and its commands (never on startup)', () => {
    for (const event of manifest.activationEvents ?? []) {
      assert.match(event, /^(onLanguage:article|onView:crossread\.|onCommand:crossread\.)/, event);
    }
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
