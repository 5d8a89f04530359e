// The stored properties of the records one write batch touches, read inside the batch's own
// transaction just before and just after it writes, so that the audit trail's before and after
// are exactly what the database held and holds.
import { statement } from '../../server/cypher';
import type { Row } from '../../server/db';
import type { Rows } from '../loader/rows';
import type { Run } from '../loader/write';
import type { Props, Snapshots } from './changes';

const propsOf = (rows: Row[]): Props[] => rows.map((r) => (r.props ?? {}) as Props);

export async function readSnapshots(run: Run, batch: Rows): Promise<Snapshots> {
  const read = async (name: string, params: Record<string, unknown>, wanted: number): Promise<Props[]> =>
    wanted === 0 ? [] : propsOf(await run(statement(name, params)));
  const relIds = batch.relationships.map((r) => r.id);
  return {
    sources: await read('import/source-props', { ids: batch.sources.map((s) => s.id) }, batch.sources.length),
    entities: await read('import/entity-props', { ids: batch.entities.map((e) => e.id) }, batch.entities.length),
    relationships: await read('import/relationship-props', { refs: batch.relationships.map((r) => ({ id: r.id, from: r.from })) }, relIds.length),
    evidence: await read('import/evidence-props', { relIds }, relIds.length),
    context: await read('import/context-props', { relIds }, relIds.length),
  };
}

/** JSON with keys in a fixed order, so that the same properties always read the same. */
export function stableJson(props: Props | null): string | null {
  if (props === null) return null;
  return JSON.stringify(Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
