// The lines an import prints about what it changes (or would change, in a dry run) and what the
// audit trail records, including every relationship that loses quotes.
import { CHANGE_KINDS } from './changes';
import type { ChangeCounts, ChangeKind } from './changes';
import type { Changes, ImportPlan } from './plan';

const MAX_LISTED = 8;
const MAX_QUOTE = 70;

const list = (ids: readonly string[]): string =>
  ids.length === 0 ? '' : ` (${ids.slice(0, MAX_LISTED).join(', ')}${ids.length > MAX_LISTED ? ', …' : ''})`;

function describe(name: string, c: Changes): string {
  return `  ${name.padEnd(14)} ${c.created.length} new${list(c.created)}, ${c.changed.length} changed${list(c.changed)}, ${c.unchanged} unchanged`;
}

export function describePlan(plan: Pick<ImportPlan, 'sources' | 'entities' | 'relationships' | 'quotes' | 'context'>): string[] {
  return [
    describe('sources', plan.sources),
    describe('entities', plan.entities),
    describe('relationships', plan.relationships),
    `  ${'quotes'.padEnd(14)} ${plan.quotes.added} added, ${plan.quotes.removed} removed`,
    `  ${'context'.padEnd(14)} ${plan.context.added} added, ${plan.context.removed} removed`,
  ];
}

const KIND_NAME: Record<ChangeKind, string> = { source: 'sources', entity: 'entities', relationship: 'relationships', evidence: 'evidence', context: 'context' };

/** One line per kind: how many creates, updates and removals the audit trail holds (or would). */
export function describeCounts(counts: ChangeCounts): string[] {
  return CHANGE_KINDS.map((k) => `  ${KIND_NAME[k].padEnd(14)} ${counts[k].CREATE} created, ${counts[k].UPDATE} updated, ${counts[k].REMOVE} removed`);
}

const clip = (quote: string): string => JSON.stringify(quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote);

/** Each relationship that loses quotes, with the start of each quote it loses. */
export function describeRemovedQuotes(removed: ReadonlyMap<string, readonly string[]>): string[] {
  return [...removed].map(([rel, quotes]) => `  ${rel}: ${quotes.length} quote${quotes.length === 1 ? '' : 's'} (${quotes.map(clip).join(', ')})`);
}
