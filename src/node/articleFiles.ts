/**
 * Finding and reading article files on disk, for the CLI (the extension reads through VS Code's
 * file system instead). Reads only: nothing here ever writes to an article.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeArticleBytes, type ArticleInput } from '../core';

/** File endings read as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = ['.txt', '.article'] as const;

export interface InputProblem {
  path: string;
  reason: string;
}

export interface CollectedInputs {
  articles: ArticleInput[];
  /** Inputs that could not be read: missing, unreadable, binary, or not a file at all. */
  problems: InputProblem[];
  /**
   * Entries of a folder left out on purpose: special files (FIFOs, devices, sockets), which could
   * block or never end, and symbolic links that lead out of the folder or nowhere.
   */
  skipped: InputProblem[];
}

function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Paths are reported relative to the working directory when they lie below it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * Expands files and folders (recursively: `*.txt`, `*.article`, sorted by path so the corpus
 * order is stable) and reads them. A file named explicitly is read whatever its ending.
 * Unreadable, binary or missing inputs become problems; the rest are still returned.
 */
export function collectArticles(inputs: readonly string[], cwd = process.cwd()): CollectedInputs {
  const files: { full: string; shown: string }[] = [];
  const problems: InputProblem[] = [];
  const skipped: InputProblem[] = [];
  // By real path, so that a file reached twice (through a link, or named twice) is read once.
  const seen = new Set<string>();
  const add = (file: string): void => {
    const resolved = path.resolve(cwd, file);
    const real = realPath(resolved) ?? resolved;
    if (!seen.has(real)) {
      seen.add(real);
      files.push({ full: resolved, shown: displayPath(resolved, cwd) });
    }
  };
  const visited = new Set<string>();
  const walk = (dir: string, root: string): void => {
    const realDir = realPath(dir) ?? dir;
    if (visited.has(realDir)) return; // a link back up the tree
    visited.add(realDir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: displayPath(dir, cwd), reason: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        const target = realPath(full);
        if (target === null) {
          if (isArticleFile(entry.name)) skipped.push({ path: displayPath(full, cwd), reason: 'it is a symbolic link that leads nowhere' });
          continue;
        }
        if (!isInside(root, target)) {
          skipped.push({ path: displayPath(full, cwd), reason: 'it is a symbolic link to a place outside the folder' });
          continue;
        }
        let stat: fs.Stats;
        try {
          stat = fs.statSync(full);
        } catch (error) {
          problems.push({ path: displayPath(full, cwd), reason: describeFsError(error) });
          continue;
        }
        if (stat.isDirectory()) walk(full, root);
        else if (isArticleFile(entry.name)) {
          if (stat.isFile()) add(full);
          else skipped.push({ path: displayPath(full, cwd), reason: `it leads to ${specialKind(stat)}, not a file` });
        }
      } else if (entry.isDirectory()) walk(full, root);
      else if (isArticleFile(entry.name)) {
        if (entry.isFile()) add(full);
        else skipped.push({ path: displayPath(full, cwd), reason: `it is ${specialKind(entry)}, not a file` });
      }
    }
  };

  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (error) {
      problems.push({ path: input, reason: describeFsError(error) });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      walk(full, realPath(full) ?? full);
      if (files.length === before) {
        problems.push({ path: input, reason: `no article files (${ARTICLE_EXTENSIONS.map((e) => '*' + e).join(', ')}) in this folder` });
      }
    } else if (stat.isFile()) add(full);
    // A FIFO could block the run for ever and a device never end: named or not, they are not articles.
    else problems.push({ path: input, reason: `it is ${specialKind(stat)}, not a file` });
  }

  const articles: ArticleInput[] = [];
  for (const { full, shown } of files) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(full);
    } catch (error) {
      problems.push({ path: shown, reason: describeFsError(error) });
      continue;
    }
    const decoded = decodeArticleBytes(bytes);
    if (decoded.ok) articles.push({ path: shown, text: decoded.text });
    else problems.push({ path: shown, reason: decoded.reason });
  }
  return { articles, problems, skipped };
}

/** The file's real path (links resolved), or null when it cannot be had. */
export function realPath(file: string): string | null {
  try {
    return fs.realpathSync(file);
  } catch {
    return null;
  }
}

/** Whether `file` (a real path) lies in the folder `root` (a real path) or below it. */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** What a file that is not a regular file is, for the message that skips it. */
function specialKind(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'a special file';
}
