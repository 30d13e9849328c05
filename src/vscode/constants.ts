/** The language id of article files (contributed in package.json). */
export const ARTICLE_LANGUAGE_ID = 'article';

/** The extension's identifier: `${publisher}.${name}`. */
export const EXTENSION_ID = 'crossread.crossread';

/** The timeline view (contributed in package.json). */
export const EVENTS_VIEW_ID = 'crossread.events';

/** Folders whose text files are articles (the language association in package.json says the same). */
export const ARTICLE_FOLDER_NAMES = new Set(['seeds', 'articles', 'news']);
