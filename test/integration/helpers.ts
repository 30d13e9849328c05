import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { CrossreadApi } from '../../src/extension';
import { EXTENSION_ID } from '../../src/vscode/constants';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return folder.uri;
}

export function seedUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'seeds', name);
}

export async function seedUris(): Promise<vscode.Uri[]> {
  const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(workspaceRoot(), 'seeds'));
  return entries
    .filter(([name]) => name.endsWith('.txt'))
    .map(([name]) => seedUri(name))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function crossread(): vscode.Extension<CrossreadApi> {
  const extension = vscode.extensions.getExtension<CrossreadApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
  return extension;
}

/** Polls until `probe` returns a truthy value, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
