// Saved views against the real Neo4j, through the real schema and resolvers, as accounts of each
// role and anonymously: save, list, open, rename, share, delete, who may do each, the limits,
// idempotent retries and version conflicts (docs/views.md). Saved views are nodes no graph read
// touches, so this runs on the shared test database with accounts of its own, which it takes out
// again with their views.
import type { Role } from '#vocabulary/roles';
import { VIEW_LIMITS } from '#vocabulary/views';
import { ensureAccountsSchema } from '../../server/accounts';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import type { Viewer } from '../../server/resolvers';
import { ensureViewsSchema } from '../../server/services/views';
import { startApiRunner } from '../support/editing';
import type { ApiRunner } from '../support/editing';
import { testDb } from '../support/env';

const account = (name: string, role: Role): Viewer => ({ id: `u_views_${name}_${process.pid}`, email: `views-${name}-${process.pid}@example.org`, role });
const USERS = {
  viewer: account('vera', 'viewer'),
  contributor: account('carl', 'contributor'),
  editor: account('ada', 'editor'),
  editor2: account('grace', 'editor'),
};
const IDS = Object.values(USERS).map((u) => u.id);

let db: Db;
let api: ApiRunner;

beforeAll(async () => {
  db = testDb();
  await ensureAccountsSchema(db);
  await ensureViewsSchema(db);
  await db.write(statement('test/create-users', { users: Object.values(USERS) }));
  api = await startApiRunner(db);
});

afterAll(async () => {
  await db?.write(statement('test/remove-view-accounts', { ids: IDS }));
  await api?.stop();
  await db?.close();
});

const FIELDS = 'id name state visibility version createdAt updatedAt canEdit canDelete owner { id email }';
const SAVE = `mutation($input: SavedViewInput!, $key: String) { saveView(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const OPEN = `query($id: ID!) { savedView(id: $id) { ${FIELDS} } }`;
const LIST = `query($scope: SavedViewScope, $first: Int, $after: String) {
  savedViews(scope: $scope, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name visibility } } } }`;
const RENAME = `mutation($id: ID!, $version: Int!, $name: String!) { renameView(id: $id, version: $version, name: $name) { ${FIELDS} } }`;
const SHARE = `mutation($id: ID!, $version: Int!, $visibility: SavedViewVisibility!) { shareView(id: $id, version: $version, visibility: $visibility) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int) { deleteView(id: $id, version: $version) }';

interface ViewJson {
  id: string; name: string; state: string; visibility: string; version: number; createdAt: string; updatedAt: string;
  canEdit: boolean; canDelete: boolean; owner: { id: string; email: string };
}
interface ListJson { savedViews: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; name: string; visibility: string } }[] } }

/** A view's state as the page writes it: entities, links, positions, selection. */
const STATE = 'n=jac%2Cnio&r=nio-built-by-jac&p=2s.-1c_0.0&s=e%3Anio-built-by-jac';

async function save(who: (typeof USERS)[keyof typeof USERS], name: string, visibility = 'PRIVATE', key?: string): Promise<ViewJson> {
  return (await api.ok<{ saveView: ViewJson }>(who, SAVE, { input: { name, state: STATE, visibility }, key })).saveView;
}

async function counts(ownerId: string): Promise<{ mine: number }> {
  const [row] = await db.read(statement('test/saved-view-count', { ownerId }));
  return { mine: Number(row?.mine ?? 0) };
}

