import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.join(__dirname, '..', '..', 'src', 'core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const p = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(p) : entry.name.endsWith('.ts') ? [p] : [];
  });
}

/** Source without its comments, where examples ("on Monday") are fine. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function codeOf(file: string): string {
  return withoutComments(fs.readFileSync(file, 'utf8'));
}

const VOCABULARIES: Record<string, readonly string[]> = {
  month: ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  'speech-verb': ['said', 'says', 'told', 'added', 'stated', 'declared', 'insisted', 'replied', 'tweeted', 'stressed'],
  title: ['president', 'minister', 'senator', 'governor', 'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'mayor', 'chairman'],
};

/** How many words of `vocabulary` the code names as whole words. */
function wordsNamed(code: string, vocabulary: readonly string[]): string[] {
  return vocabulary.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(code));
}

describe('engine layout', () => {
  const files = sourceFiles(CORE);
  const outsideLang = files.filter((f) => !path.relative(CORE, f).startsWith(`lang${path.sep}`));

  it('has no vocabulary list outside lang/: no module names four words of a month, weekday, speech-verb or title table', () => {
    const offenders: string[] = [];
    for (const file of outsideLang) {
      const code = codeOf(file);
      for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
        const named = wordsNamed(code, vocabulary);
        if (named.length >= 4) offenders.push(`${path.relative(CORE, file)}: ${name} list (${named.join(', ')})`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the check finds a list when there is one', () => {
    assert.equal(wordsNamed("const DAYS = ['monday', 'tuesday', 'friday', 'sunday'];", VOCABULARIES.weekday).length, 4);
    const commented = '/** said, says, told */\nconst x = 1; // and added are examples';
    assert.equal(wordsNamed(withoutComments(commented), VOCABULARIES['speech-verb']).length, 0, 'comments are not code');
    assert.equal(wordsNamed(commented, VOCABULARIES['speech-verb']).length, 4);
  });

  it('gives every stage folder an index.ts entry and uses camelCase file names', () => {
    for (const stage of ['extract', 'corpus']) {
      for (const entry of fs.readdirSync(path.join(CORE, stage), { withFileTypes: true })) {
        if (entry.isDirectory()) assert.ok(fs.existsSync(path.join(CORE, stage, entry.name, 'index.ts')), `${stage}/${entry.name} has an index.ts`);
      }
    }
    const badNames = files.map((f) => path.basename(f)).filter((name) => !/^[a-z][a-zA-Z0-9]*\.ts$/.test(name));
    assert.deepEqual(badNames, []);
  });

  it('has one word tokenizer: no module outside lang/ scans words with a letter-class regex of its own', () => {
    const tokenizers = outsideLang.filter((file) => /const\s+(?:WORD|TOKEN)\s*=\s*\//.test(codeOf(file))).map((f) => path.relative(CORE, f));
    assert.deepEqual(tokenizers, []);
  });
});
