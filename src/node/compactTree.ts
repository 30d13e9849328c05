/**
 * A compact binary form of plain data (objects, arrays, strings, numbers, booleans, null), for the
 * persistent analysis cache (analysisCache.ts). An article's analysis is tens of thousands of small
 * objects of a few dozen shapes, and `v8.serialize` writes every object's key names and every
 * string in full: about 38 KB per 3 KB article, 40 % of it key names and a fifth copies of spans of
 * the article's own text. Here:
 *
 * - an object is its shape's number and its values in the shape's order (each shape's key names
 *   are written once per entry);
 * - a string is written once per entry and referred to by number; the distinct strings are one
 *   UTF-8 block, decoded with one call and cut by length;
 * - a string that is the text of the source (the article) between the `start` and `end` of the
 *   object holding it (claims, clauses, dates, quantities…) is written as a mark and sliced from the
 *   source again on reading: V8 keeps such a slice as a view on the source, not a copy;
 * - numbers are variable-length integers (a double only when not an integer);
 * - an object or array met again (the same object at two places) is written as a reference, so
 *   reading gives one object at both places again, as `v8.serialize` does.
 *
 * Reading gives data equal to what was written, in the same key order (reports stay
 * byte-identical). Anything else (a Map, a class instance, undefined in an array, a symbol…) is not
 * written: `encodeTree` answers undefined and the caller keeps its general form. Short strings
 * read back are shared between entries (`internShort`): a stem such as "meet" is one string
 * for the whole corpus instead of one per claim.
 */

/** Low three bits of each value's leading number: what follows. */
const enum Tag {
  /** Payload 0 null, 1 false, 2 true; from 3 on, a reference to the (payload - 3)th object or array read. */
  Constant = 0,
  Integer = 1,
  NegativeInteger = 2,
  /** Eight bytes of a double follow. */
  Double = 3,
  /** Payload: the string's number in the entry's table. */
  String = 4,
  /** The source text between the holding object's `start` and `end`. */
  SourceSlice = 5,
  /** Payload: the length; the items follow. */
  Array = 6,
  /** Payload: the shape's number; a new shape's key count and key strings follow; then the values. */
  Object = 7,
}

const FIRST_REFERENCE = 3;
/** Integers written as such: larger ones are written as doubles (the payload times 8 must stay a safe integer). */
const MAX_INLINE_INTEGER = 2 ** 48;
/**
 * Strings up to this length are shared between entries when read. Longer ones are views on their
 * entry's block of strings (V8 slices from 13 characters on), and sharing one would keep that
 * whole block alive after its analysis is gone.
 */
const SHORT_STRING = 12;
/** A bound on the shared short strings (a corpus's vocabulary is far below it). */
const MAX_INTERNED = 1 << 20;

