// Article intake end to end, against a seeded Neo4j of this file's own (it writes): an article of
// this test's own read as a contributor and as an editor through the real schema and resolvers,
// its cleaned text stored as a source with the contributor's CREATE revision, picks filed as
// proposals (new entity first; new evidence for a link the graph holds as a change), accepted
// through the review path and found in the graph with their evidence, source and history.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../server/config';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import { editingCounts, PROPOSAL_FIELDS, RELATIONSHIP, REVIEW, startEditingApi, USERS } from '../support/editing';
import type { EditingApi, ProposalJson } from '../support/editing';
import type { Viewer } from '../../server/resolvers';

const { viewer, contributor, editor } = USERS;

// Our own sentences about a seed company (Lifan), an invented one (Zhejiang Harbour Automobile Group), and a link the
// seed holds (NIO built by JAC), between page furniture that must not be stored.
const ARTICLE = [
  'Share this article',
  '',
  'Zhejiang Harbour Automobile Group acquired Lifan Motors in 2023.',
  '',
  'Analysts noted that NIO was built by JAC Motors under a contract that runs for years.',
  '',
  'Leave a Reply',
].join('\n');

const article = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  text: ARTICLE, title: 'Harbour buys Lifan', publisher: 'Intake Test Wire', publishedOn: '2024-03-05', publishedOnBasis: 'STATED', ...over,
});

const INTAKE = `mutation($input: IntakeInput!) { intake(input: $input) {
  source { id title text publishedOn } sentences removed { text reason }
  entities { key name entityId entity { id name } kind aliases mentions score why }
  mentions { entityKey start end text sentence via }
  claims { key from { key name entityId } to { key name entityId } type status stance quote start end sentence
           attribution { kind name entityKey } validFrom validFromBasis validTo validToBasis datesNote reportedOn note marksEnd existing contradicts score why cues { start end } } } }`;
const PROPOSE_FROM_INTAKE = `mutation($source: ID!, $picks: [IntakePick!]!, $key: String) { proposeFromIntake(source: $source, picks: $picks, idempotencyKey: $key) { ${PROPOSAL_FIELDS} } }`;

interface End { key: string; name: string; entityId: string | null }
interface Claim {
  key: string; from: End; to: End; type: string; status: string; stance: string; quote: string; start: number; end: number;
  attribution: { kind: string; name: string | null; entityKey: string | null }; existing: string | null; contradicts: string | null;
  validFrom: string | null; validFromBasis: string | null; validTo: string | null; validToBasis: string | null; datesNote: string | null; reportedOn: string | null; note: string | null; marksEnd: boolean;
}
interface Intake {
  source: { id: string; title: string; text: string; publishedOn: string };
  sentences: number; removed: { text: string; reason: string }[];
  entities: { key: string; name: string; entityId: string | null; entity: { id: string } | null; kind: string; aliases: string[] }[];
  claims: Claim[];
}

jest.setTimeout(180_000);

