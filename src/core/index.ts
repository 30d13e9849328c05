/** The engine's public surface, shared by the extension, the CLI and the tests. */
export { analyzeArticle, documentIdFromPath, type ArticleAnalysis, type ArticleInput } from './extract';
export {
  analyzeArticleIsolated,
  analyzeCorpus,
  analyzeCorpusDetailed,
  assignDocumentIds,
  buildCorpusReport,
  type ArticlePipeline,
  type CorpusAnalysis,
} from './corpus';
export * from './report';
export { decodeArticleBytes, parseArticleText, type ArticleText, type Line, type LineKind, type Span } from './extract/text';
