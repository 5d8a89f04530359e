// Proposals and review against a seeded Neo4j of this file's own (edits write): who may do what,
// each error code with the field or version it names, a contributor's proposal accepted by an
// editor, two editors on one version, and a retried request with the same idempotency key.
import { maskEmail } from '../../server/resolvers/accounts';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import {
  ADD_SOURCE, editingCounts, PROPOSAL_FIELDS, PROPOSE_CHANGE, PROPOSE_ENTITY, PROPOSE_RELATIONSHIP, RELATIONSHIP, REVERT, REVIEW,
  startEditingApi, USERS,
} from '../support/editing';
import type { EditingApi, ProposalJson } from '../support/editing';
import type { Viewer } from '../../server/resolvers';

const { viewer, contributor, editor, editor2 } = USERS;
const QUOTE = "Southeast Motor produced cars for Dearcc; FAW Group for Future Mobility's Byton series.";
const SOURCE = 'yicai-2018-oem-boost';

const talks = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  from: 'byton', to: 'faw-group', type: 'IN_TALKS_WITH', status: 'REPORTED',
  evidence: [{ source: SOURCE, quote: QUOTE, attribution: { kind: 'ARTICLE' } }], ...over,
});

// The first review plans a dozen statements on a cold database, which a busy machine takes its time over.
jest.setTimeout(180_000);

