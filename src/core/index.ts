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
export { speakerHints, type SpeakerHint } from './extract/quotes/hints';
export { IncrementalCorpus, type CorpusFile } from './incremental';
export { buildReportLookup, claimSupport, documentOfClaim, spanAt, spansAt, type ReportLookup } from './report/lookup';
export { commandLinkArguments, conflictLine, countOf, escapeCardMarkdown, escapeMarkdown, matchSummary, renderMarkdown, renderText, terminalSafe } from './report/render';
export { comparePaths } from './util/paths';
export { partitionPoint } from './util/search';
export { compareWording, type WordingToken } from './report/wording';
export type { QuoteEchoes } from './corpus/quotes';
