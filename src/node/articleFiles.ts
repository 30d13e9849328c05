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
  problems: InputProblem[];
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
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const resolved = path.resolve(cwd, file);
    if (!seen.has(resolved)) {
      seen.add(resolved);
      files.push(resolved);
    }
  };
  const walk = (dir: string): void => {
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
      if (entry.isDirectory()) walk(full);
      else if (isArticleFile(entry.name)) add(full);
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
      walk(full);
      if (files.length === before) {
        problems.push({ path: input, reason: `no article files (${ARTICLE_EXTENSIONS.map((e) => '*' + e).join(', ')}) in this folder` });
      }
    } else add(full);
  }

  const articles: ArticleInput[] = [];
  for (const file of files) {
    const shown = displayPath(file, cwd);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      problems.push({ path: shown, reason: describeFsError(error) });
      continue;
    }
    const decoded = decodeArticleBytes(bytes);
    if (decoded.ok) articles.push({ path: shown, text: decoded.text });
    else problems.push({ path: shown, reason: decoded.reason });
  }
  return { articles, problems };
}
