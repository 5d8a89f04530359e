// Validates a whole data set before anything is written, and returns every problem at once so
// that a curator can fix a batch of findings in one pass. Pure: no database, no file access.
import { ENTITY_KINDS, RELATION_TYPES, STANCES, STATUSES } from '#vocabulary';
import { endOf, startOf } from '#vocabulary/dates';
import { checkDuplicateIds, describeValue, RecordCheck } from './check';
import { isObject, isPlainFileName } from './read';
import { SEED_FILES } from './types';
import type { Dataset, LoadedSource, SeedError } from './types';

const SOURCE_FIELDS = ['id', 'file', 'title', 'publisher', 'author', 'publishedOn', 'publishedOnNote', 'url'] as const;
const ENTITY_FIELDS = ['id', 'name', 'kind', 'country', 'aliases', 'description'] as const;
const RELATIONSHIP_FIELDS = ['id', 'type', 'from', 'to', 'status', 'validFrom', 'validTo', 'role', 'note', 'evidence'] as const;
const EVIDENCE_FIELDS = ['source', 'quote', 'reportedOn', 'stance'] as const;

const KINDS = Object.keys(ENTITY_KINDS);
const TYPES = Object.keys(RELATION_TYPES);

/** The only normalisation quotes get: every run of white space counts as one space. */
export const collapseWhiteSpace = (s: string): string => s.replace(/\s+/g, ' ');

