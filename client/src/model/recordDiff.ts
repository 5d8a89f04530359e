// What a revision or a proposal changes, field by field: the before and after JSON of a record
// (server/revisions' record JSON) compared key by key. Lists of quotes compare by id, lists of
// names by value, so "one quote added" reads as that, not as the whole list replaced.

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type JsonRecord = { readonly [key: string]: Json };

export interface FieldChange {
  /** The field, or `evidence[ev-3]` / `aliases` for an item of a list. */
  readonly field: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before: Json;
  readonly after: Json;
}

const isRecord = (v: Json | undefined): v is JsonRecord => typeof v === 'object' && v !== null && !Array.isArray(v);
const stable = (v: Json | undefined): string => JSON.stringify(v ?? null);
const isEmpty = (v: Json | undefined): boolean => v === undefined || v === null || (Array.isArray(v) && v.length === 0) || v === '';

/** Parses a record's JSON; null for none, and for text that is not a JSON object. */
export function parseRecord(text: string | null | undefined): JsonRecord | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Json;
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

const itemKey = (item: Json, index: number): string => (isRecord(item) && typeof item.id === 'string' ? item.id : isRecord(item) ? `#${index + 1}` : stable(item));

function diffList(field: string, before: readonly Json[], after: readonly Json[]): FieldChange[] {
  const out: FieldChange[] = [];
  const scalars = [...before, ...after].every((v) => !isRecord(v));
  if (scalars) {
    const was = new Set(before.map(stable));
    const now = new Set(after.map(stable));
    for (const v of before) if (!now.has(stable(v))) out.push({ field, kind: 'removed', before: v, after: null });
    for (const v of after) if (!was.has(stable(v))) out.push({ field, kind: 'added', before: null, after: v });
    return out;
  }
  const old = new Map(before.map((item, i) => [itemKey(item, i), item]));
  const fresh = new Map(after.map((item, i) => [itemKey(item, i), item]));
  for (const [key, item] of old) {
    const next = fresh.get(key);
    if (next === undefined) out.push({ field: `${field}[${key}]`, kind: 'removed', before: item, after: null });
    else if (stable(next) !== stable(item)) out.push({ field: `${field}[${key}]`, kind: 'changed', before: item, after: next });
  }
  for (const [key, item] of fresh) if (!old.has(key)) out.push({ field: `${field}[${key}]`, kind: 'added', before: null, after: item });
  return out;
}

/** The fields that differ, in the order the records list them (before's keys, then any new ones). */
export function diffRecords(before: JsonRecord | null, after: JsonRecord | null): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const out: FieldChange[] = [];
  for (const key of keys) {
    const was = b[key];
    const now = a[key];
    if (stable(was) === stable(now) || (isEmpty(was) && isEmpty(now))) continue;
    if (Array.isArray(was) || Array.isArray(now)) {
      out.push(...diffList(key, Array.isArray(was) ? was : [], Array.isArray(now) ? now : []));
      continue;
    }
    const kind = isEmpty(was) ? 'added' : isEmpty(now) ? 'removed' : 'changed';
    out.push({ field: key, kind, before: was ?? null, after: now ?? null });
  }
  return out;
}

/** A value as one line of text for the diff table: quotes show their words, lists their items. */
export function valueText(value: Json): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (isRecord(value) && typeof value.quote === 'string') {
    const source = typeof value.source === 'string' ? ` (${value.source})` : '';
    const stance = typeof value.stance === 'string' && value.stance !== 'SUPPORTS' ? ` [${value.stance}]` : '';
    return `“${value.quote}”${source}${stance}`;
  }
  return JSON.stringify(value);
}
