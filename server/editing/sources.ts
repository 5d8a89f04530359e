// Adding a source (editors): checked by the rules an imported article meets (the import's shape,
// the seed's date rules), written as a `source` record with a CREATE revision in one transaction.
import type { SourceInput } from '#vocabulary/wire/schema';
import type { Context, Viewer } from '../resolvers/context';
import { applyRecords, newRevisionId, NO_RECORDS, readRecords, recordRevisions } from '../revisions';
import type { SourceRow } from '../services/types';
import { newSourceId } from './ids';
import { assertNoProblems, underArgument } from './locate';
import { seedSourceOf, sourceRecord } from './records';
import { sourceProblems } from './validate';
import { inWriteTransaction } from './tx';

export async function addSource(ctx: Context, viewer: Viewer, input: SourceInput): Promise<SourceRow> {
  const at = new Date();
  const id = newSourceId(input.title);
  const revisionId = newRevisionId(at);
  // The id is made from the title, so a problem with it is the title's.
  assertNoProblems(underArgument('input', sourceProblems(seedSourceOf(id, input)).map((p) => (p.field === 'id' ? { ...p, field: 'title' } : p))));
  const record = sourceRecord(id, input);
  await inWriteTransaction(ctx, async (run) => {
    const stored = (await readRecords(run, 'source', [id])).get(id);
    if (stored?.stamp.revisionId === revisionId) return; // a retry of this call, whose first attempt committed
    if (stored) throw new Error(`Source id ${id} is already taken; its random tail collided`);
    await applyRecords(run, { ...NO_RECORDS, sources: [record] });
    await recordRevisions(run, [{ id: revisionId, at, authorId: viewer.id, action: 'CREATE', targetKind: 'source', version: 1, before: null, after: record }]);
  });
  return record;
}
