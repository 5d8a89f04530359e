// History and revert against a seeded Neo4j of this file's own: a change and its revert are both
// new revisions (history only grows), a retired link disappears from every read but keeps its
// history, an entity with live links cannot be retired, and a source added in the product can be
// quoted at once.
import type { Viewer } from '../../server/resolvers';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import { ADD_SOURCE, HISTORY_FIELDS, PROPOSE_CHANGE, PROPOSE_ENTITY, PROPOSE_RELATIONSHIP, RELATIONSHIP, REVERT, REVIEW, startEditingApi, USERS } from '../support/editing';
import type { EditingApi, ProposalJson } from '../support/editing';

const { contributor, editor, editor2 } = USERS;
const LINK = 'xpeng-built-by-haima-zhengzhou';

interface Rev { id: string; action: string; version: number; reason: string | null; before: string | null; after: string | null; author: { id: string } }
interface Link { id: string; status: string; version: number; datesNote: string | null; evidence: { id: string; quote: string }[]; history: Rev[] }

// The first review plans a dozen statements on a cold database, which a busy machine takes its time over.
jest.setTimeout(180_000);

describe('editing › history and revert', () => {
  let api: EditingApi;
  beforeAll(async () => { api = await startEditingApi('editing-history', SCRATCH_NEO4J_PORTS.editing + 1); }, 240_000);
  afterAll(async () => { await api?.stop(); }, 180_000);

  const link = async (id = LINK): Promise<Link> => (await api.ok<{ relationship: Link }>(null, RELATIONSHIP, { id })).relationship;
  /** Proposes a change and accepts it, as `who` (an editor's direct edit: two calls). */
  const edit = async (who: Viewer, target: string, version: number, patch: Record<string, unknown>, reason: string): Promise<ProposalJson> => {
    const { proposeChange } = await api.ok<{ proposeChange: ProposalJson }>(who, PROPOSE_CHANGE, { target, version, patch, reason });
    return (await api.ok<{ review: ProposalJson }>(who, REVIEW, { id: proposeChange.id, decision: 'ACCEPT' })).review;
  };
  const revert = async (id: string, reason: string): Promise<Rev> => (await api.ok<{ revert: Rev }>(editor2, REVERT, { id, reason })).revert;

  it('records a change as a new version, and a revert of it as another that restores the earlier values', async () => {
    const original = await link();
    const changed = await edit(editor, LINK, original.version, { status: 'RUMOURED', note: 'Only "was the OEM" in 2018.' }, 'the 2018 article hedges it');
    expect(changed.result).toMatchObject({ action: 'UPDATE', version: original.version + 1, author: { id: editor.id } });
    expect(JSON.parse(changed.result?.before ?? '{}')).toMatchObject({ id: LINK, status: original.status });
    expect(await link()).toMatchObject({ status: 'RUMOURED', version: original.version + 1 });

    const undone = await revert(changed.result?.id ?? '', 'the article states it as fact');
    expect(undone).toMatchObject({ action: 'REVERT', version: original.version + 2, author: { id: editor2.id }, reason: 'the article states it as fact', proposal: null });
    expect(undone.after).toBe(changed.result?.before);
    const after = await link();
    expect({ ...after, history: [], version: 0 }).toEqual({ ...original, history: [], version: 0 });
    expect(after.history.map((r) => [r.action, r.version])).toEqual([...original.history.map((r) => [r.action, r.version]), ['UPDATE', original.version + 1], ['REVERT', original.version + 2]]);
    // Reverting to what the record already is changes nothing and is refused.
    expect(await api.fails(editor2, REVERT, { id: changed.result?.id, reason: 'again' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'revision' });
  });

  it('adds and retires quotes by their ids through a change', async () => {
    const before = await link();
    const quote = 'Zhengzhou Haima Automobile was the OEM for Xiaopeng Motors.';
    const added = await edit(editor, LINK, before.version, {
      addEvidence: [{ source: 'yicai-2018-oem-boost', quote, attribution: { kind: 'ARTICLE' } }],
    }, 'the same sentence, quoted once more for the test');
    const withIt = await link();
    const newest = withIt.evidence.at(-1);
    expect(newest).toMatchObject({ quote, id: `${LINK}#${before.evidence.length}` });
    expect(withIt.version).toBe(added.result?.version);
    expect(await api.fails(editor, PROPOSE_CHANGE, { target: LINK, version: withIt.version, patch: { retireEvidence: ['nope'] }, reason: 'x' })).toMatchObject({ argument: 'patch.retireEvidence[0]' });
    expect(await api.fails(editor, PROPOSE_CHANGE, { target: LINK, version: withIt.version, patch: { name: 'x' }, reason: 'x' })).toMatchObject({ argument: 'patch.name' });
    expect(await api.fails(editor, PROPOSE_CHANGE, { target: LINK, version: withIt.version, patch: { addEvidence: [{ source: 'yicai-2018-oem-boost', quote: 'Haima built it.', attribution: { kind: 'ARTICLE' } }] }, reason: 'x' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', argument: 'patch.addEvidence[0].quote' });
    await edit(editor, LINK, withIt.version, { retireEvidence: [newest?.id] }, 'one copy is enough');
    expect((await link()).evidence).toEqual(before.evidence);
  });

  it('hides a retired link from every read, keeps its history, and brings it back on revert', async () => {
    const READS = `query {
      entity(id: "xpeng") { degree counts { type count } relationships { totalCount edges { node { id } } } }
      neighbourhood(ids: ["xpeng"]) { edges { id } }
      paths(from: "xpeng", to: "haima-zhengzhou", maxHops: 1) { length }
      relationships(first: 500) { totalCount edges { node { id } } }
      source(id: "yicai-2018-oem-boost") { relationships(first: 100) { totalCount edges { node { id } } } }
      stats { relationships byType { type count } }
    }`;
    interface Reads {
      entity: { degree: number; counts: { type: string; count: number }[]; relationships: { totalCount: number; edges: { node: { id: string } }[] } };
      neighbourhood: { edges: { id: string }[] }; paths: { length: number }[];
      relationships: { totalCount: number; edges: { node: { id: string } }[] };
      source: { relationships: { totalCount: number; edges: { node: { id: string } }[] } };
      stats: { relationships: number; byType: { type: string; count: number }[] };
    }
    const ids = (edges: { node: { id: string } }[]): string[] => edges.map((e) => e.node.id);
    const live = await api.ok<Reads>(null, READS);
    expect(ids(live.entity.relationships.edges)).toContain(LINK);
    expect(live.paths).toEqual([{ length: 1 }]);
    const current = await link();
    const retired = await edit(editor, LINK, current.version, { retired: true }, 'retired for the test');
    expect(retired.result).toMatchObject({ action: 'RETIRE' });

    const gone = await api.ok<Reads>(null, READS);
    const builtBy = (r: Reads): number => r.stats.byType.find((t) => t.type === 'BUILT_BY')?.count ?? 0;
    expect(gone.entity.degree).toBe(live.entity.degree - 1);
    expect(gone.entity.relationships.totalCount).toBe(live.entity.relationships.totalCount - 1);
    expect(ids(gone.entity.relationships.edges)).not.toContain(LINK);
    expect(gone.neighbourhood.edges.map((e) => e.id)).not.toContain(LINK);
    expect(gone.paths).toEqual([]);
    expect(ids(gone.relationships.edges)).not.toContain(LINK);
    expect(gone.relationships.totalCount).toBe(live.relationships.totalCount - 1);
    expect(ids(gone.source.relationships.edges)).not.toContain(LINK);
    expect(gone.source.relationships.totalCount).toBe(live.source.relationships.totalCount - 1);
    expect([gone.stats.relationships, builtBy(gone)]).toEqual([live.stats.relationships - 1, builtBy(live) - 1]);
    expect((await api.run(null, RELATIONSHIP, { id: LINK })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { history } = await api.ok<{ history: Rev[] }>(null, `query { history(target: "${LINK}") { ${HISTORY_FIELDS} } }`);
    expect(history.at(-1)).toMatchObject({ action: 'RETIRE', reason: 'retired for the test' });
    expect(JSON.parse(history.at(-1)?.after ?? '{}')).toMatchObject({ id: LINK, retired: true });

    await revert(retired.result?.id ?? '', 'retired by mistake');
    const back = await api.ok<Reads>(null, READS);
    expect({ ...back, relationships: null }).toEqual({ ...live, relationships: null });
    expect(back.relationships.totalCount).toBe(live.relationships.totalCount);
  });

  it('refuses to retire an entity that still has live links, and retires one that has none', async () => {
    const { entity } = await api.ok<{ entity: { version: number } }>(null, 'query { entity(id: "xpeng") { version } }');
    expect(await api.fails(editor, PROPOSE_CHANGE, { target: 'xpeng', version: entity.version, patch: { retired: true }, reason: 'x' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', argument: 'patch.retired' });
    const { proposeEntity } = await api.ok<{ proposeEntity: ProposalJson }>(contributor, PROPOSE_ENTITY, { input: { name: 'Short Lived Motors', type: 'Company', kind: 'EV_STARTUP', aliases: ['SLM'] } });
    const created = (await api.ok<{ review: ProposalJson }>(editor, REVIEW, { id: proposeEntity.id, decision: 'ACCEPT' })).review;
    const search = async (): Promise<string[]> => (await api.ok<{ search: { entity: { id: string } }[] }>(null, 'query { search(text: "Short Lived Motors") { entity { id } } }')).search.map((h) => h.entity.id);
    const stats = async (): Promise<number> => (await api.ok<{ stats: { entities: number } }>(null, 'query { stats { entities } }')).stats.entities;
    expect(await search()).toContain(created.target);
    const entities = await stats();
    // Reverting the CREATE retires the entity: it leaves every read, and its history stays.
    const undone = await revert(created.result?.id ?? '', 'not a real company');
    expect(JSON.parse(undone.after ?? '{}')).toMatchObject({ id: created.target, retired: true });
    expect(await search()).not.toContain(created.target);
    expect(await stats()).toBe(entities - 1);
    expect((await api.run(null, 'query($id: ID!) { entity(id: $id) { id } }', { id: created.target })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { history } = await api.ok<{ history: Rev[] }>(null, `query { history(target: "${created.target}") { ${HISTORY_FIELDS} } }`);
    expect(history.map((r) => [r.action, r.author.id])).toEqual([['CREATE', contributor.id], ['REVERT', editor2.id]]);
    // A link to a retired entity is refused: it is no longer a known id.
    const input = { from: created.target, to: 'jac', type: 'BUILT_BY', status: 'REPORTED', evidence: [{ source: 'yicai-2018-oem-boost', quote: 'Nio used the foundry service of JAC Motors.', attribution: { kind: 'ARTICLE' } }] };
    expect(await api.fails(contributor, PROPOSE_RELATIONSHIP, { input })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.from' });
  });

  it('adds a source whose text can be quoted at once, with its CREATE revision by the editor', async () => {
    const text = 'Short Lived Motors said on Monday that JAC Motors will build its first car.\n\nThe plant is in Hefei.';
    const { addSource } = await api.ok<{ addSource: { id: string; publishedOnBasis: string } }>(editor, ADD_SOURCE, {
      input: { title: 'JAC to build for a newcomer', publisher: 'Test Wire', text, publishedOn: '2026-11-30', publishedOnBasis: 'STATED', url: 'https://example.org/a' },
    });
    expect(addSource.id).toMatch(/^jac-to-build-for-a-[0-9a-f]{6}$/);
    const { history } = await api.ok<{ history: Rev[] }>(null, `query { history(target: "${addSource.id}") { ${HISTORY_FIELDS} } }`);
    expect(history).toEqual([expect.objectContaining({ action: 'CREATE', version: 1, before: null, author: expect.objectContaining({ id: editor.id }) })]);
    const quote = 'JAC Motors will build its first car.';
    const { proposeRelationship } = await api.ok<{ proposeRelationship: ProposalJson }>(contributor, PROPOSE_RELATIONSHIP, {
      input: { from: 'nio', to: 'jac', type: 'PLANS_TO_ACQUIRE', status: 'RUMOURED', evidence: [{ source: addSource.id, quote, attribution: { kind: 'ARTICLE' } }] },
    });
    expect(proposeRelationship.state).toBe('PENDING');
  });
});
