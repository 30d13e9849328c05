/** The engine's public surface, shared by the extension, the CLI and the tests. */
export { analyzeArticle, documentIdFromPath, type ArticleAnalysis, type ArticleInput } from './article';
export { analyzeCorpus, analyzeCorpusDetailed, assignDocumentIds, buildCorpusReport, type CorpusAnalysis } from './corpus';
export * from './report';
export { decodeArticleBytes, parseArticleText, type ArticleText, type Line, type LineKind, type Span } from './text';
export { IncrementalCorpus, type CorpusFile } from './incremental';
export { buildReportLookup, claimSupport, documentOfClaim, spanAt, spansAt, type ReportLookup } from './lookup';
export { countOf, escapeMarkdown, renderMarkdown, renderText } from './render';
export { parseFrontMatter } from './text';
export { comparePaths } from './paths';
export { partitionPoint } from './search';
export { compareWording, quotedPhrases } from './wording';
