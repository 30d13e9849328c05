/**
 * A persistent cache of per-article analyses, so that reopening a large workspace (or running the
 * CLI again with `--cache DIR`) reads them instead of analysing every article again.
 *
 * - Keyed by content: the SHA-256 of the article's path, id, text and size limit mark (everything
 *   `analyzeArticle` reads), under a folder per engine version (the SHA-256 of the code that runs
 *   the engine, see `engineVersion`): another engine never reads this one's entries.
 * - Checksummed: an entry is a header, its payload's length and SHA-256, and the payload: the key
 *   and the analysis in the compact form of compactTree.ts (under a third of `v8.serialize`'s
 *   bytes, read back faster, and lighter in memory: spans of the article's text are read back as
 *   views on it), or `v8.serialize`'s for an analysis holding anything but plain data. The header's
 *   magic says which. An entry that does not check out — cut short, changed on disk, another key —
 *   is deleted and the article analysed again (and stored anew).
 * - Safe to delete: any file or the whole folder may go at any time; what is missing is rebuilt.
 *   Entries are written to a temporary file and renamed, so a reader never sees half an entry.
 * - Never in the way: a cache that cannot be read or written (a full disk, no permission) only
 *   costs the time of analysing; the error is reported once through `onError`.
 * - Joined results too (`corpusStore`): the report and quote echoes of a whole set of articles,
 *   keyed by the content keys of all of them in order, in `corpus/` beside the articles' entries,
 *   checksummed the same way. Only the last few are kept: each is as large as a report.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { analyzeArticle, type ArticleAnalysis, type ArticleInput, type ArticlePipeline, type CorpusFile, type CorpusResultStore, type CorpusView } from '../core';
import { decodeTree, encodeTree } from './compactTree';
import { runAtOnce, runInSlices } from './eventLoop';

/** The folder of the cache's own layout inside the directory it is given; a new layout gets a new name. */
const LAYOUT = 'crossread-cache-v1';
/** The header's first bytes: the payload is `v8.serialize`'s form. */
const MAGIC_V8 = Buffer.from('CRAC0001', 'latin1');
/** The header's first bytes: the payload is compactTree.ts's form. */
const MAGIC_COMPACT = Buffer.from('CRAC0002', 'latin1');
/** The header's first bytes: the payload is a joined result in chunks (`encodeCorpusEntry`). */
const MAGIC_CORPUS = Buffer.from('CRAC0003', 'latin1');
const MAGIC_BYTES = MAGIC_V8.length;
const HEADER_BYTES = MAGIC_BYTES + 4 + 32;

/**
 * The engine's version for the cache: the SHA-256 of the file this code runs from. Shipped, that
 * is the bundle holding the whole engine (dist/cli.js, dist/analysisWorker.js), so any change to
 * the engine is a new version. Callers that run from sources (tests, benches) pass their own.
 */
export function engineVersion(): string {
  try {
    return sha256(fs.readFileSync(__filename)).slice(0, 16);
  } catch {
    return 'unknown';
  }
}

function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

export interface AnalysisCacheOptions {
  /** The engine version entries are kept under (default: `engineVersion()`). */
  engine?: string;
  /** Told once of the first error reading or writing the cache (the cache then keeps trying quietly). */
  onError?: (message: string) => void;
}

/** What the cache did, for the CLI's and the bench's figures. */
export interface CacheCounts {
  hits: number;
  misses: number;
  /** Entries that did not check out and were deleted. */
  corrupt: number;
  writes: number;
  /** Joined results read back (`corpusStore`). */
  corpusHits: number;
}

/** Milliseconds of encoding a joined result between two looks at whether newer work has come. */
const KEEP_SLICE_MS = 20;
/** Items of a report's array (or of the quote echoes) per chunk of a joined result's entry. */
const CHUNK_ITEMS = 500;

/** How many joined results the cache keeps: reopening one of the last few workspaces (or CLI runs) is what they are for. */
const KEPT_CORPUS_RESULTS = 3;

export class AnalysisCache {
  readonly folder: string;
  readonly counts: CacheCounts = { hits: 0, misses: 0, corrupt: 0, writes: 0, corpusHits: 0 };
  private reported = false;
  private pruned = false;

