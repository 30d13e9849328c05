// Ids that package.json contributes and the code uses. This module does not import the vscode
// API, so the unit tests can compare it with the manifest (test/unit/manifest.test.ts).

/** The language id of article files (contributed in package.json). */
export const ARTICLE_LANGUAGE_ID = 'article';

/** The extension's identifier: `${publisher}.${name}`. */
export const EXTENSION_ID = 'crossread.crossread';

/** Every command contributed in package.json (`contributes.commands`), by what it does. */
export const COMMANDS = {
  readAsArticle: 'crossread.readAsArticle',
  toggleHighlights: 'crossread.toggleHighlights',
  nextContradiction: 'crossread.nextContradiction',
  previousContradiction: 'crossread.previousContradiction',
  showClaimMatches: 'crossread.showClaimMatches',
  exportReport: 'crossread.exportReport',
  setArticleDate: 'crossread.setArticleDate',
  refresh: 'crossread.refresh',
  renameSource: 'crossread.renameSource',
  openLocation: 'crossread.openLocation',
} as const;

export type CrossreadCommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** The activity bar container of Crossread's views (`contributes.viewsContainers.activitybar`). */
export const VIEW_CONTAINER_ID = 'crossread';

/** Every view contributed in package.json, all in VIEW_CONTAINER_ID (`contributes.views`). */
export const VIEWS = {
  /** The timeline of events across the sources. */
  events: 'crossread.events',
  sources: 'crossread.sources',
  people: 'crossread.people',
} as const;

export type CrossreadViewId = (typeof VIEWS)[keyof typeof VIEWS];

/** The command VS Code creates for every view, which reveals and focuses it. */
export function focusViewCommand(view: CrossreadViewId): `${CrossreadViewId}.focus` {
  return `${view}.focus`;
}

/**
 * Context keys the extension sets with `setContext` and package.json's `when` clauses read
 * (the views' welcome content depends on the corpus state).
 */
export const CONTEXT_KEYS = {
  corpusState: 'crossread.corpusState',
} as const;

/** `contextValue`s of tree items that package.json's menus name (`viewItem == …`). */
export const TREE_ITEM_CONTEXTS = {
  /** An analysed article in the Sources view (it can be renamed). */
  source: 'crossread.source',
} as const;

/** Folders whose text files are articles (the language association in package.json says the same). */
export const ARTICLE_FOLDER_NAMES = new Set(['seeds', 'articles', 'news']);
