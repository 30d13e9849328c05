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
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { analyzeArticle, type ArticleAnalysis, type ArticleInput, type ArticlePipeline } from '../core';
import { decodeTree, encodeTree } from './compactTree';

/** The folder of the cache's own layout inside the directory it is given; a new layout gets a new name. */
const LAYOUT = 'crossread-cache-v1';
/** The header's first bytes: the payload is `v8.serialize`'s form. */
const MAGIC_V8 = Buffer.from('CRAC0001', 'latin1');
/** The header's first bytes: the payload is compactTree.ts's form. */
const MAGIC_COMPACT = Buffer.from('CRAC0002', 'latin1');
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
}

export class AnalysisCache {
  readonly folder: string;
  readonly counts: CacheCounts = { hits: 0, misses: 0, corrupt: 0, writes: 0 };
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
    const file = this.fileOf(key);
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.fail(`cannot read the analysis cache: ${(error as Error).message}`);
      return undefined;
    }
    const entry = decodeEntry(data, key);
    if (entry === undefined) {
      this.counts.corrupt++;
      try {
        fs.rmSync(file, { force: true });
      } catch {
        // Left for the next write to replace.
      }
    }
    return entry;
  }

  /** Stores an analysis under `key` (atomically: a temporary file renamed into place). */
  write(key: string, analysis: ArticleAnalysis): void {
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      this.pruneOtherEngines();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, encodeEntry(key, analysis));
      fs.renameSync(temporary, file);
      this.counts.writes++;
    } catch (error) {
      this.fail(`cannot write the analysis cache: ${(error as Error).message}`);
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: a stray temporary file is never read.
      }
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

function encodeEntry(key: string, analysis: ArticleAnalysis): Buffer {
  const entry: Entry = { key, analysis };
  const compact = encodeTree(entry, analysis.article.text);
  const payload = compact ?? v8.serialize(entry);
  const header = Buffer.alloc(HEADER_BYTES);
  (compact ? MAGIC_COMPACT : MAGIC_V8).copy(header, 0);
  header.writeUInt32LE(payload.length, MAGIC_BYTES);
  crypto.createHash('sha256').update(payload).digest().copy(header, MAGIC_BYTES + 4);
  return Buffer.concat([header, payload]);
}

/** The analysis in an entry, or undefined when the entry does not check out. */
function decodeEntry(data: Buffer, key: string): ArticleAnalysis | undefined {
  if (data.length < HEADER_BYTES) return undefined;
  const magic = data.subarray(0, MAGIC_BYTES);
  const compact = magic.equals(MAGIC_COMPACT);
  if (!compact && !magic.equals(MAGIC_V8)) return undefined;
  const length = data.readUInt32LE(MAGIC_BYTES);
  if (data.length !== HEADER_BYTES + length) return undefined;
  const payload = data.subarray(HEADER_BYTES);
  const checksum = data.subarray(MAGIC_BYTES + 4, HEADER_BYTES);
  if (!crypto.createHash('sha256').update(payload).digest().equals(checksum)) return undefined;
  try {
    const entry = (compact ? decodeTree(payload) : v8.deserialize(payload)) as Partial<Entry> | null;
    return entry?.key === key && entry.analysis ? entry.analysis : undefined;
  } catch {
    return undefined;
  }
}
