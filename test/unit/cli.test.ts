import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { main } from '../../src/cli';
import { analyzeArticle, analyzeCorpus, type ArticlePipeline, type Report } from '../../src/core';

const root = path.resolve(__dirname, '../..');

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

async function run(args: string[], cwd = root, pipeline: ArticlePipeline = analyzeArticle): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, cwd }, pipeline);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('crossread analyze', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-cli-'));
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('prints a valid JSON report with the five seeds, ids from file names and relative paths', async () => {
    const result = await run(['analyze', 'seeds', '--format', 'json']);
    assert.strictEqual(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as Report;
    assert.strictEqual(report.version, 1);
    assert.strictEqual(report.documents.length, 5);
    assert.deepStrictEqual(
      report.documents.map((d) => d.path),
      fs.readdirSync(path.join(root, 'seeds')).sort().map((f) => `seeds/${f}`),
    );
    assert.strictEqual(report.documents[0].id, '000_7b9efc5fd5014763');
    for (const key of ['people', 'matches', 'events'] as const) assert.ok(Array.isArray(report[key]), key);
    assert.ok(!('failures' in report), 'a report without failures has no failures field');
  });

  it('takes title, source and reference date from the front matter', async () => {
    const file = path.join(scratch, 'story.article');
    fs.writeFileSync(file, '---\ntitle: Envoy meets leader\nsource: Example Daily\ndate: 2025-04-25\nurl: https://example.org/x\n---\nEnvoy meets leader\nThe envoy met the leader on Thursday.\n');
    const result = await run(['analyze', 'story.article', '--format=json'], scratch);
    assert.strictEqual(result.code, 0, result.stderr);
    const [doc] = (JSON.parse(result.stdout) as Report).documents;
    assert.strictEqual(doc.id, 'story');
    assert.strictEqual(doc.path, 'story.article');
    assert.strictEqual(doc.title, 'Envoy meets leader');
    assert.strictEqual(doc.source, 'Example Daily');
    assert.deepStrictEqual(doc.referenceDate, { value: '2025-04-25', source: 'header' });
  });

  it('never invents a reference date: an undated article without dates in its text has none', async () => {
    fs.writeFileSync(path.join(scratch, 'undated.txt'), 'Talks went on.\nNobody said when.\n');
    const result = await run(['analyze', 'undated.txt', '--format', 'json'], scratch);
    const [doc] = (JSON.parse(result.stdout) as Report).documents;
    assert.deepStrictEqual(doc.referenceDate, { value: null, source: 'none' });
  });

  it('reports missing, binary and non-UTF-8 inputs by name with exit 1, and still analyses the rest', async () => {
    fs.writeFileSync(path.join(scratch, 'good.txt'), 'The minister spoke on Monday.\n');
    fs.writeFileSync(path.join(scratch, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(scratch, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const result = await run(['analyze', '.', 'missing.txt', '--format', 'json'], scratch);
    assert.strictEqual(result.code, 1);
    assert.match(result.stderr, /cannot read missing\.txt: no such file or folder/);
    assert.match(result.stderr, /cannot read image\.txt: .*binary/);
    assert.match(result.stderr, /cannot read latin1\.txt: .*not valid UTF-8/);
    const report = JSON.parse(result.stdout) as Report;
    assert.deepStrictEqual(report.documents.map((d) => d.id), ['good']);
  });

  /** The engine, except that it throws on articles whose text says "BOOM". */
  const failingOnBoom: ArticlePipeline = (input, id) => {
    if (input.text.includes('BOOM')) throw new Error('the engine tripped');
    return analyzeArticle(input, id);
  };

  it('names an article the engine fails on, with exit 4, and still analyses and reports the rest', async () => {
    fs.writeFileSync(path.join(scratch, 'a.txt'), 'The minister spoke on Monday.\n');
    fs.writeFileSync(path.join(scratch, 'b.txt'), 'BOOM went the story.\n');
    fs.writeFileSync(path.join(scratch, 'c.txt'), 'The envoy met the leader on Thursday.\n');
    const result = await run(['analyze', '.', '--format', 'json'], scratch, failingOnBoom);
    assert.strictEqual(result.code, 4);
    assert.strictEqual(result.stderr, 'crossread: could not analyse b.txt: the engine tripped\n');
    const { failures, ...rest } = JSON.parse(result.stdout) as Report;
    assert.deepStrictEqual(failures, [{ id: 'b', path: 'b.txt', message: 'the engine tripped' }]);
    const others = ['a.txt', 'c.txt'].map((name) => ({ path: name, text: fs.readFileSync(path.join(scratch, name), 'utf8') }));
    assert.deepStrictEqual(rest, JSON.parse(JSON.stringify(analyzeCorpus(others))), 'the others are reported as if the failed one were not there');
  });

  it('exits 1 when an input is unreadable and an article fails as well, naming both', async () => {
    fs.writeFileSync(path.join(scratch, 'b.txt'), 'BOOM went the story.\n');
    const result = await run(['analyze', 'b.txt', 'missing.txt'], scratch, failingOnBoom);
    assert.strictEqual(result.code, 1);
    assert.match(result.stderr, /cannot read missing\.txt: no such file or folder/);
    assert.match(result.stderr, /could not analyse b\.txt: the engine tripped/);
  });

  it('documents exit 4 in --help', async () => {
    assert.match((await run(['--help'])).stdout, /4 an article could not be analysed/);
  });

  it('strips a UTF-8 byte-order mark so that offsets match the editor', async () => {
    fs.writeFileSync(path.join(scratch, 'bom.txt'), '\uFEFF---\ntitle: With a BOM\n---\nBody.\n');
    const [doc] = (JSON.parse((await run(['analyze', 'bom.txt', '-f', 'json'], scratch)).stdout) as Report).documents;
    assert.strictEqual(doc.title, 'With a BOM');
  });

  it('gives unique ids to files that share a name in different folders', async () => {
    for (const dir of ['a', 'b']) {
      fs.mkdirSync(path.join(scratch, dir));
      fs.writeFileSync(path.join(scratch, dir, 'story.txt'), `Story from ${dir}.\n`);
    }
    const report = JSON.parse((await run(['analyze', '.', '--format', 'json'], scratch)).stdout) as Report;
    assert.deepStrictEqual(report.documents.map((d) => d.id), ['story', 'story-2']);
  });

  it('says why when a folder holds no articles', async () => {
    fs.writeFileSync(path.join(scratch, 'data.csv'), 'a,b\n');
    const result = await run(['analyze', '.'], scratch);
    assert.strictEqual(result.code, 1);
    assert.match(result.stderr, /no article files \(\*\.txt, \*\.article\)/);
  });

  it('rejects wrong usage with exit 2 and the usage text', async () => {
    for (const args of [[], ['analyse', 'seeds'], ['analyze'], ['analyze', 'seeds', '--format', 'xml'], ['analyze', 'seeds', '--frobnicate']]) {
      const result = await run(args);
      assert.strictEqual(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Usage: crossread analyze/);
    }
  });

  it('prints a text summary by default and Markdown on request', async () => {
    const text = await run(['analyze', 'seeds']);
    assert.strictEqual(text.code, 0);
    assert.match(text.stdout, /^Crossread: 5 sources/);
    const markdown = await run(['analyze', 'seeds', '--format', 'markdown']);
    assert.match(markdown.stdout, /^# Crossread report/);
    assert.match(markdown.stdout, /\| Document \| Title \|/);
  });

  it('writes the report to --output, but never over an input article', async () => {
    const article = path.join(scratch, 'story.txt');
    fs.writeFileSync(article, 'Original text.\n');
    const refused = await run(['analyze', 'story.txt', '-o', 'story.txt'], scratch);
    assert.strictEqual(refused.code, 2);
    assert.strictEqual(fs.readFileSync(article, 'utf8'), 'Original text.\n');
    const written = await run(['analyze', 'story.txt', '--format', 'json', '--output', 'report.json'], scratch);
    assert.strictEqual(written.code, 0);
    assert.strictEqual((JSON.parse(fs.readFileSync(path.join(scratch, 'report.json'), 'utf8')) as Report).documents.length, 1);
  });

  describe('hostile input', () => {
    /** Control sequences an article could carry: retitle the terminal, a link, clear the screen, hide text, overwrite the line, reorder it. */
    const HOSTILE = '\u001b]0;pwned\u0007 \u001b]8;;https://example.com\u0007link\u001b]8;;\u0007 \u001b[2J \u001b[8mhidden\u001b[0m \rover \u202eesrever \u009b31m';

    it('shows the control characters of articles and file names instead of sending them to the terminal', async () => {
      const name = 'bad\u001b[2Jname.txt';
      fs.writeFileSync(path.join(scratch, name), `The minister spoke on Monday. ${HOSTILE}\n`);
      // A CR ends a header line (as in the editor), so the header carries the rest.
      fs.writeFileSync(path.join(scratch, 'title.txt'), `---\ntitle: Headline ${HOSTILE.replace('\r', '')}\nsource: Outlet \u001b[31mred\n---\nThe envoy met the leader on Thursday.\n`);
      for (const format of ['text', 'markdown']) {
        const result = await run(['analyze', '.', '--format', format], scratch);
        assert.strictEqual(result.code, 0, result.stderr);
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/, `${format} output carries no control character`);
        // Markdown escapes its own punctuation as well ("\]").
        assert.match(result.stdout, /␛\\?\]0;pwned␇/, `${format}: the escape is shown`);
        assert.match(result.stdout, /⟨U\+202E⟩esrever/);
      }
      const json = await run(['analyze', '.', '--format', 'json'], scratch);
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(json.stdout, /[\u0000-\u0008\u000b-\u001f]/, 'JSON escapes its control characters');
      const missing = await run(['analyze', 'gone\u001b]0;x\u0007.txt'], scratch);
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(missing.stderr, /[\u0000-\u0008\u000b-\u001f]/);
      assert.match(missing.stderr, /cannot read gone␛\]0;x␇\.txt/);
    });

    it('skips FIFOs, devices and links out of the folder with a message, and reads links inside it', async function () {
      fs.writeFileSync(path.join(scratch, 'good.txt'), 'The minister spoke on Monday.\n');
      try {
        execFileSync('mkfifo', [path.join(scratch, 'pipe.txt')]);
      } catch {
        this.skip(); // no mkfifo on this system
      }
      fs.symlinkSync('/dev/zero', path.join(scratch, 'zero.txt'));
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-outside-'));
      try {
        fs.writeFileSync(path.join(outside, 'secret.txt'), 'A story from elsewhere.\n');
        fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(scratch, 'secret.txt'));
        fs.symlinkSync(outside, path.join(scratch, 'elsewhere'));
        fs.mkdirSync(path.join(scratch, 'inner'));
        fs.writeFileSync(path.join(scratch, 'inner', 'kept.txt'), 'The envoy met the leader on Thursday.\n');
        fs.symlinkSync(path.join(scratch, 'inner'), path.join(scratch, 'linked'));
        fs.symlinkSync(path.join(scratch, 'inner', 'kept.txt'), path.join(scratch, 'alias.txt'));
        fs.symlinkSync(path.join(scratch, 'nowhere.txt'), path.join(scratch, 'broken.txt'));
        const result = await run(['analyze', '.', '--format', 'json'], scratch);
        assert.strictEqual(result.code, 0, result.stderr);
        assert.match(result.stderr, /skipped pipe\.txt: it is a named pipe \(FIFO\), not a file/);
        assert.match(result.stderr, /skipped zero\.txt: it is a symbolic link to a place outside the folder/);
        assert.match(result.stderr, /skipped secret\.txt: it is a symbolic link to a place outside the folder/);
        assert.match(result.stderr, /skipped elsewhere: it is a symbolic link to a place outside the folder/);
        assert.match(result.stderr, /skipped broken\.txt: it is a symbolic link that leads nowhere/);
        const report = JSON.parse(result.stdout) as Report;
        // The linked folder and the linked file are the same file as inner/kept.txt: read once.
        assert.deepStrictEqual(report.documents.map((d) => d.path), ['alias.txt', 'good.txt']);
        const named = await run(['analyze', 'pipe.txt'], scratch);
        assert.strictEqual(named.code, 1);
        assert.match(named.stderr, /cannot read pipe\.txt: it is a named pipe \(FIFO\), not a file/);
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });

    it('writes to standard output for -o -, and never inside an input folder or through a link unless asked', async () => {
      fs.mkdirSync(path.join(scratch, 'corpus'));
      fs.writeFileSync(path.join(scratch, 'corpus', 'story.txt'), 'The minister spoke on Monday.\n');
      const dash = await run(['analyze', 'corpus', '-o', '-'], scratch);
      assert.strictEqual(dash.code, 0);
      assert.match(dash.stdout, /^Crossread: 1 source/);
      assert.ok(!fs.existsSync(path.join(scratch, '-')), 'no file named "-"');
      const inside = await run(['analyze', 'corpus', '-o', 'corpus/report.txt'], scratch);
      assert.strictEqual(inside.code, 2);
      assert.match(inside.stderr, /inside the input folder corpus/);
      assert.ok(!fs.existsSync(path.join(scratch, 'corpus', 'report.txt')));
      const allowed = await run(['analyze', 'corpus', '-o', 'corpus/report.md', '--output-in-input', '-f', 'markdown'], scratch);
      assert.strictEqual(allowed.code, 0, allowed.stderr);
      assert.match(fs.readFileSync(path.join(scratch, 'corpus', 'report.md'), 'utf8'), /^# Crossread report/);
      fs.symlinkSync(path.join(scratch, 'corpus', 'story.txt'), path.join(scratch, 'planted.txt'));
      const linked = await run(['analyze', 'corpus', '-o', 'planted.txt', '--output-in-input'], scratch);
      assert.strictEqual(linked.code, 2);
      assert.match(linked.stderr, /it is a symbolic link/);
      assert.strictEqual(fs.readFileSync(path.join(scratch, 'corpus', 'story.txt'), 'utf8'), 'The minister spoke on Monday.\n');
    });

    it('refuses a header date that is no date, says so, and infers the date as if there were none', async () => {
      for (const [value, expected] of [['2025-02-30', null], ['0000-00-00', null], ['2025-13-01', null], ['2024-02-29', '2024-02-29'], ['2025-04', '2025-04']] as const) {
        fs.writeFileSync(path.join(scratch, 'dated.txt'), `---\ndate: ${value}\n---\nTalks went on.\n`);
        const result = await run(['analyze', 'dated.txt', '--format', 'json'], scratch);
        const [doc] = (JSON.parse(result.stdout) as Report).documents;
        if (expected) {
          assert.deepStrictEqual(doc.referenceDate, { value: expected, source: 'header' }, value);
          assert.strictEqual(result.stderr, '');
        } else {
          assert.deepStrictEqual(doc.referenceDate, { value: null, source: 'none', refusedHeader: value }, value);
          assert.match(result.stderr, new RegExp(`the header date "${value}" is not a date`));
        }
      }
    });

    it('analyses an article over --max-article-kb up to the last line break before the limit, and says so', async () => {
      const paragraph = 'The minister spoke to reporters on Monday about the budget and the vote.\n';
      fs.writeFileSync(path.join(scratch, 'long.txt'), paragraph.repeat(40));
      const result = await run(['analyze', 'long.txt', '--max-article-kb', '1', '--format', 'json'], scratch);
      assert.strictEqual(result.code, 0);
      assert.match(result.stderr, /long\.txt is longer than 1 KB: its first \d+ of 2920 characters are analysed/);
      const [doc] = (JSON.parse(result.stdout) as Report).documents;
      assert.ok(doc.truncated && doc.truncated.totalCharacters === 2920 && doc.truncated.analysedCharacters <= 1000);
      assert.strictEqual(doc.truncated.analysedCharacters % paragraph.length, 0, 'cut at a line break');
      assert.ok(doc.claims.every((c) => c.end <= doc.truncated!.analysedCharacters));
      const text = await run(['analyze', 'long.txt', '--max-article-kb=1'], scratch);
      assert.match(text.stdout, /only the first \d+ of 2,920 characters analysed/);
      const whole = await run(['analyze', 'long.txt', '--format', 'json'], scratch);
      assert.strictEqual((JSON.parse(whole.stdout) as Report).documents[0].truncated, undefined, 'under the default limit nothing is cut');
      assert.strictEqual((await run(['analyze', 'long.txt', '--max-article-kb', '0'], scratch)).code, 2);
    });

    it('counts one claim as one claim', async () => {
      fs.writeFileSync(path.join(scratch, 'one.txt'), 'The minister resigned on Monday after a vote in parliament.\n');
      assert.match((await run(['analyze', 'one.txt'], scratch)).stdout, /\b1 claim\b(?!s)/);
    });
  });
});
