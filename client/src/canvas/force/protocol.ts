// The messages between the page and the layout worker, and what the worker answers: plain data
// only (structured clone), positions back as two Float64Arrays whose buffers are transferred, not
// copied. Pure, so the protocol is unit-tested in Node without a worker.
import { forceLayout } from './forceLayout';
import type { ForceNode, ForceOptions } from './forceLayout';

export interface LayoutRequest {
  readonly type: 'layout';
  readonly id: number;
  readonly nodes: readonly ForceNode[];
  /** Index pairs into `nodes`. */
  readonly edges: readonly (readonly [number, number])[];
  readonly options: ForceOptions;
}

export type LayoutReply =
  | { readonly type: 'positions'; readonly id: number; readonly xs: Float64Array; readonly ys: Float64Array; readonly ticks: number; readonly ms: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

function isNode(v: unknown): v is ForceNode {
  if (!isObject(v) || !finite(v.r)) return false;
  if ((v.x === undefined) !== (v.y === undefined)) return false;
  return (v.x === undefined || (finite(v.x) && finite(v.y))) && (v.fixed === undefined || typeof v.fixed === 'boolean');
}

/** Why a message is not a layout request, or null when it is one. */
export function requestProblem(v: unknown): string | null {
  if (!isObject(v) || v.type !== 'layout') return 'not a layout request';
  if (!Number.isInteger(v.id)) return 'no request id';
  if (!Array.isArray(v.nodes) || !v.nodes.every(isNode)) return 'nodes must each have a radius r and, if placed, both x and y';
  const n = v.nodes.length;
  const index = (i: unknown): boolean => Number.isInteger(i) && (i as number) >= 0 && (i as number) < n;
  if (!Array.isArray(v.edges) || !v.edges.every((e) => Array.isArray(e) && e.length === 2 && index(e[0]) && index(e[1]))) return 'edges must be pairs of node indexes';
  const o = v.options;
  if (!isObject(o) || !finite(o.idealLength) || !Number.isInteger(o.ticks) || (o.ticks as number) < 0) return 'options need idealLength and whole ticks';
  return null;
}

/** What the worker answers to a message: positions for a valid request, the reason otherwise. */
export function answer(message: unknown, now: () => number = () => Date.now()): LayoutReply {
  const id = isObject(message) && Number.isInteger(message.id) ? (message.id as number) : -1;
  const problem = requestProblem(message);
  if (problem !== null) return { type: 'failed', id, message: problem };
  const req = message as LayoutRequest;
  const started = now();
  try {
    const { xs, ys, ticks } = forceLayout(req.nodes, req.edges, req.options);
    return { type: 'positions', id, xs, ys, ticks, ms: now() - started };
  } catch (err) {
    return { type: 'failed', id, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The page's side: a reply for request `id` with a position for each of `count` nodes, or why not. */
export function replyProblem(v: unknown, id: number, count: number): string | null {
  if (!isObject(v) || v.id !== id) return 'a reply to another request';
  if (v.type === 'failed') return `the layout failed: ${String(v.message)}`;
  if (v.type !== 'positions' || !(v.xs instanceof Float64Array) || !(v.ys instanceof Float64Array)) return 'not a positions reply';
  if (v.xs.length !== count || v.ys.length !== count) return `positions for ${v.xs.length} nodes, not ${count}`;
  return null;
}
