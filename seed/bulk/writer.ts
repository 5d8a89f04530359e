// Writes versioned records as the CSV files of `neo4j-admin database import full`, one record at
// a time and straight to disk, so that memory stays flat however big the import is. Each record
// becomes exactly what the incremental path (server/revisions' applyRecords and recordRevisions,
// over the cypher/seed MERGE statements) would store for a first load: its node or relationship
// with the derived fields (recordsToRows makes them, for both paths), its evidence and context
// nodes with their CITES links, version 1 stamped by the author, and a CREATE revision holding
// the record's JSON.
import path from 'node:path';
import type { RecordKind } from '#vocabulary/editing';
import { recordsToRows, stableRecordJson } from '../../server/revisions';
import type { AnyRecord, EntityRecord, RelationshipRecord, SourceRecord } from '../../server/revisions';
import { NO_RECORDS } from '../../server/revisions';
import { HEADERS, line, NODE_FILES, RELATIONSHIP_FILES } from './admin-csv';
import type { AdminFile, Cell } from './admin-csv';
import { SyncFile } from './sync-file';

export interface BulkWriterOptions {
  dir: string;
  /** The account the revisions name (the seed's system account for the bench and a bulk import). */
  authorId: string;
  at: Date;
  reason: (kind: RecordKind, id: string) => string | null;
  importRunId?: string | null;
}

export interface BulkCounts { sources: number; entities: number; relationships: number; evidence: number; context: number; revisions: number }

export interface BulkFiles {
  dir: string;
  nodes: string[];
  relationships: string[];
  /**
   * Values with a line break (every article's text), one JSON line each, set after the import
   * (finish.ts): neo4j-admin's multi-line parsing fails on files of long multi-line cells.
   */
  deferred: string;
  counts: BulkCounts;
  bytes: number;
  /** The longest line written, in UTF-16 code units (at most 3 UTF-8 bytes each): neo4j-admin's read buffer must hold it. */
  longestLine: number;
}

const LINE_BREAK = /[\r\n]/;
const DEFERRED_FILE = 'deferred.jsonl';

/** The kinds of record whose multi-line values are set after the import, by file (revisions hold JSON, which has none). */
export type DeferredKind = 'source' | 'entity' | 'evidence' | 'context' | 'relationship';
const DEFERRABLE: Partial<Record<AdminFile, DeferredKind>> = {
  sources: 'source', entities: 'entity', evidence: 'evidence', context: 'context', relationships: 'relationship',
};

export class BulkWriter {
  private readonly files = new Map<AdminFile, SyncFile>();
  private readonly deferred: SyncFile;
  private readonly publishedOn = new Map<string, string | null>();
  private readonly at: string;
  private readonly stampAt: string;
  private revisionCount = 0;
  private longestLine = 0;
  readonly counts: BulkCounts = { sources: 0, entities: 0, relationships: 0, evidence: 0, context: 0, revisions: 0 };

  constructor(private readonly opts: BulkWriterOptions) {
    this.at = opts.at.toISOString();
    this.stampAt = this.at.replace(/[-:]/g, '');
    for (const name of [...NODE_FILES, ...RELATIONSHIP_FILES]) {
      const file = new SyncFile(path.join(opts.dir, `${name}.csv`));
      file.write(line(HEADERS[name]));
      this.files.set(name, file);
    }
    this.deferred = new SyncFile(path.join(opts.dir, DEFERRED_FILE));
  }

  /** Every file's cells; a string with a line break is left empty here and set after the import. */
  private put(name: AdminFile, cells: readonly Cell[]): void {
    const target = DEFERRABLE[name];
    const out = target ? cells.map((c, i) => {
      if (typeof c !== 'string' || !LINE_BREAK.test(c)) return c;
      const prop = HEADERS[name][i]?.split(':')[0] ?? '';
      this.deferred.write(`${JSON.stringify({ kind: target, id: cells[target === 'relationship' ? 3 : 0], from: target === 'relationship' ? cells[0] : null, props: { [prop]: c } })}\n`);
      return null;
    }) : cells;
    const text = line(out);
    if (text.length > this.longestLine) this.longestLine = text.length;
    this.files.get(name)?.write(text);
  }