describe('intake', () => {
  let api: EditingApi;
  beforeAll(async () => { api = await startEditingApi('intake', SCRATCH_NEO4J_PORTS.intake); }, 240_000);
  afterAll(async () => { await api?.stop(); }, 180_000);

  const intake = async (who: Viewer, over: Record<string, unknown> = {}): Promise<Intake> => (await api.ok<{ intake: Intake }>(who, INTAKE, { input: article(over) })).intake;

  /** A claim as a pick, as the page sends one the user accepted unedited. */
  const pickOf = (r: Intake, c: Claim): Record<string, unknown> => {
    const end = (e: End): Record<string, unknown> => {
      if (e.entityId) return { entityId: e.entityId };
      const found = r.entities.find((x) => x.key === e.key);
      return { name: found?.name ?? e.name, kind: found?.kind };
    };
    return {
      from: end(c.from), to: end(c.to), type: c.type, status: c.status, quote: c.quote, stance: c.stance,
      attribution: { kind: c.attribution.kind, name: c.attribution.name }, validFrom: c.validFrom, validFromBasis: c.validFromBasis,
      validTo: c.validTo, validToBasis: c.validToBasis, datesNote: c.datesNote, reportedOn: c.reportedOn, note: c.note, existing: c.existing ?? c.contradicts,
    };
  };
  const acquisition = (r: Intake): Claim => {
    const c = r.claims.find((x) => x.type === 'ACQUIRED' && x.to.entityId === 'lifan' && x.from.entityId === null);
    if (!c) throw new Error(`no acquisition of Lifan by a new entity among ${JSON.stringify(r.claims)}`);
    return c;
  };
  const builtBy = (r: Intake): Claim => {
    const c = r.claims.find((x) => x.type === 'BUILT_BY' && x.from.entityId === 'nio' && x.to.entityId === 'jac');
    if (!c) throw new Error(`no NIO built by JAC among ${JSON.stringify(r.claims)}`);
    return c;
  };
  const propose = async (who: Viewer, source: string, picks: Record<string, unknown>[], key?: string): Promise<ProposalJson[]> =>
    (await api.ok<{ proposeFromIntake: ProposalJson[] }>(who, PROPOSE_FROM_INTAKE, { source, picks, key })).proposeFromIntake;
  const history = async (id: string): Promise<{ action: string; author: { id: string }; after: string | null }[]> =>
    (await api.ok<{ history: { action: string; author: { id: string }; after: string | null }[] }>(editor, 'query($id: ID!) { history(target: $id) { action author { id } after } }', { id })).history;

  it('stores the cleaned article as a source by the contributor and returns candidates whose quotes are verbatim in it', async () => {
    const before = await editingCounts(api.db);
    const r = await intake(contributor);
    expect(r.source.text).not.toMatch(/Share this article|Leave a Reply/);
    expect(r.source.text).toContain('Zhejiang Harbour Automobile Group acquired Lifan Motors');
    expect(r.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Share this article', 'Leave a Reply']));
    expect(r.sentences).toBeGreaterThanOrEqual(2);
    for (const c of r.claims) expect(r.source.text.slice(c.start, c.end)).toBe(c.quote);
    expect(acquisition(r).existing).toBeNull();
    expect(builtBy(r).existing).toBe('nio-built-by-jac');
    expect(r.entities.find((e) => e.entityId === 'nio')?.entity).toEqual({ id: 'nio', name: 'NIO' });
    expect(r.entities.find((e) => e.entityId === null && e.name === 'Zhejiang Harbour Automobile Group')).toBeDefined();
    const revisions = await history(r.source.id);
    expect(revisions.map((x) => [x.action, x.author.id])).toEqual([['CREATE', contributor.id]]);
    expect(JSON.parse(revisions[0]?.after ?? '{}')).toMatchObject({ id: r.source.id, text: r.source.text, title: 'Harbour buys Lifan' });
    // Intake files nothing: the only revision is the source's.
    expect(await editingCounts(api.db)).toEqual({ ...before, revisions: before.revisions + 1 });
  });

  it.each([
    ['a blank title', 'input.title', { title: ' ' }],
    ['a bad publication date', 'input.publishedOn', { publishedOn: '2024-13' }],
    ['an article over the size limit', 'input.text', { text: 'x'.repeat(200_001) }],
    ['an empty article', 'input.text', { text: '   ' }],
  ])('refuses %s as BAD_USER_INPUT naming %s, storing nothing', async (_what, field, over) => {
    const before = await editingCounts(api.db);
    expect(await api.fails(contributor, INTAKE, { input: article(over) })).toMatchObject({ code: 'BAD_USER_INPUT', argument: field });
    expect(await editingCounts(api.db)).toEqual(before);
  });

  it('is for contributors and up: anonymous is UNAUTHENTICATED, a viewer FORBIDDEN', async () => {
    expect(await api.fails(null, INTAKE, { input: article() })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await api.fails(viewer, INTAKE, { input: article() })).toMatchObject({ code: 'FORBIDDEN', permission: 'propose' });
    expect(await api.fails(viewer, PROPOSE_FROM_INTAKE, { source: 'x', picks: [] })).toMatchObject({ code: 'FORBIDDEN', permission: 'propose' });
  });

  it('names the pick field of each problem and files nothing when any pick is wrong', async () => {
    const r = await intake(contributor);
    const good = pickOf(r, acquisition(r));
    const before = await editingCounts(api.db);
    const err = await api.fails(contributor, PROPOSE_FROM_INTAKE, { source: r.source.id, picks: [good, { ...good, quote: 'Zhejiang Harbour Automobile Group bought everything.' }, { ...good, from: { name: 'Nameless Motors' } }] });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'picks[1].quote' });
    expect((err.problems as { field: string }[]).map((p) => p.field)).toEqual(['picks[1].quote', 'picks[2].from.kind']);
    expect(await api.fails(contributor, PROPOSE_FROM_INTAKE, { source: r.source.id, picks: [{ ...good, existing: 'no-such-link' }] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'picks[0].existing' });
    expect(await api.fails(contributor, PROPOSE_FROM_INTAKE, { source: 'no-such-source', picks: [good] })).toMatchObject({ code: 'NOT_FOUND', argument: 'source' });
    expect(await api.fails(contributor, PROPOSE_FROM_INTAKE, { source: r.source.id, picks: [] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'picks' });
    expect(await editingCounts(api.db)).toEqual(before);
  });

  it("files a contributor's picks new entity first, is idempotent with a key, and reviews them into the graph in order", async () => {
    const r = await intake(contributor);
    const picks = [pickOf(r, acquisition(r)), pickOf(r, builtBy(r))];
    const filed = await propose(contributor, r.source.id, picks, 'intake-1');
    expect(filed.map((p) => [p.kind, p.state])).toEqual([['ENTITY', 'PENDING'], ['RELATIONSHIP', 'PENDING'], ['CHANGE', 'PENDING']]);
    const [entity, link, change] = filed as [ProposalJson, ProposalJson, ProposalJson];
    expect(JSON.parse(entity.payload)).toMatchObject({ name: 'Zhejiang Harbour Automobile Group', type: 'Company', kind: 'AUTOMAKER' });
    expect(JSON.parse(link.payload)).toMatchObject({ from: entity.target, to: 'lifan', type: 'ACQUIRED', evidence: [{ source: r.source.id, quote: acquisition(r).quote }] });
    expect(change.target).toBe('nio-built-by-jac');

    // A retry with the same key files nothing twice.
    const counts = await editingCounts(api.db);
    expect((await propose(contributor, r.source.id, picks, 'intake-1')).map((p) => p.id)).toEqual(filed.map((p) => p.id));
    expect(await editingCounts(api.db)).toEqual(counts);

    // The link to the still-pending new entity: its review says which proposal to accept first.
    const early = await api.fails(editor, REVIEW, { id: link.id, decision: 'ACCEPT' });
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'proposal' });
    expect(early.message).toContain(`accept proposal ${entity.id} first`);
    expect(await editingCounts(api.db)).toEqual(counts);

    for (const p of [entity, link, change]) expect((await api.ok<{ review: ProposalJson }>(editor, REVIEW, { id: p.id, decision: 'ACCEPT' })).review.state).toBe('ACCEPTED');
    const made = (await api.ok<{ relationship: { id: string; evidence: { quote: string }[]; history: { action: string; author: { id: string }; proposal: { id: string } }[] } }>(editor, RELATIONSHIP, { id: link.target })).relationship;
    expect(made.evidence.map((e) => e.quote)).toEqual([acquisition(r).quote]);
    expect(made.history.map((h) => [h.action, h.author.id, h.proposal.id])).toEqual([['CREATE', contributor.id, link.id]]);
    const sourceOf = await api.ok<{ relationship: { evidence: { quote: string; source: { id: string } }[]; history: { action: string }[] } }>(editor,
      'query($id: ID!) { relationship(id: $id) { evidence { quote source { id } } history { action } } }', { id: 'nio-built-by-jac' });
    expect(sourceOf.relationship.evidence).toContainEqual({ quote: builtBy(r).quote, source: { id: r.source.id } });
    expect(sourceOf.relationship.history.at(-1)?.action).toBe('UPDATE');
  });

  it('npm run intake --propose --as a contributor stores the article and files every candidate under that account', async () => {
    const before = await editingCounts(api.db);
    const { neo } = api.scratch;
    const run = await promisify(execFile)(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(REPO_ROOT, 'scripts', 'intake.ts'),
      'tests/fixtures/intake-cli-article.txt', '--publisher', 'Example Wire', '--published-on', '2024-03-05', '--json', '--propose', '--as', contributor.email], {
      cwd: REPO_ROOT, env: { ...process.env, LINKAGE_DOTENV: '0', NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, INIT_CWD: REPO_ROOT },
    });
    type CliEnd = { name: string; entityId: string | null };
    const doc = JSON.parse(run.stdout) as { source: { id: string; title: string }; claims: { from: CliEnd; to: CliEnd; existing: string | null }[]; proposals: { id: string; kind: string; state: string }[] };
    expect(doc.source.title).toBe('intake-cli-article');
    // What earlier tests here accepted (the acquisition) is in the graph now, so it may come back as new evidence.
    const newEnds = new Set(doc.claims.flatMap((c) => [c.from, c.to]).filter((e) => e.entityId === null).map((e) => e.name));
    const expected = [...[...newEnds].map(() => 'ENTITY'), ...doc.claims.map((c) => (c.existing ? 'CHANGE' : 'RELATIONSHIP'))];
    expect(doc.claims.some((c) => c.existing === 'nio-built-by-jac')).toBe(true);
    expect(doc.proposals.map((p) => [p.kind, p.state])).toEqual(expected.map((kind) => [kind, 'PENDING']));
    expect((await history(doc.source.id)).map((h) => [h.action, h.author.id])).toEqual([['CREATE', contributor.id]]);
    const mine = await api.ok<{ proposals: { totalCount: number } }>(contributor, '{ proposals(state: PENDING) { totalCount } }');
    expect(mine.proposals.totalCount).toBeGreaterThanOrEqual(expected.length);
    expect(await editingCounts(api.db)).toEqual({ ...before, proposals: before.proposals + expected.length, revisions: before.revisions + 1 });
  });

  it("applies an editor's picks at once, through review, with the editor as author", async () => {
    const r = await intake(editor, { text: ARTICLE.replace(/Harbour/g, 'Lantern'), title: 'Lantern buys Lifan' });
    const filed = await propose(editor, r.source.id, [pickOf(r, acquisition(r))]);
    expect(filed.map((p) => [p.kind, p.state, p.reviewer?.id])).toEqual([['ENTITY', 'ACCEPTED', editor.id], ['RELATIONSHIP', 'ACCEPTED', editor.id]]);
    const linkId = filed[1]?.target ?? '';
    const made = (await api.ok<{ relationship: { from: { id: string; name: string }; evidence: { quote: string }[] } }>(editor, 'query($id: ID!) { relationship(id: $id) { from { id name } evidence { quote } } }', { id: linkId })).relationship;
    expect(made.from).toEqual({ id: filed[0]?.target, name: 'Zhejiang Lantern Automobile Group' });
    expect(made.evidence.map((e) => e.quote)).toEqual([acquisition(r).quote]);
    expect((await history(linkId)).map((h) => [h.action, h.author.id])).toEqual([['CREATE', editor.id]]);
  });
});
