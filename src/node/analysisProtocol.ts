import type { ArticleAnalysis } from '../core/article';
import type { CorpusFile } from '../core/incremental';
import type { Report } from '../core/report';

/** Messages between the extension and its analysis thread. */
export interface AnalysisRequest {
  id: number;
  files: CorpusFile[];
  /** The signature of the result the extension holds: an identical result is answered 'unchanged'. */
  heldSignature: string | null;
}

export type AnalysisResponse =
  | { id: number; kind: 'done'; articles: ArticleAnalysis[]; report: Report; signature: string; durationMs: number }
  | { id: number; kind: 'unchanged' }
  /** `stoppedEarly`: the work itself was abandoned, not just its result dropped. */
  | { id: number; kind: 'cancelled'; stoppedEarly: boolean }
  | { id: number; kind: 'error'; message: string };
