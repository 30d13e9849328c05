/** The engine's public surface, shared by the extension, the CLI and the tests. */
export { AnalysisStopped, analyzeArticle, documentIdFromPath, type ArticleAnalysis, type ArticleInput } from './extract';
export {
  analyzeArticleIsolated,
  analyzeCorpus,
  analyzeCorpusDetailed,
  assignDocumentIds,
  buildCorpusReport,
  buildCorpusView,
  type ArticlePipeline,
  type CorpusAnalysis,
} from './corpus';
export * from './report';
export { decodeArticleBytes, limitArticleText, parseArticleText, parseFrontMatter, type ArticleText, type Line, type LineKind, type Span } from './extract/text';
export { headerDate } from './extract/dates/reference';
export { speakerHints, type SpeakerHint } from './extract/quotes/hints';
export { IncrementalCorpus, type CorpusFile } from './incremental';
export { buildReportLookup, claimSupport, documentOfClaim, independentSourceCount, independentSourceOf, spanAt, spansAt, type ReportLookup } from './report/lookup';
export { commandLinkArguments, conflictLine, contradictedSentences, countOf, escapeCardMarkdown, escapeMarkdown, escapeMarkdownText, matchSummary, renderMarkdown, renderText, terminalSafe, type RenderOptions } from './report/render';
export { shortHeadline, sourceLabel, sourceLabels, SOURCE_LABEL_HEADLINE_CHARS } from './report/sourceLabel';
export { comparePaths } from './util/paths';
export { partitionPoint } from './util/search';
export { compareWording, type WordingToken } from './report/wording';
export type { QuoteEchoes } from './corpus/quotes';
