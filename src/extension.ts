import * as vscode from 'vscode';
import type { Report } from './core';
import { analyzeFiles } from './vscode/corpusReader';
import { registerReadAsArticleCommand } from './vscode/readAsArticle';

/** What the extension offers other extensions and the integration tests. */
export interface CrossreadApi {
  /** Runs the engine on the given files as one corpus (the same report as `crossread analyze`). */
  analyzeFiles(uris: readonly vscode.Uri[]): Promise<Report>;
}

export function activate(context: vscode.ExtensionContext): CrossreadApi {
  context.subscriptions.push(registerReadAsArticleCommand());
  return {
    analyzeFiles: async (uris) => (await analyzeFiles(uris)).report,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
