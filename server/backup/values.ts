// Property values as a backup file writes them: every Neo4j type spelled out, so that an integer
// comes back an integer and a float a float (JSON has one kind of number), a date a date, a
// datetime with its zone. Strings and booleans are JSON's own; everything else is a one-key object
// naming its type. A value of a type not listed here is refused, on the way out and on the way in:
// a backup that silently turned one type into another would only be found out after a restore.
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';

/** A float that JSON cannot write as a number (or would write without its sign, -0). */
type FloatText = 'NaN' | 'Infinity' | '-Infinity' | '-0';
type Float = number | FloatText;

export type Encoded =
  | string
  | boolean
  | { int: string }
  | { float: Float }
  | { date: [number, number, number] }
  | { localtime: [number, number, number, number] }
  | { time: [number, number, number, number, number] }
  | { localdatetime: [number, number, number, number, number, number, number] }
  /** The offset and the zone id: the offset settles an hour a clock change makes twice. */
  | { datetime: [number, number, number, number, number, number, number, number | null, string | null] }
  /** months, days, seconds, nanoseconds: 64-bit each, so written as decimal strings. */
  | { duration: [string, string, string, string] }
  /** srid, x, y and, for 3-D points, z. */
  | { point: [number, Float, Float] | [number, Float, Float, Float] }
  /** A byte array, base64. */
  | { bytes: string }
  | { list: Encoded[] };

export const TYPE_TAGS = ['int', 'float', 'date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration', 'point', 'bytes', 'list'] as const;

/** A value the backup cannot write or read faithfully; `where` names the property. */
export class BackupValueError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'BackupValueError';
  }
}

const FLOAT_TEXT = new Set<string>(['NaN', 'Infinity', '-Infinity', '-0']);

function encodeFloat(x: number): Float {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Object.is(x, -0)) return '-0';
  return x;
}

/** A temporal component (a year, a nanosecond): always within JavaScript's safe integers. */
function small(where: string, v: unknown): number {
  if (isInt(v)) {
    if (!v.inSafeRange()) throw new BackupValueError(where, `a component ${v.toString()} is out of range`);
    return v.toNumber();
  }
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw new BackupValueError(where, `a component ${String(v)} is not a whole number`);
}

const big = (v: unknown): string => (isInt(v) ? v.toString() : String(v));

function describeType(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'object') return typeof value === 'number' ? 'a JavaScript number' : typeof value;
  return `an object (${value.constructor.name})`;
}

/** One property value, as the file holds it. */
export function encodeValue(value: unknown, where: string): Encoded {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // The Db asks for lossless integers, so a plain number from Neo4j is always a float.
  if (typeof value === 'number') return { float: encodeFloat(value) };
  if (isInt(value)) return { int: value.toString() };
  if (Array.isArray(value)) return { list: value.map((v, i) => encodeValue(v, `${where}[${i}]`)) };
  if (value instanceof Int8Array || value instanceof Uint8Array) return { bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (isDate(value)) return { date: [small(where, value.year), small(where, value.month), small(where, value.day)] };
  if (isLocalTime(value)) return { localtime: [small(where, value.hour), small(where, value.minute), small(where, value.second), small(where, value.nanosecond)] };
  if (isTime(value)) {
    return { time: [small(where, value.hour), small(where, value.minute), small(where, value.second), small(where, value.nanosecond), small(where, value.timeZoneOffsetSeconds)] };
  }
  if (isLocalDateTime(value)) {
    const v = value;
    return { localdatetime: [small(where, v.year), small(where, v.month), small(where, v.day), small(where, v.hour), small(where, v.minute), small(where, v.second), small(where, v.nanosecond)] };
  }
  if (isDateTime(value)) {
    const v = value;
    const offset = v.timeZoneOffsetSeconds === undefined || v.timeZoneOffsetSeconds === null ? null : small(where, v.timeZoneOffsetSeconds);
    return { datetime: [small(where, v.year), small(where, v.month), small(where, v.day), small(where, v.hour), small(where, v.minute), small(where, v.second), small(where, v.nanosecond), offset, v.timeZoneId ?? null] };
  }
  if (isDuration(value)) return { duration: [big(value.months), big(value.days), big(value.seconds), big(value.nanoseconds)] };
  if (isPoint(value)) {
    const srid = small(where, value.srid);
    const { x, y, z } = value;
    return { point: z === undefined ? [srid, encodeFloat(x), encodeFloat(y)] : [srid, encodeFloat(x), encodeFloat(y), encodeFloat(z)] };
  }
  throw new BackupValueError(where, `holds ${describeType(value)}, a type the backup does not handle`);
}

export function encodeProps(props: Record<string, unknown>, where: string): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [key, value] of Object.entries(props)) out[key] = encodeValue(value, `${where} property "${key}"`);
  return out;
}

// Decoding: the file is outside input (it may be damaged or edited), so each shape is checked.

function decodeFloat(where: string, v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && FLOAT_TEXT.has(v)) return v === '-0' ? -0 : Number(v);
  throw new BackupValueError(where, `${JSON.stringify(v)} is not a float`);
}

function wholeNumbers(where: string, tag: string, v: unknown, length: number): number[] {
  if (!Array.isArray(v) || v.length !== length || !v.every((x) => typeof x === 'number' && Number.isSafeInteger(x))) {
    throw new BackupValueError(where, `a ${tag} needs ${length} whole numbers, got ${JSON.stringify(v)}`);
  }
  return v as number[];
}

const INTEGER_TEXT = /^-?\d{1,19}$/;

