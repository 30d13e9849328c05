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

  it('gives the article language to a text file the include setting makes an article, and leaves the file unchanged', async () => {
    const api = crossread().exports;
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'stories');
    const story = vscode.Uri.joinPath(folder, 'wire.txt');
    const text = '---\ndate: 2025-06-12\nsource: Harbor Wire\n---\nFerry service resumes in Lakeport\nThe ferry to the islands ran again on Thursday after a week of repairs, the port authority said.\n';
    const setting = vscode.workspace.getConfiguration('crossread');
    const include = setting.get<string[]>('corpus.include') ?? [];
    await vscode.workspace.fs.writeFile(story, new TextEncoder().encode(text));
    try {
      await setting.update('corpus.include', [...include, '**/stories/*.txt'], vscode.ConfigurationTarget.Global);
      await waitFor('the story to join the corpus', async () => ((await api.whenIdle())?.articles.length ?? 0) === (await seedUris()).length + 1, 30_000);
      const document = await vscode.workspace.openTextDocument(story);
      await waitFor('the article language', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === story.toString())?.languageId === 'article');
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(story)), text, 'the file on disk must not change');
      assert.ok(!document.isDirty);
      // The reader may pick Plain Text for it again, and keeps it (an open article-language document
      // would also stay in the corpus until VS Code lets it go).
      const reopened = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.strictEqual(vscode.workspace.textDocuments.find((d) => d.uri.toString() === story.toString())?.languageId ?? reopened.languageId, 'plaintext');
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await setting.update('corpus.include', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor('the sample corpus alone again', async () => ((await api.whenIdle())?.articles.length ?? 0) === (await seedUris()).length, 30_000);
    }
  });

  it("contributes word wrap for articles, and turns VS Code's occurrence highlight off in them (it would stack on person highlights)", () => {
    const article = vscode.workspace.getConfiguration('editor', { languageId: 'article' });
    assert.strictEqual(article.get<string>('wordWrap'), 'on');
    assert.strictEqual(article.get<string>('occurrencesHighlight'), 'off');
    // Only in articles: other languages keep VS Code's default.
    assert.notStrictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get<string>('occurrencesHighlight'), 'off');
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
