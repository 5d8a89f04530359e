// Notes against a seeded Neo4j of this file's own (notes write, and one test retires a link): who
// sees a private and a shared note (each role, anonymous readers), the limits, an idempotent retry,
// an edit made against a stale version, who may delete, and that the graph never notices a note.
import { statement } from '../../server/cypher';
import type { Viewer } from '../../server/resolvers';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import { editingCounts, PROPOSE_CHANGE, RELATIONSHIP, REVIEW, startEditingApi, USERS } from '../support/editing';
import type { EditingApi, ProposalJson } from '../support/editing';

const { viewer, contributor, editor, editor2 } = USERS;
const LINK = 'nio-built-by-jac';
const ENTITY = 'nio';

const NOTE_FIELDS = 'id target targetKind targetRetired visibility text createdAt editedAt version author { id email } earlier { version text visibility at }';
const ADD = `mutation($target: ID!, $text: String!, $visibility: NoteVisibility, $key: String) {
  addNote(target: $target, text: $text, visibility: $visibility, idempotencyKey: $key) { ${NOTE_FIELDS} } }`;
const EDIT = `mutation($id: ID!, $version: Int!, $text: String, $visibility: NoteVisibility) {
  editNote(id: $id, version: $version, text: $text, visibility: $visibility) { ${NOTE_FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteNote(id: $id, version: $version) { id target deletedAt } }';
const LINK_NOTES = `query($id: ID!) { relationship(id: $id) { id notes { ${NOTE_FIELDS} } } }`;
const ENTITY_NOTES = `query($id: ID!) { entity(id: $id) { id degree notes { ${NOTE_FIELDS} } } }`;
const NOTES = `query($target: ID!) { notes(target: $target) { ${NOTE_FIELDS} } }`;

interface NoteJson {
  id: string; target: string; targetKind: string; targetRetired: boolean; visibility: string; text: string; createdAt: string; editedAt: string | null;
  version: number; author: { id: string; email: string }; earlier: { version: number; text: string; visibility: string; at: string }[];
}

jest.setTimeout(180_000);

describe('notes', () => {
  let api: EditingApi;
  beforeAll(async () => { api = await startEditingApi('notes', SCRATCH_NEO4J_PORTS.notes); }, 240_000);
  afterAll(async () => { await api?.stop(); }, 180_000);

  const add = async (who: Viewer, target: string, text: string, visibility?: string, key?: string): Promise<NoteJson> =>
    (await api.ok<{ addNote: NoteJson }>(who, ADD, { target, text, visibility, key })).addNote;
  const linkNotes = async (who: Viewer | null, id = LINK): Promise<NoteJson[]> =>
    (await api.ok<{ relationship: { notes: NoteJson[] } }>(who, LINK_NOTES, { id })).relationship.notes;
  const counts = async (): Promise<{ notes: number; live: number; versions: number }> => {
    const [row] = await api.db.read(statement('test/note-counts', {}));
    return { notes: Number(row?.notes), live: Number(row?.live), versions: Number(row?.versions) };
  };
  const remove = (who: Viewer, note: { id: string; version: number }): Promise<{ deleteNote: { id: string; deletedAt: string } }> =>
    api.ok(who, DELETE, { id: note.id, version: note.version });

  it('shows a private note to its author only and a shared one to every signed-in account, never to an anonymous reader', async () => {
    const mine = await add(contributor, LINK, 'Ask JAC whether the contract was renewed.');
    const shared = await add(contributor, LINK, 'Yicai confirmed the foundry deal by phone.', 'SHARED');
    expect(mine).toMatchObject({ target: LINK, targetKind: 'relationship', targetRetired: false, visibility: 'PRIVATE', version: 1, editedAt: null, author: { id: contributor.id, email: contributor.email } });
    expect((await linkNotes(contributor)).map((n) => n.id)).toEqual([mine.id, shared.id]);
    for (const other of [viewer, editor, editor2]) expect((await linkNotes(other)).map((n) => n.id)).toEqual([shared.id]);
    expect(await linkNotes(null)).toEqual([]);
    expect(await api.fails(null, NOTES, { target: LINK })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await api.fails(null, ADD, { target: LINK, text: 'x' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await api.ok<{ notes: NoteJson[] }>(viewer, NOTES, { target: LINK })).notes.map((n) => n.id)).toEqual([shared.id]);
    // A viewer (the least role) writes notes too, and an entity takes them as a link does.
    const onEntity = await add(viewer, ENTITY, 'Check the 2024 annual report.', 'SHARED');
    expect(onEntity.targetKind).toBe('entity');
    expect((await api.ok<{ entity: { notes: NoteJson[] } }>(editor, ENTITY_NOTES, { id: ENTITY })).entity.notes.map((n) => n.id)).toEqual([onEntity.id]);
  });

  it('keeps the text as plain text: markup comes back as the characters written', async () => {
    const text = '<img src=x onerror="alert(1)"> & <b>not bold</b>\nsecond line';
    expect((await add(editor, LINK, `  ${text}  `)).text).toBe(text);
  });

  it.each([
    ['empty text', '   ', /cannot be empty/],
    ['more than 4,000 characters', 'a'.repeat(4001), /at most 4,000 characters; this one has 4,001/],
    ['more than 12,000 bytes', '🚗'.repeat(3001), /at most 12,000 bytes of UTF-8; this one has 12,004/],
    ['a control character', 'tab\tand line\nare fine, a bell \u0007 is not', /no other control characters/],
  ])('refuses %s as BAD_USER_INPUT on text, writing nothing', async (_what, text, message) => {
    const before = await counts();
    const err = await api.fails(editor, ADD, { target: LINK, text });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    expect(err.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('takes 4,000 Chinese characters (12,000 bytes), the most of both', async () => {
    expect((await add(editor2, LINK, '蔚'.repeat(4000))).text).toHaveLength(4000);
  });

  it('refuses a note on an unknown target as NOT_FOUND and an idempotency key that is blank or too long', async () => {
    expect(await api.fails(editor, ADD, { target: 'no-such-thing', text: 'x' })).toMatchObject({ code: 'NOT_FOUND', argument: 'target' });
    expect(await api.fails(editor, ADD, { target: LINK, text: 'x', key: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' });
    expect(await api.fails(editor, ADD, { target: LINK, text: 'x', key: 'k'.repeat(101) })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' });
  });

  it('keeps at most 20 notes per account on one target; a deleted one frees its place, another account is not held back', async () => {
    const target = 'li-auto-acquired-lifan';
    const notes = [];
    for (let i = 0; i < 20; i += 1) notes.push(await add(contributor, target, `note ${i}`));
    const err = await api.fails(contributor, ADD, { target, text: 'one too many' });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'target' });
    expect(err.message).toMatch(/20 notes on this link already/);
    expect((await add(viewer, target, 'mine is my own')).author.id).toBe(viewer.id);
    await remove(contributor, notes[0] as NoteJson);
    expect((await add(contributor, target, 'now there is room')).text).toBe('now there is room');
  });

  it('writes once for a retried request with the same key, even sent twice at once; the same key from another account is its own', async () => {
    const before = await counts();
    const key = 'retry-me-1';
    const [a, b] = await Promise.all([add(editor, ENTITY, 'Once only.', 'SHARED', key), add(editor, ENTITY, 'Once only.', 'SHARED', key)]);
    const c = await add(editor, ENTITY, 'Once only.', 'SHARED', key);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    const theirs = await add(editor2, ENTITY, 'Once only.', 'SHARED', key);
    expect(theirs.id).not.toBe(a.id);
    expect(await counts()).toEqual({ ...before, notes: before.notes + 2, live: before.live + 2 });
    await remove(editor, a);
    const err = await api.fails(editor, ADD, { target: ENTITY, text: 'Once only.', key });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' });
  });

  it('edits at the current version, keeps what the note said for its author, and refuses a stale version as CONFLICT without changing it', async () => {
    const first = await add(contributor, ENTITY, 'NIO plans a third brand.', 'SHARED');
    const edited = (await api.ok<{ editNote: NoteJson }>(contributor, EDIT, { id: first.id, version: 1, text: 'NIO launched a third brand, Firefly.' })).editNote;
    expect(edited).toMatchObject({ version: 2, text: 'NIO launched a third brand, Firefly.', visibility: 'SHARED' });
    expect(edited.editedAt).not.toBeNull();
    expect(edited.earlier).toEqual([{ version: 1, text: 'NIO plans a third brand.', visibility: 'SHARED', at: first.createdAt }]);

    const stale = await api.fails(contributor, EDIT, { id: first.id, version: 1, text: 'An edit made on the old text.' });
    expect(stale).toMatchObject({ code: 'CONFLICT', argument: 'version', currentVersion: 2, id: first.id });
    const seen = (await api.ok<{ notes: NoteJson[] }>(editor, NOTES, { target: ENTITY })).notes.find((n) => n.id === first.id);
    expect(seen).toMatchObject({ version: 2, text: 'NIO launched a third brand, Firefly.' });
    // Others see that it was edited, not what it said before.
    expect(seen?.earlier).toEqual([]);

    const hidden = (await api.ok<{ editNote: NoteJson }>(contributor, EDIT, { id: first.id, version: 2, visibility: 'PRIVATE' })).editNote;
    expect(hidden).toMatchObject({ version: 3, visibility: 'PRIVATE', text: 'NIO launched a third brand, Firefly.' });
    expect((await api.ok<{ notes: NoteJson[] }>(editor, NOTES, { target: ENTITY })).notes.map((n) => n.id)).not.toContain(first.id);
    expect(await api.fails(contributor, EDIT, { id: first.id, version: 3 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
  });

  it('lets only the author edit; the author or an editor (for a shared note) delete; a private note of another is not found', async () => {
    const shared = await add(contributor, LINK, 'Shared by the contributor.', 'SHARED');
    const secret = await add(contributor, LINK, 'Private to the contributor.');
    expect(await api.fails(editor, EDIT, { id: shared.id, version: 1, text: 'words in their mouth' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await api.fails(viewer, DELETE, { id: shared.id, version: 1 })).toMatchObject({ code: 'FORBIDDEN' });
    for (const who of [viewer, editor]) {
      expect(await api.fails(who, EDIT, { id: secret.id, version: 1, text: 'x' })).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
      expect(await api.fails(who, DELETE, { id: secret.id, version: 1 })).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    }
    expect(await api.fails(editor, DELETE, { id: shared.id, version: 7 })).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });

    const moderated = (await remove(editor, shared)).deleteNote;
    expect(moderated.id).toBe(shared.id);
    // A retried delete answers the same and writes nothing.
    const before = await counts();
    expect((await remove(editor, shared)).deleteNote).toEqual(moderated);
    expect(await counts()).toEqual(before);
    expect((await linkNotes(contributor)).map((n) => n.id)).not.toContain(shared.id);
    expect(await api.fails(contributor, EDIT, { id: shared.id, version: 1, text: 'back?' })).toMatchObject({ code: 'NOT_FOUND' });

    await api.ok(contributor, EDIT, { id: secret.id, version: 1, text: 'Private, edited.' });
    const deleted = (await remove(contributor, { id: secret.id, version: 2 })).deleteNote;
    expect(deleted.deletedAt).toEqual(expect.any(String));
    // Its text and earlier versions are gone for good: only the tombstone is left.
    const [row] = await api.db.read(statement('test/note-tombstone', { id: secret.id }));
    expect(row).toEqual({ text: null, versions: 0 });
  });

  it('never changes the graph: counts, versions, history, evidence and degrees stay as they were', async () => {
    const GRAPH = `{ stats { entities relationships sources datedRelationships byType { type count } }
      relationships(first: 1) { totalCount }
      relationship(id: "${LINK}") { version history { id } evidence { id quote } }
      entity(id: "${ENTITY}") { degree version history { id } relationships { totalCount } } }`;
    const before = { graph: await api.ok(editor, GRAPH), editing: await editingCounts(api.db) };
    await add(editor, LINK, 'Does not count.', 'SHARED');
    await add(editor, ENTITY, 'Does not count either.', 'SHARED');
    expect({ graph: await api.ok(editor, GRAPH), editing: await editingCounts(api.db) }).toEqual(before);
  });

  it('keeps the notes of a link retired since, reachable by Query.notes with targetRetired, and takes no new one there', async () => {
    const target = 'xpeng-built-by-haima-zhengzhou';
    const note = await add(editor, target, 'Watch the Haima plant sale.', 'SHARED');
    const { version } = (await api.ok<{ relationship: { version: number } }>(null, RELATIONSHIP, { id: target })).relationship;
    const proposal = (await api.ok<{ proposeChange: ProposalJson }>(editor, PROPOSE_CHANGE, { target, version, patch: { retired: true }, reason: 'the notes test' })).proposeChange;
    await api.ok(editor, REVIEW, { id: proposal.id, decision: 'ACCEPT' });
    expect(await api.fails(editor, LINK_NOTES, { id: target })).toMatchObject({ code: 'NOT_FOUND' });
    const kept = (await api.ok<{ notes: NoteJson[] }>(viewer, NOTES, { target })).notes;
    expect(kept).toEqual([expect.objectContaining({ id: note.id, targetRetired: true, text: 'Watch the Haima plant sale.' })]);
    expect(await api.fails(editor, ADD, { target, text: 'too late' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'target' });
  });
});