describe('saved views', () => {
  it('saves the state exactly as sent and opens it for its owner, with version 1 and the owner named', async () => {
    const view = await save(USERS.viewer, '  NIO and   its maker ');
    expect(view).toMatchObject({ name: 'NIO and its maker', state: STATE, visibility: 'PRIVATE', version: 1, canEdit: true, canDelete: true, owner: { id: USERS.viewer.id, email: USERS.viewer.email } });
    expect(view.id).toMatch(/^v_\d{8}T\d{9}Z-[0-9a-f]{16}$/);
    expect(view.createdAt).toBe(view.updatedAt);
    const opened = (await api.ok<{ savedView: ViewJson }>(USERS.viewer, OPEN, { id: view.id })).savedView;
    expect(opened).toEqual(view);
  });

  it('keeps a private view from everyone but its owner, as if it were not there', async () => {
    const view = await save(USERS.contributor, 'private notes');
    for (const who of [null, USERS.viewer, USERS.editor]) {
      await expect(api.fails(who, OPEN, { id: view.id })).resolves.toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    }
    const unknown = await api.fails(USERS.contributor, OPEN, { id: 'v_20990101T000000000Z-0000000000000000' });
    const hidden = await api.fails(USERS.viewer, OPEN, { id: view.id });
    // The same answer for an unknown id and another's private one, apart from the id itself.
    expect(String(unknown.message).replace(/"[^"]+"/, '"…"')).toBe(String(hidden.message).replace(/"[^"]+"/, '"…"'));
  });

  it('opens a shared view for anyone who may read, anonymous readers too, who may neither rename nor delete it', async () => {
    const view = await save(USERS.contributor, 'for the desk', 'SHARED');
    const anonymous = (await api.ok<{ savedView: ViewJson }>(null, OPEN, { id: view.id })).savedView;
    expect(anonymous).toMatchObject({ state: STATE, canEdit: false, canDelete: false, owner: { email: 'v…@example.org' } });
    const viewer = (await api.ok<{ savedView: ViewJson }>(USERS.viewer, OPEN, { id: view.id })).savedView;
    expect(viewer).toMatchObject({ canEdit: false, canDelete: false, owner: { email: USERS.contributor.email } });
    const editor = (await api.ok<{ savedView: ViewJson }>(USERS.editor, OPEN, { id: view.id })).savedView;
    expect(editor).toMatchObject({ canEdit: false, canDelete: true });
  });

  it('refuses every write and the list of one\'s own views without an account, and lists listed views for anyone', async () => {
    await expect(api.fails(null, SAVE, { input: { name: 'x', state: STATE, visibility: 'SHARED' } })).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(api.fails(null, LIST, {})).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    const mine = await save(USERS.editor2, 'to rename');
    await expect(api.fails(null, RENAME, { id: mine.id, version: 1, name: 'y' })).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(api.fails(null, DELETE, { id: mine.id })).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    const listed = await api.ok<ListJson>(null, LIST, { scope: 'LISTED' });
    expect(listed.savedViews.edges.every((e) => e.node.visibility === 'LISTED')).toBe(true);
  });

  it('lists one\'s own views of every visibility and every account\'s listed ones, newest first, a page at a time', async () => {
    const names = ['first listed', 'second private', 'third listed', 'fourth shared'];
    const made = [];
    for (const [i, name] of names.entries()) made.push(await save(USERS.editor, name, ['LISTED', 'PRIVATE', 'LISTED', 'SHARED'][i]));
    const other = await save(USERS.viewer, 'someone else\'s listed', 'LISTED');

    const page1 = (await api.ok<ListJson>(USERS.editor, LIST, { first: 3 })).savedViews;
    expect(page1.edges.map((e) => e.node.name)).toEqual(['fourth shared', 'third listed', 'second private']);
    expect(page1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const page2 = (await api.ok<ListJson>(USERS.editor, LIST, { first: 3, after: page1.pageInfo.endCursor })).savedViews;
    expect(page2.edges.map((e) => e.node.name)).toEqual(['first listed']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // Other tests may list views of their own in the shared database meanwhile: only these are looked at.
    const ours = new Set([...made, other].map((v) => v.id));
    const listed = (await api.ok<ListJson>(USERS.contributor, LIST, { scope: 'LISTED', first: 100 })).savedViews;
    expect(listed.edges.map((e) => e.node.id).filter((id) => ours.has(id))).toEqual([other.id, made[2]?.id, made[0]?.id]);
    expect(listed.edges.every((e) => e.node.visibility === 'LISTED')).toBe(true);
    expect(listed.totalCount).toBeGreaterThanOrEqual(3);
    await expect(api.fails(USERS.editor, LIST, { after: 'not-a-cursor' })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('renames and shares at the current version only, each change adding one, and answers a stale one with CONFLICT', async () => {
    const view = await save(USERS.viewer, 'draft');
    const renamed = (await api.ok<{ renameView: ViewJson }>(USERS.viewer, RENAME, { id: view.id, version: 1, name: 'Final' })).renameView;
    expect(renamed).toMatchObject({ name: 'Final', version: 2, state: STATE, visibility: 'PRIVATE' });
    expect(renamed.updatedAt >= view.updatedAt).toBe(true);
    await expect(api.fails(USERS.viewer, RENAME, { id: view.id, version: 1, name: 'Lost?' })).resolves.toMatchObject({ code: 'CONFLICT', argument: 'version', currentVersion: 2 });
    const shared = (await api.ok<{ shareView: ViewJson }>(USERS.viewer, SHARE, { id: view.id, version: 2, visibility: 'LISTED' })).shareView;
    expect(shared).toMatchObject({ name: 'Final', visibility: 'LISTED', version: 3 });
    await expect(api.fails(USERS.viewer, SHARE, { id: view.id, version: 2, visibility: 'PRIVATE' })).resolves.toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    expect((await api.ok<{ savedView: ViewJson }>(USERS.viewer, OPEN, { id: view.id })).savedView).toMatchObject({ name: 'Final', visibility: 'LISTED', version: 3 });
  });

  it('lets exactly one of two renames made at the same version through', async () => {
    const view = await save(USERS.viewer, 'contested');
    const results = await Promise.all(['One', 'Two'].map((name) => api.run<{ renameView: ViewJson }>(USERS.viewer, RENAME, { id: view.id, version: 1, name })));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)?.data?.renameView.name;
    expect((await api.ok<{ savedView: ViewJson }>(USERS.viewer, OPEN, { id: view.id })).savedView).toMatchObject({ name: winner, version: 2 });
  });

  it('lets only the owner rename or share, and hides another\'s private view from the attempt', async () => {
    const shared = await save(USERS.contributor, 'shared one', 'SHARED');
    const secret = await save(USERS.contributor, 'secret one');
    for (const who of [USERS.viewer, USERS.editor]) {
      await expect(api.fails(who, RENAME, { id: shared.id, version: 1, name: 'mine now' })).resolves.toMatchObject({ code: 'FORBIDDEN', argument: 'id' });
      await expect(api.fails(who, SHARE, { id: shared.id, version: 1, visibility: 'PRIVATE' })).resolves.toMatchObject({ code: 'FORBIDDEN' });
      await expect(api.fails(who, RENAME, { id: secret.id, version: 1, name: 'found it' })).resolves.toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    }
    expect((await api.ok<{ savedView: ViewJson }>(USERS.contributor, OPEN, { id: shared.id })).savedView).toMatchObject({ name: 'shared one', version: 1 });
  });

  it('deletes for the owner and for an editor when shared, never for another viewer, nor anyone\'s private view but the owner\'s', async () => {
    const own = await save(USERS.viewer, 'mine to delete');
    const shared = await save(USERS.contributor, 'moderated', 'LISTED');
    const secret = await save(USERS.contributor, 'private, kept');
    await expect(api.fails(USERS.viewer, DELETE, { id: shared.id })).resolves.toMatchObject({ code: 'FORBIDDEN', argument: 'id' });
    await expect(api.fails(USERS.editor, DELETE, { id: secret.id })).resolves.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.fails(USERS.viewer, DELETE, { id: own.id, version: 2 })).resolves.toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(await api.ok(USERS.viewer, DELETE, { id: own.id, version: 1 })).toEqual({ deleteView: own.id });
    expect(await api.ok(USERS.editor, DELETE, { id: shared.id })).toEqual({ deleteView: shared.id });
    await expect(api.fails(USERS.viewer, OPEN, { id: own.id })).resolves.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.fails(USERS.viewer, DELETE, { id: own.id })).resolves.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.fails(null, OPEN, { id: shared.id })).resolves.toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.ok<{ savedView: ViewJson }>(USERS.contributor, OPEN, { id: secret.id })).savedView.name).toBe('private, kept');
  });

  it('refuses a blank or over-long name and a state that is not a view\'s address or is too large, naming the field', async () => {
    const refuse = (input: Record<string, unknown>): Promise<Record<string, unknown>> =>
      api.fails(USERS.viewer, SAVE, { input: { name: 'ok', state: STATE, visibility: 'PRIVATE', ...input } });
    const before = await counts(USERS.viewer.id);
    await expect(refuse({ name: '   ' })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.name' });
    await expect(refuse({ name: 'x'.repeat(VIEW_LIMITS.nameChars + 1) })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.name' });
    await expect(refuse({ name: 'tab\u0007bell' })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.name' });
    await expect(refuse({ state: '' })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.state' });
    await expect(refuse({ state: '<script>alert(1)</script>' })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.state' });
    await expect(refuse({ state: 'saved=v_1&n=nio' })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.state' });
    await expect(refuse({ state: `n=${'a'.repeat(VIEW_LIMITS.stateBytes)}` })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.state' });
    await expect(refuse({ visibility: 'PUBLIC' })).resolves.toMatchObject({ code: 'BAD_USER_INPUT' });
    // The longest name and the largest state allowed are kept whole.
    const longest = await save(USERS.viewer, 'n'.repeat(VIEW_LIMITS.nameChars));
    expect(longest.name).toHaveLength(VIEW_LIMITS.nameChars);
    const largest = `n=${'a'.repeat(VIEW_LIMITS.stateBytes - 2)}`;
    const big = (await api.ok<{ saveView: ViewJson }>(USERS.viewer, SAVE, { input: { name: 'big', state: largest, visibility: 'PRIVATE' } })).saveView;
    expect((await api.ok<{ savedView: ViewJson }>(USERS.viewer, OPEN, { id: big.id })).savedView.state).toBe(largest);
    await expect(api.fails(USERS.viewer, RENAME, { id: big.id, version: 1, name: '' })).resolves.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
    expect(await counts(USERS.viewer.id)).toEqual({ mine: before.mine + 2 });
  });

  it('returns the first view for a retried save with the same key, even sent several times at once, and writes it once', async () => {
    const before = await counts(USERS.editor2.id);
    const first = await save(USERS.editor2, 'retried', 'SHARED', 'save-1');
    const again = await save(USERS.editor2, 'retried', 'SHARED', 'save-1');
    expect(again).toEqual(first);
    const racing = await Promise.all([1, 2, 3, 4].map(() => save(USERS.editor2, 'raced', 'PRIVATE', 'save-2')));
    expect(new Set(racing.map((v) => v.id)).size).toBe(1);
    // The same key from another account is that account's own.
    const others = await save(USERS.viewer, 'retried', 'SHARED', 'save-1');
    expect(others.id).not.toBe(first.id);
    expect((await counts(USERS.editor2.id)).mine).toBe(before.mine + 2);
  });

  it('refuses a save beyond the account\'s limit, saying so, and saves again once one is deleted', async () => {
    const who = USERS.contributor;
    const { mine } = await counts(who.id);
    await db.write(statement('test/create-saved-views', { ownerId: who.id, count: VIEW_LIMITS.perAccount - mine - 1 }));
    const last = await save(who, 'the last one allowed', 'PRIVATE', 'last');
    const refused = await api.fails(who, SAVE, { input: { name: 'one too many', state: STATE, visibility: 'PRIVATE' } });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', max: VIEW_LIMITS.perAccount });
    expect(String(refused.message)).toContain(`${VIEW_LIMITS.perAccount} saved views`);
    expect((await counts(who.id)).mine).toBe(VIEW_LIMITS.perAccount);
    // A retry of a save that was made still answers it at the limit.
    await expect(save(who, 'the last one allowed', 'PRIVATE', 'last')).resolves.toEqual(last);
    await api.ok(who, DELETE, { id: last.id });
    await expect(save(who, 'room again')).resolves.toMatchObject({ name: 'room again' });
  });
});
