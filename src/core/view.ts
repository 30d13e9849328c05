/**
 * The part of the engine the editor shows an analysis with: the report's types, lookups and
 * rendering, source labels, speaker hints, paths and the article file's text helpers. Nothing
 * here extracts or compares, so it loads in milliseconds: the extension imports only this at
 * activation and loads the rest of the engine (`./index`) when it first analyses in process.
 */
export * from './report';
export { decodeArticleBytes, limitArticleText, parseFrontMatter, type ArticleText, type Line, type LineKind, type Span } from './extract/text';
export { speakerHints, type SpeakerHint } from './extract/quotes/hints';
export { buildReportLookup, claimSupport, lookupSteps, documentOfClaim, independentSourceCount, independentSourceOf, spanAt, spansAt, type ReportLookup } from './report/lookup';
export { commandLinkArguments, conflictLine, contradictedSentences, countOf, escapeCardMarkdown, escapeMarkdown, escapeMarkdownText, matchSummary, renderMarkdown, renderText, terminalSafe, type RenderOptions } from './report/render';
export { shortHeadline, sourceLabel, sourceLabels, SOURCE_LABEL_HEADLINE_CHARS } from './report/sourceLabel';
export { assignDocumentIds, comparePaths, documentIdFromPath } from './util/paths';
export { partitionPoint } from './util/search';
export type { ArticleAnalysis } from './extract';
export type { QuoteEchoes } from './corpus/quotes';
