// Field checks for one seed record. Each check records its own error and returns the value only
// when it is usable, so later checks that depend on a field can skip quietly instead of piling up.
import { parsePartialDate } from '#vocabulary/dates';
import { isObject } from './read';
import type { SeedError, SeedFileName } from './types';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

export class RecordCheck {
  readonly record: Record<string, unknown>;
  readonly id: string | null;
  /** False when the record is not an object; its one error says so and no field is checked. */
  readonly isRecord: boolean;

  constructor(
    private readonly errors: SeedError[],
    readonly file: SeedFileName,
    readonly index: number,
    value: unknown,
  ) {
    this.isRecord = isObject(value);
    this.record = isObject(value) ? value : {};
    this.id = typeof this.record.id === 'string' && this.record.id !== '' ? this.record.id : null;
    if (!isObject(value)) this.fail(null, `must be a JSON object, got ${describeValue(value)}`);
  }

  fail(field: string | null, message: string): void {
    this.errors.push({ file: this.file, index: this.index, id: this.id, field, message });
  }

  /** Flags fields the format does not have, which are nearly always typos ("validfrom"). */
  knownFields(allowed: readonly string[], record: Record<string, unknown> = this.record, prefix = ''): void {
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.fail(`${prefix}${key}`, `unknown field (expected one of ${allowed.join(', ')})`);
    }
  }

  /** A required string that is not empty or only white space. */
  text(field: string, value: unknown = this.record[field]): string | null {
    if (value === undefined || value === null) {
      this.fail(field, 'required');
      return null;
    }
    if (typeof value !== 'string') {
      this.fail(field, `must be a string, got ${describeValue(value)}`);
      return null;
    }
    if (value.trim() === '') {
      this.fail(field, 'must not be empty');
      return null;
    }
    return value;
  }

  /** An optional string: absent and null are fine; present means a non-empty string. */
  optionalText(field: string, value: unknown = this.record[field]): string | null {
    if (value === undefined || value === null) return null;
    return this.text(field, value);
  }

  slug(field: string, value: unknown = this.record[field]): string | null {
    const v = this.text(field, value);
    if (v === null) return null;
    if (!SLUG.test(v)) {
      this.fail(field, `${describeValue(v)} is not a slug (lower-case letters and digits joined by single hyphens)`);
      return null;
    }
    return v;
  }

  /** A value from a fixed vocabulary. */
  oneOf<T extends string>(field: string, allowed: readonly T[], what: string, value: unknown = this.record[field], required = true): T | null {
    if (!required && (value === undefined || value === null)) return null;
    const v = this.text(field, value);
    if (v === null) return null;
    if (!(allowed as readonly string[]).includes(v)) {
      this.fail(field, `${describeValue(v)} is not ${what} (one of ${allowed.join(', ')})`);
      return null;
    }
    return v as T;
  }

  partialDate(field: string, required: boolean, value: unknown = this.record[field]): string | null {
    if (!required && (value === undefined || value === null)) return null;
    const v = this.text(field, value);
    if (v === null) return null;
    if (!parsePartialDate(v)) {
      this.fail(field, `${describeValue(v)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD, and a real day)`);
      return null;
    }
    return v;
  }

  stringList(field: string, value: unknown = this.record[field]): string[] | null {
    if (value === undefined || value === null) return null;
    if (!Array.isArray(value)) {
      this.fail(field, `must be an array of strings, got ${describeValue(value)}`);
      return null;
    }
    let ok = true;
    value.forEach((item: unknown, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        this.fail(`${field}[${i}]`, `must be a non-empty string, got ${describeValue(item)}`);
        ok = false;
      }
    });
    return ok ? (value as string[]) : null;
  }
}

/** Reports every id used by more than one record, at each later record. */
export function checkDuplicateIds(checks: readonly RecordCheck[]): void {
  const firstAt = new Map<string, number>();
  for (const c of checks) {
    if (c.id === null) continue;
    const first = firstAt.get(c.id);
    if (first === undefined) firstAt.set(c.id, c.index);
    else c.fail('id', `duplicate id, already used by record ${first}`);
  }
}
