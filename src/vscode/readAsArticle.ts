import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE_ID, COMMANDS } from './constants';

/** "Crossread: Read as Article": switches the active (or given) text document to the article language. */
export function registerReadAsArticleCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.readAsArticle, async (uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Crossread: open a text file first, then run "Read as Article".');
      return undefined;
    }
    if (document.languageId === ARTICLE_LANGUAGE_ID) return document;
    // Changing the language id only changes how the editor reads the file; the file is untouched.
    return vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE_ID);
  });
}
