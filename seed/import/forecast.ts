// What the audit trail would record, worked out without writing: the stored records (as the plan
// read them) against the rows the import would write, compared the way the real run compares them.
import type { ExportRelationship } from '../../server/export';
import { contextId, evidenceId } from '../loader/rows';
import type { Rows } from '../loader/rows';
import { diffSnapshots } from './changes';
import type { Props, RecordChange, Snapshots } from './changes';
import type { Stored } from './stored';

function storedEvidence(rel: ExportRelationship): Props[] {
  // The export reads evidence in stored order, so a quote's position is its ord.
  return rel.evidence.map((ev, ord) => ({
    id: evidenceId(rel.id, ord), relId: rel.id, source: ev.source, quote: ev.quote, reportedOn: ev.reportedOn, stance: ev.stance, ord,
    attributionKind: ev.attribution.kind, attributionName: ev.attribution.name, attributionEntityId: ev.attribution.entity, marksEnd: ev.marksEnd,
  }));
}

function storedContext(rel: ExportRelationship): Props[] {
  return rel.context.map((c, ord) => ({ id: contextId(rel.id, ord), relId: rel.id, source: c.source, quote: c.quote, reportedOn: c.reportedOn, ord }));
}

function storedRelationship(rel: ExportRelationship): Props {
  const { evidence, context, fromName, toName, ...own } = rel;
  return own;
}

/** The changes writing `rows` would record, given what `stored` says the database holds. */
export function forecastChanges(rows: Rows, stored: Stored): RecordChange[] {
  const known = <T>(map: Map<string, T>, ids: readonly { id: string }[]): T[] => ids.flatMap((r) => map.get(r.id) ?? []);
  const rels = known(stored.relationships, rows.relationships);
  const before: Snapshots = {
    sources: known(stored.sources, rows.sources).map((s) => ({ ...s })),
    entities: known(stored.entities, rows.entities).map((e) => ({ ...e })),
    relationships: rels.map(storedRelationship),
    evidence: rels.flatMap(storedEvidence),
    context: rels.flatMap(storedContext),
  };
  const after: Snapshots = {
    sources: rows.sources.map((s) => ({ ...s })),
    entities: rows.entities.map((e) => ({ ...e })),
    relationships: rows.relationships.map((r) => ({ ...r })),
    evidence: rows.evidence.map((ev) => ({ ...ev })),
    context: rows.context.map((c) => ({ ...c })),
  };
  return diffSnapshots(before, after);
}
