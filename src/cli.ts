/**
 * The `crossread` command line: `crossread analyze PATH… [--format text|json|markdown]`.
 * It runs the same engine as the extension and prints the report of `report-format.md`.
 *
 * Exit status: 0 on success, 1 when an input cannot be read (named on stderr; the other inputs
 * are still analysed and reported), 2 on wrong usage, 3 when the report cannot be made or written
 * (bin/crossread.js), 4 when an article could not be analysed (named on stderr; the rest is still
 * reported). When inputs are unreadable and an article fails too, the status is 1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, analyzeCorpusDetailed, assignDocumentIds, limitArticleText, renderMarkdown, renderText, terminalSafe, type ArticleInput, type ArticlePipeline, type Report } from './core';
import packageManifest from '../package.json';
import { collectArticles, isInside, realPath } from './node/articleFiles';
import { writeJsonReport } from './node/reportStream';
import { AnalysisCache } from './node/analysisCache';

const FORMATS = ['text', 'json', 'markdown'] as const;
type OutputFormat = (typeof FORMATS)[number];

/** The size limit's default is the extension's (`crossread.corpus.maxArticleKB`), kept only in package.json. */
export const DEFAULT_MAX_ARTICLE_KB: number = packageManifest.contributes.configuration.properties['crossread.corpus.maxArticleKB'].default;

export const USAGE = `Usage: crossread analyze PATH... [--format text|json|markdown]

Reads every article (*.txt, *.article) in the given files and folders as one corpus and
prints what the sources say: people, dates, quotes, claims, matches and the timeline.

Options:
  -f, --format FORMAT   text (default), json (the public report format) or markdown
  -o, --output FILE     write the report to FILE instead of standard output ("-" is standard output);
                        never over an input, through a symbolic link, or inside an input folder
      --output-in-input allow --output to write inside a folder given as input
      --max-article-kb N  analyse at most N thousand characters of each article (default ${DEFAULT_MAX_ARTICLE_KB});
                        a longer file is analysed up to the limit and marked as cut
      --cache DIR       keep each article's analysis in DIR and reuse it while the article and
                        Crossread are unchanged (safe to delete; a damaged entry is rebuilt)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 success, 1 an input could not be read (the rest is still reported), 2 wrong usage,
3 the report could not be made or written, 4 an article could not be analysed (the rest is still
reported; its error is on standard error and in the JSON report's "failures"). When both 1 and 4
apply, the status is 1.
`;

declare const CROSSREAD_VERSION: string | undefined;

