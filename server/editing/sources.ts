// Adding a source: checked by the rules an imported article meets (the import's shape, the seed's
// date rules), written as a `source` record with a CREATE revision in one transaction. Editors add
// one directly (addSource); intake stores the cleaned text of a contributor's article the same way.
import type { SourceInput } from '#vocabulary/wire/schema';
import type { Context, Viewer } from '../resolvers/context';
import { applyRecords, newRevisionId, NO_RECORDS, readRecords, recordRevisions } from '../revisions';
import type { SourceRow } from '../services/types';
import { newSourceId } from './ids';
import { assertNoProblems, underArgument } from './locate';
import type { LocatedProblem } from './locate';
import { seedSourceOf, sourceRecord } from './records';
import { sourceProblems } from './validate';
import { inWriteTransaction } from './tx';

/** What is wrong with a source made from `input`, each problem naming `${argument}.field`. */
export function sourceInputProblems(id: string, input: SourceInput, argument = 'input'): LocatedProblem[] {
  // The id is made from the title, so a problem with it is the title's.
  return underArgument(argument, sourceProblems(seedSourceOf(id, input)).map((p) => (p.field === 'id' ? { ...p, field: 'title' } : p)));
}

/** Checks and stores the source as `viewer`'s CREATE revision; the caller has checked the permission. */
export async function storeSource(ctx: Context, viewer: Viewer, input: SourceInput, argument = 'input'): Promise<SourceRow> {
  const at = new Date();
  const id = newSourceId(input.title);
  const revisionId = newRevisionId(at);
  assertNoProblems(sourceInputProblems(id, input, argument));
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

export const addSource = (ctx: Context, viewer: Viewer, input: SourceInput): Promise<SourceRow> => storeSource(ctx, viewer, input);