class ByteWriter {
  bytes = new Uint8Array(1 << 12);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** A non-negative safe integer, seven bits a byte, low bits first. */
  varint(value: number): void {
    this.room(8);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  double(value: number): void {
    this.room(8);
    new DataView(this.bytes.buffer).setFloat64(this.length, value, true);
    this.length += 8;
  }

  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Thrown inside `encodeTree` at the first value it cannot write. */
class NotPlainData extends Error {}

/**
 * The compact form of `root`, or undefined when `root` holds anything but plain objects, arrays,
 * strings, finite or not numbers, booleans and null. `source` is the text that spans are offsets in.
 */
export function encodeTree(root: unknown, source: string): Buffer | undefined {
  const values = new ByteWriter();
  const strings: string[] = [source];
  const stringNumbers = new Map<string, number>([[source, 0]]);
  const shapeNumbers = new Map<string, number>();
  const references = new Map<object, number>();
  /** The objects whose fields are being written. */
  const open = new Set<object>();

  const stringNumber = (text: string): number => {
    let n = stringNumbers.get(text);
    if (n === undefined) {
      n = strings.length;
      strings.push(text);
      stringNumbers.set(text, n);
    }
    return n;
  };
  const tagged = (tag: Tag, payload: number): void => values.varint(payload * 8 + tag);

  const write = (value: unknown, holder: Record<string, unknown> | null): void => {
    switch (typeof value) {
      case 'string':
        // UTF-8 has no lone surrogate ("ab\ud83d" would read back as "ab\ufffd"): such a string is not plain data here.
        if (LONE_SURROGATE.test(value)) throw new NotPlainData();
        if (holder !== null && isSourceSlice(value, holder, source)) tagged(Tag.SourceSlice, 0);
        else tagged(Tag.String, stringNumber(value));
        return;
      case 'number':
        if (Number.isInteger(value) && Math.abs(value) <= MAX_INLINE_INTEGER && !Object.is(value, -0)) {
          if (value >= 0) tagged(Tag.Integer, value);
          else tagged(Tag.NegativeInteger, -value);
        } else {
          tagged(Tag.Double, 0);
          values.double(value);
        }
        return;
      case 'boolean':
        tagged(Tag.Constant, value ? 2 : 1);
        return;
      case 'object': {
        if (value === null) return tagged(Tag.Constant, 0);
        const seen = references.get(value);
        if (seen !== undefined) {
          // An object inside itself: it is read back only once its fields are, so it cannot be referred to from them.
          if (open.has(value)) throw new NotPlainData();
          return tagged(Tag.Constant, FIRST_REFERENCE + seen);
        }
        references.set(value, references.size);
        if (Array.isArray(value)) {
          if (Object.getPrototypeOf(value) !== Array.prototype) throw new NotPlainData();
          tagged(Tag.Array, value.length);
          for (let i = 0; i < value.length; i++) {
            // A hole would read back as undefined: not plain data.
            if (!(i in value)) throw new NotPlainData();
            write(value[i], null);
          }
          return;
        }
        if (Object.getPrototypeOf(value) !== Object.prototype) throw new NotPlainData();
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record);
        // An own "__proto__" would be read back as the prototype.
        if (Object.hasOwn(record, '__proto__')) throw new NotPlainData();
        const shapeKey = JSON.stringify(keys);
        let shape = shapeNumbers.get(shapeKey);
        if (shape === undefined) {
          shape = shapeNumbers.size;
          shapeNumbers.set(shapeKey, shape);
          tagged(Tag.Object, shape);
          values.varint(keys.length);
          for (const key of keys) values.varint(stringNumber(key));
        } else {
          tagged(Tag.Object, shape);
        }
        open.add(record);
        for (const key of keys) write(record[key], record);
        open.delete(record);
        return;
      }
      default:
        // undefined, functions, symbols, bigints.
        throw new NotPlainData();
    }
  };

  try {
    write(root, null);
  } catch (error) {
    if (error instanceof NotPlainData) return undefined;
    throw error;
  }
  // The entry: the string count, each string's length in UTF-16 units, the strings' UTF-8 bytes, then the values.
  const head = new ByteWriter();
  head.varint(strings.length);
  for (const text of strings) head.varint(text.length);
  const joined = Buffer.from(strings.join(''), 'utf8');
  head.varint(joined.length);
  return Buffer.concat([head.view(), joined, values.view()]);
}

/** A surrogate not part of a pair (with the u flag, paired ones read as one code point). */
const LONE_SURROGATE = /\p{Cs}/u;

function isSourceSlice(value: string, holder: Record<string, unknown>, source: string): boolean {
  const { start, end } = holder;
  // The bounds the reader checks: a span inside the source.
  return typeof start === 'number' && typeof end === 'number' && start >= 0 && end <= source.length && end - start === value.length && value.length > 0 && source.startsWith(value, start);
}

/** Short strings read back, shared by every entry read in this process. */
const interned = new Map<string, string>();

function internShort(text: string): string {
  if (text.length > SHORT_STRING) return text;
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size < MAX_INTERNED) interned.set(text, text);
  return text;
}

/** How objects of one shape are built: from their fields' values, read in the shape's order. */
interface Shape {
  build: (field: (key: string) => unknown) => Record<string, unknown>;
}

/** The shapes met in this process, by their keys: a corpus's analyses have a few dozen. */
const shapeBuilders = new Map<string, Shape>();
/** Beyond this many shapes (no analysis comes near), objects are built key by key. */
const MAX_SHAPES = 4096;

function shapeOf(keys: readonly string[]): Shape {
  // JSON of the keys: no two key lists share it ("a\u0000b" and "a","b" would under a joined id).
  const id = JSON.stringify(keys);
  let shape = shapeBuilders.get(id);
  if (shape === undefined) {
    if (shapeBuilders.size >= MAX_SHAPES) return { build: (field) => buildKeyByKey(keys, field) };
    // One object literal per shape: V8 then makes each object with its final layout at once,
    // instead of growing it key by key through a keyed store that sees dozens of shapes (about
    // twice as fast). The keys enter the code only as JSON string literals; "__proto__", the one
    // key a literal would not read as a plain key, is refused before this.
    const body = `return {${keys.map((key, n) => `${JSON.stringify(key)}: field(keys[${n}])`).join(', ')}};`;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is built from JSON string literals only (see above)
    const build = new Function('keys', 'field', body) as (keys: readonly string[], field: (key: string) => unknown) => Record<string, unknown>;
    shape = { build: (field) => build(keys, field) };
    shapeBuilders.set(id, shape);
  }
  return shape;
}

function buildKeyByKey(keys: readonly string[], field: (key: string) => unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of keys) object[key] = field(key);
  return object;
}

/** Holds an object's place among the objects read until its fields are read. */
const UNFINISHED: object = {};

/** Thrown by `decodeTree` on bytes that are not an entry it wrote. */
export class MalformedTree extends Error {}