function int64(where: string, v: unknown): Integer {
  if (typeof v !== 'string' || !INTEGER_TEXT.test(v)) throw new BackupValueError(where, `${JSON.stringify(v)} is not an integer written as a string`);
  const n = neo4j.int(v);
  if (n.toString() !== v.replace(/^(-?)0+(?=\d)/, '$1')) throw new BackupValueError(where, `${v} does not fit in 64 bits`);
  return n;
}

/** A value for the driver to send back, exactly the type it was read as. */
export function decodeValue(encoded: unknown, where: string): unknown {
  if (typeof encoded === 'string' || typeof encoded === 'boolean') return encoded;
  if (encoded === null || typeof encoded !== 'object' || Array.isArray(encoded)) {
    throw new BackupValueError(where, `${JSON.stringify(encoded)} is not a backup value (a string, a boolean or a one-key object naming its type)`);
  }
  const entries = Object.entries(encoded);
  const [entry] = entries;
  if (entries.length !== 1 || !entry) throw new BackupValueError(where, `a typed value has exactly one key, got ${JSON.stringify(Object.keys(encoded))}`);
  const [tag, v] = entry;
  const i = (n: number): Integer => neo4j.int(n);
  switch (tag) {
    case 'int': return int64(where, v);
    case 'float': return decodeFloat(where, v);
    case 'date': {
      const [y, m, d] = wholeNumbers(where, tag, v, 3) as [number, number, number];
      return new neo4j.types.Date(i(y), i(m), i(d));
    }
    case 'localtime': {
      const [h, mi, s, ns] = wholeNumbers(where, tag, v, 4) as [number, number, number, number];
      return new neo4j.types.LocalTime(i(h), i(mi), i(s), i(ns));
    }
    case 'time': {
      const [h, mi, s, ns, off] = wholeNumbers(where, tag, v, 5) as [number, number, number, number, number];
      return new neo4j.types.Time(i(h), i(mi), i(s), i(ns), i(off));
    }
    case 'localdatetime': {
      const [y, mo, d, h, mi, s, ns] = wholeNumbers(where, tag, v, 7) as [number, number, number, number, number, number, number];
      return new neo4j.types.LocalDateTime(i(y), i(mo), i(d), i(h), i(mi), i(s), i(ns));
    }
    case 'datetime': return decodeDateTime(where, v);
    case 'duration': {
      if (!Array.isArray(v) || v.length !== 4) throw new BackupValueError(where, `a duration needs months, days, seconds and nanoseconds, got ${JSON.stringify(v)}`);
      const [months, days, seconds, nanos] = v.map((x) => int64(where, x)) as [Integer, Integer, Integer, Integer];
      return new neo4j.types.Duration(months, days, seconds, nanos);
    }
    case 'point': {
      if (!Array.isArray(v) || (v.length !== 3 && v.length !== 4) || !Number.isSafeInteger(v[0])) {
        throw new BackupValueError(where, `a point needs an srid and 2 or 3 coordinates, got ${JSON.stringify(v)}`);
      }
      const [srid, ...xyz] = v as [number, ...unknown[]];
      const [x, y, z] = xyz.map((c) => decodeFloat(where, c)) as [number, number, number | undefined];
      return new neo4j.types.Point(i(srid), x, y, z);
    }
    case 'bytes': {
      if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v)) throw new BackupValueError(where, 'bytes must be base64');
      // Neo4j's byte arrays are signed bytes, as the driver reads them.
      return new Int8Array(Buffer.from(v, 'base64'));
    }
    case 'list': {
      if (!Array.isArray(v)) throw new BackupValueError(where, 'a list must hold a JSON array');
      return v.map((x, n) => decodeValue(x, `${where}[${n}]`));
    }
    default:
      throw new BackupValueError(where, `"${tag}" is not a type the backup knows (${TYPE_TAGS.join(', ')}, or a string or boolean)`);
  }
}

function decodeDateTime(where: string, v: unknown): unknown {
  if (!Array.isArray(v) || v.length !== 9) throw new BackupValueError(where, `a datetime needs 7 components, an offset and a zone, got ${JSON.stringify(v)}`);
  const parts = wholeNumbers(where, 'datetime', v.slice(0, 7), 7) as [number, number, number, number, number, number, number];
  const [offset, zone] = [v[7] as unknown, v[8] as unknown];
  if (offset !== null && !(typeof offset === 'number' && Number.isSafeInteger(offset))) throw new BackupValueError(where, `a datetime's offset must be whole seconds or null, got ${JSON.stringify(offset)}`);
  if (zone !== null && typeof zone !== 'string') throw new BackupValueError(where, `a datetime's zone must be a name or null, got ${JSON.stringify(zone)}`);
  if (offset === null && zone === null) throw new BackupValueError(where, 'a datetime needs an offset or a zone (one without is a localdatetime)');
  const [y, mo, d, h, mi, s, ns] = parts.map((n) => neo4j.int(n)) as [Integer, Integer, Integer, Integer, Integer, Integer, Integer];
  return new neo4j.types.DateTime(y, mo, d, h, mi, s, ns, offset === null ? undefined : neo4j.int(offset), zone ?? undefined);
}

export function decodeProps(encoded: unknown, where: string): Record<string, unknown> {
  if (encoded === null || typeof encoded !== 'object' || Array.isArray(encoded)) throw new BackupValueError(where, 'properties must be a JSON object');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(encoded)) out[key] = decodeValue(value, `${where} property "${key}"`);
  return out;
}
