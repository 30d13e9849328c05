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

/** The document id: the file name without its extension. */
export function documentIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Gives every article a unique id: its file name without extension, and where two files share
 * a name, the later ones get "-2", "-3"… in input order, so ids stay stable for a given input.
 */
export function assignDocumentIds(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((path) => {
    const base = documentIdFromPath(path);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
