// The graph gazetteer (server/intake/graph) against a seeded Neo4j of this file's own (it retires
// an entity and a link through the review path): names, aliases, Chinese names, pinyin and typos
// found as search finds them, retired records never, and one statement per call however many
// surfaces an article has.
import { createGraphGazetteer } from '../../server/intake/graph';
import { createMemoryGazetteer } from '../../server/intake/mentions';
import { readDataset } from '../../seed/loader';
import type { Gazetteer } from '../../server/intake/types';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import { PROPOSE_CHANGE, PROPOSE_ENTITY, REVIEW, startEditingApi, USERS } from '../support/editing';
import type { EditingApi, ProposalJson } from '../support/editing';

const { editor } = USERS;

jest.setTimeout(180_000);

describe('intake graph gazetteer', () => {
  let api: EditingApi;
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    api = await startEditingApi('intake-graph', SCRATCH_NEO4J_PORTS.intake + 1);
    gazetteer = createGraphGazetteer(api.db);
  }, 240_000);
  afterAll(async () => { await api?.stop(); }, 180_000);

  const accept = async (p: ProposalJson): Promise<void> => { await api.ok(editor, REVIEW, { id: p.id, decision: 'ACCEPT' }); };
  const retire = async (target: string): Promise<void> => {
    const { proposeChange } = await api.ok<{ proposeChange: ProposalJson }>(editor, PROPOSE_CHANGE, { target, version: await versionOf(target), patch: { retired: true }, reason: 'test: retire it' });
    await accept(proposeChange);
  };
  const versionOf = async (id: string): Promise<number> => {
    const data = await api.ok<{ history: { version: number }[] }>(editor, 'query($id: ID!) { history(target: $id) { version } }', { id });
    return Math.max(0, ...data.history.map((r) => r.version));
  };
  const bestIds = async (surfaces: string[]): Promise<(string | undefined)[]> => {
    const found = await gazetteer.lookup(surfaces);
    return surfaces.map((s) => found.get(s)?.[0]?.entity.id);
  };

  it('finds entities by name, alias, Chinese name and pinyin, best first, with scores from 0 to 1', async () => {
    expect(await bestIds(['JAC Motors', 'Jianghuai', '江淮汽车', 'Weilai', '蔚来', 'FAW Group', 'MIIT'])).toEqual(['jac', 'jac', 'jac', 'nio', 'nio', 'faw-group', 'miit']);
    const found = await gazetteer.lookup(['Xiaomi']);
    const scores = (found.get('Xiaomi') ?? []).map((m) => m.score);
    expect(scores[0]).toBe(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('ranks as the in-memory gazetteer over the same entities does: the same best entity with the same score', async () => {
    const seed = readDataset();
    const memory = createMemoryGazetteer(seed.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? [] })));
    const surfaces = ['JAC Motors', 'Jianghuai', 'Xiaomi Motors', 'BAIC', '北汽新能源', 'Lixiang', 'Beijing Hyundai No. 2 plant', 'Xpemg Motors', 'Ministry of Commerce'];
    const [fromGraph, fromMemory] = await Promise.all([gazetteer.lookup(surfaces), memory.lookup(surfaces)]);
    const best = (m: Map<string, { entity: { id: string }; score: number }[]>): unknown[] => surfaces.map((s) => { const b = m.get(s)?.[0]; return b ? [b.entity.id, b.score] : null; });
    expect(best(fromGraph)).toEqual(best(fromMemory));
    expect(best(fromGraph).filter((b) => b !== null)).toHaveLength(surfaces.length);
  });

  it('finds an entity through a small typo, as search does', async () => {
    expect(await bestIds(['Xpemg Motors', 'Lifam Motors'])).toEqual(['xpeng', 'lifan']);
  });

  it('answers every surface, with no candidates for a word no entity is called and for one search would refuse', async () => {
    const found = await gazetteer.lookup(['Quorblax Zentrifuge', '***', '']);
    expect([...found.keys()].sort()).toEqual(['', '***', 'Quorblax Zentrifuge']);
    expect([...found.values()].every((m) => m.length === 0)).toBe(true);
  });

  it('does not find a retired entity, which it found before it was retired', async () => {
    const { proposeEntity } = await api.ok<{ proposeEntity: ProposalJson }>(editor, PROPOSE_ENTITY, { input: { name: 'Vanishing Motors', type: 'Company', kind: 'AUTOMAKER' } });
    await accept(proposeEntity);
    expect(await bestIds(['Vanishing Motors'])).toEqual([proposeEntity.target]);
    await retire(proposeEntity.target);
    expect((await gazetteer.lookup(['Vanishing Motors'])).get('Vanishing Motors')).toEqual([]);
  });

  it('gives the live links among the ids, either direction, and not a retired one', async () => {
    const links = await gazetteer.linksAmong(['jac', 'nio', 'li-auto', 'lifan']);
    expect(links.map((l) => l.id)).toEqual(expect.arrayContaining(['nio-built-by-jac', 'nio-uses-qualification-of-jac', 'li-auto-acquired-lifan']));
    expect(links.find((l) => l.id === 'nio-built-by-jac')).toEqual({ id: 'nio-built-by-jac', type: 'BUILT_BY', from: 'nio', to: 'jac', status: 'CONFIRMED' });
    expect(links.every((l) => ['jac', 'nio', 'li-auto', 'lifan'].includes(l.from) && ['jac', 'nio', 'li-auto', 'lifan'].includes(l.to))).toBe(true);
    await retire('li-auto-acquired-lifan');
    expect((await gazetteer.linksAmong(['li-auto', 'lifan'])).map((l) => l.id)).toEqual([]);
  });

  it('runs one statement per lookup and one per linksAmong, however many surfaces', async () => {
    const seen: string[] = [];
    const stop = api.db.observeQueries((o) => seen.push(o.statement));
    try {
      const surfaces = ['NIO', 'JAC', 'Xiaomi', 'BAIC', '北汽', 'Geely', 'Li Auto', 'Byton', 'Baidu', 'Jidu', 'CPCA', 'NDRC'];
      await gazetteer.lookup(surfaces);
      await gazetteer.linksAmong(['nio', 'jac', 'xiaomi', 'baic-group']);
    } finally {
      stop();
    }
    expect(seen).toEqual(['intake/lookup', 'intake/links-among']);
  });
});
