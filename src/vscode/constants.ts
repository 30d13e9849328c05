/** The language id of article files (contributed in package.json). */
export const ARTICLE_LANGUAGE_ID = 'article';

/** The extension's identifier: `${publisher}.${name}`. */
export const EXTENSION_ID = 'crossread.crossread';

/** The timeline view (contributed in package.json). */
export const EVENTS_VIEW_ID = 'crossread.events';
