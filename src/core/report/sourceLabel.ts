/**
 * The short name a reader sees for a source, the same in the CLI output and on every surface of
 * the extension: the outlet (front matter `source`, or the host of its `url`), else a short
 * headline, else "Source N". File names such as "002_7bee378135b823fb" say nothing to a reader,
 * and whole headlines push the conflict out of a one-line message.
 */
import type { DocumentReport } from '.';

/** Headlines longer than this are cut at a word boundary, so a label fits in a one-line message. */
export const SOURCE_LABEL_HEADLINE_CHARS = 40;

/** A headline cut to at most SOURCE_LABEL_HEADLINE_CHARS characters at a word boundary, with "…". */
export function shortHeadline(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= SOURCE_LABEL_HEADLINE_CHARS) return clean;
  const cut = clean.slice(0, SOURCE_LABEL_HEADLINE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  // A single long word is cut inside the word rather than producing an empty label.
  const kept = lastSpace > SOURCE_LABEL_HEADLINE_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
  return kept.replace(/[\s,;:.\-–—]+$/, '') + '…';
}

/**
 * The label of one source by itself: a reader's own name for it (`rename`), else the outlet, else
 * a short headline, else "Source N" with N its 1-based position in the corpus.
 */
export function sourceLabel(doc: Pick<DocumentReport, 'source' | 'title'>, position: number, rename?: string): string {
  const own = rename?.replace(/\s+/g, ' ').trim();
  if (own) return own;
  const outlet = doc.source?.replace(/\s+/g, ' ').trim();
  if (outlet) return outlet;
  const headline = doc.title ? shortHeadline(doc.title) : '';
  return headline || `Source ${position + 1}`;
}

/**
 * The labels of all documents of a corpus, by document id, each distinct: when two sources would
 * share one (two articles of one outlet), the later ones get " (2)", " (3)" in corpus order, so a
 * message naming a source always names one. `renames` maps document ids to a reader's own labels.
 */
export function sourceLabels(documents: readonly Pick<DocumentReport, 'id' | 'source' | 'title'>[], renames: Readonly<Record<string, string>> = {}): Map<string, string> {
  const labels = new Map<string, string>();
  const seen = new Map<string, number>();
  documents.forEach((doc, position) => {
    const base = sourceLabel(doc, position, Object.hasOwn(renames, doc.id) ? renames[doc.id] : undefined);
    const key = base.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    labels.set(doc.id, count === 1 ? base : `${base} (${count})`);
  });
  return labels;
}
