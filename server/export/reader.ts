// Reads the export data set from Neo4j in pages of bounded size, so that exporting a large graph
// never holds one huge query result: each list is an async generator that fetches the next page
// when the serialiser has written the previous one. With a filter, the entities and sources are
// those the kept relationships reach, found by one extra pass over the relationships (ids only
// are kept in memory).
import { statement } from '../cypher';
import type { Db, Row } from '../db';
import type { AttributionKind, DateBasis, EntityKind, RelationType, Stance, Status } from '#vocabulary';
import type { FilterParams } from '../translate/filter';
import { isUnfiltered } from './types';
import type { ExportData, ExportEntity, ExportFilter, ExportRelationship, ExportSource } from './types';
import type { RelationshipRef } from '../services/types';

export const EXPORT_PAGE_SIZE = 500;

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toExportSource(row: Row): ExportSource {
  return {
    id: str(row.id), title: str(row.title), publisher: str(row.publisher), author: strOrNull(row.author),
    publishedOn: str(row.publishedOn), publishedOnBasis: str(row.publishedOnBasis) as DateBasis, publishedOnNote: strOrNull(row.publishedOnNote),
    url: strOrNull(row.url), text: str(row.text),
  };
}

export function toExportEntity(row: Row): ExportEntity {
  return {
    id: str(row.id), name: str(row.name), kind: str(row.kind) as EntityKind, country: strOrNull(row.country),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(str) : [], description: strOrNull(row.description),
  };
}

export function toExportRelationship(row: Row): ExportRelationship {
  const evidence = Array.isArray(row.evidence) ? (row.evidence as Row[]) : [];
  const context = Array.isArray(row.context) ? (row.context as Row[]) : [];
  return {
    id: str(row.id), type: str(row.type) as RelationType, from: str(row.from), to: str(row.to), status: str(row.status) as Status,
    validFrom: strOrNull(row.validFrom), validFromBasis: strOrNull(row.validFromBasis) as DateBasis | null,
    validTo: strOrNull(row.validTo), validToBasis: strOrNull(row.validToBasis) as DateBasis | null, datesNote: strOrNull(row.datesNote),
    role: strOrNull(row.role), note: strOrNull(row.note),
    evidence: evidence.map((ev) => ({
      source: str(ev.source), quote: str(ev.quote), reportedOn: strOrNull(ev.reportedOn), stance: str(ev.stance) as Stance,
      attribution: { kind: str(ev.attributionKind) as AttributionKind, name: strOrNull(ev.attributionName), entity: strOrNull(ev.attributionEntityId) },
      marksEnd: ev.marksEnd === true, sourceTitle: str(ev.sourceTitle), sourceUrl: strOrNull(ev.sourceUrl),
    })),
    context: context.map((c) => ({ source: str(c.source), quote: str(c.quote), reportedOn: strOrNull(c.reportedOn), sourceTitle: str(c.sourceTitle) })),
    fromName: str(row.fromName), toName: str(row.toName),
  };
}

/** The `$filter` map the API's statements take: no entity is exempt from kinds in an export. */
const filterParams = (filter: ExportFilter): FilterParams => ({ ...filter, exempt: [] });

/** Relationships by (id, start entity id), in id order, keeping those the filter passes. */
export async function relationshipsByRefs(db: Db, refs: readonly RelationshipRef[], filter: ExportFilter): Promise<ExportRelationship[]> {
  if (refs.length === 0) return [];
  const rows = await db.read(statement('export/relationships-by-ids', { refs, filter: filterParams(filter) }));
  return rows.map(toExportRelationship);
}

/** Pages through a statement that takes $after and $limit and returns rows ordered by `id`. */
async function* pages(db: Db, name: string, pageSize: number): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const rows = await db.read(statement(name, { after, limit: pageSize }));
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (rows.length < pageSize || !last) return;
    after = str(last.id);
  }
}

async function* byIds<T>(db: Db, name: string, ids: readonly string[], pageSize: number, convert: (row: Row) => T): AsyncGenerator<T> {
  for (let i = 0; i < ids.length; i += pageSize) {
    for (const row of await db.read(statement(name, { ids: ids.slice(i, i + pageSize) }))) yield convert(row);
  }
}

async function* relationships(db: Db, filter: ExportFilter, pageSize: number): AsyncGenerator<ExportRelationship> {
  for await (const refs of pages(db, 'export/relationship-ids-page', pageSize)) {
    const page = refs.map((r) => ({ id: str(r.id), fromId: str(r.fromId) }));
    yield* await relationshipsByRefs(db, page, filter);
  }
}

interface Scope { entityIds: string[]; sourceIds: string[] }

async function scopeOf(db: Db, filter: ExportFilter, pageSize: number): Promise<Scope> {
  const entityIds = new Set<string>();
  const sourceIds = new Set<string>();
  for await (const r of relationships(db, filter, pageSize)) {
    entityIds.add(r.from);
    entityIds.add(r.to);
    for (const ev of r.evidence) sourceIds.add(ev.source);
  }
  const sorted = (s: Set<string>): string[] => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { entityIds: sorted(entityIds), sourceIds: sorted(sourceIds) };
}

/** The whole graph, or the part a LinkFilter keeps, read lazily page by page. */
export function readExportData(db: Db, filter: ExportFilter, pageSize: number = EXPORT_PAGE_SIZE): ExportData {
  if (isUnfiltered(filter)) {
    return {
      sources: async function* () {
        for await (const rows of pages(db, 'export/sources-page', pageSize)) yield* rows.map(toExportSource);
      },
      entities: async function* () {
        for await (const rows of pages(db, 'export/entities-page', pageSize)) yield* rows.map(toExportEntity);
      },
      relationships: () => relationships(db, filter, pageSize),
    };
  }
  let scope: Promise<Scope> | null = null;
  const getScope = (): Promise<Scope> => (scope ??= scopeOf(db, filter, pageSize));
  return {
    sources: async function* () {
      yield* byIds(db, 'export/sources-by-ids', (await getScope()).sourceIds, pageSize, toExportSource);
    },
    entities: async function* () {
      yield* byIds(db, 'export/entities-by-ids', (await getScope()).entityIds, pageSize, toExportEntity);
    },
    relationships: () => relationships(db, filter, pageSize),
  };
}