describe('editing › proposals and review', () => {
  let api: EditingApi;
  beforeAll(async () => { api = await startEditingApi('editing-proposals', SCRATCH_NEO4J_PORTS.editing); }, 240_000);
  afterAll(async () => { await api?.stop(); }, 180_000);

  const propose = async (who: Viewer, input: Record<string, unknown>, key?: string): Promise<ProposalJson> =>
    (await api.ok<{ proposeRelationship: ProposalJson }>(who, PROPOSE_RELATIONSHIP, { input, key })).proposeRelationship;
  const review = async (who: Viewer, id: string, decision = 'ACCEPT', note?: string): Promise<ProposalJson> =>
    (await api.ok<{ review: ProposalJson }>(who, REVIEW, { id, decision, note })).review;

  it('refuses anonymous writes with UNAUTHENTICATED and a role that may not with FORBIDDEN', async () => {
    const before = await editingCounts(api.db);
    expect(await api.fails(null, PROPOSE_RELATIONSHIP, { input: talks() })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await api.fails(null, 'query { proposals { totalCount } }')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await api.fails(viewer, PROPOSE_RELATIONSHIP, { input: talks() })).toMatchObject({ code: 'FORBIDDEN', permission: 'propose' });
    expect(await api.fails(viewer, 'query { proposals { totalCount } }')).toMatchObject({ code: 'FORBIDDEN' });
    const source = { title: 'T', publisher: 'P', text: 'x', publishedOn: '2024', publishedOnBasis: 'STATED' };
    expect(await api.fails(contributor, ADD_SOURCE, { input: source })).toMatchObject({ code: 'FORBIDDEN', permission: 'addSource' });
    expect(await api.fails(contributor, REVIEW, { id: 'p_x', decision: 'ACCEPT' })).toMatchObject({ code: 'FORBIDDEN', permission: 'review' });
    expect(await api.fails(contributor, REVERT, { id: 'r_x', reason: 'x' })).toMatchObject({ code: 'FORBIDDEN', permission: 'revert' });
    expect(await editingCounts(api.db)).toEqual(before);
  });

  it.each([
    ['a quote not verbatim in its source', talks({ evidence: [{ source: SOURCE, quote: 'FAW Group built the Byton.', attribution: { kind: 'ARTICLE' } }] }), 'input.evidence[0].quote', /not found verbatim/],
    ['an unknown entity id', talks({ to: 'no-such-entity' }), 'input.to', /no such entity/],
    ['an unknown source id', talks({ evidence: [{ source: 'no-such-source', quote: QUOTE, attribution: { kind: 'ARTICLE' } }] }), 'input.evidence[0].source', /no such source/],
    ['a bad date', talks({ validFrom: '2023-13', validFromBasis: 'STATED' }), 'input.validFrom', /not a date/],
    ['a date without its basis', talks({ validFrom: '2019' }), 'input.validFromBasis', /required when validFrom is given/],
    ['an inferred date without its note', talks({ validFrom: '2019', validFromBasis: 'INFERRED' }), 'input.datesNote', /required/],
    ['CONFIRMED resting on an anonymous source alone', talks({ status: 'CONFIRMED', evidence: [{ source: SOURCE, quote: QUOTE, attribution: { kind: 'ANONYMOUS', name: 'a source' } }] }), 'input.status', /CONFIRMED/],
    ['DENIED without its denial', talks({ status: 'DENIED' }), 'input.status', /CONTRADICTS/],
    ['a speaker that is not an entity', talks({ evidence: [{ source: SOURCE, quote: QUOTE, attribution: { kind: 'PARTY', entity: 'nobody' } }] }), 'input.evidence[0].attribution.entity', /no such entity/],
    ['a supporting quote that names neither end', talks({ from: 'nio', to: 'jac' }), 'input.evidence[0].quote', /names neither/],
    ['a link from an entity to itself', talks({ to: 'byton' }), 'input.to', /same entity/],
  ])('refuses a relationship with %s as BAD_USER_INPUT naming %s', async (_what, input, field, message) => {
    const error = await api.fails(contributor, PROPOSE_RELATIONSHIP, { input });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument: field, field });
    expect(error.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(String(error.message)).toMatch(message);
  });

  it('refuses an entity whose kind is not of its type, and a source with a bad address or an unnoted date, naming the field', async () => {
    expect(await api.fails(contributor, PROPOSE_ENTITY, { input: { name: 'Test Works', type: 'Plant', kind: 'AUTOMAKER' } })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.kind' });
    expect(await api.fails(contributor, PROPOSE_ENTITY, { input: { name: 'Test Works', type: 'Company', kind: 'AUTOMAKER', country: 'China' } })).toMatchObject({ argument: 'input.country' });
    const source = { title: 'A title', publisher: 'P', text: 'Some text.', publishedOn: '2024-05', publishedOnBasis: 'STATED' };
    expect(await api.fails(editor, ADD_SOURCE, { input: { ...source, url: 'ftp://x' } })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.url' });
    expect(await api.fails(editor, ADD_SOURCE, { input: { ...source, publishedOnBasis: 'INFERRED' } })).toMatchObject({ argument: 'input.publishedOnNote' });
    expect(await api.fails(editor, ADD_SOURCE, { input: { ...source, publishedOn: '24 May' } })).toMatchObject({ argument: 'input.publishedOn' });
  });

  it('answers NOT_FOUND for an unknown proposal or revision', async () => {
    expect(await api.fails(editor, REVIEW, { id: 'p_nothing', decision: 'ACCEPT' })).toMatchObject({ code: 'NOT_FOUND', argument: 'proposal' });
    expect(await api.fails(editor, REVERT, { id: 'nothing', reason: 'x' })).toMatchObject({ code: 'NOT_FOUND', argument: 'revision' });
    expect(await api.fails(editor, 'query($id: ID!) { proposal(id: $id) { id } }', { id: 'p_nothing' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets a contributor propose and an editor accept: the link appears at version 1 with its history', async () => {
    const made = await propose(contributor, talks());
    expect(made).toMatchObject({ state: 'PENDING', kind: 'RELATIONSHIP', target: 'byton-in-talks-with-faw-group', author: contributor, reviewer: null, result: null });
    expect(JSON.parse(made.payload)).toMatchObject({ from: 'byton', to: 'faw-group', type: 'IN_TALKS_WITH' });
    expect((await api.run(null, RELATIONSHIP, { id: made.target })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Contributors see their own proposals only; editors see everyone's.
    const listed = async (who: Viewer): Promise<string[]> =>
      (await api.ok<{ proposals: { edges: { node: { id: string } }[] } }>(who, 'query { proposals(state: PENDING) { edges { node { id } } } }')).proposals.edges.map((e) => e.node.id);
    expect(await listed(editor)).toContain(made.id);
    expect(await listed(contributor)).toContain(made.id);
    const editorsOwn = await propose(editor, talks({ from: 'dearcc', to: 'southeast-motor' }));
    expect(await listed(contributor)).not.toContain(editorsOwn.id);
    expect(await api.fails(contributor, 'query($id: ID!) { proposal(id: $id) { id } }', { id: editorsOwn.id })).toMatchObject({ code: 'NOT_FOUND' });

    const accepted = await review(editor, made.id, 'ACCEPT', 'checked against the article');
    expect(accepted).toMatchObject({ state: 'ACCEPTED', reviewer: { id: editor.id }, note: 'checked against the article' });
    expect(accepted.result).toMatchObject({ action: 'CREATE', version: 1, author: { id: contributor.id }, before: null });
    const { relationship } = await api.ok<{ relationship: { version: number; status: string; evidence: { id: string; quote: string }[]; history: { action: string; author: { email: string }; proposal: { id: string; reviewer: { id: string } } }[] } }>(null, RELATIONSHIP, { id: made.target });
    expect(relationship).toMatchObject({ version: 1, status: 'REPORTED', evidence: [{ id: `${made.target}#0`, quote: QUOTE }] });
    expect(relationship.history).toEqual([expect.objectContaining({ action: 'CREATE', author: expect.objectContaining({ email: maskEmail(contributor.email) }), proposal: { id: made.id, state: 'ACCEPTED', reviewer: { id: editor.id } } })]);
    // Reviewing it again is refused: it is no longer pending.
    expect(await api.fails(editor2, REVIEW, { id: made.id, decision: 'REJECT' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'proposal' });
    // An editor's own proposal may be accepted by that editor, and a new record's id avoids one in use.
    const again = await propose(editor, talks());
    expect(again.target).toMatch(/^byton-in-talks-with-faw-group-[0-9a-f]{6}$/);
    expect((await review(editor, again.id)).state).toBe('ACCEPTED');
  });

  it('closes a rejected proposal with its note and writes nothing to the graph', async () => {
    const made = await propose(contributor, talks({ from: 'dearcc', to: 'southeast-motor', status: 'RUMOURED' }));
    const before = await editingCounts(api.db, made.target);
    const rejected = await review(editor2, made.id, 'REJECT', 'the article says it built them, not talks');
    expect(rejected).toMatchObject({ state: 'REJECTED', reviewer: { id: editor2.id }, note: 'the article says it built them, not talks', result: null });
    expect(await editingCounts(api.db, made.target)).toEqual({ ...before, ofTarget: 0 });
  });

  it('gives two editors changing the same version exactly one CONFLICT, and loses neither attempt', async () => {
    const base = await api.ok<{ relationship: { version: number } }>(editor, RELATIONSHIP, { id: 'nio-built-by-jac' });
    const change = (who: Viewer, note: string): Promise<{ proposeChange: ProposalJson }> =>
      api.ok(who, PROPOSE_CHANGE, { target: 'nio-built-by-jac', version: base.relationship.version, patch: { note }, reason: `${who.email} rewords the note` });
    const [a, b] = await Promise.all([change(editor, 'Note by Ada.'), change(editor2, 'Note by Grace.')]);
    const results = await Promise.all([a, b].map((p) => api.run<{ review: ProposalJson }>(p.proposeChange.author.id === editor.id ? editor : editor2, REVIEW, { id: p.proposeChange.id, decision: 'ACCEPT' })));
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.errors?.[0]?.extensions).toMatchObject({ currentVersion: base.relationship.version + 1, target: 'nio-built-by-jac' });
    const states = await api.ok<{ proposals: { edges: { node: { id: string; state: string } }[] } }>(editor, `query { proposals(first: 100) { edges { node { ${PROPOSAL_FIELDS} } } } }`);
    const mine = states.proposals.edges.map((e) => e.node).filter((n) => [a.proposeChange.id, b.proposeChange.id].includes(n.id));
    expect(mine.map((n) => n.state).sort()).toEqual(['ACCEPTED', 'CONFLICTED']);
    const { relationship } = await api.ok<{ relationship: { version: number; history: { action: string }[] } }>(editor, 'query { relationship(id: "nio-built-by-jac") { version history { action } note } }');
    expect(relationship.version).toBe(base.relationship.version + 1);

    // A change made against a version that is no longer current is a CONFLICT at once, and kept.
    const stale = await api.fails(editor, PROPOSE_CHANGE, { target: 'nio-built-by-jac', version: base.relationship.version, patch: { note: 'Late.' }, reason: 'late' });
    expect(stale).toMatchObject({ code: 'CONFLICT', argument: 'version', currentVersion: base.relationship.version + 1 });
    const kept = await api.ok<{ proposal: { state: string; baseVersion: number } }>(editor, 'query($id: ID!) { proposal(id: $id) { state baseVersion } }', { id: stale.proposal });
    expect(kept.proposal).toEqual({ state: 'CONFLICTED', baseVersion: base.relationship.version });
  });

  it('returns the first proposal for a repeated idempotency key, and writes one proposal and one revision', async () => {
    const input = { name: 'Idempotent Motors', type: 'Company', kind: 'AUTOMAKER', country: 'CN' };
    const before = await editingCounts(api.db);
    const [first, second] = await Promise.all([1, 2].map(() => api.ok<{ proposeEntity: ProposalJson }>(contributor, PROPOSE_ENTITY, { input, key: 'retry-1' })));
    const third = await api.ok<{ proposeEntity: ProposalJson }>(contributor, PROPOSE_ENTITY, { input: { ...input, name: 'Changed Name' }, key: 'retry-1' });
    expect(new Set([first?.proposeEntity.id, second?.proposeEntity.id, third.proposeEntity.id]).size).toBe(1);
    expect((await editingCounts(api.db)).proposals).toBe(before.proposals + 1);
    // The same key from another author is that author's own.
    const others = await api.ok<{ proposeEntity: ProposalJson }>(editor, PROPOSE_ENTITY, { input, key: 'retry-1' });
    expect(others.proposeEntity.id).not.toBe(third.proposeEntity.id);
    await review(editor, third.proposeEntity.id);
    const after = await editingCounts(api.db, third.proposeEntity.target);
    expect([after.proposals, after.ofTarget]).toEqual([before.proposals + 2, 1]);
    const { entity } = await api.ok<{ entity: { name: string; version: number; history: { action: string; author: { id: string } }[] } }>(null, 'query($id: ID!) { entity(id: $id) { name version history { action author { id } } } }', { id: third.proposeEntity.target });
    expect(entity).toEqual({ name: 'Idempotent Motors', version: 1, history: [{ action: 'CREATE', author: { id: contributor.id } }] });
  });
});
