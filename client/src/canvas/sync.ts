// Applies the desired elements to Cytoscape incrementally: adds, removes and restyles only what
// changed, so existing nodes keep their positions and a large canvas is not rebuilt on every action.
import type cytoscape from 'cytoscape';
import type { Position, Selection } from '../model/types';
import type { CanvasElement } from './elements';

/** Nodes added without a position on a large canvas, hidden until their layout places them (stylesheetLarge.ts). */
export const PLACING = 'placing';

/** Classes the canvas sets itself (pointer, selection, a link bent around a node), which the model's elements never carry. */
const CANVAS_CLASSES: ReadonlySet<string> = new Set(['hover', 'chosen', 'routed', PLACING]);

export interface SyncResult {
  /** Nodes that were added without a known position: they need laying out. */
  readonly unplaced: cytoscape.NodeCollection;
}

export function syncElements(
  cy: cytoscape.Core,
  desired: readonly CanvasElement[],
  positions: Readonly<Record<string, Position>>,
  hideUnplaced = false,
): SyncResult {
  const wanted = new Map(desired.map((el) => [el.data.id, el]));
  const toAdd: cytoscape.ElementDefinition[] = [];
  const unplacedIds: string[] = [];
  cy.batch(() => {
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    // Nodes before edges, so that every edge's ends exist when it is added.
    const ordered = [...desired].sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    for (const el of ordered) {
      const existing = cy.getElementById(el.data.id);
      if (existing.nonempty()) {
        if (existing.data('label') !== el.data.label) existing.data('label', el.data.label);
        if (el.group === 'nodes' && existing.data('full') !== el.data.full) existing.data('full', el.data.full);
        if (el.group === 'edges' && existing.data('tip') !== el.data.tip) existing.data('tip', el.data.tip);
        const classes = existing.classes().filter((c) => !CANVAS_CLASSES.has(c));
        if (classes.join(' ') !== el.classes) {
          const keep = existing.classes().filter((c) => CANVAS_CLASSES.has(c));
          existing.classes([...el.classes.split(' '), ...keep].join(' '));
        }
        continue;
      }
      const pos = positions[el.data.id];
      const unplaced = el.group === 'nodes' && !pos;
      if (unplaced) unplacedIds.push(el.data.id);
      // Born with the class, so hiding them costs no restyle of their own.
      const classes = unplaced && hideUnplaced ? `${el.classes} ${PLACING}` : el.classes;
      toAdd.push({ group: el.group, data: { ...el.data }, classes, ...(pos ? { position: { ...pos } } : {}) });
    }
    if (toAdd.length > 0) cy.add(toAdd);
  });
  const unplacedSet = new Set(unplacedIds);
  const unplaced = unplacedSet.size === 0 ? cy.collection().nodes() : cy.nodes().filter((n) => unplacedSet.has(n.id()));
  return { unplaced };
}

/** Shows the model's selection (and the entities picked with it) on the canvas; Cytoscape's own selection is off so there is one truth. */
export function syncSelection(cy: cytoscape.Core, selection: Selection, picked: readonly string[] = []): void {
  const current = cy.$('.chosen');
  let target = selection ? cy.getElementById(selection.id) : cy.collection();
  for (const id of picked) target = target.union(cy.getElementById(id));
  if (current.same(target)) return;
  current.removeClass('chosen');
  target.addClass('chosen');
}

/** Moves nodes to the positions the state holds (after undoing a drag or a re-layout). */
export function syncPositions(cy: cytoscape.Core, positions: Readonly<Record<string, Position>>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const want = positions[n.id()];
      if (!want || n.grabbed()) return;
      const at = n.position();
      if (Math.abs(at.x - want.x) > 0.5 || Math.abs(at.y - want.y) > 0.5) n.position({ ...want });
    });
  });
}

export function nodePositions(nodes: cytoscape.NodeCollection): Record<string, Position> {
  const out: Record<string, Position> = {};
  nodes.forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  return out;
}