  /**
   * Revision ids sort by time like newRevisionId's, with a counter for their tail: a whole load
   * shares one time, and a random tail of 3 bytes would repeat within a few thousand records.
   */
  private revision(kind: RecordKind, record: AnyRecord): Cell[] {
    const id = `${this.stampAt}-b${(this.revisionCount++).toString(16).padStart(7, '0')}`;
    this.put('revisions', [id, 'Revision', this.at, this.opts.authorId, 'CREATE', kind, record.id, 1,
      stableRecordJson(kind, record), this.opts.reason(kind, record.id), this.opts.importRunId ?? null]);
    this.counts.revisions += 1;
    return [1, id, this.opts.authorId, this.at];
  }

  source(s: SourceRecord): void {
    const [row] = recordsToRows({ ...NO_RECORDS, sources: [s] }).sources;
    if (!row) return;
    const publishedOn = row.publishedOn === '' ? null : row.publishedOn;
    this.publishedOn.set(s.id, publishedOn);
    this.put('sources', [row.id, 'Source', row.title, row.publisher, row.author, publishedOn, row.publishedOnBasis, row.publishedOnNote,
      row.url, row.text, ...this.revision('source', s)]);
    this.counts.sources += 1;
  }

  entity(e: EntityRecord): void {
    const [row] = recordsToRows({ ...NO_RECORDS, entities: [e] }).entities;
    if (!row) return;
    this.put('entities', [row.id, ['Entity', row.label], row.name, row.kind, row.country, row.aliases, row.description, row.searchKeys,
      ...this.revision('entity', e)]);
    this.counts.entities += 1;
  }

  /** Sources must have been written first: a quote without a date takes its source's. */
  relationship(r: RelationshipRecord): void {
    const rows = recordsToRows({ ...NO_RECORDS, relationships: [r] });
    const [row] = rows.relationships;
    if (!row) return;
    this.put('relationships', [row.from, row.to, row.type, row.id, row.status, row.validFrom, row.validFromBasis, row.validTo, row.validToBasis,
      row.datesNote, row.validFromStart, row.validToEnd, row.role, row.note, ...this.revision('relationship', r)]);
    const dated = (reportedOn: string, source: string): string | null => (reportedOn === '' ? this.publishedOn.get(source) ?? null : reportedOn);
    for (const e of rows.evidence) {
      this.put('evidence', [e.id, 'Evidence', e.relId, e.source, e.fromId, e.quote, dated(e.reportedOn, e.source), e.stance, e.attributionKind,
        e.attributionName, e.attributionEntityId, e.marksEnd, e.ord]);
      this.put('evidenceCites', [e.id, e.source, 'CITES']);
    }
    for (const c of rows.context) {
      this.put('context', [c.id, 'Context', c.relId, c.fromId, c.quote, dated(c.reportedOn, c.source), c.ord]);
      this.put('contextCites', [c.id, c.source, 'CITES']);
    }
    this.counts.relationships += 1;
    this.counts.evidence += rows.evidence.length;
    this.counts.context += rows.context.length;
  }

  close(): BulkFiles {
    this.deferred.close();
    let bytes = this.deferred.bytes;
    for (const f of this.files.values()) {
      f.close();
      bytes += f.bytes;
    }
    const file = (name: AdminFile): string => path.join(this.opts.dir, `${name}.csv`);
    return {
      dir: this.opts.dir,
      nodes: NODE_FILES.map(file),
      relationships: RELATIONSHIP_FILES.map(file),
      deferred: path.join(this.opts.dir, DEFERRED_FILE),
      counts: { ...this.counts },
      bytes,
      longestLine: this.longestLine,
    };
  }
}