interface ParsedArguments {
  command: 'analyze' | 'help' | 'version';
  paths: string[];
  format: OutputFormat;
  output: string | null;
  outputInInput: boolean;
  maxArticleKB: number;
  cache: string | null;
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): ParsedArguments {
  const parsed: ParsedArguments = { command: 'help', paths: [], format: 'text', output: null, outputInInput: false, maxArticleKB: DEFAULT_MAX_ARTICLE_KB, cache: null };
  let sawCommand = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const takeValue = (name: string): string => {
      const eq = arg.indexOf('=');
      if (eq !== -1) return arg.slice(eq + 1);
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      return value;
    };
    if (arg === '-h' || arg === '--help') return { ...parsed, command: 'help' };
    if (arg === '-v' || arg === '--version') return { ...parsed, command: 'version' };
    if (arg === '-f' || arg === '--format' || arg.startsWith('--format=')) {
      const value = takeValue('--format');
      if (!(FORMATS as readonly string[]).includes(value)) {
        throw new UsageError(`unknown format "${value}" (choose ${FORMATS.join(', ')})`);
      }
      parsed.format = value as OutputFormat;
    } else if (arg === '--max-article-kb' || arg.startsWith('--max-article-kb=')) {
      const value = takeValue('--max-article-kb');
      if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--max-article-kb needs a whole number of thousands of characters, not "${value}"`);
      parsed.maxArticleKB = Number(value);
    } else if (arg === '--cache' || arg.startsWith('--cache=')) {
      const value = takeValue('--cache');
      if (value === '') throw new UsageError('--cache needs a folder');
      parsed.cache = value;
    } else if (arg === '--output-in-input') {
      parsed.outputInInput = true;
    } else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      const value = takeValue('--output');
      parsed.output = value === '-' ? null : value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else if (!sawCommand) {
      if (arg !== 'analyze') throw new UsageError(`unknown command "${arg}" (the command is "analyze")`);
      sawCommand = true;
      parsed.command = 'analyze';
    } else parsed.paths.push(arg);
  }
  if (parsed.command === 'analyze' && parsed.paths.length === 0) throw new UsageError('analyze needs at least one file or folder');
  return parsed;
}

/**
 * The report of `articles` through the cache: the one an earlier run with the same articles kept,
 * else a new one, kept for the next run (the articles' own analyses are read from the cache).
 */
async function analyzeThroughCache(articles: readonly ArticleInput[], cache: AnalysisCache, analyze: ArticlePipeline): Promise<Report> {
  const ids = assignDocumentIds(articles.map((a) => a.path));
  const files = articles.map((a, i) => ({ ...a, key: a.path, id: ids[i] }));
  const store = cache.corpusStore();
  const kept = store.read(files);
  if (kept) return kept.report;
  const { report, crossSource } = analyzeCorpusDetailed(articles, cache.pipeline(analyze));
  if (crossSource) await store.write(files, { report, quoteEchoes: crossSource.quoteEchoes });
  return report;
}

/**
 * Runs the CLI; resolves to the exit status. Output goes to the given streams (tests pass their
 * own); `analyze` is the per-article pipeline (tests pass one that fails on purpose).
 */
export async function main(
  argv: readonly string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string } = {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  },
  analyze: ArticlePipeline = analyzeArticle,
): Promise<number> {
  let args: ParsedArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`crossread: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.command === 'help') {
    (argv.length ? io.stdout : io.stderr).write(USAGE);
    return argv.length ? 0 : 2;
  }
  if (args.command === 'version') {
    io.stdout.write(`${typeof CROSSREAD_VERSION === 'string' ? CROSSREAD_VERSION : 'development'}\n`);
    return 0;
  }

  const collected = collectArticles(args.paths, io.cwd);
  const { problems, skipped } = collected;
  const articles = collected.articles.map((article) => {
    const limited = limitArticleText(article.text, args.maxArticleKB * 1000);
    if (limited.truncatedFrom === undefined) return article;
    io.stderr.write(terminalSafe(`crossread: ${article.path} is longer than ${args.maxArticleKB} KB: its first ${limited.text.length} of ${limited.truncatedFrom} characters are analysed\n`));
    return { ...article, text: limited.text, truncatedFrom: limited.truncatedFrom };
  });
  for (const problem of problems) io.stderr.write(terminalSafe(`crossread: cannot read ${problem.path}: ${problem.reason}\n`));
  for (const skip of skipped) io.stderr.write(terminalSafe(`crossread: skipped ${skip.path}: ${skip.reason}\n`));

  const cache = args.cache
    ? new AnalysisCache(path.resolve(io.cwd, args.cache), { onError: (message) => io.stderr.write(terminalSafe(`crossread: ${message} (analysing without it)\n`)) })
    : null;
  const report = cache ? await analyzeThroughCache(articles, cache, analyze) : analyzeCorpusDetailed(articles, analyze).report;
  for (const failure of report.failures ?? []) io.stderr.write(terminalSafe(`crossread: could not analyse ${failure.path}: ${failure.message}\n`));
  for (const doc of report.documents) {
    const refused = doc.referenceDate.refusedHeader;
    if (refused !== undefined) io.stderr.write(terminalSafe(`crossread: ${doc.path}: the header date "${refused}" is not a date; the article's date is inferred from its text\n`));
  }
  // JSON escapes control characters itself and is streamed (a large corpus's report passes the longest
  // string there can be); text and Markdown go to terminals and viewers made safe.
  const rendered = args.format === 'json' ? null : terminalSafe(args.format === 'markdown' ? renderMarkdown(report) : renderText(report));
  if (args.output) {
    const refusal = outputRefusal(args.output, args.paths, [...articles.map((a) => a.path), ...problems.map((p) => p.path)], io.cwd, args.outputInInput);
    if (refusal) {
      io.stderr.write(terminalSafe(`crossread: refusing to write the report to ${args.output}: ${refusal}\n`));
      return 2;
    }
    const file = fs.createWriteStream(path.resolve(io.cwd, args.output));
    const closed = new Promise<void>((resolve, reject) => {
      file.on('close', resolve);
      file.on('error', reject);
    });
    try {
      if (rendered === null) await writeJsonReport(report, file);
      else file.write(rendered);
    } finally {
      file.end();
    }
    await closed;
  } else if (rendered === null) {
    await writeJsonReport(report, io.stdout);
    await new Promise<void>((resolve) => io.stdout.write('', () => resolve()));
  } else {
    await new Promise<void>((resolve) => io.stdout.write(rendered, () => resolve()));
  }
  // An unreadable input is the user's to fix, so it has the last word over an article the engine failed on.
  return problems.length ? 1 : report.failures ? 4 : 0;
}

/**
 * Why the report may not be written to `output`, or null. Crossread never writes to an article: not
 * over an input (compared as files, so another spelling of the same path cannot get through), not
 * through a symbolic link (which could point at one), and not inside a folder given as input unless
 * asked (the next run would read the report as an article).
 */
function outputRefusal(output: string, inputs: readonly string[], files: readonly string[], cwd: string, inInputAllowed: boolean): string | null {
  const target = path.resolve(cwd, output);
  const existing = statOrNull(target, fs.lstatSync);
  if (existing?.isSymbolicLink()) return 'it is a symbolic link';
  if (existing && !existing.isFile()) return 'it is not a regular file';
  const sameFile = (other: string): boolean => {
    const resolved = path.resolve(cwd, other);
    try {
      const a = fs.statSync(target);
      const b = fs.statSync(resolved);
      return a.dev === b.dev && a.ino === b.ino;
    } catch {
      return resolved === target;
    }
  };
  if (files.some(sameFile) || inputs.some(sameFile)) return 'it is an input article';
  if (!inInputAllowed) {
    const dir = path.dirname(target);
    const realDir = realPath(dir) ?? path.resolve(dir);
    for (const input of inputs) {
      const full = path.resolve(cwd, input);
      if (!statOrNull(full, fs.statSync)?.isDirectory()) continue;
      if (isInside(realPath(full) ?? full, realDir)) {
        return `it is inside the input folder ${input} (the next run would read it as an article; --output-in-input allows it)`;
      }
    }
  }
  return null;
}

/** The file's stat, or null when it cannot be had (missing, no permission): the caller decides what that means. */
function statOrNull(file: string, stat: (file: string) => fs.Stats): fs.Stats | null {
  try {
    return stat(file);
  } catch {
    return null;
  }
}