/** A looser form, used only to explain a mismatch (never to accept one). */
const loosen = (s: string): string => collapseWhiteSpace(s).replace(/[‘’`´]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').toLowerCase();

function checkSources(sources: readonly LoadedSource[], errors: SeedError[]): Map<string, LoadedSource> {
  const checks = sources.map((source, i) => {
    const c = new RecordCheck(errors, SEED_FILES.sources, i, source);
    if (!c.isRecord) return c;
    c.knownFields([...SOURCE_FIELDS, 'text', 'textPath']);
    c.slug('id');
    const file = c.text('file');
    if (file !== null && !isPlainFileName(file)) c.fail('file', `${describeValue(file)} must be a file name inside sources/, without folders`);
    else if (file !== null && isObject(source) && typeof source.text !== 'string') c.fail('file', `text file not found: ${source.textPath}`);
    c.text('title');
    c.text('publisher');
    c.optionalText('author');
    c.partialDate('publishedOn', true);
    c.optionalText('publishedOnNote');
    const url = c.optionalText('url');
    if (url !== null && !/^https?:\/\/\S+$/.test(url)) c.fail('url', `${describeValue(url)} is not an http(s) address`);
    return c;
  });
  checkDuplicateIds(checks);
  const byId = new Map<string, LoadedSource>();
  sources.forEach((s, i) => {
    const id = checks[i]?.id;
    if (id && !byId.has(id)) byId.set(id, s);
  });
  return byId;
}

function checkEntities(entities: readonly unknown[], errors: SeedError[]): Set<string> {
  const checks = entities.map((entity, i) => {
    const c = new RecordCheck(errors, SEED_FILES.entities, i, entity);
    if (!c.isRecord) return c;
    c.knownFields(ENTITY_FIELDS);
    c.slug('id');
    c.text('name');
    c.oneOf('kind', KINDS, 'an entity kind');
    const country = c.optionalText('country');
    if (country !== null && !/^[A-Z]{2}$/.test(country)) c.fail('country', `${describeValue(country)} is not a two-letter upper-case country code (e.g. CN)`);
    c.stringList('aliases');
    c.optionalText('description');
    return c;
  });
  checkDuplicateIds(checks);
  return new Set(checks.map((c) => c.id).filter((id): id is string => id !== null));
}

interface Lookups { entityIds: Set<string>; sources: Map<string, LoadedSource>; collapsedTexts: Map<string, string> }

function checkEvidence(c: RecordCheck, lookups: Lookups): void {
  const list = c.record.evidence;
  if (list === undefined || list === null) return c.fail('evidence', 'required: a relationship needs at least one quote');
  if (!Array.isArray(list)) return c.fail('evidence', `must be an array, got ${describeValue(list)}`);
  if (list.length === 0) return c.fail('evidence', 'is empty: a relationship needs at least one quote');
  list.forEach((item: unknown, i) => {
    const at = `evidence[${i}]`;
    if (!isObject(item)) return c.fail(at, `must be an object, got ${describeValue(item)}`);
    c.knownFields(EVIDENCE_FIELDS, item, `${at}.`);
    const sourceId = c.text(`${at}.source`, item.source);
    const source = sourceId === null ? undefined : lookups.sources.get(sourceId);
    if (sourceId !== null && !source) c.fail(`${at}.source`, `unknown source id ${describeValue(sourceId)} (not in sources.json)`);
    c.partialDate(`${at}.reportedOn`, false, item.reportedOn);
    c.oneOf(`${at}.stance`, STANCES, 'a stance', item.stance, false);
    const quote = c.text(`${at}.quote`, item.quote);
    const text = sourceId === null ? undefined : lookups.collapsedTexts.get(sourceId);
    if (quote === null || !source || text === undefined) return undefined;
    if (text.includes(collapseWhiteSpace(quote))) return undefined;
    const hint = loosen(text).includes(loosen(quote)) ? '; it differs only in quotation marks, dashes or letter case, which must match exactly' : '';
    return c.fail(`${at}.quote`, `not found verbatim in source ${sourceId} (${source.textPath})${hint}`);
  });
  return undefined;
}

function checkRelationships(relationships: readonly unknown[], lookups: Lookups, errors: SeedError[]): void {
  const checks = relationships.map((rel, i) => {
    const c = new RecordCheck(errors, SEED_FILES.relationships, i, rel);
    if (!c.isRecord) return c;
    c.knownFields(RELATIONSHIP_FIELDS);
    c.slug('id');
    const type = c.oneOf('type', TYPES, 'a relation type');
    const status = c.oneOf('status', STATUSES, 'a status');
    const ends = (['from', 'to'] as const).map((field) => {
      const id = c.text(field);
      if (id !== null && !lookups.entityIds.has(id)) c.fail(field, `unknown entity id ${describeValue(id)} (not in entities.json)`);
      return id;
    });
    if (ends[0] !== null && ends[0] === ends[1]) c.fail('to', 'is the same entity as from');
    const validFrom = c.partialDate('validFrom', false);
    const validTo = c.partialDate('validTo', false);
    if (validFrom !== null && validTo !== null && (startOf(validFrom) ?? '') > (endOf(validTo) ?? '')) {
      c.fail('validFrom', `${describeValue(validFrom)} is after validTo ${describeValue(validTo)}`);
    }
    if (status === 'ENDED' && (c.record.validTo === undefined || c.record.validTo === null)) c.fail('validTo', 'required when status is ENDED');
    const roleGiven = c.record.role !== undefined && c.record.role !== null;
    c.optionalText('role');
    if (type === 'HOLDS_ROLE_AT' && !roleGiven) c.fail('role', 'required for HOLDS_ROLE_AT (e.g. "CEO")');
    c.optionalText('note');
    checkEvidence(c, lookups);
    return c;
  });
  checkDuplicateIds(checks);
}

/** Every problem in the data set; an empty list means it can be written. */
export function validateDataset(dataset: Dataset): SeedError[] {
  const errors: SeedError[] = [];
  const sources = checkSources(dataset.sources, errors);
  const entityIds = checkEntities(dataset.entities, errors);
  const collapsedTexts = new Map<string, string>();
  for (const [id, s] of sources) if (typeof s.text === 'string') collapsedTexts.set(id, collapseWhiteSpace(s.text));
  checkRelationships(dataset.relationships, { entityIds, sources, collapsedTexts }, errors);
  return errors;
}