/** The data `encodeTree` wrote into `data`. Throws `MalformedTree` when `data` is not such an entry. */
export function decodeTree(data: Uint8Array): unknown {
  let at = 0;
  const varint = (): number => {
    let byte = data[at++];
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 0x80;
    for (;;) {
      if (at >= data.length || scale > 2 ** 49) throw new MalformedTree('a number runs past the entry');
      byte = data[at++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);

  const stringCount = varint();
  if (stringCount < 1 || stringCount > data.length) throw new MalformedTree('no string table');
  const lengths: number[] = [];
  for (let n = 0; n < stringCount; n++) lengths.push(varint());
  const joinedBytes = varint();
  if (at + joinedBytes > data.length) throw new MalformedTree('the strings run past the entry');
  const joined = Buffer.from(data.buffer, data.byteOffset + at, joinedBytes).toString('utf8');
  at += joinedBytes;
  const strings: string[] = [];
  let offset = 0;
  for (const length of lengths) {
    strings.push(internShort(joined.slice(offset, offset + length)));
    offset += length;
  }
  if (offset !== joined.length) throw new MalformedTree('the string lengths do not add up');
  const source = strings[0];

  const shapes: Shape[] = [];
  const references: object[] = [];
  /** Items declared so far by arrays and shapes (see `Tag.Array`). */
  let declared = 0;

  const read = (): unknown => {
    if (at >= data.length) throw new MalformedTree('the entry ends inside a value');
    const lead = varint();
    const tag = lead % 8;
    const payload = (lead - tag) / 8;
    switch (tag as Tag) {
      case Tag.Constant:
        if (payload >= FIRST_REFERENCE) {
          const object = references[payload - FIRST_REFERENCE];
          if (object === undefined || object === UNFINISHED) throw new MalformedTree('a reference to nothing read');
          return object;
        }
        return payload === 0 ? null : payload === 2;
      case Tag.Integer:
        return payload;
      case Tag.NegativeInteger:
        return -payload;
      case Tag.Double: {
        if (at + 8 > data.length) throw new MalformedTree('a number runs past the entry');
        const value = view.getFloat64(at, true);
        at += 8;
        return value;
      }
      case Tag.String: {
        const text = strings[payload];
        if (text === undefined) throw new MalformedTree('a string not in the table');
        return text;
      }
      case Tag.SourceSlice:
        // Only an object's field can be a slice; `readObject` reads those itself.
        throw new MalformedTree('a source slice outside an object');
      case Tag.Array: {
        // Every item takes at least a byte: the items all arrays and shapes declare together never pass the
        // entry's length (else a few KB of nested headers would make gigabytes of empty arrays).
        declared += payload;
        if (declared > data.length) throw new MalformedTree('arrays longer than the entry');
        // Made at its length: an array grown by push keeps room for 16 more items, which for the
        // short arrays of an analysis (a claim's names, a clause's dates) doubles their memory.
        const array: unknown[] = new Array<unknown>(payload);
        references.push(array);
        for (let n = 0; n < payload; n++) array[n] = read();
        return array;
      }
      case Tag.Object:
        return readObject(payload);
      default:
        throw new MalformedTree('an unknown tag');
    }
  };

  const readObject = (shapeNumber: number): Record<string, unknown> => {
    let shape = shapes[shapeNumber];
    if (shape === undefined) {
      if (shapeNumber !== shapes.length) throw new MalformedTree('a shape out of order');
      const count = varint();
      declared += count;
      if (declared > data.length) throw new MalformedTree('shapes longer than the entry');
      const keys: string[] = [];
      const seen = new Set<string>();
      for (let n = 0; n < count; n++) {
        const key = strings[varint()];
        if (key === undefined || key === '__proto__') throw new MalformedTree('a key not in the table');
        // The writer's keys are an object's own keys, never twice; a repeated one would only cost time.
        if (seen.has(key)) throw new MalformedTree('a key twice in one shape');
        seen.add(key);
        keys.push(key);
      }
      shape = shapeOf(keys);
      shapes.push(shape);
    }
    // The object's number is taken before its fields are read (the writer numbers parents first).
    const number = references.length;
    references.push(UNFINISHED);
    const outer = slices;
    slices = null;
    const object = shape.build(readField);
    const own = slices as string[] | null;
    slices = outer;
    references[number] = object;
    if (own !== null) {
      const { start, end } = object;
      if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && start <= end && end <= source.length)) throw new MalformedTree('a source slice without its span');
      for (const key of own) object[key] = source.slice(start, end);
    }
    return object;
  };
  /** The keys of the object being built whose value is a source slice (none: null). */
  let slices: string[] | null = null;
  const readField = (key: string): unknown => {
    if (data[at] !== Tag.SourceSlice) return read();
    at++;
    (slices ??= []).push(key);
    // A place holder keeps the key's order; the slice needs `start` and `end`, which may come later.
    return '';
  };

  const root = read();
  if (at !== data.length) throw new MalformedTree('bytes after the value');
  return root;
}
