// Puts the synthetic graph into the benchmark's database through the real seed loader, so that
// the benchmark measures exactly the storage model (labels, search keys, day bounds, evidence
// nodes, indexes) that `npm run seed` produces. A stamp node lets the next run of the same size
// skip the load; any other content is wiped first, because MERGE alone would leave extra nodes.
import { statement } from '../server/cypher';
import { int } from '../server/db';
import type { Db } from '../server/db';
import { loadDataset } from '../seed/loader';
import { generateGraph } from './generate';
import type { GeneratedGraph } from './generate';

/** Bump when the generator changes what it builds, so that older loads are not reused. */
const GENERATOR_VERSION = 3;
const WIPE_BATCH = 10_000;

export interface GraphState {
  graph: GeneratedGraph;
  reused: boolean;
  generateMs: number;
  /** Time spent writing (wipe, load, index wait); 0 when the stored graph was reused. */
  loadMs: number;
  /** Relationships per second of the load, when there was one. */
  relsPerSecond: number | null;
}

export const stampKey = (entities: number, seed: number): string => `v${GENERATOR_VERSION};entities=${entities};seed=${seed}`;

/** CALL … IN TRANSACTIONS is refused inside managed transactions, so these run auto-commit. */
async function wipe(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const name of ['bench/wipe-relationships', 'bench/wipe-nodes']) {
      const stmt = statement(name, { batch: int(WIPE_BATCH) });
      await session.run(stmt.cypher, stmt.params);
    }
  } finally {
    await session.close();
  }
}

export async function ensureGraph(db: Db, entities: number, seed: number, log: (line: string) => void): Promise<GraphState> {
  // The graph is always generated: it is deterministic and cheap next to a load, and the
  // samples (hubs, leaves, names, cursors) are read from it rather than from the database.
  let started = Date.now();
  const graph = generateGraph(entities, seed);
  const generateMs = Date.now() - started;
  const { dataset } = graph;
  log(`Generated ${dataset.entities.length} entities and ${dataset.relationships.length} relationships in ${(generateMs / 1000).toFixed(1)} s.`);

  const key = stampKey(entities, seed);
  const [stamp] = await db.read(statement('bench/stamp-get', {}));
  if (stamp?.key === key) {
    await db.read(statement('schema/await-indexes', { seconds: int(300) }));
    log(`Reusing the stored graph (${key}).`);
    return { graph, reused: true, generateMs, loadMs: 0, relsPerSecond: null };
  }
  started = Date.now();
  if (Number(stamp?.nodes ?? 0) > 0) {
    log(`The database holds ${String(stamp?.nodes)} nodes of another graph (${String(stamp?.key ?? 'no stamp')}); wiping it.`);
    await wipe(db);
  }
  log('Loading through seed/loader (loadDataset)…');
  const summary = await loadDataset(db, dataset, { log: (line) => log(`  ${line}`) });
  await db.write(statement('bench/stamp-set', {
    key, entities: int(dataset.entities.length), relationships: int(dataset.relationships.length),
  }));
  const loadMs = Date.now() - started;
  const relsPerSecond = Math.round(dataset.relationships.length / (summary.ms / 1000));
  log(`Loaded in ${(loadMs / 1000).toFixed(0)} s (${relsPerSecond} relationships/s with their evidence).`);
  return { graph, reused: false, generateMs, loadMs, relsPerSecond };
}
