// Styling a large addition a slice at a time. Cytoscape works out an element's style lazily, and
// its renderer does it for every element added before it draws the next frame: at 5,000 elements
// about half a second in one task, in which the page cannot answer the reader. For a large
// addition the canvas is instead held in a batch (Cytoscape draws no frame while batching) and the
// styles are worked out a few dozen milliseconds at a time between tasks; then the batch ends and
// the renderer draws with them ready. Used twice for a large layout: on the addition, whose nodes
// are hidden until the worker places them (sync.ts, PLACING), which takes longer than the slices,
// so the reader sees the same canvas; and when the worker's result shows them (a class change,
// so a new style for each), which holds their appearance back by the slices' few tasks.
import type cytoscape from 'cytoscape';

/** From this many elements added at once on a large canvas (./scale.ts LARGE_FROM). */
export const SLICE_FROM = 1000;
/** Well under the 50 ms that makes a long task, with room for the rest of the task. */
const SLICE_MS = 25;
/** Elements styled between two looks at the clock. */
const CHECK_EVERY = 50;

/** The parsed-style getter, which computes a dirty element's style (not in Cytoscape's typings). */
type Styled = { pstyle(name: string): unknown };

/** Works out the style of `eles` over as many tasks as it takes, holding `cy`'s drawing until then (the promise). */
export function styleInSlices(cy: cytoscape.Core, eles: cytoscape.Collection | cytoscape.NodeCollection): Promise<void> {
  if (eles.empty()) return Promise.resolve();
  let done = (): void => undefined;
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  cy.startBatch();
  let i = 0;
  const step = (): void => {
    if (cy.destroyed()) return done();
    const t0 = performance.now();
    while (i < eles.length && performance.now() - t0 < SLICE_MS) {
      const end = Math.min(eles.length, i + CHECK_EVERY);
      for (; i < end; i += 1) {
        const ele = eles[i];
        if (ele && !ele.removed()) (ele as unknown as Styled).pstyle('display');
      }
    }
    if (i < eles.length) {
      setTimeout(step, 0);
      return undefined;
    }
    cy.endBatch();
    return done();
  };
  setTimeout(step, 0);
  return finished;
}
