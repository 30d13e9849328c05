import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE_ID } from './constants';
import type { CorpusService } from './corpusService';

/**
 * Gives the article language to plain-text documents the `crossread.corpus.include` globs make
 * articles (say, the .txt files of a "stories" folder): the language's own file patterns cover only
 * the default folders, and without the language such a file is analysed but gets no hover cards,
 * inlay hints or grammar.
 * Only plain text is switched, and each file once: a document the reader opened in another language,
 * or switched back, keeps it. The file itself is untouched (the language id is how the editor reads it).
 */
export function registerArticleLanguage(corpus: CorpusService): vscode.Disposable {
  // Each file once: a reader who then picks Plain Text for it keeps it (VS Code reopens a document whose
  // language changes, which would otherwise switch it straight back).
  const switched = new Set<string>();
  const readAsArticle = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'plaintext' || document.isClosed || !corpus.isWorkspaceFile(document.uri)) return;
    const key = document.uri.toString();
    if (switched.has(key)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE_ID).then(undefined, () => undefined);
  };
  for (const document of vscode.workspace.textDocuments) readAsArticle(document);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(readAsArticle),
    // A search that finds new files (a setting changed, a file created) covers documents already open.
    corpus.onDidFindFiles(() => {
      for (const document of vscode.workspace.textDocuments) readAsArticle(document);
    }),
  );
}
