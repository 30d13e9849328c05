/** The engine's public surface, shared by the extension, the CLI and the tests (`./view` is its light part). */
export * from './view';
export { parseArticleText } from './extract/text';
export { AnalysisStopped, analyzeArticle, type ArticleAnalysis, type ArticleInput } from './extract';
export {
  analyzeArticleIsolated,
  analyzeCorpus,
  analyzeCorpusDetailed,
  buildCorpusReport,
  buildCorpusView,
  type ArticlePipeline,
  type CorpusAnalysis,
} from './corpus';
export { headerDate } from './extract/dates/reference';
export { IncrementalCorpus, type CorpusFile, type CorpusResultStore, type CorpusView } from './incremental';
export { compareWording, type WordingToken } from './report/wording';
