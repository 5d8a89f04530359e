// The bench's third peer on the seeded graph: @neo4j/graphql served by bench/peer-server.ts and
// Linkage's API, both on the test Neo4j, asked the bench's questions about the seed's entities
// (the very operations and peer plans the bench times); their answers name the same links.
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { Db } from '../../server/db';
import { encodeCursor } from '../../server/translate/cursor';
import type { Operation } from '../../bench/measure';
import { buildOperations } from '../../bench/operations';
import { compareAnswers, peerLinks, requestData } from '../../bench/peer-compare';
import { buildPeerPlans } from '../../bench/peer-operations';
import type { PeerPlan } from '../../bench/peer-operations';
import { startPeer } from '../../bench/peer-server';
import type { RunningPeer } from '../../bench/peer-server';
import type { Samples } from '../../bench/samples';
import { testConfig, testDbOptions } from '../support/env';

// The seed's own entities: NIO (six links), MIIT (an agency approving many), Li Bin (a leaf).
const samples: Samples = {
  hub: { id: 'miit', degree: 0 },
  leaf: { id: 'nio', neighbour: 'jac', neighbourDegree: 0 },
  entities: ['nio'],
  relationships: ['nio-built-by-jac'],
  pairs: [['nio', 'jac']],
  searches: [{ id: 'nio', english: 'NIO', chinese: '蔚来', typo: 'NOI' }],
  deepCursors: [encodeCursor(['jac', ''])],
  hubCursors: [encodeCursor(['nio-approved-by-miit'])],
  busiestSource: 'x',
  rarestSource: 'x',
};
const ops = buildOperations(samples);
const plans = buildPeerPlans(ops, samples, { relFrom: new Map([['nio-built-by-jac', 'nio']]), deepCursors: [null], hubAfter: ['nio-approved-by-miit'] });

let db: Db;
let app: RunningApp;
let peer: RunningPeer;
beforeAll(async () => {
  db = new Db(testDbOptions());
  app = await createApp(testConfig(), db);
  // The peer's first request of each shape plans a Cypher statement of dozens of subqueries, which
  // takes seconds on a busy machine: this test is about its answers, so it gets time for that.
  peer = await startPeer({ ...testDbOptions(), timeoutMs: 150_000 });
});
afterAll(async () => {
  await peer.stop();
  await app.stop();
});

function pair(name: string): { op: Operation; plan: Extract<PeerPlan, { op: Operation }> } {
  const i = ops.findIndex((o) => o.name === name);
  const op = ops[i];
  const plan = plans[i];
  if (!op || !plan?.op) throw new Error(`no runnable peer plan for ${name}`);
  return { op, plan };
}

async function both(name: string): Promise<{ linkage: unknown; peer: unknown }> {
  const { op, plan } = pair(name);
  const [linkage, answer] = await Promise.all([requestData(app.url, op.query, op.variables(0)), requestData(peer.url, plan.op.query, plan.op.variables(0), 170_000)]);
  return { linkage, peer: answer };
}

jest.setTimeout(400_000);

describe('bench peer', () => {
  it("returns NIO's six links at depth 1, the same ones Linkage's neighbourhood returns", async () => {
    const { linkage, peer: answer } = await both('neighbourhood leaf depth 1 limit default');
    expect(compareAnswers('neighbourhood', linkage, answer)).toEqual({ same: true, detail: expect.stringContaining('Linkage 6 links / 6 entities, peer 6 / 6; the same') as unknown });
    const nio = (answer as { entities: Record<string, unknown>[] }).entities[0] ?? {};
    expect(peerLinks(nio).map((l) => l.id)).toEqual(['li-bin-holds-role-at-nio', 'nio-approved-by-miit', 'nio-approved-by-ndrc', 'nio-built-by-jac', 'nio-built-by-jac-nio-factories', 'nio-uses-qualification-of-jac']);
  });

  it("counts MIIT's links by type as Linkage does, and pages them in the same order", async () => {
    const entity = await both('entity (hub, counts)');
    expect(compareAnswers('entity', entity.linkage, entity.peer).same).toBe(true);
    for (const name of ['Entity.relationships hub page 1', 'Entity.relationships hub deep page']) {
      const page = await both(name);
      const check = compareAnswers('entity-links', page.linkage, page.peer);
      expect([name, check.same]).toEqual([name, true]);
    }
  });

  it('finds a link with its quotes from its start entity, the same quotes in the same order', async () => {
    const { linkage, peer: answer } = await both('relationship with evidence');
    const check = compareAnswers('relationship', linkage, answer);
    expect(check).toEqual({ same: true, detail: expect.stringMatching(/^link found; quotes Linkage [1-9]\d*, peer [1-9]\d*, the same in order$/) as unknown });
  });

  it("finds NIO by name through @fulltext on Linkage's own index", async () => {
    const { linkage, peer: answer } = await both('search English name');
    expect(compareAnswers('search', linkage, answer).same).toBe(true);
  });
});
