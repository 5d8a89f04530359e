// Query cost: an upper estimate of the objects a response can hold, or of what the resolvers read
// to answer, whichever is more. Every field costs 1, times how many of it there can be: a page's
// `first`, search's `first`, a neighbourhood's size bound, a path's steps; a field whose resolver
// reads a bounded amount whatever is selected (a neighbourhood, a page, paths) costs at least that. Arguments come from the request (variables included) with the schema's defaults
// applied as execution applies them, clamped to their allowed range so that an out-of-range value
// gets the argument's own clearer error at execution.
import { getArgumentValues, getNamedType, isListType, isNonNullType, isObjectType } from 'graphql';
import type { DocumentNode, FieldNode, GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, GraphQLType, SelectionSetNode } from 'graphql';
import type { Limits } from '../config';
import { withSchemaDefaults } from '../schema/defaults';
import { fieldsOf, fragmentsOf, isIntrospection, operationsOf } from './walk';
import type { Fragments } from './walk';

/** Lists without a size argument: a guess of how long they get. */
const LIST_GUESS: Record<string, number> = { 'Query.sources': 50, 'Entity.history': 20, 'Relationship.history': 20, 'Query.history': 20, 'Relationship.evidence': 5, 'Relationship.context': 2, 'Entity.counts': 13, 'Stats.byType': 13, 'Stats.byKind': 13 };
const DEFAULT_LIST_GUESS = 10;

/** What enclosing fields decided about the lists below them: a neighbourhood's size, a path's steps, an intake's candidates. */
interface Scope { subgraph: number; steps: number; candidates: number }

/**
 * An intake reads the whole article (cleaning, sentences, one full-text query per name it finds):
 * 1 per this many characters, so the largest article allowed (200,000) costs 20,000 and its answer
 * still fits under the default limit. Its lists (entities, mentions, claims) grow with the text:
 * one item per CHARS_PER_CANDIDATE characters, at least the usual guess.
 */
export const CHARS_PER_COST = 10;
export const CHARS_PER_CANDIDATE = 1000;
/** Filing one pick: a few reads, the proposal, and for an editor its review's write. */
export const COST_PER_PICK = 10;

const textLength = (input: unknown, max: number): number => {
  const text = (input as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? Math.min(text.length, max) : max;
};

function picksOf(value: unknown, max: number): { picks: number; newEnds: number } {
  const picks = Array.isArray(value) ? value.slice(0, max) as { from?: { entityId?: unknown }; to?: { entityId?: unknown } }[] : [];
  const newEnds = picks.reduce((n, p) => n + (p.from?.entityId ? 0 : 1) + (p.to?.entityId ? 0 : 1), 0);
  return { picks: Array.isArray(value) ? picks.length : max, newEnds: Array.isArray(value) ? newEnds : 2 * max };
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Fragments;
  variables: Record<string, unknown>;
  limits: Limits;
  /** A fragment spread many times is costed once per parent type and scope, not walked again. */
  memo: Map<SelectionSetNode, Map<string, number>>;
}

/** A size argument within 1 and its limit; a size the schema gives no default for counts as the limit. */
const clamp = (value: unknown, max: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 1), max) : max;

function argsOf(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  let given: Record<string, unknown> = {};
  try {
    given = getArgumentValues(def, node, variables);
  } catch {
    // invalid arguments fail at execution with a precise error; estimate with the defaults
  }
  return withSchemaDefaults(def, given);
}

