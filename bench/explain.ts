// Reads the plan of every API statement the measured requests ran (EXPLAIN: planned, not run)
// and flags the shapes that stop scaling with the graph: a scan of all nodes or of every Entity,
// a whole-index scan where one value is asked for, and, for questions about one entity or one
// source, an Expand whose rows are all read before any LIMIT can stop it, so that its cost is
// the degree of the node it starts from (a hub's thousands).
// Findings are reported, never fixed here: cypher/query/** belongs to the API.
import type { Db } from '../server/db';
import type { UsedStatement } from './recording-db';

export type FlagKind = 'scan' | 'expand' | 'range' | 'path';
export interface PlanFlag { statement: string; kind: FlagKind; operator: string; details: string; why: string }
export interface ExplainedStatement { name: string; calls: number; operators: string[]; flags: PlanFlag[] }

interface PlanNode { operatorType: string; arguments: Record<string, unknown>; children: PlanNode[] }

/** Statements that answer about the whole graph: walking it (in index order, with a LIMIT) is their job. */
const GLOBAL = new Set(['query/relationship/page', 'query/relationship/count-all', 'query/relationship/count-filtered', 'query/source/all', 'query/stats/totals', 'query/stats/by-type', 'query/stats/by-kind']);

/** Operators that stop pulling rows from below once they have enough. */
const BOUNDING = new Set(['Limit', 'PartialTop']);
/** Operators that read all their input before giving any row, so a LIMIT above them bounds nothing below. */
const EAGER = new Set(['Sort', 'Top', 'EagerAggregation', 'OrderedAggregation', 'Eager', 'NodeHashJoin', 'ValueHashJoin', 'ExhaustiveLimit']);

/**
 * What bounds the rows an operator produces: nothing; a LIMIT; or a LIMIT with a filter in
 * between, which stops reading only once enough rows have passed the filter (for a rare match,
 * after reading nearly everything).
 */
type Bound = 'none' | 'limit' | 'filtered';

const MAX_DETAILS = 160;
const operatorName = (node: PlanNode): string => node.operatorType.replace(/@.*$/, '');
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const detailsOf = (node: PlanNode): string => squash(String(node.arguments.Details ?? ''));

function walk(node: PlanNode, bound: Bound, visit: (node: PlanNode, bound: Bound) => void): void {
  const name = operatorName(node);
  visit(node, bound);
  let below = bound;
  if (BOUNDING.has(name)) below = 'limit';
  else if (EAGER.has(name)) below = 'none';
  else if (name === 'Filter' && bound === 'limit') below = 'filtered';
  for (const child of node.children) walk(child, below, visit);
}

/**
 * Whether an Expand starts from an Evidence node. Those have exactly one CITES link, so reading all
 * of them is reading one; the start variable is the first one in the operator's details.
 */
function startsAtEvidence(details: string, cypher: string): boolean {
  const start = /^\((\w+)\)/.exec(details)?.[1];
  return start !== undefined && new RegExp(`\\(${start}:Evidence\\b`).test(cypher);
}

/** A flag's kind and reason, and the part of the details worth showing when not the start. */
interface Verdict { kind: FlagKind; why: string; details?: string }

/** The flag an operator deserves, if any; `local` is false for whole-graph statements. */
function judge(name: string, details: string, bound: Bound, local: boolean, cypher: string): Verdict | null {
  if (name === 'AllNodesScan') return { kind: 'scan', why: 'reads every node in the database' };
  if (name.endsWith('NodeByLabelScan') && /:Entity\b/.test(details)) return { kind: 'scan', why: 'reads every Entity instead of seeking an index' };
  if (!local) return null;
  if (name.endsWith('IndexScan')) return { kind: 'scan', why: 'reads a whole index instead of seeking the values asked for' };
  if (name.includes('Expand') && bound === 'none' && !startsAtEvidence(details, cypher)) {
    return { kind: 'expand', why: 'no LIMIT stops this expansion: it reads every relationship of its start node (a hub: all of them)' };
  }
  if (name.includes('IndexSeekByRange') && bound === 'filtered') {
    return { kind: 'range', why: 'an open index range is read until enough rows pass a later filter: when few match, nearly the whole index is read' };
  }
  const nonInlined = /non-inlined predicates:(.*)$/.exec(details)?.[1];
  if (name.startsWith('StatefulShortestPath') && nonInlined) {
    return {
      kind: 'path', details: squash(nonInlined),
      why: 'these predicates are checked on whole candidate paths, not during the search: SHORTEST k walks (through hubs) until k paths pass them',
    };
  }
  return null;
}

export function flagPlan(statement: string, cypher: string, plan: PlanNode): { operators: string[]; flags: PlanFlag[] } {
  const operators: string[] = [];
  const flags: PlanFlag[] = [];
  const local = !GLOBAL.has(statement);
  walk(plan, 'none', (node, bound) => {
    const name = operatorName(node);
    const details = detailsOf(node);
    const short = details.slice(0, MAX_DETAILS);
    operators.push(short ? `${name} ${short}` : name);
    const flag = judge(name, details, bound, local, cypher);
    if (flag) flags.push({ statement, operator: name, details: (flag.details ?? short).slice(0, MAX_DETAILS), kind: flag.kind, why: flag.why });
  });
  return { operators, flags };
}

// EXPLAIN is a prefix of the statement's own text from cypher/, not a value: parameters still
// travel as parameters. A managed read transaction is used so that nothing can be written.
export async function explainAll(db: Db, used: readonly UsedStatement[]): Promise<ExplainedStatement[]> {
  const out: ExplainedStatement[] = [];
  for (const stmt of used) {
    const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${stmt.cypher}`, stmt.params));
      const plan = result.summary.plan;
      if (!plan) continue;
      const { operators, flags } = flagPlan(stmt.name, stmt.cypher, plan as unknown as PlanNode);
      out.push({ name: stmt.name, calls: stmt.calls, operators, flags });
    } finally {
      await session.close();
    }
  }
  return out;
}