  constructor(
    readonly directory: string,
    private readonly options: AnalysisCacheOptions = {},
  ) {
    this.folder = path.join(directory, LAYOUT, options.engine ?? engineVersion());
  }

  /** The content key of an article as `analyzeArticle` would read it with this id. */
  static keyOf(input: ArticleInput, id: string): string {
    return sha256(JSON.stringify([id, input.path, input.truncatedFrom ?? null, input.text]));
  }

  private fileOf(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.bin`);
  }

  private fail(message: string): void {
    if (this.reported) return;
    this.reported = true;
    this.options.onError?.(message);
  }

  /** The cached analysis for `key`, or undefined (missing, or corrupt and now deleted). */
  read(key: string): ArticleAnalysis | undefined {
    return this.readEntry(this.fileOf(key), (data) => decodeEntry(data, key)?.analysis);
  }

  /** Stores an analysis under `key` (atomically: a temporary file renamed into place). */
  write(key: string, analysis: ArticleAnalysis): void {
    if (this.writeEntry(this.fileOf(key), encodeEntry({ key, analysis }, analysis.article.text))) this.counts.writes++;
  }

  /** What `decode` reads from the entry in `file`, or undefined: missing, or corrupt (`decode` says so) and now deleted. */
  private readEntry<T>(file: string, decode: (data: Buffer) => T | undefined): T | undefined {
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.fail(`cannot read the analysis cache: ${(error as Error).message}`);
      return undefined;
    }
    const value = decode(data);
    if (value === undefined) {
      this.counts.corrupt++;
      try {
        fs.rmSync(file, { force: true });
      } catch {
        // Left for the next write to replace.
      }
    }
    return value;
  }

  /** Writes an entry to `file` (atomically: a temporary file renamed into place); false when it could not. */
  private writeEntry(file: string, data: Buffer): boolean {
    const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      this.pruneOtherEngines();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, data);
      fs.renameSync(temporary, file);
      return true;
    } catch (error) {
      this.fail(`cannot write the analysis cache: ${(error as Error).message}`);
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: a stray temporary file is never read.
      }
      return false;
    }
  }

  /** The key of a joined result: the content keys of its files, in order. */
  static corpusKeyOf(files: readonly CorpusFile[]): string {
    const hash = crypto.createHash('sha256');
    for (const f of files) hash.update(AnalysisCache.keyOf(f, f.id)).update('\n');
    return hash.digest('hex');
  }

  private corpusFileOf(key: string): string {
    return path.join(this.folder, 'corpus', `${key}.bin`);
  }

  /** Joined results kept between sessions, for `IncrementalCorpus` and the CLI. */
  corpusStore(): CorpusResultStore {
    return {
      read: (files) => {
        const key = AnalysisCache.corpusKeyOf(files);
        const view = this.readEntry(this.corpusFileOf(key), (data) => decodeCorpusEntry(data, key));
        if (view) this.counts.corpusHits++;
        return view;
      },
      write: async (files, view, cancelled) => {
        const key = AnalysisCache.corpusKeyOf(files);
        // Encoded a chunk at a time, giving the turn back between slices: the analysis thread stays free to answer an edit.
        const steps = encodeCorpusEntry(key, view);
        const data = cancelled ? await runInSlices(steps, { budgetMs: KEEP_SLICE_MS, cancelled }) : runAtOnce(steps);
        if (data === undefined || cancelled?.()) return false;
        if (!this.writeEntry(this.corpusFileOf(key), data)) return false;
        this.pruneCorpusResults(key);
        return true;
      },
    };
  }

  /** Keeps the last `KEPT_CORPUS_RESULTS` joined results written (by time of writing), `kept` among them. */
  private pruneCorpusResults(kept: string): void {
    const folder = path.dirname(this.corpusFileOf(kept));
    try {
      const entries = fs
        .readdirSync(folder)
        .filter((name) => /^[0-9a-f]{64}\.bin$/.test(name) && name !== `${kept}.bin`)
        .map((name) => ({ name, written: fs.statSync(path.join(folder, name)).mtimeMs }))
        .sort((a, b) => b.written - a.written);
      for (const { name } of entries.slice(KEPT_CORPUS_RESULTS - 1)) fs.rmSync(path.join(folder, name), { force: true });
    } catch {
      // Pruned by the next write.
    }
  }

  /**
   * The analysis of `input` with `id`: from the cache when it holds one, else from `analyze`,
   * stored for next time. An article whose analysis throws is not stored (the error passes on).
   */
  analyze(input: ArticleInput, id: string, analyze: ArticlePipeline = analyzeArticle, shouldStop?: () => boolean): { analysis: ArticleAnalysis; fromCache: boolean } {
    const key = AnalysisCache.keyOf(input, id);
    const cached = this.read(key);
    if (cached) {
      this.counts.hits++;
      return { analysis: cached, fromCache: true };
    }
    this.counts.misses++;
    const analysis = shouldStop ? analyze(input, id, shouldStop) : analyze(input, id);
    this.write(key, analysis);
    return { analysis, fromCache: false };
  }

  /** The per-article pipeline through this cache, for `analyzeCorpus` and `IncrementalCorpus`. */
  pipeline(analyze: ArticlePipeline = analyzeArticle): ArticlePipeline {
    return (input, id, shouldStop) => this.analyze(input, id, analyze, shouldStop).analysis;
  }

  /** Removes the entries of other engine versions (once per cache object): they can never be read again. */
  private pruneOtherEngines(): void {
    if (this.pruned) return;
    this.pruned = true;
    const layout = path.dirname(this.folder);
    let names: string[];
    try {
      names = fs.readdirSync(layout);
    } catch {
      return;
    }
    for (const name of names) {
      // Only folders named as this cache names them: never anything else someone put there.
      if (name === path.basename(this.folder) || !/^[0-9a-f]{16}$|^unknown$/.test(name)) continue;
      try {
        fs.rmSync(path.join(layout, name), { recursive: true, force: true });
      } catch {
        // Tried again by the next cache object.
      }
    }
  }
}

/** What an entry holds: the key it was written under, so that a file renamed onto another key is not read. */
interface Entry {
  key: string;
  analysis: ArticleAnalysis;
}

/** An entry's bytes; `source` is the text its spans are slices of (an article's, or none). */
function encodeEntry(entry: Entry, source: string): Buffer {
  const compact = encodeTree(entry, source);
  return withHeader(compact ? MAGIC_COMPACT : MAGIC_V8, compact ?? v8.serialize(entry));
}

/** The header (magic, the payload's length and SHA-256) and the payload. */
function withHeader(magic: Buffer, payload: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  magic.copy(header, 0);
  header.writeUInt32LE(payload.length, MAGIC_BYTES);
  crypto.createHash('sha256').update(payload).digest().copy(header, MAGIC_BYTES + 4);
  return Buffer.concat([header, payload]);
}

/** The payload of `data` when its header checks out (magic among `magics`, length, checksum), with the magic found. */
function checkedPayload(data: Buffer, magics: readonly Buffer[]): { magic: Buffer; payload: Buffer } | undefined {
  if (data.length < HEADER_BYTES) return undefined;
  const magic = magics.find((m) => m.equals(data.subarray(0, MAGIC_BYTES)));
  if (!magic) return undefined;
  const length = data.readUInt32LE(MAGIC_BYTES);
  if (data.length !== HEADER_BYTES + length) return undefined;
  const payload = data.subarray(HEADER_BYTES);
  if (!crypto.createHash('sha256').update(payload).digest().equals(data.subarray(MAGIC_BYTES + 4, HEADER_BYTES))) return undefined;
  return { magic, payload };
}

/** One chunk of a joined result's entry: a form byte (1 compact, 0 `v8.serialize`), its length, its bytes. */
function encodeChunk(value: unknown): Buffer {
  const compact = encodeTree(value, '');
  const body = compact ?? v8.serialize(value);
  const prefix = Buffer.alloc(5);
  prefix[0] = compact ? 1 : 0;
  prefix.writeUInt32LE(body.length, 1);
  return Buffer.concat([prefix, body]);
}

/** What a joined result's first chunk holds: the report without its arrays, and how to put them back. */
interface CorpusEntryHead {
  key: string;
  report: Record<string, unknown>;
  /** The report's keys in its own order (its arrays' included: reports stay byte-identical). */
  reportKeys: string[];
  /** Each array of the report and its length, in the order of its chunks. */
  arrays: [string, number][];
  quoteEchoes: number;
}

/**
 * The bytes of a joined result's entry, a chunk at a time (yielding after each): the head, then each
 * of the report's arrays and the quote echoes in chunks of `CHUNK_ITEMS` items. Chunks encode apart,
 * so that the work can stop between any two (`runInSlices`).
 */
function* encodeCorpusEntry(key: string, view: CorpusView): Generator<void, Buffer> {
  const report = view.report as unknown as Record<string, unknown>;
  const arrays = Object.keys(report).filter((k) => Array.isArray(report[k]));
  const rest: Record<string, unknown> = {};
  for (const k of Object.keys(report)) if (!arrays.includes(k)) rest[k] = report[k];
  const head: CorpusEntryHead = { key, report: rest, reportKeys: Object.keys(report), arrays: arrays.map((k) => [k, (report[k] as unknown[]).length]), quoteEchoes: view.quoteEchoes.length };
  const chunks = [encodeChunk(head)];
  yield;
  for (const items of [...arrays.map((k) => report[k] as unknown[]), view.quoteEchoes]) {
    for (let i = 0; i < items.length; i += CHUNK_ITEMS) {
      chunks.push(encodeChunk(items.slice(i, i + CHUNK_ITEMS)));
      yield;
    }
  }
  return withHeader(MAGIC_CORPUS, Buffer.concat(chunks));
}

/** The joined result in an entry written for `key`, or undefined when it does not check out. */
function decodeCorpusEntry(data: Buffer, key: string): CorpusView | undefined {
  const checked = checkedPayload(data, [MAGIC_CORPUS]);
  if (!checked) return undefined;
  const { payload } = checked;
  let at = 0;
  const next = (): unknown => {
    if (at + 5 > payload.length) throw new Error('cut short');
    const compact = payload[at] === 1;
    const length = payload.readUInt32LE(at + 1);
    const body = payload.subarray(at + 5, at + 5 + length);
    if (body.length !== length) throw new Error('cut short');
    at += 5 + length;
    return compact ? decodeTree(body) : v8.deserialize(body);
  };
  const items = (count: number): unknown[] => {
    const out: unknown[] = [];
    while (out.length < count) {
      const chunk = next();
      if (!Array.isArray(chunk) || chunk.length === 0) throw new Error('not a chunk of items');
      for (const item of chunk) out.push(item);
    }
    if (out.length !== count) throw new Error('too many items');
    return out;
  };
  try {
    const head = next() as Partial<CorpusEntryHead> | null;
    if (head?.key !== key || !head.report || !head.reportKeys || !head.arrays || head.quoteEchoes === undefined) return undefined;
    const arrays = new Map(head.arrays.map(([k, count]) => [k, items(count)]));
    const quoteEchoes = items(head.quoteEchoes) as CorpusView['quoteEchoes'];
    if (at !== payload.length) return undefined;
    const report: Record<string, unknown> = {};
    for (const k of head.reportKeys) report[k] = arrays.has(k) ? arrays.get(k) : head.report[k];
    return { report: report as unknown as CorpusView['report'], quoteEchoes };
  } catch {
    return undefined;
  }
}

/** The entry in `data`, or undefined when it does not check out (or was written under another key). */
function decodeEntry(data: Buffer, key: string): Entry | undefined {
  const checked = checkedPayload(data, [MAGIC_COMPACT, MAGIC_V8]);
  if (!checked) return undefined;
  try {
    const entry = (checked.magic === MAGIC_COMPACT ? decodeTree(checked.payload) : v8.deserialize(checked.payload)) as Partial<Entry> | null;
    return entry?.key === key && entry.analysis ? (entry as Entry) : undefined;
  } catch {
    return undefined;
  }
}
