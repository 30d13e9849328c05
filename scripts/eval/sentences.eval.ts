/**
 * Sentence splitting against the corpora's own segmentation: MEANTIME and ECB+ files hold one
 * sentence per line, so every split the splitter makes inside a line is an over-split (or a
 * sentence the original tokeniser merged: the figure is an upper bound on real errors).
 */
import * as path from 'node:path';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArticleText } from '../../src/core/extract/text';
import { corporaRoot, corpusAvailable, pct, readArticles } from './corpora';

export interface OverSplitFigures {
  lines: number;
  linesSplit: number;
  extraSentences: number;
  examples: string[];
}

export function overSplits(corpus: string, maxExamples = 8): OverSplitFigures {
  const figures: OverSplitFigures = { lines: 0, linesSplit: 0, extraSentences: 0, examples: [] };
  for (const input of readArticles(path.join(corporaRoot, corpus))) {
    const article = parseArticleText(input.text);
    const perLine = new Map<number, number>();
    for (const sentence of splitSentences(article)) perLine.set(sentence.line, (perLine.get(sentence.line) ?? 0) + 1);
    for (const [line, count] of perLine) {
      figures.lines++;
      if (count <= 1) continue;
      figures.linesSplit++;
      figures.extraSentences += count - 1;
      if (figures.examples.length < maxExamples) {
        const span = article.lines[line];
        figures.examples.push(input.text.slice(span.start, span.end).slice(0, 160));
      }
    }
  }
  return figures;
}

export function evaluate(): void {
  for (const corpus of ['meantime', 'ecbplus-dev']) {
    if (!corpusAvailable(corpus)) {
      console.log(`${corpus}: not available under ${corporaRoot}`);
      continue;
    }
    const f = overSplits(corpus, Number(process.env.EXAMPLES ?? 8));
    console.log(
      `${corpus}: ${f.lines} one-sentence lines, split inside ${f.linesSplit} (${pct(f.linesSplit / f.lines)}), ` +
        `${f.extraSentences} extra sentence boundaries`,
    );
    for (const example of f.examples) console.log(`  e.g. ${example}`);
  }
}
