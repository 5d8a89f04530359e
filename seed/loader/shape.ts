// Checks one record's shape (required fields, types, vocabularies, patterns, dates, unknown
// fields) against the published JSON Schemas with ajv, and words each failing field the way a
// curator needs it: one message per field, naming the value and what was expected.
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { recordSchemas, SCHEMA_BASE } from '#vocabulary/records/schema';
import { isObject } from './read';

/** The record formats one can check: the seed's three, and a source as an import carries it. */
export type RecordShape = 'Source' | 'Entity' | 'Relationship' | 'ImportSource';
type Shape = RecordShape | 'ImportFile';

/** One field's problem: `field` is a dotted path ("evidence[0].quote"), null for the record itself. */
export interface ShapeProblem { field: string | null; message: string }

const SCHEMA_OF: Record<Shape, string> = {
  Source: 'seed-sources.schema.json#/definitions/Source',
  Entity: 'seed-entities.schema.json#/definitions/Entity',
  Relationship: 'seed-relationships.schema.json#/definitions/Relationship',
  ImportSource: 'import.schema.json#/definitions/ImportSource',
  ImportFile: 'import.schema.json',
};

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
addFormats(ajv, ['date']);
// An annotation for editors (VS Code shows it next to each enum value); nothing to validate.
ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
for (const schema of Object.values(recordSchemas())) ajv.addSchema(schema);

