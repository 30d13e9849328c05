/**
 * Writes a report as JSON to a stream piece by piece, never as one string: a large corpus's report
 * passes the longest string V8 can make (about 512 MB), and building it whole doubles the peak
 * memory of the write. The text is exactly `JSON.stringify(value, null, 2) + '\n'`: the outer levels
 * (the report, its arrays, their items) are written member by member, and each deeper value with
 * `JSON.stringify`, re-indented to its place.
 */
import type { Writable } from 'node:stream';

/** Levels written member by member; deeper values are small (a claim, a match) and stringified whole. */
const STREAMED_DEPTH = 3;
/** Written to the stream in pieces of about this many characters. */
const CHUNK_CHARACTERS = 1 << 16;

/** The pieces of `JSON.stringify(value, null, 2)` for a value at `indent`, outer levels one member at a time. */
export function* jsonPieces(value: unknown, indent = '', depth = 0): Generator<string> {
  if (depth >= STREAMED_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, 2);
    // Inside an array JSON writes null for what it cannot write; object members that are undefined are left out by the caller.
    yield text === undefined ? 'null' : indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      yield* jsonPieces(value[i], inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of entries) {
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(member, inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/**
 * Writes `JSON.stringify(value, null, 2) + '\n'` to `out` in pieces, waiting for the stream to
 * drain when it asks to, so that memory stays bounded by the pieces in flight. Resolves once the
 * last piece is handed to the stream (the caller ends or closes it); rejects on a stream error.
 */
export async function writeJsonReport(value: unknown, out: Writable | NodeJS.WritableStream): Promise<void> {
  let failure: Error | null = null;
  const onError = (error: unknown): void => {
    failure = error instanceof Error ? error : new Error(String(error));
  };
  out.on('error', onError);
  try {
    let buffer = '';
    const flush = async (): Promise<void> => {
      const piece = buffer;
      buffer = '';
      // A failed stream may never drain: its error ends the wait as well.
      if (!out.write(piece)) {
        await new Promise<void>((resolve) => {
          // Both listeners go when either fires: a long write waits for many drains.
          const done = (): void => {
            out.removeListener('drain', done);
            out.removeListener('error', done);
            resolve();
          };
          out.on('drain', done);
          out.on('error', done);
        });
      }
      if (failure) throw failure;
    };
    for (const piece of jsonPieces(value)) {
      buffer += piece;
      if (buffer.length >= CHUNK_CHARACTERS) await flush();
    }
    buffer += '\n';
    await flush();
  } finally {
    out.removeListener('error', onError);
  }
}
