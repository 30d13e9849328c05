import * as assert from 'node:assert';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Report } from '../../src/core';
import { crossread, seedUris, waitFor, workspaceRoot } from './helpers';

function runCli(args: string[], cwd: string, extensionPath: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(extensionPath, 'bin/crossread.js'), ...args], { cwd, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as NodeJS.ErrnoException & { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('Crossread in a real extension host', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('activates on a workspace of articles before any article is opened, and has the summary at once', async () => {
    const extension = crossread();
    // No article is open: the corpus is read because the workspace has files its include globs match.
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.languageId === 'article'), 'no article is open yet');
    await waitFor('Crossread to activate', () => extension.isActive);
    const snapshot = await extension.exports.whenIdle();
    assert.strictEqual(snapshot?.articles.length, (await seedUris()).length, 'the corpus is analysed without opening anything');
  });

  it('gives seed files the article language', async () => {
    for (const uri of await seedUris()) {
      const document = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(document.languageId, 'article', uri.path);
    }
  });

  it('leaves other text files alone until "Read as Article" is run, which switches the language only', async () => {
    const notes = vscode.Uri.joinPath(workspaceRoot(), 'notes.txt');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(notes));
    const document = await vscode.workspace.openTextDocument(notes);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'plaintext');
    await vscode.commands.executeCommand('crossread.readAsArticle');
    await waitFor('the language to switch', () => vscode.window.activeTextEditor?.document.languageId === 'article');
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(notes));
    assert.strictEqual(after, before, 'the file on disk must not change');
    assert.strictEqual(vscode.window.activeTextEditor?.document.isDirty, false);
    // Back to plain text, so the later suites see the sample corpus alone.
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
  });

  it('contributes word wrap for articles', () => {
    const wrap = vscode.workspace.getConfiguration('editor', { languageId: 'article' }).get<string>('wordWrap');
    assert.strictEqual(wrap, 'on');
  });

  it('runs the same engine as the CLI: identical reports for each seed and for the whole corpus', async () => {
    const api = crossread().exports;
    const extensionPath = crossread().extensionPath;
    const cwd = workspaceRoot().fsPath;
    const uris = await seedUris();
    for (const uri of [uris[0], uris[4]]) {
      const relative = path.relative(cwd, uri.fsPath);
      const fromHost = await api.analyzeFiles([uri]);
      const cli = await runCli(['analyze', relative, '--format', 'json'], cwd, extensionPath);
      assert.strictEqual(cli.code, 0, cli.stderr);
      assert.deepStrictEqual(fromHost, JSON.parse(cli.stdout) as Report, relative);
    }
    const corpus = await api.analyzeFiles(uris);
    const cli = await runCli(['analyze', 'seeds', '--format', 'json'], cwd, extensionPath);
    assert.strictEqual(cli.code, 0, cli.stderr);
    const fromCli = JSON.parse(cli.stdout) as Report;
    assert.strictEqual(corpus.documents.length, 5);
    assert.deepStrictEqual(corpus, fromCli);
  });
});