const validators = new Map<Shape, ValidateFunction>();
function validatorFor(shape: Shape): ValidateFunction {
  let validate = validators.get(shape);
  if (!validate) {
    validate = ajv.getSchema(`${SCHEMA_BASE}${SCHEMA_OF[shape]}`);
    if (!validate) throw new Error(`no schema definition for ${shape}`);
    validators.set(shape, validate);
  }
  return validate;
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** How a field's failures are worded, by its name ("aliases[]" for an item of aliases). */
interface Wording {
  /** A string of the right type that the schema still refuses (pattern, enum, format). */
  invalid?: (value: string, allowed: readonly string[]) => string;
  required?: string;
  /** Missing only because another field asks for it (an if/then in the schema). */
  conditional?: string;
  array?: (value: unknown) => string;
  empty?: string;
  object?: boolean;
  /** Every failure in one message. */
  any?: (value: unknown) => string;
}

const date: Wording = { invalid: (v) => `${describeValue(v)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD, and a real day)` };
const oneOf = (what: string): Wording => ({ invalid: (v, allowed) => `${describeValue(v)} is not ${what} (one of ${allowed.join(', ')})` });

const WORDING: Record<string, Wording> = {
  id: { invalid: (v) => `${describeValue(v)} is not a slug (lower-case letters and digits joined by single hyphens)` },
  file: { invalid: (v) => `${describeValue(v)} must be a file name inside sources/, without folders` },
  url: { invalid: (v) => `${describeValue(v)} is not an http(s) address` },
  country: { invalid: (v) => `${describeValue(v)} is not a two-letter upper-case country code (e.g. CN)` },
  kind: oneOf('an entity kind'),
  type: oneOf('a relation type'),
  status: oneOf('a status'),
  stance: oneOf('a stance'),
  'attribution.kind': oneOf('an attribution kind'),
  publishedOnBasis: oneOf('a date basis'),
  validFromBasis: oneOf('a date basis'),
  validToBasis: oneOf('a date basis'),
  marksEnd: { any: (v) => `must be true or false, got ${describeValue(v)}` },
  attribution: { object: true, required: 'required: who asserts the quote ({ "kind": "ARTICLE" } for the article\'s own voice)' },
  publishedOn: date,
  validFrom: date,
  validTo: { ...date, conditional: 'required when status is ENDED' },
  reportedOn: date,
  role: { conditional: 'required for HOLDS_ROLE_AT (e.g. "CEO")' },
  aliases: { array: (v) => `must be an array of strings, got ${describeValue(v)}` },
  'aliases[]': { any: (v) => `must be a non-empty string, got ${describeValue(v)}` },
  evidence: {
    required: 'required: a relationship needs at least one quote',
    array: (v) => `must be an array, got ${describeValue(v)}`,
    empty: 'is empty: a relationship needs at least one quote',
  },
  'evidence[]': { object: true },
  'context[]': { object: true },
  // The import file's lists.
  sources: { array: () => 'must be an array of records' },
  entities: { array: () => 'must be an array of records' },
  relationships: { array: () => 'must be an array of records' },
  text: { any: () => 'required: the article\'s full text, which quotes are checked against' },
};

const unescape = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The field an error is about, as path segments ("evidence", "0", "quote"). */
function segmentsOf(e: ErrorObject): string[] {
  const path = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map(unescape);
  const params = e.params as { missingProperty?: string; additionalProperty?: string };
  if (e.keyword === 'required' && params.missingProperty !== undefined) return [...path, params.missingProperty];
  if (e.keyword === 'additionalProperties' && params.additionalProperty !== undefined) return [...path, params.additionalProperty];
  return path;
}

const dotted = (segments: readonly string[]): string =>
  segments.reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');

function valueAt(record: unknown, segments: readonly string[]): unknown {
  let value: unknown = record;
  for (const s of segments) value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[s] : undefined;
  return value;
}

/** "aliases[]" for an item of a list, "attribution.kind" where the parent tells a field apart, else the field's own name. */
function nameOf(segments: readonly string[]): string {
  const last = segments[segments.length - 1] ?? '';
  const parent = segments[segments.length - 2] ?? '';
  if (/^\d+$/.test(last)) return `${parent}[]`;
  return `${parent}.${last}` in WORDING ? `${parent}.${last}` : last;
}

function word(segments: readonly string[], errors: readonly ErrorObject[], record: unknown): string {
  const unknown = errors.find((e) => e.keyword === 'additionalProperties');
  if (unknown) {
    const parent = (unknown.parentSchema ?? {}) as { properties?: object; $id?: string };
    const allowed = Object.keys(parent.properties ?? {});
    // A whole file's top level (its schema has an $id) holds keys; a record holds fields.
    return parent.$id === undefined ? `unknown field (expected one of ${allowed.join(', ')})` : `unknown key (expected ${allowed.join(', ')})`;
  }
  const value = valueAt(record, segments);
  if (segments.length === 0) return `must be a JSON object, got ${describeValue(value)}`;
  const w = WORDING[nameOf(segments)] ?? {};
  if (w.any) return w.any(value);
  if (value === undefined || value === null) {
    const conditional = errors.every((e) => e.schemaPath.includes('/then/'));
    return (conditional ? w.conditional : undefined) ?? w.required ?? 'required';
  }
  if (w.object) return `must be an object, got ${describeValue(value)}`;
  if (w.array) return !Array.isArray(value) ? w.array(value) : (w.empty ?? 'must not be empty');
  if (typeof value !== 'string') return `must be a string, got ${describeValue(value)}`;
  if (value.trim() === '') return 'must not be empty';
  const allowed = (errors.find((e) => e.keyword === 'enum')?.params as { allowedValues?: string[] } | undefined)?.allowedValues ?? [];
  return w.invalid?.(value, allowed) ?? errors[0]?.message ?? 'is not valid';
}

/**
 * Whether an error says something of its own: an if or anyOf failure only sums up the failures
 * beneath it, and an optional field's "or null" alternative fails whenever a value is given.
 */
const isOwnFailure = (e: ErrorObject): boolean =>
  e.keyword !== 'if' && e.keyword !== 'anyOf' && !(e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null');

/** Every field of `record` that does not have the shape's format, one problem per field. */
export function shapeProblems(shape: RecordShape, record: unknown): ShapeProblem[] {
  return problems(shape, record);
}

/**
 * The problems of an import file's frame (an object of the three record lists); its records are
 * checked one at a time by the import, which locates them at their rows.
 */
export function importFileProblems(file: unknown): ShapeProblem[] {
  if (!isObject(file)) return [{ field: null, message: 'must hold a JSON object with "sources", "entities" and/or "relationships" arrays' }];
  return problems('ImportFile', file).filter((p) => p.field !== null && !p.field.includes('['));
}

function problems(shape: Shape, record: unknown): ShapeProblem[] {
  const validate = validatorFor(shape);
  if (validate(record)) return [];
  const byField = new Map<string, { segments: string[]; errors: ErrorObject[] }>();
  for (const e of (validate.errors ?? []).filter(isOwnFailure)) {
    const segments = segmentsOf(e);
    const key = dotted(segments);
    const group = byField.get(key) ?? { segments, errors: [] };
    group.errors.push(e);
    byField.set(key, group);
  }
  return [...byField].map(([key, { segments, errors }]) => ({ field: key === '' ? null : key, message: word(segments, errors, record) }));
}
