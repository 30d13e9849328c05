/**
 * The corpus order: paths compared folder by folder, by UTF-16 code unit, so the CLI (which walks
 * folders in sorted order) and the extension list documents, and so assign ids, the same way.
 */
export function comparePaths(a: string, b: string): number {
  const pa = a.split(/[\\/]/);
  const pb = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}