const isList = (type: GraphQLType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/** How many of a field there can be, and what its resolver reads whatever is selected under it. */
interface Multiplier { times: number; scope: Scope; work?: number }

function multiplier(key: string, args: Record<string, unknown>, def: GraphQLField<unknown, unknown>, scope: Scope, w: Walk): Multiplier {
  const { limits } = w;
  switch (key) {
    case 'Query.search': {
      const first = clamp(args.first, limits.maxSearchResults);
      return { times: first, scope, work: first };
    }
    case 'Query.relationships':
    case 'Entity.relationships':
    case 'Source.relationships':
    case 'Query.proposals':
    case 'Query.savedViews': {
      // A page is read whole whatever is selected of it.
      const first = clamp(args.first, limits.maxPageSize);
      return { times: first, scope, work: first };
    }
    case 'Query.paths': {
      const first = clamp(args.first, limits.maxPaths);
      const steps = clamp(args.maxHops, limits.maxHops) + 1;
      return { times: first, scope: { ...scope, steps }, work: first * steps };
    }
    case 'Path.steps': return { times: scope.steps, scope };
    case 'Query.neighbourhood': {
      const ids = Array.isArray(args.ids) ? Math.max(args.ids.length, 1) : 1;
      const grown = ids * clamp(args.limit, limits.maxLinksPerEntity) ** clamp(args.depth, limits.maxDepth);
      const subgraph = Math.min(grown, limits.maxSubgraphNodes);
      // The resolver reads the entities and their links whether or not they are selected.
      return { times: 1, scope: { ...scope, subgraph }, work: 2 * subgraph };
    }
    case 'Subgraph.nodes':
    case 'Subgraph.edges':
    case 'Subgraph.truncated': return { times: scope.subgraph, scope };
    case 'Mutation.intake': {
      const chars = textLength(args.input, limits.maxArticleChars);
      const candidates = Math.max(DEFAULT_LIST_GUESS, Math.ceil(chars / CHARS_PER_CANDIDATE));
      return { times: 1, scope: { ...scope, candidates }, work: Math.ceil(chars / CHARS_PER_COST) };
    }
    case 'IntakeResult.entities':
    case 'IntakeResult.mentions':
    case 'IntakeResult.claims': return { times: scope.candidates, scope };
    case 'Mutation.proposeFromIntake': {
      // One proposal per pick and per new entity (at most two a pick), each filed (and for an editor reviewed).
      const { picks, newEnds } = picksOf(args.picks, limits.maxIntakePicks);
      return { times: picks + newEnds, scope, work: COST_PER_PICK * (picks + newEnds) };
    }
    case 'RelationshipConnection.edges':
    case 'ProposalConnection.edges':
    case 'SavedViewConnection.edges': return { times: 1, scope }; // the connection field counted the page
    default: return { times: isList(def.type) ? LIST_GUESS[key] ?? DEFAULT_LIST_GUESS : 1, scope };
  }
}

function selectionCost(set: SelectionSetNode, parent: GraphQLNamedType, scope: Scope, w: Walk, via?: ReadonlySet<string>): number {
  const memoKey = `${parent.name}|${scope.subgraph}|${scope.steps}|${scope.candidates}`;
  const known = w.memo.get(set)?.get(memoKey);
  if (known !== undefined) return known;
  let total = 0;
  for (const { field, on, via: path } of fieldsOf(set, w.fragments, via)) {
    if (isIntrospection(field)) continue;
    const owner = on ? w.schema.getType(on) : parent;
    const def = owner && isObjectType(owner) ? (owner as GraphQLObjectType).getFields()[field.name.value] : undefined;
    if (!def) { total += 1; continue; }
    const key = `${owner?.name ?? ''}.${field.name.value}`;
    const { times, scope: inner, work = 0 } = multiplier(key, argsOf(def, field, w.variables), def, scope, w);
    const below = field.selectionSet ? selectionCost(field.selectionSet, getNamedType(def.type), inner, w, path) : 0;
    // What is selected, or what the resolver reads to answer at all, whichever is more: asking for
    // `{ __typename }` under a huge neighbourhood still costs the neighbourhood.
    total += Math.max(times * (1 + below), work);
  }
  w.memo.set(set, (w.memo.get(set) ?? new Map<string, number>()).set(memoKey, total));
  return total;
}

/** The estimated cost of the operation that will run (the named one, or the only one). */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, limits: Limits): number {
  const [op] = operationsOf(document, operationName);
  const root = op ? schema.getRootType(op.operation) : undefined;
  if (!op || !root) return 0;
  const walk: Walk = { schema, fragments: fragmentsOf(document), variables: variables ?? {}, limits, memo: new Map() };
  return selectionCost(op.selectionSet, root, { subgraph: 1, steps: 1, candidates: DEFAULT_LIST_GUESS }, walk);
}
